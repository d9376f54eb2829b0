/**
 * How the simulator "measures" a link: the scenario's RTT, or, with a noise model, the
 * metrics-collector's latency filter (netcoords `filteredRttMs`) over `samplesPerLink` noisy samples.
 */
import { filteredRttMs, initialLinkStats, recordProbe } from '@cellmesh/netcoords';
import type { Scenario } from '@cellmesh/scenario';
import { NoisySampler, type MeasurementNoise } from './noise';

export interface LinkMeter {
  /** The RTT node i reports for its link to j (filtered when noisy); `NaN` when the data set has none. */
  rttMs(i: number, j: number): number;
  /** One raw probe sample, number `k`, of the link i→j (noisy when a noise model is on). */
  sampleMs(i: number, j: number, k: number): number;
  readonly noisy: boolean;
}

export function linkMeter(scenario: Scenario, noise: MeasurementNoise | undefined, seed: number): LinkMeter {
  const truth = (i: number, j: number): number => {
    const rtt = scenario.rttMs(i, j);
    return Number.isFinite(rtt) && rtt >= 0 ? rtt : Number.NaN;
  };
  if (noise === undefined) return { rttMs: truth, sampleMs: (i, j) => truth(i, j), noisy: false };
  const sampler = new NoisySampler(scenario.nodes.map((n) => n.id), noise, seed);
  const sampleMs = (i: number, j: number, k: number): number => {
    const rtt = truth(i, j);
    return Number.isNaN(rtt) ? rtt : sampler.sampleMs(i, j, rtt, k);
  };
  return {
    noisy: true,
    sampleMs,
    rttMs(i, j) {
      if (Number.isNaN(truth(i, j))) return Number.NaN;
      let stats = initialLinkStats();
      for (let k = 0; k < noise.samplesPerLink; k++) stats = recordProbe(stats, { atMs: k, rttMs: sampleMs(i, j, k) });
      return filteredRttMs(stats)!;
    },
  };
}
