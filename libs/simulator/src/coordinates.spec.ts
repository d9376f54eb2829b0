import fc from 'fast-check';
import { estimateRttMs, relativeError } from '@cellmesh/netcoords';
import { generateWorld, parseScenario } from '@cellmesh/scenario';
import { BUSY_HOST_NOISE, InvalidSimulationOptionsError, NoisySampler, linkMeter, parseNoiseSpec, probeBudget, simulate, simulateCoordinates } from './index';

function medianRelativeError(world: ReturnType<typeof generateWorld>, coords: Record<string, { vec: number[]; height: number; error: number }>): number {
  const ids = world.nodes.map((n) => n.id);
  const errors: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) errors.push(relativeError(estimateRttMs(coords[ids[i]], coords[ids[j]]), world.rttMs(i, j)));
  }
  errors.sort((a, b) => a - b);
  return errors[Math.floor(errors.length / 2)];
}

describe('probeBudget', () => {
  it.each([
    { k: 1, want: { neighbours: 1, random: 0, uncertain: 0 } },
    { k: 2, want: { neighbours: 1, random: 1, uncertain: 0 } },
    { k: 12, want: { neighbours: 8, random: 2, uncertain: 2 } }, // the collector's defaults
    { k: 16, want: { neighbours: 10, random: 3, uncertain: 3 } },
  ])('K = $k splits like the collector', ({ k, want }) => {
    expect(probeBudget(k)).toEqual(want);
  });
  it('rejects a K that is not a positive integer', () => {
    expect(() => probeBudget(0)).toThrow(InvalidSimulationOptionsError);
    expect(() => probeBudget(2.5)).toThrow(InvalidSimulationOptionsError);
  });
});

describe('simulate --probes', () => {
  const world = generateWorld({ sites: 4, perSite: 12, seed: 3 });

  it('adds a coordinate per node whose estimates are close to the scenario (median relative error < 15 %)', () => {
    const { report } = simulate(world, { probes: 12, coordinateRounds: 80 });
    expect(Object.keys(report.coordinates!)).toEqual(world.nodes.map((n) => n.id));
    for (const c of Object.values(report.coordinates!)) {
      expect(c.vec).toHaveLength(3);
      expect(c.height).toBeGreaterThan(0);
    }
    expect(medianRelativeError(world, report.coordinates!)).toBeLessThan(0.15);
    expect(report.coordinateProbes).toMatchObject({ perRound: 12, rounds: 80, peerSet: 'fixed', split: { neighbours: 8, random: 2, uncertain: 2 } });
    expect(report.coordinateProbes!.maxDistinctPeersPerNode).toBeLessThanOrEqual(12);
    expect(report.coordinateProbes!.samples).toBeLessThanOrEqual(world.nodes.length * 12 * 80);
  });

  it('each node probes at most K peers per round; a rotating peer set reaches more distinct peers', () => {
    const ids = world.nodes.map((n) => n.id);
    const neighbours = ids.map((_, i) => Int32Array.from([(i + 1) % ids.length, (i + 2) % ids.length]));
    const meter = linkMeter(world, undefined, 1);
    const rotating = simulateCoordinates(ids, neighbours, meter, { probesPerRound: 6, rounds: 20, seed: 1, dims: 3, peerSet: 'rotating' });
    const fixed = simulateCoordinates(ids, neighbours, meter, { probesPerRound: 6, rounds: 20, seed: 1, dims: 3, peerSet: 'fixed' });
    expect(rotating.probes).toBeLessThanOrEqual(ids.length * 6 * 20);
    expect(Math.max(...fixed.distinctPeersProbed)).toBeLessThanOrEqual(6);
    expect(Math.max(...rotating.distinctPeersProbed)).toBeGreaterThan(6);
  });

  it('is deterministic for a seed and leaves the clusters alone', () => {
    const a = simulate(world, { probes: 8, coordinateRounds: 10, seed: 5 }).report;
    const b = simulate(world, { probes: 8, coordinateRounds: 10, seed: 5 }).report;
    expect(a.coordinates).toEqual(b.coordinates);
    expect(a.clusters).toEqual(simulate(world, { seed: 5 }).report.clusters);
    expect(simulate(world, { seed: 5 }).report.coordinates).toBeUndefined();
  });

  it('reports the ARI against the site labels: all of them, or the labelled nodes only', () => {
    expect(simulate(world).report).toMatchObject({ ari: 1, ariNodes: world.nodes.length });
    const unlabelled = parseScenario({ nodes: [{ id: 'a' }, { id: 'b', site: null }], rttMs: [[0, 1], [1, 0]] });
    expect(simulate(unlabelled).report.ari).toBeUndefined();
    // Two sites 60 ms apart; one node of each has an unknown site.
    const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
    const partial = parseScenario({
      nodes: ids.map((id) => ({ id, site: id.endsWith('3') ? null : id[0] })),
      rttMs: ids.map((x, i) => ids.map((y, j) => (i === j ? 0 : x[0] === y[0] ? 0.5 : 60))),
    });
    expect(simulate(partial).report).toMatchObject({ ari: 1, ariNodes: 4 });
  });

  it('rejects bad coordinate options, naming them', () => {
    expect(() => simulate(world, { probes: 0 })).toThrow(/probes/);
    expect(() => simulate(world, { probes: 4, coordinateRounds: 0 })).toThrow(/coordinateRounds/);
    expect(() => simulate(world, { probes: 4, peerSet: 'all' as 'fixed' })).toThrow(/peerSet/);
  });
});

