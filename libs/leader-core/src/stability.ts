/**
 * Hysteresis: a healthy leader keeps the lease when a slightly better candidate appears, so measurement
 * jitter never moves leadership. Instability (a lapsed lease, the holder gone from the cluster, the holder's
 * RTT above the bound) replaces it at once, with the reason that says which.
 */
import type { LeaseState } from './lease';
import { LeaderChangeReason, StayReason } from './names';
import type { StabilityParams } from './params';
import type { RankedCandidate } from './rank';

/** Finals are float sums: a lead equal to the margin up to rounding (0.6 − 0.5) counts as meeting it. */
const SCORE_EPSILON = 1e-9;

export interface IncumbentView {
  /** The holder as ranked in the same pass as the candidate; undefined when it is not a member. */
  holder: RankedCandidate | undefined;
  leaseState: LeaseState;
  /** How long the holder has held this term: nowMs − lease.acquiredAtMs. */
  tenureMs: number;
}

export type ChallengeVerdict =
  | { challenge: true; reason: LeaderChangeReason; detail: string }
  | { challenge: false; reason: StayReason; detail: string };

/**
 * Whether `candidate` should take the lease from the current holder, checked in this order:
 * vacant → ELECTED; expired → LEASE_EXPIRED; holder not a member → LEFT_CLUSTER (all regardless of
 * rank or tenure, as long as the candidate is eligible); then a healthy holder is replaced only for
 * RTT above the bound (UNSTABLE_RTT, if the candidate is within it) or for a candidate that beats it
 * by `challengeMargin` after `minTenureMs` (BETTER_CANDIDATE).
 */
export function shouldChallenge(current: IncumbentView, candidate: RankedCandidate, params: StabilityParams): ChallengeVerdict {
  if (!candidate.eligible) return stay(StayReason.NotEligible, `${candidate.nodeId} is not eligible`);
  if (current.leaseState === 'vacant') return change(LeaderChangeReason.Elected, 'no holder');
  if (current.leaseState === 'expired') return change(LeaderChangeReason.LeaseExpired, 'lease past expiry + clock-skew bound');
  const holder = current.holder;
  if (holder === undefined) return change(LeaderChangeReason.LeftCluster, 'holder is not a member of the cluster');
  if (holder.nodeId === candidate.nodeId) return stay(StayReason.IsHolder, `${candidate.nodeId} holds the lease`);

  if (exceedsRttBound(holder, params)) {
    if (exceedsRttBound(candidate, params)) {
      return stay(StayReason.ChallengerAlsoUnstable, `median RTT ${fmt(candidate.rtt.medianMs)} ms also above ${params.maxHolderRttMs} ms`);
    }
    return change(LeaderChangeReason.UnstableRtt, `holder median RTT ${fmt(holder.rtt.medianMs)} ms above ${params.maxHolderRttMs} ms`);
  }

  const lead = candidate.final - holder.final;
  if (lead < params.challengeMargin - SCORE_EPSILON) {
    return stay(StayReason.WithinMargin, `leads by ${fmt(lead)}, margin ${params.challengeMargin}`);
  }
  if (current.tenureMs < params.minTenureMs) {
    return stay(StayReason.TenureTooShort, `tenure ${current.tenureMs} ms < ${params.minTenureMs} ms`);
  }
  return change(LeaderChangeReason.BetterCandidate, `leads by ${fmt(lead)} ≥ margin ${params.challengeMargin}`);
}

/** Above the bound only when known: a missing measurement is not evidence of instability (coverage scores it). */
export function exceedsRttBound(candidate: RankedCandidate, params: Pick<StabilityParams, 'maxHolderRttMs'>): boolean {
  return candidate.rtt.medianMs !== undefined && candidate.rtt.medianMs > params.maxHolderRttMs;
}

/**
 * The one candidate that should challenge `holderId`: the best eligible non-holder, except that when the
 * holder's RTT is above the bound, the best one within the bound goes first. Only the heir challenges,
 * so candidates with the same view do not race each other for the compare-and-set.
 */
export function pickHeir(ranking: readonly RankedCandidate[], holderId: string | undefined, params: Pick<StabilityParams, 'maxHolderRttMs'>): RankedCandidate | undefined {
  const contenders = ranking.filter((c) => c.eligible && c.nodeId !== holderId);
  const holder = ranking.find((c) => c.nodeId === holderId);
  if (holder !== undefined && exceedsRttBound(holder, params)) {
    return contenders.find((c) => !exceedsRttBound(c, params)) ?? contenders[0];
  }
  return contenders[0];
}

function change(reason: LeaderChangeReason, detail: string): ChallengeVerdict {
  return { challenge: true, reason, detail };
}

function stay(reason: StayReason, detail: string): ChallengeVerdict {
  return { challenge: false, reason, detail };
}

function fmt(value: number | undefined): string {
  return value === undefined ? 'unknown' : String(Math.round(value * 1000) / 1000);
}
