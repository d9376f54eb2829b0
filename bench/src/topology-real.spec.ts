import { simulate, thresholdComponents } from '@cellmesh/simulator';
import { clusteringQuality, loadPlanetLab } from './topology-real';

// The issue 20 targets, checked on the real matrix the repository ships (bench/data/planetlab).
describe('topology on real PlanetLab RTTs', () => {
  const scenario = loadPlanetLab();

  it('loads 490 hosts with unknown sites', () => {
    expect(scenario.nodes).toHaveLength(490);
    expect(scenario.truth).toBeUndefined();
  });

  it('bounded diameter: ≤ 0.5 % of same-cluster pairs over 50 ms, median intra-cluster RTT no worse than the 10 ms baseline, at most half alone', () => {
    const { state, world } = simulate(scenario, { seed: 1 });
    const ca = clusteringQuality(scenario, state.clusterOf);
    const baseline = clusteringQuality(scenario, thresholdComponents(world, 10));
    expect(ca.farShare).toBeLessThanOrEqual(0.005);
    expect(ca.medianIntraMs).toBeLessThanOrEqual(baseline.medianIntraMs);
    expect(ca.aloneShare).toBeLessThanOrEqual(0.5);
    expect(ca.sameClusterPairs).toBeGreaterThan(0);
  });

  it('with thresholds loose enough to chain, the core check still keeps far pairs apart', () => {
    const loose = { maxCandidateRttMs: 30, relativeRttFactor: 10 };
    const withCore = clusteringQuality(scenario, simulate(scenario, { seed: 1, caParams: loose }).state.clusterOf);
    const without = clusteringQuality(scenario, simulate(scenario, { seed: 1, caParams: { ...loose, coreRttFactor: 1e9, maxCoreRadiusMs: 1e9, coreDeputies: 0 } }).state.clusterOf);
    expect(without.farShare).toBeGreaterThan(0.005);
    expect(withCore.farShare).toBeLessThanOrEqual(0.005);
  });
});
