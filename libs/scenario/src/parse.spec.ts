import { ScenarioError } from './errors';
import { parseScenario } from './parse';

const three = {
  nodes: [
    { id: 'a', cpuCores: 8, gpus: 0, vramMb: 0, site: 's1' },
    { id: 'b', cpuCores: 16, gpus: 2, vramMb: 81920, site: 's1', gpuModel: 'NVIDIA A100-SXM4-80GB', uplinkMbps: 10000, memoryMb: 65536 },
    { id: 'c', cpuCores: 4, gpus: 0, vramMb: 0, site: 's2', rack: 'ignored' },
  ],
  rttMs: [
    [0, 1, 80],
    [1, 0, 81],
    [80, 81, 0],
  ],
  bandwidthMbps: [
    [0, 1000, 100],
    [1000, 0, 90],
    [100, 90, 0],
  ],
  comment: 'unknown top-level keys are ignored',
};

const withCell = (field: 'rttMs' | 'bandwidthMbps', i: number, j: number, value: unknown) => {
  const copy = structuredClone(three) as Record<string, unknown>;
  (copy[field] as unknown[][])[i][j] = value;
  return copy;
};

function errorOf(input: unknown): ScenarioError {
  try {
    parseScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected parseScenario to throw');
}

describe('parseScenario', () => {
  it('reads nodes, matrices and extras from JSON text', () => {
    const s = parseScenario(JSON.stringify(three));
    expect(s.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(s.nodes[1]).toEqual({ id: 'b', cpuCores: 16, gpus: 2, vramMb: 81920, site: 's1', gpuModel: 'NVIDIA A100-SXM4-80GB', uplinkMbps: 10000, memoryMb: 65536 });
    expect(s.nodes[2]).not.toHaveProperty('rack');
    expect(s.rttMs(0, 2)).toBe(80);
    expect(s.rttMs(2, 1)).toBe(81);
    expect(s.bandwidthMbps(1, 2)).toBe(90);
    expect(s.jitterMs(0, 1)).toBe(0);
    expect(s.lossRatio(0, 1)).toBe(0);
    expect(s.indexOf('c')).toBe(2);
    expect(s.indexOf('zzz')).toBe(-1);
    expect(s.truth?.siteOf).toEqual(['s1', 's1', 's2']);
  });

  it('fills documented defaults for optional node fields and matrices', () => {
    const s = parseScenario({ nodes: [{ id: 'x' }, { id: 'y' }], rttMs: [[null, 3], [3, null]] });
    expect(s.nodes[0]).toEqual({ id: 'x', cpuCores: 1, gpus: 0, vramMb: 0 });
    expect(s.bandwidthMbps(0, 1)).toBe(1000);
    expect(s.rttMs(1, 1)).toBe(0);
    expect(s.truth).toBeUndefined();
  });

  it('reads optional jitter and loss matrices', () => {
    const s = parseScenario({ ...three, jitterMs: [[0, 0.1, 2], [0.1, 0, 2], [2, 2, 0]], lossRatio: [[0, 0, 0.01], [0, 0, 0.02], [0.01, 0.02, 0]] });
    expect(s.jitterMs(2, 0)).toBe(2);
    expect(s.lossRatio(1, 2)).toBe(0.02);
  });

  it.each<[string, unknown, string]>([
    ['bad JSON', '{"nodes": [', 'scenario: not valid JSON'],
    ['not an object', [], 'scenario: expected an object, got an array'],
    ['no nodes', { rttMs: [] }, 'nodes: expected an array, got nothing'],
    ['empty nodes', { nodes: [], rttMs: [] }, 'nodes: expected at least one node'],
    ['missing rtt', { nodes: three.nodes }, 'rttMs: missing'],
    ['non-number cell', withCell('rttMs', 2, 1, 'x'), 'rttMs[2][1]: expected a non-negative number, got "x"'],
    ['negative cell', withCell('bandwidthMbps', 0, 1, -5), 'bandwidthMbps[0][1]: expected a non-negative number, got -5'],
    ['asymmetric', withCell('rttMs', 0, 2, 90), 'rttMs is not symmetric at [0][2]: 90 vs 80'],
    ['too few rows', { ...three, rttMs: three.rttMs.slice(0, 2) }, 'rttMs: expected 3 rows (one per node), got 2'],
    ['short row', { ...three, bandwidthMbps: [[0, 1], [1, 0, 1], [1, 1, 0]] }, 'bandwidthMbps[0]: expected 3 columns (one per node), got 2'],
    ['duplicate id', { ...three, nodes: [three.nodes[0], three.nodes[1], { ...three.nodes[2], id: 'a' }] }, 'nodes[2].id: duplicate id "a"'],
    ['missing id', { ...three, nodes: [three.nodes[0], { cpuCores: 2 }, three.nodes[2]] }, 'nodes[1].id: expected a non-empty string, got nothing'],
    ['id with a dot', { ...three, nodes: [three.nodes[0], { id: 'b.1' }, three.nodes[2]] }, 'nodes[1].id: "b.1" contains'],
    ['fractional gpus', { ...three, nodes: [three.nodes[0], { id: 'b', gpus: 1.5 }, three.nodes[2]] }, 'nodes[1].gpus: expected a non-negative integer, got 1.5'],
    ['GPUs without memory', { ...three, nodes: [three.nodes[0], { id: 'b', gpus: 1 }, three.nodes[2]] }, 'nodes[1].vramMb: required when gpus > 0'],
    ['GPUs with zero memory', { ...three, nodes: [three.nodes[0], { id: 'b', gpus: 1, vramMb: 0 }, three.nodes[2]] }, 'nodes[1].vramMb: expected a positive integer, got 0'],
    ['zero cores', { ...three, nodes: [three.nodes[0], { id: 'b', cpuCores: 0 }, three.nodes[2]] }, 'nodes[1].cpuCores: expected a positive integer, got 0'],
    ['loss above 1', { ...three, lossRatio: [[0, 2, 0], [2, 0, 0], [0, 0, 0]] }, 'lossRatio[0][1]: expected a number in [0, 1], got 2'],
    ['null off the diagonal', withCell('rttMs', 0, 1, null), 'rttMs[0][1]: expected a non-negative number, got null'],
  ])('rejects %s with a message naming the field', (_name, input, message) => {
    const error = errorOf(input);
    expect(error.message).toContain(message);
    expect(error.message.startsWith(error.path)).toBe(true);
    expect(error.retryable).toBe(false);
  });

  it('tolerates rounding-level asymmetry and can average measured asymmetry', () => {
    expect(parseScenario(withCell('rttMs', 0, 2, 80 + 1e-12)).rttMs(0, 2)).toBeCloseTo(80, 9);
    const averaged = parseScenario(withCell('rttMs', 0, 2, 90), { asymmetry: 'average' });
    expect(averaged.rttMs(0, 2)).toBe(85);
    expect(averaged.rttMs(2, 0)).toBe(85);
  });

  it('rejects out-of-range indices instead of inventing a link', () => {
    const s = parseScenario(three);
    expect(() => s.rttMs(0, 3)).toThrow('index: expected an integer in [0, 2], got 3');
    expect(() => s.bandwidthMbps(-1, 0)).toThrow(ScenarioError);
  });
});

describe('null means absent for every optional field', () => {
  const base = { id: 'a', cpuCores: 8 };
  it.each(['cpuCores', 'gpus', 'vramMb', 'site', 'memoryMb', 'uplinkMbps', 'gpuModel'])('nodes[].%s: null', (field) => {
    const parsed = parseScenario({ nodes: [{ ...base, [field]: null }, { id: 'b' }], rttMs: [[0, 1], [1, 0]] });
    const withoutField = parseScenario({ nodes: [Object.fromEntries(Object.entries({ ...base }).filter(([k]) => k !== field)), { id: 'b' }], rttMs: [[0, 1], [1, 0]] });
    expect(parsed.nodes[0]).toEqual(withoutField.nodes[0]);
    expect(field in parsed.nodes[0] && parsed.nodes[0][field as keyof (typeof parsed.nodes)[0]] === null).toBe(false);
  });

  it.each(['bandwidthMbps', 'jitterMs', 'lossRatio'])('%s: null uses the default', (field) => {
    const parsed = parseScenario({ nodes: [{ id: 'a' }, { id: 'b' }], rttMs: [[0, 1], [1, 0]], [field]: null });
    const plain = parseScenario({ nodes: [{ id: 'a' }, { id: 'b' }], rttMs: [[0, 1], [1, 0]] });
    expect([parsed.bandwidthMbps(0, 1), parsed.jitterMs(0, 1), parsed.lossRatio(0, 1)]).toEqual([plain.bandwidthMbps(0, 1), plain.jitterMs(0, 1), plain.lossRatio(0, 1)]);
  });

  it('"site": null on some nodes: no site truth; vramMb null with gpus > 0 is still missing', () => {
    expect(parseScenario({ nodes: [{ id: 'a', site: 'x' }, { id: 'b', site: null }], rttMs: [[0, 1], [1, 0]] }).truth).toBeUndefined();
    expect(errorOf({ nodes: [{ id: 'a', gpus: 1, vramMb: null }], rttMs: [[0]] }).path).toBe('nodes[0].vramMb');
    expect(errorOf({ nodes: [{ id: 'a' }], rttMs: null }).path).toBe('rttMs');
  });
});
