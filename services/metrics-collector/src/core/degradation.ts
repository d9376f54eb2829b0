/**
 * Graceful degradation of warm snapshots. Snapshots go to the KV warm store; when the store is far
 * away (high RTT) or struggling, writing to it as often as on a LAN only adds load to a slow path.
 *
 * Rule (documented in docs/metrics.md): with the smoothed store RTT at or under `rttBudgetMs`, write
 * every `baseIntervalMs`. Above it, the interval doubles for each doubling of the RTT over the budget
 * (interval = base · 2^ceil(log2(rtt / budget))), capped at `maxIntervalMs`, which stays below the
 * bucket's TTL so a healthy node's snapshot never expires. A failed write counts as an RTT of
 * `failurePenaltyMs` (the write timeout), so an unreachable store backs off at once.
 */
export interface SnapshotCadence {
  baseIntervalMs: number;
  rttBudgetMs: number;
  maxIntervalMs: number;
}

export function snapshotIntervalMs(smoothedStoreRttMs: number | null, cadence: SnapshotCadence): number {
  const { baseIntervalMs, rttBudgetMs, maxIntervalMs } = cadence;
  if (smoothedStoreRttMs === null || !(smoothedStoreRttMs > rttBudgetMs)) return Math.min(baseIntervalMs, maxIntervalMs);
  const doublings = Math.ceil(Math.log2(smoothedStoreRttMs / rttBudgetMs));
  return Math.min(maxIntervalMs, baseIntervalMs * 2 ** doublings);
}

/** Gain of the store-RTT moving average: a quarter, so one slow write moves it but does not dominate. */
export const STORE_RTT_GAIN = 0.25;

export function smoothStoreRtt(previousMs: number | null, sampleMs: number, gain = STORE_RTT_GAIN): number {
  return previousMs === null ? sampleMs : previousMs + gain * (sampleMs - previousMs);
}
