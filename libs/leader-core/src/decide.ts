/**
 * One node's leadership decision over its local view. The service carries the action out with KV
 * compare-and-set on `expectedRevision`; a failed CAS means the view was stale: re-read and decide again.
 *
 *   holder, lease live     → renew when due, else lead; step down when no longer a member or eligible
 *   lease vacant/expired   → acquire, best-ranked first (position k waits k × acquireStaggerMs)
 *   held by someone else   → the heir challenges when shouldChallenge says so; everyone else follows
 */
import { InvalidLeaderInputError } from './errors';
import {
  actingDeadlineMs,
  CREATE_REVISION,
  leaseState,
  nextLease,
  renewDueAtMs,
  takeoverAllowedAtMs,
  type LeaseRecord,
  type LeaseState,
  type StoredLease,
} from './lease';
import { LeaderChangeReason, StayReason } from './names';
import { DEFAULT_LEADER_PARAMS, type LeaderParams } from './params';
import { rankCandidates, type CandidateInfo, type RankedCandidate } from './rank';
import { pickHeir, shouldChallenge } from './stability';

export interface LeadershipView {
  selfId: string;
  clusterId: string;
  /** The cluster's members with their rank inputs (self included when it is a member). */
  members: readonly CandidateInfo[];
  /** The lease as last read from KV; undefined when the key does not exist. */
  lease?: StoredLease;
  /**
   * When this node first read the key as absent. Drives the acquire stagger on a cluster's first election;
   * left out, every candidate tries at once and compare-and-set picks one.
   */
  vacantSinceMs?: number;
}

interface DecisionBase {
  detail: string;
  /** The ranking the decision used, best first: the explanation for spans and `cellmesh explain`. */
  ranking: readonly RankedCandidate[];
  leaseState: LeaseState;
  /** Decide again at this time even if nothing changes in KV or membership. */
  nextCheckAtMs: number;
}

/** Write `lease` with CAS on `expectedRevision` (CREATE_REVISION: the key must not exist). */
interface LeaseWrite {
  expectedRevision: number;
  lease: LeaseRecord;
}

export type LeadershipAction =
  /** Take a vacant or expired lease; once the write succeeds, act under holderMayAct(lease). */
  | (DecisionBase & LeaseWrite & { kind: 'acquire'; reason: LeaderChangeReason; previousHolder: string | undefined })
  /**
   * Take a live lease from its holder. The new lease's acquiredAtMs is the instant the old lease is visibly
   * expired: the old holder may act until its own deadline, so the new one waits (holderMayAct enforces it).
   */
  | (DecisionBase & LeaseWrite & { kind: 'challenge'; reason: LeaderChangeReason; previousHolder: string })
  /** Extend one's own lease. Until the write succeeds, act only within [mayActFromMs, mayActUntilMs). */
  | (DecisionBase & LeaseWrite & { kind: 'renew'; reason: typeof StayReason.RenewalDue; mayActFromMs: number; mayActUntilMs: number })
  /** Hold a live lease: act as leader within [mayActFromMs, mayActUntilMs), write nothing. */
  | (DecisionBase & { kind: 'lead'; reason: typeof StayReason.LeaseFresh; term: number; mayActFromMs: number; mayActUntilMs: number })
  /** Stop acting first, then write the released lease (same term, no holder). */
  | (DecisionBase & LeaseWrite & { kind: 'step-down'; reason: typeof LeaderChangeReason.Resigned | typeof LeaderChangeReason.LeftCluster })
  /** Someone else leads (or nobody yet, and it is not this node's turn). */
  | (DecisionBase & { kind: 'follow'; reason: StayReason; holder: string | undefined; term: number | undefined });

export type LeadershipActionKind = LeadershipAction['kind'];

export function decideLeadership(view: LeadershipView, nowMs: number, params: Readonly<LeaderParams> = DEFAULT_LEADER_PARAMS): LeadershipAction {
  const record = view.lease?.record;
  if (record !== undefined && record.clusterId !== view.clusterId) {
    throw new InvalidLeaderInputError(`lease of cluster ${JSON.stringify(record.clusterId)} given to a view of ${JSON.stringify(view.clusterId)}`);
  }
  const ranking = rankCandidates({ members: view.members }, params.weights);
  const state = leaseState(record, nowMs, params.lease);
  const ctx: DecisionContext = {
    view,
    nowMs,
    params,
    ranking,
    state,
    revision: view.lease?.revision ?? CREATE_REVISION,
    self: ranking.find((c) => c.nodeId === view.selfId),
  };
  if (record !== undefined && state === 'held' && record.holder === view.selfId) return decideAsHolder(ctx, record);
  if (record !== undefined && state === 'held') return decideAsFollower(ctx, record);
  return decideOnVacancy(ctx, record);
}

interface DecisionContext {
  view: LeadershipView;
  nowMs: number;
  params: Readonly<LeaderParams>;
  ranking: readonly RankedCandidate[];
  state: LeaseState;
  revision: number;
  self: RankedCandidate | undefined;
}

