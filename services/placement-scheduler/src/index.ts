/** @cellmesh/placement-scheduler: filter → score → select over live metrics, GPU admission, re-placement. */
export { startPlacementScheduler, SERVICE_NAME, FENCING_CLUSTER_ID } from './service';
export type { FencingTokenView, PlacementEvent, PlacementSchedulerDeps, PlacementSchedulerHandle, SchedulerCounters } from './service';
export {
  compilePlacementSchedulerOptions,
  PlacementSchedulerOptionsError,
  DEFAULT_METRICS_INTERVAL_MS,
  DEFAULT_MISSED_HEARTBEATS,
} from './options';
export type { Activation, CompiledPlacementSchedulerOptions, PlacementSchedulerOptions } from './options';
export { SchedulerReason, dispatchMsgId, receiptMsgId } from './core';
