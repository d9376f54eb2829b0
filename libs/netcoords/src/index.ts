/** Pure network measurement maths: Vivaldi coordinates, link statistics, probe-target selection. */
export { NetCoordsError } from './errors';
export { hashSeed, seededRandom } from './random';
export {
  DEFAULT_VIVALDI_PARAMS,
  MIN_RTT_MS,
  estimateError,
  estimateRttMs,
  initialCoord,
  relativeError,
  updateCoord,
} from './vivaldi';
export type { NetCoord, VivaldiParams, VivaldiUpdateOptions } from './vivaldi';
export {
  DEFAULT_LINK_STATS_PARAMS,
  initialLinkStats,
  recordBurst,
  recordProbe,
  recordTimeout,
  summarize,
  throughputMbps,
} from './link-stats';
export type { BurstSample, LinkStats, LinkStatsParams, LinkSummary, ProbeSample } from './link-stats';
export { ProbeReason, selectProbeTargets } from './probe-targets';
export type { ProbeTarget, ProbeTargetInput } from './probe-targets';
export { RTT_FILTER_PERCENTILE, filteredRttMs, percentile } from './latency-filter';