describe('measurement noise', () => {
  it('parses the busy preset and overrides, and rejects the rest', () => {
    expect(parseNoiseSpec('busy')).toEqual(BUSY_HOST_NOISE);
    expect(parseNoiseSpec('busy,busyHostShare=1,samplesPerLink=4')).toEqual({ ...BUSY_HOST_NOISE, busyHostShare: 1, samplesPerLink: 4 });
    expect(() => parseNoiseSpec('gaussian')).toThrow(/unknown noise model/);
    expect(() => parseNoiseSpec('busy,loud=3')).toThrow(/key=number/);
    expect(() => parseNoiseSpec('busy,busyHostShare=2')).toThrow(/busyHostShare/);
  });

  it('only ever adds delay, heavy-tailed on busy hosts', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 300, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (rtt, k) => {
        const sampler = new NoisySampler(['a', 'b'], BUSY_HOST_NOISE, 7);
        const sample = sampler.sampleMs(0, 1, rtt, k);
        expect(sample).toBeGreaterThanOrEqual(rtt);
        if (!sampler.isBusy(0) && !sampler.isBusy(1)) expect(sample).toBeLessThanOrEqual(rtt * (1 + BUSY_HOST_NOISE.jitterFraction));
      }),
    );
    const allBusy = new NoisySampler(['a', 'b'], { ...BUSY_HOST_NOISE, busyHostShare: 1 }, 7);
    const samples = Array.from({ length: 2000 }, (_, k) => allBusy.sampleMs(0, 1, 1, k)).sort((a, b) => a - b);
    // A heavy tail: the 99th percentile is many times the median.
    expect(samples[1980] / samples[1000]).toBeGreaterThan(5);
  });

  it('the latency filter recovers LAN links under busy hosts, so clustering still finds the sites', () => {
    const world = generateWorld({ sites: 4, perSite: 12, seed: 3 });
    const { report } = simulate(world, { noise: BUSY_HOST_NOISE });
    expect(report.ari).toBe(1);
    expect(report.noise).toMatchObject({ busyHostShare: 0.25, samplesPerLink: 20 });
    const meter = linkMeter(world, BUSY_HOST_NOISE, 1);
    expect(meter.noisy).toBe(true);
    // The 25th percentile of 20 samples sits within jitter of the true link, not at a busy spike.
    for (let j = 1; j < 12; j++) expect(meter.rttMs(0, j)).toBeLessThan(world.rttMs(0, j) * 1.1 + 2);
  });
});
