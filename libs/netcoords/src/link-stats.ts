/**
 * Link statistics from peer probes, as pure reducers: each call returns a new state, so the
 * same code runs on real nodes (fed by NATS echo probes) and in the simulator (fed by a scenario).
 */
import { NetCoordsError } from './errors';

export interface LinkStatsParams {
  /** How many recent probes the loss ratio and the min-RTT filter look at. */
  windowSize: number;
  /** EWMA gain for the smoothed RTT; 1/8 as for TCP's SRTT (RFC 6298). */
  rttGain: number;
}

export const DEFAULT_LINK_STATS_PARAMS: Readonly<LinkStatsParams> = Object.freeze({ windowSize: 20, rttGain: 1 / 8 });

/** One answered echo probe. */
export interface ProbeSample {
  atMs: number;
  rttMs: number;
}

/** One timed burst: `bytes` were transferred in `durationMs`. */
export interface BurstSample {
  atMs: number;
  bytes: number;
  durationMs: number;
}

export interface LinkStats {
  readonly params: Readonly<LinkStatsParams>;
  readonly smoothedRttMs: number | null;
  readonly lastRttMs: number | null;
  readonly jitterMs: number;
  /** Outcomes of the last `windowSize` probes, oldest first: true = answered, false = timed out. */
  readonly outcomes: readonly boolean[];
  /** RTTs of the answered probes among the last `windowSize`, oldest first. */
  readonly recentRttsMs: readonly number[];
  readonly throughputMbps: number | null;
  /** Answered probes since the state was created. */
  readonly samples: number;
  readonly lastAtMs: number | null;
}

export interface LinkSummary {
  /** Smoothed RTT; null until a probe has been answered. */
  rttMs: number | null;
  /** Lowest RTT in the window: the propagation-delay estimate, free of queueing. */
  minRttMs: number | null;
  jitterMs: number;
  /** Lost / sent over the last `windowSize` probes; 0 before any probe. */
  lossRatio: number;
  throughputMbps: number | null;
  samples: number;
}

export function initialLinkStats(params: Partial<LinkStatsParams> = {}): LinkStats {
  const p = { ...DEFAULT_LINK_STATS_PARAMS, ...params };
  if (!Number.isInteger(p.windowSize) || p.windowSize < 1) throw new NetCoordsError(`windowSize: expected a positive integer, got ${p.windowSize}`);
  if (!(p.rttGain > 0 && p.rttGain <= 1)) throw new NetCoordsError(`rttGain: expected a number in (0, 1], got ${p.rttGain}`);
  return {
    params: Object.freeze(p),
    smoothedRttMs: null,
    lastRttMs: null,
    jitterMs: 0,
    outcomes: [],
    recentRttsMs: [],
    throughputMbps: null,
    samples: 0,
    lastAtMs: null,
  };
}

export function recordProbe(state: LinkStats, sample: ProbeSample): LinkStats {
  assertNonNegative('rttMs', sample.rttMs);
  const { rttGain, windowSize } = state.params;
  const smoothedRttMs = state.smoothedRttMs === null ? sample.rttMs : state.smoothedRttMs + rttGain * (sample.rttMs - state.smoothedRttMs);
  // RFC 3550 §6.4.1: with echo probes the transit-time difference D is the RTT difference.
  const jitterMs = state.lastRttMs === null ? state.jitterMs : state.jitterMs + (Math.abs(sample.rttMs - state.lastRttMs) - state.jitterMs) / 16;
  const outcomes = pushBounded(state.outcomes, true, windowSize);
  return {
    ...state,
    smoothedRttMs,
    lastRttMs: sample.rttMs,
    jitterMs,
    outcomes,
    // Keep only as many RTTs as there are answered probes left in the window.
    recentRttsMs: pushBounded(state.recentRttsMs, sample.rttMs, outcomes.filter(Boolean).length),
    samples: state.samples + 1,
    lastAtMs: sample.atMs,
  };
}

/** A probe that got no answer in time: counts as lost, leaves RTT and jitter as they were. */
export function recordTimeout(state: LinkStats, atMs: number): LinkStats {
  const outcomes = pushBounded(state.outcomes, false, state.params.windowSize);
  const answered = outcomes.filter(Boolean).length;
  return { ...state, outcomes, recentRttsMs: state.recentRttsMs.slice(state.recentRttsMs.length - answered), lastAtMs: atMs };
}

/** The latest burst replaces the previous reading: throughput drifts slowly and bursts are rare. */
export function recordBurst(state: LinkStats, sample: BurstSample): LinkStats {
  return { ...state, throughputMbps: throughputMbps(sample.bytes, sample.durationMs), lastAtMs: sample.atMs };
}

/** bytes·8 / ms is kbit/s; divide by 1000 for Mbit/s. */
export function throughputMbps(bytes: number, durationMs: number): number {
  assertNonNegative('bytes', bytes);
  if (!Number.isFinite(durationMs) || durationMs <= 0) throw new NetCoordsError(`durationMs: expected a positive finite number, got ${durationMs}`);
  return (bytes * 8) / durationMs / 1000;
}

export function summarize(state: LinkStats): LinkSummary {
  const lost = state.outcomes.filter((answered) => !answered).length;
  return {
    rttMs: state.smoothedRttMs,
    minRttMs: state.recentRttsMs.length > 0 ? Math.min(...state.recentRttsMs) : null,
    jitterMs: state.jitterMs,
    lossRatio: state.outcomes.length > 0 ? lost / state.outcomes.length : 0,
    throughputMbps: state.throughputMbps,
    samples: state.samples,
  };
}

function pushBounded<T>(items: readonly T[], item: T, limit: number): T[] {
  const next = [...items, item];
  return limit <= 0 ? [] : next.slice(Math.max(0, next.length - limit));
}

function assertNonNegative(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new NetCoordsError(`${field}: expected a non-negative finite number, got ${value}`);
}
