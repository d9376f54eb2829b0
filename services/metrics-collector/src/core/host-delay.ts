/**
 * Telling a slow host from a slow link (issue 17). A probe's RTT is measured on this node's event loop:
 * when the loop is busy (or the process is descheduled) at the moment the reply arrives, the reply waits in
 * the socket until the loop gets to it, and the sample measures the host as much as the link. (A stall
 * that ends before the reply arrives costs nothing: the link's delay elapses anyway.) The prober watches
 * its own loop (a ticker that notices when it fires late: a stall) and hands each sample here with the
 * time the stall in progress at the reply held it. A sample held longer than timer noise is not taken at
 * face value: raw − hold is a lower bound of the link's RTT (the reply was there when the stall began), and
 * the recorded sample is the tightest recent estimate from those bounds and the clean samples, so the
 * link estimate and the RFC 3550 jitter run over the filtered series while loss is still counted.
 * Hysteresis against flapping stays in the topology rules.
 * Pure: times come in as numbers.
 */

/** One interval during which this node's event loop did not run timers (its work, GC, or descheduling). */
export interface Stall {
  startMs: number;
  endMs: number;
}

export interface HostDelayParams {
  /** Stall time up to this is timer noise, never a host delay. */
  toleranceMs: number;
  /** …nor is stall time up to this share of the sample itself. */
  toleranceShare: number;
  /** How many clean samples and lower bounds per peer the estimate looks at. */
  cleanWindow: number;
  /** A sample older than this no longer counts (the link may have changed meanwhile). */
  cleanMaxAgeMs: number;
  /** Clean samples cap the estimate only when there are this many fresh ones (one may itself be a missed stall). */
  cleanMin: number;
  /** A corrected sample is never reported below this. */
  floorMs: number;
  /** A clean sample is recorded at most this multiple of the recent samples' median (a one-off spike elsewhere moves neither the estimate nor the jitter much; a real change lifts the median within a few samples). */
  spikeFactor: number;
}

export const DEFAULT_HOST_DELAY_PARAMS: Readonly<HostDelayParams> = Object.freeze({ toleranceMs: 0.3, toleranceShare: 0.1, cleanWindow: 32, cleanMaxAgeMs: 30_000, cleanMin: 3, floorMs: 0.01, spikeFactor: 2 });

/** Total time of `stalls` inside [fromMs, toMs]. */
export function stallOverlapMs(stalls: Iterable<Stall>, fromMs: number, toMs: number): number {
  let total = 0;
  for (const s of stalls) {
    const lo = Math.max(s.startMs, fromMs);
    const hi = Math.min(s.endMs, toMs);
    if (hi > lo) total += hi - lo;
  }
  return total;
}

/**
 * The stall a ticker infers from one firing: it was due at `dueMs` and ran at `firedMs`.
 * Undefined when it was on time (within `minMs`).
 */
export function stallFromTick(dueMs: number, firedMs: number, minMs: number): Stall | undefined {
  return firedMs - dueMs > minMs ? { startMs: dueMs, endMs: firedMs } : undefined;
}

/** A bounded log of recent stalls (oldest dropped first). */
export class StallLog {
  private readonly stalls: Stall[] = [];
  constructor(private readonly capacity = 512, private readonly horizonMs = 10_000) {}

  add(stall: Stall): void {
    const last = this.stalls[this.stalls.length - 1];
    // The ticker reports a long stall once, when it finally fires; merge touching intervals.
    if (last && stall.startMs <= last.endMs) last.endMs = Math.max(last.endMs, stall.endMs);
    else this.stalls.push({ ...stall });
    while (this.stalls.length > this.capacity || (this.stalls.length > 0 && this.stalls[0]!.endMs < stall.endMs - this.horizonMs)) this.stalls.shift();
  }

  /** Stall time inside [fromMs, toMs], counting `pending` (a stall still going on, not yet logged by the ticker). */
  overlapMs(fromMs: number, toMs: number, pending?: Stall): number {
    return stallOverlapMs(pending ? [...this.stalls, pending] : this.stalls, fromMs, toMs);
  }

