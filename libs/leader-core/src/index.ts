export { LeaderChangeReason, StayReason, FencingRejection } from './names';
export { InvalidLeaderParamsError, InvalidLeaderInputError, LeaseTransitionError } from './errors';
export {
  RankComponent,
  DEFAULT_RANK_WEIGHTS,
  RTT_FLOOR_MS,
  compileRankWeights,
  rankCandidates,
  compareIds,
  type ComputeInfo,
  type CandidateInfo,
  type ClusterCandidates,
  type RankScores,
  type RankWeights,
  type RttSummary,
  type RankedCandidate,
} from './rank';
export {
  VACANT_HOLDER,
  CREATE_REVISION,
  DEFAULT_LEASE_DURATION_MS,
  DEFAULT_LEASE_PARAMS,
  renewIntervalFor,
  leaseState,
  takeoverAllowedAtMs,
  actingDeadlineMs,
  holderMayAct,
  renewDueAtMs,
  nextLease,
  type LeaseRecord,
  type StoredLease,
  type LeaseParams,
  type LeaseState,
  type LeaseTransition,
} from './lease';
export {
  DEFAULT_STABILITY_PARAMS,
  DEFAULT_ROOT_STABILITY_PARAMS,
  DEFAULT_LEADER_PARAMS,
  DEFAULT_ROOT_LEADER_PARAMS,
  compileLeaderParams,
  rttJitterMargin,
  type StabilityParams,
  type LeaderParams,
  type LeaderOptions,
} from './params';
export { shouldChallenge, exceedsRttBound, pickHeir, type IncumbentView, type ChallengeVerdict } from './stability';
export { decideLeadership, type LeadershipView, type LeadershipAction, type LeadershipActionKind } from './decide';
export { electRoot, type RootElection } from './root';
export {
  fencingTokenOf,
  isStaleTerm,
  fenceOf,
  raiseFence,
  checkFencingToken,
  type FencingToken,
  type TermFence,
  type FenceVerdict,
} from './fencing';
