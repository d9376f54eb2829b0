import { adjustedRandIndex, builtInWorld, generateWorld, parseScenario } from '@cellmesh/scenario';
import { MembershipReason, iterateToFixedPoint, compileCaParams } from '@cellmesh/topology-core';
import {
  InvalidSimulationOptionsError,
  compileSimulationOptions,
  discoverNeighbours,
  remeasure,
  simulate,
  thresholdComponents,
  type SimulationProgress,
} from './index';

/** Two LAN sites 40 ms apart; node `b2` has a GPU and the most cores. */
function twoSiteScenario() {
  const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
  const site = (id: string) => id[0];
  const rtt = ids.map((x, i) => ids.map((y, j) => (i === j ? 0 : site(x) === site(y) ? 0.5 + 0.1 * ((i + j) % 3) : 40)));
  return parseScenario({
    nodes: ids.map((id) => ({ id, cpuCores: id === 'b2' ? 32 : 4, gpus: id === 'b2' ? 1 : 0, vramMb: id === 'b2' ? 16384 : 0, site: site(id) })),
    rttMs: rtt,
    bandwidthMbps: ids.map(() => ids.map(() => 1000)),
  });
}

describe('simulate', () => {
  it('forms one cluster per site, named by its smallest id, with a leader each, a root and cross-site relays', () => {
    const { report } = simulate(twoSiteScenario());
    expect(report.clusters).toEqual({ a1: 'a1', a2: 'a1', a3: 'a1', b1: 'b1', b2: 'b1', b3: 'b1' });
    expect(Object.keys(report.leaders).sort()).toEqual(['a1', 'b1']);
    expect(report.clusters[report.leaders.a1]).toBe('a1');
    // b2 has the most cores and the only GPU at equal closeness: the ranking prefers it.
    expect(report.leaders.b1).toBe('b2');
    expect(report.root).not.toBeNull();
    expect(Object.values(report.leaders)).toContain(report.root);
    for (const [node, relay] of Object.entries(report.relays)) {
      expect(relay).not.toBeNull();
      expect(report.clusters[relay!]).not.toBe(report.clusters[node]);
    }
    expect(report.converged).toBe(true);
    expect(report.computeHeavy).toEqual(['b2']);
    expect(report.because.a1).toBe(MembershipReason.StayedOrigin);
    expect(report.because.a2).toBe(MembershipReason.JoinedCluster);
  });

  it('reports rounds and messages exactly as the engine counts them', () => {
    const sim = simulate(twoSiteScenario());
    const again = iterateToFixedPoint(sim.world, compileCaParams(), 200);
    expect(sim.report.rounds).toBe(again.rounds);
    expect(sim.report.messages).toBe(again.messages);
    expect(sim.report.messages).toBe(sim.report.messagesByRound.reduce((a, b) => a + b, 0));
  });

  it('is deterministic for a seed and independent of progress callbacks', () => {
    const world = generateWorld({ sites: 3, perSite: 30, seed: 7 });
    const events: SimulationProgress[] = [];
    const rounds: number[] = [];
    const a = simulate(world, { seed: 3, onProgress: (p) => events.push(p), onRound: (r) => rounds.push(r.round) });
    const b = simulate(world, { seed: 3 });
    expect(JSON.stringify(a.report)).toBe(JSON.stringify(b.report));
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['neighbours', 'rules', 'leaders']));
    expect(rounds).toEqual(Array.from({ length: a.report.rounds }, (_, i) => i + 1));
  });

  it.each([
    [4, 25, 1],
    [6, 40, 2],
    [12, 20, 3],
  ])('recovers the true sites of a generated world (sites=%i, perSite=%i, seed=%i)', (sites, perSite, seed) => {
    const world = generateWorld({ sites, perSite, seed });
    const { state } = simulate(world, { seed });
    expect(adjustedRandIndex(state.clusterOf, world.truth!.siteOf)).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps every neighbour list bounded whatever n is', () => {
    const world = generateWorld({ sites: 5, perSite: 100, seed: 4 });
    const options = compileSimulationOptions({ neighbourK: 12, farNeighbours: 3 });
    const { neighbourIndices, probes } = discoverNeighbours(world, options);
    for (const list of neighbourIndices) expect(list.length).toBeLessThanOrEqual(15);
    // Far fewer link reads than the n² matrix (250,000).
    expect(probes).toBeLessThan(500 * 499);
  });

  it('keeps memberships when every link is re-measured with ±20 % jitter', () => {
    const world = generateWorld({ sites: 4, perSite: 30, seed: 9 });
    const sim = simulate(world, { seed: 9 });
    const jittered = iterateToFixedPoint(remeasure(sim.world, 0.2, 99), compileCaParams(), 200, sim.state);
    expect(jittered.clusterOf).toEqual(sim.state.clusterOf);
  });

  it('runs the built-in world', () => {
    const world = builtInWorld();
    const { report } = simulate(world);
    expect(Object.keys(report.clusters)).toHaveLength(world.nodes.length);
    expect(report.converged).toBe(true);
  });

  it('rejects options naming every bad field', () => {
    expect(() => compileSimulationOptions({ neighbourK: 0, maxRounds: 1.5, seed: Number.NaN })).toThrow(InvalidSimulationOptionsError);
    expect(() => compileSimulationOptions({ neighbourK: 0, maxRounds: 1.5 })).toThrow(/maxRounds, neighbourK/);
    expect(() => compileSimulationOptions({ caParams: { hysteresis: 2 } })).toThrow(/hysteresis/);
  });
});

describe('thresholdComponents (the benchmark baseline)', () => {
  it('joins nodes over links below the threshold and names components by their smallest id', () => {
    const world = {
      ids: ['d', 'c', 'b', 'a'],
      nodes: [],
      neighboursOf: (i: number) =>
        [
          [{ j: 1, rttMs: 1, bandwidthMbps: 1000 }],
          [{ j: 2, rttMs: 30, bandwidthMbps: 1000 }],
          [{ j: 3, rttMs: 9.9, bandwidthMbps: 1000 }],
          [],
        ][i],
    };
    expect(thresholdComponents(world, 10)).toEqual(['c', 'c', 'a', 'a']);
  });
});
