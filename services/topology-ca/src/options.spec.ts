import { parseScenario } from '@cellmesh/scenario';
import { InvalidTopologyCaOptionsError, compileOptions } from './options';

const scenario = parseScenario({
  nodes: [
    { id: 'n1', cpuCores: 8, gpus: 1, vramMb: 16384, uplinkMbps: 2500, site: 'eu' },
    { id: 'n2', cpuCores: 4, gpus: 0, vramMb: 0 },
  ],
  rttMs: [
    [0, 0.7],
    [0.7, 0],
  ],
  bandwidthMbps: [
    [0, 900],
    [900, 0],
  ],
});

describe('compileOptions', () => {
  it('fills documented defaults and derives the liveness window', () => {
    const o = compileOptions('n1');
    expect(o).toMatchObject({ roundIntervalMs: 1000, livenessRounds: 3, livenessMs: 3000, peersRefreshMs: 2000, readPeerTable: true, site: '' });
    expect(o.neighbours).toMatchObject({ closest: 16, far: 4 });
    expect(o.links).toEqual([]);
  });

  it('takes an emulated node’s attributes, site and links from the scenario, labelled emulated', () => {
    const o = compileOptions('n1', { emulation: { scenario } });
    expect(o.attributes).toMatchObject({ cpuCores: 8, gpus: 1, vramMb: 16384, uplinkMbps: 2500 });
    expect(o.site).toBe('eu');
    expect(o.links).toEqual([{ peerId: 'n2', rttMs: 0.7, bandwidthMbps: 900, measured: true, emulated: true }]);
  });

  it('rejects a node missing from the scenario', () => {
    expect(() => compileOptions('n9', { emulation: { scenario } })).toThrow(/"n9" is not in the scenario/);
  });

  it('names every bad field', () => {
    expect(() => compileOptions('n1', { roundIntervalMs: 0, livenessRounds: 1, neighbours: { closest: 0 } })).toThrow(InvalidTopologyCaOptionsError);
    expect(() => compileOptions('n1', { roundIntervalMs: 0, livenessRounds: 1, neighbours: { closest: 0 } })).toThrow(/roundIntervalMs, livenessRounds, neighbours\.closest/);
    expect(() => compileOptions('n1', { caParams: { hysteresis: -1 } })).toThrow(/hysteresis/);
  });
});
