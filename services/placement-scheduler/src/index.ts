/** @cellmesh/placement-scheduler: filter → score → select over live metrics, GPU admission, re-placement. */
export { startPlacementScheduler, SERVICE_NAME, FENCING_CLUSTER_ID, GPU_WAIT_QUEUE } from './service';
export type { FencingTokenView, PlacementEvent, PlacementSchedulerDeps, PeerHealthView, PlacementSchedulerHandle, SchedulerCounters, SpillHandler, SpillRequest, SpillResult } from './types';
export {
  compilePlacementSchedulerOptions,
  PlacementSchedulerOptionsError,
  DEFAULT_METRICS_INTERVAL_MS,
  DEFAULT_MISSED_HEARTBEATS,
} from './options';
export type { Activation, CompiledPlacementSchedulerOptions, PlacementSchedulerOptions } from './options';
export { SchedulerReason, decideActivation, dispatchMsgId, receiptMsgId } from './core';
export type { ActivationDecision, ActivationInput, ActivationScope, ActivationToken } from './core';
