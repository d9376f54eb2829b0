/** @cellmesh/placement-core: pure filter → score → select, GPU admission and re-placement. */
export { FilterName, FilterReason, Rule, ScorerName, TaskReason } from './names';
export type {
  CandidateVerdict,
  GpuView,
  LinkView,
  NodeFilter,
  NodeScorer,
  NodeView,
  PlacementContext,
  PlacementDecision,
  PlacementOutcome,
  PluginScore,
  ProfileWeights,
  ResourceHint,
  Stack,
  TaskProfile,
  TaskScope,
  TaskSpec,
  Verdict,
  VerdictCode,
  WeightsTable,
} from './types';
export {
  DEFAULT_PLACEMENT_OPTIONS,
  InvalidPlacementOptionsError,
  compilePlacementOptions,
  vramSafetyMarginFor,
} from './options';
export type { CompiledPlacementOptions, PlacementOptions } from './options';
export { isCpuOnly, isMemoryHeavy, needsGpu, validateTask } from './task';
export { isHeartbeatStale, nodeHealthyFilter, nodeNotDrainingFilter, slowPeerBackoffFilter } from './filters/node-state';
export { capacityFilter, cpuOnlyFilter, freeCpuMillis, memoryHeavyFilter } from './filters/resources';
export { admissibleVramMib, gpuAdmits, gpuCouldEverAdmit, gpuPresentFilter, pickGpu, vramAdmissionFilter } from './filters/gpu';
export { bandwidthScorer, effectiveRttMs, jitterLossScorer, localityScorer, rttToOriginScorer } from './scorers/network';
export { freeCapacityScorer, queueDepthScorer } from './scorers/load';
export { clusterLeaderScorer, gpuHubAffinityScorer, peerHealthScorer } from './scorers/roles';
export { identityNormalize, maxNormalize, minMaxNormalize } from './normalize';
export { DefaultWeights } from './weights';
export { parseWeightsOverride, describeWeightChanges, WeightsFileError, PROFILES, SCORERS, MAX_WEIGHT } from './weights-override';
export { DefaultFilters, DefaultScorers, defaultStack } from './stack';
export { LedgerRefusedPlacementError, place, placeAndReserve, toPlainCandidate } from './place';
export type { PlaceContext } from './place';
export { DEFAULT_RECEIPT_MAX_CANDIDATES, boundReceipt } from './receipt';
export { GpuLedger, LedgerReason } from './gpu-ledger';
export type { GpuReservation, GpuUsage, ReserveResult } from './gpu-ledger';
export { BoundedWaitQueue } from './wait-queue';
export type { EnqueueResult, WaitingTask } from './wait-queue';
export { DEFAULT_MAX_ATTEMPTS, replanOnNodeLoss } from './replan';
export type { InFlightTask, Replan, ReplanOptions } from './replan';
export {
  WirePlacementOutcome,
  WireReason,
  WireResourceHint,
  WireTaskProfile,
  hintFromWire,
  hintToWire,
  outcomeToWire,
  profileFromWire,
  profileToWire,
  taskSpecFromSubmit,
  toReceiptFields,
} from './wire';
export type { PlacementReceiptFields, TaskSpecResult, TaskSubmitFields } from './wire';
