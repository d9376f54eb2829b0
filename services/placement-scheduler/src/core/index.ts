/** Pure decisions of the placement-scheduler (no I/O). */
export { Fleet, heartbeatFromMetrics } from './fleet';
export type { ClusterStateFields, FleetOptions, GpuMeasure, NeighbourListFields, NodeHeartbeat, NodeMetricsFields, NodeReservation, PeerLinkFields, PeerTableFields } from './fleet';
export { SchedulerBook } from './book';
export type { Decided, InFlightEntry, NodeLoss, PendingEntry } from './book';
export { SchedulerReason, dispatchMsgId, receiptMsgId } from './names';
