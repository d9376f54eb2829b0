/**
 * How often a room's warm snapshot is written to KV. The rule (docs/datastate.md):
 *
 *   intervalMs = clamp(minIntervalMs × max(1, rttEwmaMs / goodRttMs), minIntervalMs, maxIntervalMs)
 *
 * At or below `goodRttMs` a dirty room is snapshotted every `minIntervalMs`; above it the interval
 * grows in proportion to the measured KV round trip, so a slow or distant KV receives fewer, larger
 * writes instead of a backlog. The cold history holds every delta, so a late snapshot costs only
 * replay time on the next load, never data.
 */
export interface WarmRateOptions {
  minIntervalMs: number;
  maxIntervalMs: number;
  /** The KV round trip at which snapshots run at full rate. */
  goodRttMs: number;
  /** Weight of the newest RTT sample in the moving average. */
  ewmaAlpha: number;
}

export const DEFAULT_WARM_RATE: WarmRateOptions = { minIntervalMs: 200, maxIntervalMs: 30_000, goodRttMs: 2, ewmaAlpha: 0.2 };

export function snapshotIntervalMs(rttEwmaMs: number | undefined, opts: WarmRateOptions): number {
  if (rttEwmaMs === undefined || !Number.isFinite(rttEwmaMs) || rttEwmaMs <= 0) return opts.minIntervalMs;
  const factor = Math.max(1, rttEwmaMs / opts.goodRttMs);
  return Math.min(opts.maxIntervalMs, Math.max(opts.minIntervalMs, Math.round(opts.minIntervalMs * factor)));
}

/** Exponentially weighted moving average of RTT samples (the first sample seeds it). */
export function nextRttEwma(previous: number | undefined, sampleMs: number, alpha: number): number {
  return previous === undefined ? sampleMs : previous + alpha * (sampleMs - previous);
}

export interface SnapshotClock {
  dirty: boolean;
  writing: boolean;
  lastSnapshotAtMs: number;
}

/** A dirty room whose last snapshot is at least one interval old, with no write in flight. */
export function shouldSnapshot(room: SnapshotClock, nowMs: number, intervalMs: number): boolean {
  return room.dirty && !room.writing && nowMs - room.lastSnapshotAtMs >= intervalMs;
}
