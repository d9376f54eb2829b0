/**
 * Latency filter: a measured link is reported, and fed to Vivaldi, as a low percentile of its
 * recent answered probes rather than the latest sample or a mean. Ledlie, Gardner, Seltzer,
 * "Network Coordinates in the Wild" (NSDI 2007) found raw samples on PlanetLab heavy-tailed
 * (a busy host or a queue adds tens to thousands of ms now and then) and that a moving-percentile
 * filter (they use the 25th) keeps coordinates stable and accurate. A loaded host only ever adds
 * delay, so a low percentile sits near the propagation RTT. The metrics-collector and the simulator
 * both use this one function.
 */
import type { LinkStats } from './link-stats';

/** The percentile of the probe window reported as a measured link's RTT (Ledlie et al. use 0.25). */
export const RTT_FILTER_PERCENTILE = 0.25;

/** The RTT_FILTER_PERCENTILE of the answered probes in the window; null before the first answer. */
export function filteredRttMs(stats: LinkStats, filterPercentile: number = RTT_FILTER_PERCENTILE): number | null {
  return stats.recentRttsMs.length > 0 ? percentile(stats.recentRttsMs, filterPercentile) : null;
}

/** Linear-interpolated percentile (p in [0, 1]) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
