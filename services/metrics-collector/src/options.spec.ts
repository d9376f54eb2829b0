import { parseScenario } from '@cellmesh/scenario';
import { compileOptions, DEFAULTS, InvalidMetricsCollectorOptionsError } from './options';

const scenario = parseScenario({ nodes: [{ id: 'v1', site: 'eu', cpuCores: 4 }], rttMs: [[0]] });

describe('compileOptions', () => {
  it('fills the documented defaults', () => {
    const opts = compileOptions('n1');
    expect(opts).toMatchObject({ publishIntervalMs: DEFAULTS.publishIntervalMs, probeNeighbours: 8, probeRandomPeers: 2, probeUncertainPeers: 2, emulation: null, vivaldiDims: 3 });
    expect(compileOptions('n1').seed).toBe(opts.seed);
    expect(compileOptions('n2').seed).not.toBe(opts.seed);
  });

  it('resolves the scenario node of an emulated virtual node and takes its site', () => {
    const opts = compileOptions('v1', { emulation: { scenario } });
    expect(opts.emulation?.node.cpuCores).toBe(4);
    expect(opts.site).toBe('eu');
    expect(opts.emulation?.spinBelowMs).toBe(2);
  });

  it('names every bad field at once', () => {
    let error: InvalidMetricsCollectorOptionsError | undefined;
    try {
      compileOptions('ghost', { publishIntervalMs: 60_000, probeNeighbours: 2.5, snapshotIntervalMs: 30_000, maxSnapshotIntervalMs: 20_000, emulation: { scenario } });
    } catch (err) {
      error = err as InvalidMetricsCollectorOptionsError;
    }
    expect(error).toBeInstanceOf(InvalidMetricsCollectorOptionsError);
    expect(error?.problems).toEqual([
      'publishIntervalMs: expected a number in [50, 7500], got 60000',
      'probeNeighbours: expected an integer, got 2.5',
      'maxSnapshotIntervalMs (20000) must not be below snapshotIntervalMs (30000)',
      'emulation.scenario: node "ghost" is not in the scenario',
    ]);
  });
});
