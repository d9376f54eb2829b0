import { builtInWorld } from './builtin';
import { generateWorld } from './generate';
import { parseScenario } from './parse';
import { toScenarioJson } from './to-json';

describe('toScenarioJson', () => {
  const world = builtInWorld();
  const text = toScenarioJson(world);
  const back = parseScenario(text);

  it('writes a file that parses back to the same world', () => {
    expect(back.nodes).toEqual(world.nodes);
    expect(back.truth).toEqual(world.truth);
    const n = world.nodes.length;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        expect(back.rttMs(i, j)).toBeCloseTo(world.rttMs(i, j), 4);
        expect(back.jitterMs(i, j)).toBeCloseTo(world.jitterMs(i, j), 4);
        expect(back.lossRatio(i, j)).toBeCloseTo(world.lossRatio(i, j), 4);
        if (i !== j) expect(back.bandwidthMbps(i, j)).toBeCloseTo(world.bandwidthMbps(i, j), 4);
      }
    }
  });

  it('is stable: writing the parsed file gives the same text', () => {
    expect(toScenarioJson(back)).toBe(text);
  });

  it('puts one matrix row per line', () => {
    expect(text.split('\n').filter((line) => line.startsWith('    [')).length).toBe(4 * world.nodes.length);
  });

  it('omits jitter and loss matrices that are all zero', () => {
    const plain = toScenarioJson(parseScenario({ nodes: [{ id: 'a' }, { id: 'b' }], rttMs: [[0, 2], [2, 0]] }));
    expect(Object.keys(JSON.parse(plain))).toEqual(['nodes', 'rttMs', 'bandwidthMbps']);
  });

  it('refuses worlds too large for a matrix file', () => {
    expect(() => toScenarioJson(generateWorld({ sites: 3, perSite: 700, seed: 1 }))).toThrow('exceed the 2000');
  });
});
