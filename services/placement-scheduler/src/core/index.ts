/** Pure decisions of the placement-scheduler (no I/O). */
export { DEFAULT_MAX_NODES, Fleet, heartbeatFromMetrics } from './fleet';
export { InputRejectionLog, REJECTION_LOG_INTERVAL_MS } from './rejections';
export type { InputRejections } from './rejections';
export type { ClusterStateFields, FleetOptions, GpuMeasure, NeighbourListFields, NodeHeartbeat, NodeMetricsFields, NodeReservation, PeerLinkFields, PeerTableFields } from './fleet';
export { SchedulerBook } from './book';
export type { Decided, InFlightEntry, NodeLoss, PendingEntry } from './book';
export { SchedulerReason, dispatchMsgId, receiptMsgId } from './names';
export { decideActivation, fencingClusterOf } from './activation';
export type { ActivationDecision, ActivationInput, ActivationScope, ActivationToken, LeaseFacts } from './activation';
export { classifyDecision, classifySubmission, expiredDecision, isDuplicate, outcomeOfDecision, spilledDecision, specOfSubmit, validateSubmission } from './submission';
export type { DecisionClass, DeliveryContext, DeliveryOutcome, LadderStep, LastReceiptFacts, LocalOutcome, SubmissionFacts, SubmitFields, Validated } from './submission';
export { forgetAfterMs, planTick } from './tick';
export type { TickEffect } from './tick';
export { DefaultBackoffOptions, HEALTHY, SlowReason, backoffMs, dispatchOverheadMs, medianLoss, observeHealth, peerHealthScore, probeLossTowards, slowReasonOf } from './backoff';
export type { BackoffOptions, HealthSample, PeerHealth } from './backoff';