function decideAsHolder(ctx: DecisionContext, record: LeaseRecord): LeadershipAction {
  const { view, nowMs, params, self } = ctx;
  const base = { ranking: ctx.ranking, leaseState: ctx.state, expectedRevision: ctx.revision };
  if (self === undefined || !self.eligible) {
    const reason = self === undefined ? LeaderChangeReason.LeftCluster : LeaderChangeReason.Resigned;
    return {
      ...base,
      kind: 'step-down',
      reason,
      detail: self === undefined ? `${view.selfId} is no longer a member` : `${view.selfId} is not eligible`,
      lease: nextLease(record, { kind: 'release', holder: view.selfId, nowMs }, params.lease),
      nextCheckAtMs: nowMs,
    };
  }
  const mayActUntilMs = actingDeadlineMs(record, params.lease);
  const renewAt = renewDueAtMs(record, params.lease);
  if (nowMs >= renewAt) {
    return {
      ...base,
      kind: 'renew',
      reason: StayReason.RenewalDue,
      detail: `term ${record.term}: renewal due since ${renewAt}`,
      lease: nextLease(record, { kind: 'renew', holder: view.selfId, holderRank: self.final, nowMs }, params.lease),
      mayActFromMs: record.acquiredAtMs,
      mayActUntilMs,
      nextCheckAtMs: nowMs,
    };
  }
  return {
    ranking: ctx.ranking,
    leaseState: ctx.state,
    kind: 'lead',
    reason: StayReason.LeaseFresh,
    detail: `term ${record.term}: renew at ${renewAt}`,
    term: record.term,
    mayActFromMs: record.acquiredAtMs,
    mayActUntilMs,
    nextCheckAtMs: Math.min(renewAt, mayActUntilMs),
  };
}

function decideOnVacancy(ctx: DecisionContext, record: LeaseRecord | undefined): LeadershipAction {
  const { view, nowMs, params, self: me } = ctx;
  if (me === undefined || !me.eligible) return notACandidate(ctx, record);

  // Better-ranked candidates go first, so the usual winner is the best one and not the fastest reader.
  const turn = ctx.ranking.filter((c) => c.eligible).findIndex((c) => c.nodeId === me.nodeId);
  const vacantSince =
    record === undefined ? (view.vacantSinceMs ?? Number.NEGATIVE_INFINITY) : ctx.state === 'expired' ? takeoverAllowedAtMs(record, params.lease) : record.expiresAtMs;
  const turnAtMs = vacantSince + turn * params.stability.acquireStaggerMs;
  if (nowMs < turnAtMs) {
    return follow(ctx, record, StayReason.AwaitingTurn, `position ${turn}: may acquire at ${turnAtMs}`, turnAtMs);
  }
  const reason =
    record === undefined ? LeaderChangeReason.Elected : ctx.state === 'expired' ? LeaderChangeReason.LeaseExpired : LeaderChangeReason.Resigned;
  const lease = nextLease(record, { kind: 'acquire', clusterId: view.clusterId, holder: me.nodeId, holderRank: me.final, nowMs }, params.lease);
  return {
    ranking: ctx.ranking,
    leaseState: ctx.state,
    kind: 'acquire',
    reason,
    detail: `term ${lease.term} at position ${turn}`,
    expectedRevision: ctx.revision,
    lease,
    previousHolder: record?.holder || undefined,
    nextCheckAtMs: nowMs,
  };
}

function decideAsFollower(ctx: DecisionContext, record: LeaseRecord): LeadershipAction {
  const { view, nowMs, params, self: me } = ctx;
  if (me === undefined || !me.eligible) return notACandidate(ctx, record);

  const heir = pickHeir(ctx.ranking, record.holder, params.stability);
  const incumbent = { holder: ctx.ranking.find((c) => c.nodeId === record.holder), leaseState: ctx.state, tenureMs: nowMs - record.acquiredAtMs };
  const verdict = shouldChallenge(incumbent, heir ?? me, params.stability);
  const takeoverAt = takeoverAllowedAtMs(record, params.lease);
  if (!verdict.challenge) {
    const tenureEndsAt = record.acquiredAtMs + params.stability.minTenureMs;
    const checkAt = verdict.reason === StayReason.TenureTooShort ? Math.min(takeoverAt, tenureEndsAt) : takeoverAt;
    return follow(ctx, record, verdict.reason, verdict.detail, checkAt);
  }
  if (heir?.nodeId !== me.nodeId) {
    return follow(ctx, record, StayReason.NotHeir, `${heir?.nodeId ?? 'nobody'} is first in line (${verdict.reason})`, takeoverAt);
  }
  // The old holder may act until its own deadline: start this tenure only once its lease is visibly expired.
  const lease = nextLease(record, { kind: 'acquire', clusterId: view.clusterId, holder: me.nodeId, holderRank: me.final, nowMs, actingFromMs: takeoverAt }, params.lease);
  return {
    ranking: ctx.ranking,
    leaseState: ctx.state,
    kind: 'challenge',
    reason: verdict.reason,
    detail: verdict.detail,
    expectedRevision: ctx.revision,
    lease,
    previousHolder: record.holder,
    nextCheckAtMs: nowMs,
  };
}

function notACandidate(ctx: DecisionContext, record: LeaseRecord | undefined): LeadershipAction {
  return ctx.self === undefined
    ? follow(ctx, record, StayReason.NotAMember, `${ctx.view.selfId} is not a member`, Number.POSITIVE_INFINITY)
    : follow(ctx, record, StayReason.NotEligible, `${ctx.view.selfId} is not eligible`, Number.POSITIVE_INFINITY);
}

function follow(ctx: DecisionContext, record: LeaseRecord | undefined, reason: StayReason, detail: string, checkAtMs: number): LeadershipAction {
  const holderLive = record !== undefined && ctx.state === 'held';
  return {
    ranking: ctx.ranking,
    leaseState: ctx.state,
    kind: 'follow',
    reason,
    detail,
    holder: holderLive ? record.holder : undefined,
    term: record?.term,
    // Re-check at least once per renewal interval: ranks and membership drift without a KV change.
    nextCheckAtMs: Math.min(checkAtMs, ctx.nowMs + ctx.params.lease.renewIntervalMs),
  };
}
