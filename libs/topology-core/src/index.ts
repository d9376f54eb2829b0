/**
 * Pure cellular-automata rules for cluster formation (topology-ca) and a synchronous-rounds
 * engine that runs them over plain data. No I/O, clock or randomness: see docs/topology.md.
 */
export { InvalidCaParamsError, InvalidWorldError } from './errors';
export type { CellView, NeighbourView, NodeAttributes } from './types';
export { DEFAULT_CA_PARAMS, compileCaParams } from './params';
export type { CaParams } from './params';
export {
  CandidacyReason,
  LinkBand,
  candidateRttThresholdMs,
  classifyLink,
  isClusterCandidate,
  isEvidence,
} from './rules/candidacy';
export type { LinkVerdict } from './rules/candidacy';
export {
  CoreReason,
  classifyCore,
  clusterDeputies,
  coreRadiusMs,
  coreViewFromNeighbours,
  coreViewOf,
  coresWanted,
  deputiesBefore,
} from './rules/core';
export type { CoreAnnouncement, CoreVerdict, CoreView, Deputy } from './rules/core';
export { MembershipReason, decideMembership } from './rules/membership';
export type { MembershipDecision } from './rules/membership';
export { FanoutReason, decideFanout, fanoutLimit, uplinkUtilisation } from './rules/fanout';
export type { FanoutDecision } from './rules/fanout';
export { ParentReason, decideParent } from './rules/parent';
export type { ParentDecision } from './rules/parent';
export { RelayReason, decideRelay } from './rules/relay';
export type { RelayDecision } from './rules/relay';
export { ComputeHeavyReason, decideComputeHeavy } from './rules/compute-heavy';
export type { ComputeHeavyDecision } from './rules/compute-heavy';
export { initialCellView, step } from './step';
export type { CaRule, CellDecision } from './step';
export { iterateToFixedPoint } from './engine';
export type { IterationResult, LocalWorld, TopologyState, WorldLink } from './engine';
export { DEFAULT_NEIGHBOUR_SELECTION, chooseNeighbours } from './neighbours';
export type { NeighbourSelection, PeerCandidate } from './neighbours';
