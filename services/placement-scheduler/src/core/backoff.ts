/**
 * Slow-peer backoff, pure and per peer. Measured samples come in (dispatch overhead seen by the
 * scheduler, probe loss towards the peer from the peer tables); a slow one adds a strike and backs
 * the peer off for base · 2^(strikes−1), capped, with ± jitter; a good one takes a strike away.
 * While backed off the `slow-peer-backoff` filter rejects the peer; after that its `peer-health`
 * (1 / (1 + strikes)) decays its placement score until good samples bring it back to 1.
 */

export interface BackoffOptions {
  /** The first backoff; each further strike doubles it. */
  readonly baseMs: number;
  readonly maxMs: number;
  /** ± this fraction of the backoff, drawn from the caller's random number. */
  readonly jitterRatio: number;
  /** Dispatch → result minus the task's own run time above this is slow. */
  readonly slowDispatchOverheadMs: number;
  /** Probe loss towards the peer (median over observers) above this is slow. */
  readonly slowProbeLossRatio: number;
  /** Strikes are capped here (health floor 1 / (1 + maxStrikes)). */
  readonly maxStrikes: number;
}

export const DefaultBackoffOptions: BackoffOptions = { baseMs: 1_000, maxMs: 30_000, jitterRatio: 0.2, slowDispatchOverheadMs: 1_000, slowProbeLossRatio: 0.2, maxStrikes: 6 };

export const SlowReason = {
  DispatchOverhead: 'slow-dispatch',
  ProbeLoss: 'probe-loss',
} as const;
export type SlowReason = (typeof SlowReason)[keyof typeof SlowReason];

export type HealthSample = { readonly kind: 'dispatch-overhead'; readonly ms: number } | { readonly kind: 'probe-loss'; readonly ratio: number };

export interface PeerHealth {
  readonly strikes: number;
  /** 0 when not backed off. */
  readonly backoffUntilMs: number;
  /** The last slow sample's reason ('' when none yet). */
  readonly lastSlowReason: string;
}

export const HEALTHY: PeerHealth = { strikes: 0, backoffUntilMs: 0, lastSlowReason: '' };

/** The reason a sample is slow, or undefined when it is good. */
export function slowReasonOf(sample: HealthSample, o: BackoffOptions = DefaultBackoffOptions): SlowReason | undefined {
  if (sample.kind === 'dispatch-overhead') return sample.ms > o.slowDispatchOverheadMs ? SlowReason.DispatchOverhead : undefined;
  return sample.ratio > o.slowProbeLossRatio ? SlowReason.ProbeLoss : undefined;
}

/** base · 2^(strikes−1), capped at maxMs, times (1 ± jitterRatio) with `rand` in [0, 1). */
export function backoffMs(strikes: number, rand: number, o: BackoffOptions = DefaultBackoffOptions): number {
  if (strikes <= 0) return 0;
  const raw = Math.min(o.maxMs, o.baseMs * 2 ** (strikes - 1));
  const r = Math.min(1, Math.max(0, rand));
  return Math.round(raw * (1 - o.jitterRatio + 2 * o.jitterRatio * r));
}

/** The next health of a peer after one sample at `nowMs`. */
export function observeHealth(prev: PeerHealth, sample: HealthSample, nowMs: number, rand: number, o: BackoffOptions = DefaultBackoffOptions): PeerHealth {
  const reason = slowReasonOf(sample, o);
  if (reason === undefined) {
    if (prev.strikes === 0) return prev;
    return { ...prev, strikes: prev.strikes - 1 };
  }
  const strikes = Math.min(o.maxStrikes, prev.strikes + 1);
  return { strikes, backoffUntilMs: Math.max(prev.backoffUntilMs, nowMs + backoffMs(strikes, rand, o)), lastSlowReason: reason };
}

/** The placement score factor of a peer in (0, 1]: 1 when healthy, decaying with strikes. */
export function peerHealthScore(h: PeerHealth): number {
  return 1 / (1 + h.strikes);
}

/** The median of the losses observers measured towards a peer (undefined with none). */
export function medianLoss(losses: readonly number[]): number | undefined {
  if (losses.length === 0) return undefined;
  const s = [...losses].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * What a TaskResult says about its node's responsiveness: the time from dispatch to the result
 * minus the task's own run time (pickup delay + transit both ways). Undefined when the result is
 * not from the node the task was dispatched to, or carries no run time (durationMs 0: proto3's
 * unset, e.g. a failure the scheduler itself reported).
 */
export function dispatchOverheadMs(dispatch: { nodeId: string; dispatchedAtMs: number }, result: { nodeId: string; durationMs: number }, nowMs: number): number | undefined {
  if (result.nodeId !== dispatch.nodeId || !(result.durationMs > 0) || !(dispatch.dispatchedAtMs > 0)) return undefined;
  return Math.max(0, nowMs - dispatch.dispatchedAtMs - result.durationMs);
}

/**
 * Probe loss towards each known node: the median, over the observers whose tables list it with a
 * measured link, of the loss they see. Observers' own entries and unknown nodes are skipped.
 */
export function probeLossTowards(
  tables: Iterable<readonly [string, ReadonlyMap<string, { readonly measured: boolean; readonly lossRatio: number }>]>,
  isKnown: (nodeId: string) => boolean,
): Map<string, number> {
  const losses = new Map<string, number[]>();
  for (const [observer, links] of tables) {
    for (const [peerId, link] of links) {
      if (!link.measured || peerId === observer || !isKnown(peerId)) continue;
      losses.set(peerId, [...(losses.get(peerId) ?? []), link.lossRatio]);
    }
  }
  const out = new Map<string, number>();
  for (const [nodeId, list] of losses) out.set(nodeId, medianLoss(list) as number);
  return out;
}