  /**
   * How long a reply handled at `toMs` was held by the host: the part after `fromMs` of the stall that was
   * in progress then (one ending within `adjacencyMs` of `toMs`, or `pending`); 0 when the loop was free.
   */
  heldMs(fromMs: number, toMs: number, adjacencyMs: number, pending?: Stall): number {
    const candidates = pending ? [...this.stalls, pending] : this.stalls;
    let held = 0;
    for (const s of candidates) {
      if (s.endMs < toMs - adjacencyMs || s.startMs >= toMs) continue;
      held = Math.max(held, Math.min(s.endMs, toMs) - Math.max(s.startMs, fromMs));
    }
    return Math.max(0, held);
  }

  get size(): number {
    return this.stalls.length;
  }
}

/** A peer's recent samples: the clean ones (exact), and the lower bounds the held ones give. */
export interface CleanSamples {
  readonly rttsMs: readonly number[];
  readonly atMs: readonly number[];
  /** For each held sample, raw RTT minus the hold: the reply had arrived by the time the stall began. */
  readonly lowerBoundsMs: readonly number[];
  readonly lowerBoundsAtMs: readonly number[];
}

export const NO_CLEAN_SAMPLES: CleanSamples = Object.freeze({ rttsMs: [], atMs: [], lowerBoundsMs: [], lowerBoundsAtMs: [] });

export interface LinkSampleDecision {
  /** What the link statistics record for this probe. */
  rttMs: number;
  /** True when the host held the reply longer than timer noise. */
  hostDelayed: boolean;
  /** How long the host held the reply (the stall in progress when it arrived). */
  hostDelayMs: number;
  clean: CleanSamples;
}

/** The upper share of the lower bounds that estimates the link: the highest few are the tightest bounds, the very highest may hide a delay elsewhere. */
export const LOWER_BOUND_PERCENTILE = 0.75;

/**
 * The link sample for one answered probe, given how long this host held its reply.
 * Not held: the raw RTT, exact. Held: the reply arrived before the stall ended and (up to the ticker's
 * granularity) after it began, so raw − hold is a lower bound of the link's RTT and raw an upper one. The
 * sample recorded is the tightest recent estimate: the LOWER_BOUND_PERCENTILE of the recent lower bounds,
 * capped by the recent clean samples' median (when there are cleanMin of them) and by the raw sample.
 */
export function linkSample(rawRttMs: number, hostDelayMs: number, atMs: number, clean: CleanSamples, params: HostDelayParams = DEFAULT_HOST_DELAY_PARAMS): LinkSampleDecision {
  const tolerated = Math.max(params.toleranceMs, params.toleranceShare * rawRttMs);
  const fresh = (values: readonly number[], at: readonly number[]) => {
    const keep = values.map((_, i) => atMs - at[i]! <= params.cleanMaxAgeMs);
    return { values: values.filter((_, i) => keep[i]).slice(-(params.cleanWindow - 1)), at: at.filter((_, i) => keep[i]).slice(-(params.cleanWindow - 1)) };
  };
  const cleanNow = fresh(clean.rttsMs, clean.atMs);
  const boundsNow = fresh(clean.lowerBoundsMs, clean.lowerBoundsAtMs);
  if (hostDelayMs <= tolerated) {
    const recent = [...cleanNow.values, ...boundsNow.values];
    const cap = recent.length >= params.cleanMin ? params.spikeFactor * median(recent) : Number.POSITIVE_INFINITY;
    return {
      rttMs: Math.min(rawRttMs, Math.max(cap, params.floorMs)), hostDelayed: false, hostDelayMs,
      clean: { rttsMs: [...cleanNow.values, rawRttMs], atMs: [...cleanNow.at, atMs], lowerBoundsMs: boundsNow.values, lowerBoundsAtMs: boundsNow.at },
    };
  }
  const lower = Math.max(params.floorMs, rawRttMs - hostDelayMs);
  const bounds = [...boundsNow.values, lower];
  let estimate = quantile(bounds, LOWER_BOUND_PERCENTILE);
  if (cleanNow.values.length >= params.cleanMin) estimate = Math.min(estimate, median(cleanNow.values));
  return {
    rttMs: Math.max(params.floorMs, Math.min(estimate, rawRttMs)), hostDelayed: true, hostDelayMs,
    clean: { rttsMs: cleanNow.values, atMs: cleanNow.at, lowerBoundsMs: bounds, lowerBoundsAtMs: [...boundsNow.at, atMs] },
  };
}

function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
