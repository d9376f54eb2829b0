/**
 * Everything the leader decisions read, with defaults. Options (partial, from config) →
 * compileLeaderParams() → LeaderParams (complete, validated, frozen). The service and the simulator
 * compile the same way, so what is simulated is what runs.
 */
import { InvalidLeaderParamsError } from './errors';
import { DEFAULT_LEASE_PARAMS, renewIntervalFor, type LeaseParams } from './lease';
import { compileRankWeights, DEFAULT_RANK_WEIGHTS, type RankWeights } from './rank';

/**
 * The largest lead RTT jitter of ±`jitterFraction` (on every measurement, even adversarially) can give a
 * challenger over a holder that is truly at least as good. Each RTT score is (best + floor) / (rtt + floor);
 * jitter scales both the best and each RTT by [1 − j, 1 + j], so one RTT score can gain at most
 * 1 − (1 − j) / (1 + j) = 2j / (1 + j) on the other's. Coverage and compute do not move with RTT jitter.
 * A challengeMargin above this keeps jitter from ever moving leadership.
 */
export function rttJitterMargin(weights: RankWeights, jitterFraction: number): number {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const rttShare = (weights.rttMean + weights.rttMedian) / total;
  return (rttShare * 2 * jitterFraction) / (1 + jitterFraction);
}

export interface StabilityParams {
  /**
   * A challenger must beat the holder's final score (in [0, 1]) by at least this much. The default, 0.2,
   * is above rttJitterMargin(DEFAULT_RANK_WEIGHTS, 0.2) ≈ 0.167: ±20 % RTT jitter alone cannot move
   * leadership away from the true best candidate.
   */
  challengeMargin: number;
  /** A healthy holder keeps the lease at least this long before a better candidate may take it. */
  minTenureMs: number;
  /** A holder whose median RTT to the members is above this is unstable and may be replaced at once. */
  maxHolderRttMs: number;
  /** On a vacancy, the candidate at ranking position k waits k × this before acquiring. */
  acquireStaggerMs: number;
}

export const DEFAULT_STABILITY_PARAMS: Readonly<StabilityParams> = Object.freeze({
  challengeMargin: 0.2,
  minTenureMs: 60_000,
  maxHolderRttMs: 200,
  acquireStaggerMs: 1_000,
});

/** One level up, links are WAN links: a higher RTT bound and a longer tenure keep the root steady. */
export const DEFAULT_ROOT_STABILITY_PARAMS: Readonly<StabilityParams> = Object.freeze({
  challengeMargin: 0.2,
  minTenureMs: 120_000,
  maxHolderRttMs: 1_000,
  acquireStaggerMs: 1_000,
});

export interface LeaderParams {
  weights: RankWeights;
  lease: Readonly<LeaseParams>;
  stability: Readonly<StabilityParams>;
}

export interface LeaderOptions {
  weights?: Partial<RankWeights>;
  /** renewIntervalMs defaults to leaseDurationMs / 3 when only the duration is given. */
  lease?: Partial<LeaseParams>;
  stability?: Partial<StabilityParams>;
}

export const DEFAULT_LEADER_PARAMS: Readonly<LeaderParams> = Object.freeze({
  weights: DEFAULT_RANK_WEIGHTS,
  lease: DEFAULT_LEASE_PARAMS,
  stability: DEFAULT_STABILITY_PARAMS,
});

export const DEFAULT_ROOT_LEADER_PARAMS: Readonly<LeaderParams> = Object.freeze({
  weights: DEFAULT_RANK_WEIGHTS,
  lease: DEFAULT_LEASE_PARAMS,
  stability: DEFAULT_ROOT_STABILITY_PARAMS,
});

export function compileLeaderParams(options: LeaderOptions = {}, base: Readonly<LeaderParams> = DEFAULT_LEADER_PARAMS): Readonly<LeaderParams> {
  const weights = compileRankWeights(options.weights ?? {}, base.weights);

  const lease = { ...base.lease, ...defined(options.lease) };
  if (options.lease?.leaseDurationMs !== undefined && options.lease.renewIntervalMs === undefined) {
    lease.renewIntervalMs = renewIntervalFor(lease.leaseDurationMs);
  }
  const badLease = [
    ...notFinite(lease, ['leaseDurationMs', 'renewIntervalMs', 'maxClockSkewMs']),
    ...(lease.leaseDurationMs > 0 ? [] : ['leaseDurationMs']),
    ...(lease.renewIntervalMs > 0 ? [] : ['renewIntervalMs']),
    ...(lease.maxClockSkewMs >= 0 ? [] : ['maxClockSkewMs']),
  ];
  if (badLease.length > 0) throw new InvalidLeaderParamsError(unique(badLease), 'must be finite and positive (skew: non-negative)');
  // A renewal must land before the holder's own acting deadline, or a healthy leader goes dark every cycle.
  if (lease.renewIntervalMs + lease.maxClockSkewMs >= lease.leaseDurationMs) {
    throw new InvalidLeaderParamsError(['renewIntervalMs', 'maxClockSkewMs', 'leaseDurationMs'], 'need renewIntervalMs + maxClockSkewMs < leaseDurationMs');
  }

  const stability = { ...base.stability, ...defined(options.stability) };
  const badStability = [
    ...notFinite(stability, ['challengeMargin', 'minTenureMs', 'maxHolderRttMs', 'acquireStaggerMs']),
    ...(stability.challengeMargin >= 0 && stability.challengeMargin < 1 ? [] : ['challengeMargin']),
    ...(stability.minTenureMs >= 0 ? [] : ['minTenureMs']),
    ...(stability.maxHolderRttMs > 0 ? [] : ['maxHolderRttMs']),
    ...(stability.acquireStaggerMs >= 0 ? [] : ['acquireStaggerMs']),
  ];
  if (badStability.length > 0) throw new InvalidLeaderParamsError(unique(badStability), 'out of range (challengeMargin in [0, 1), durations ≥ 0, maxHolderRttMs > 0)');

  return Object.freeze({ weights, lease: Object.freeze(lease), stability: Object.freeze(stability) });
}

function defined<T extends object>(partial: Partial<T> | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(partial ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function notFinite<T extends object>(values: T, keys: readonly (keyof T & string)[]): string[] {
  return keys.filter((k) => !Number.isFinite(values[k]));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
