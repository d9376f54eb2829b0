/** cellmesh span attributes, beside OpenTelemetry's messaging semantic conventions. */
export const CellmeshAttr = {
  GameId: 'cellmesh.game_id',
  RoomId: 'cellmesh.room_id',
  TaskId: 'cellmesh.task_id',
  NodeId: 'cellmesh.node_id',
  ClusterId: 'cellmesh.cluster_id',
  Term: 'cellmesh.leader_term',
  Emulated: 'cellmesh.emulated',
} as const;

/** Messaging semantic-convention keys we set (stable names from the OTel spec). */
export const MessagingAttr = {
  System: 'messaging.system',
  Destination: 'messaging.destination.name',
  Operation: 'messaging.operation.type',
  OperationName: 'messaging.operation.name',
  DestinationTemplate: 'messaging.destination.template',
  MessageId: 'messaging.message.id',
  BodySize: 'messaging.message.body.size',
  ConsumerGroup: 'messaging.consumer.group.name',
} as const;

/** Attributes `recordPlacementOnSpan` writes on the placement span (bounded; see docs/observability.md). */
export const PlacementAttr = {
  Outcome: 'cellmesh.placement.outcome',
  ChosenNode: 'cellmesh.placement.chosen_node',
  GpuIndex: 'cellmesh.placement.gpu_index',
  Rule: 'cellmesh.placement.rule',
  RejectReason: 'cellmesh.placement.reject_reason',
  Profile: 'cellmesh.placement.profile',
  Attempt: 'cellmesh.placement.attempt',
  DecisionLatencyMs: 'cellmesh.placement.decision_latency_ms',
  CandidateCount: 'cellmesh.placement.candidate_count',
  CandidatesOmitted: 'cellmesh.placement.candidates_omitted',
  CandidateNodes: 'cellmesh.placement.candidate_nodes',
  /** JSON array, at most MAX_PLACEMENT_ATTRIBUTE_BYTES long. */
  Candidates: 'cellmesh.placement.candidates',
  FencingTerm: 'cellmesh.placement.fencing_term',
} as const;

/** Low-cardinality names of the internal (non-messaging) spans of a task's trace. */
export const SpanName = {
  /** Scheduler: filter → score → select for one task. */
  Place: 'cellmesh.place',
  /** Worker or GPU runner: executing the task. */
  Run: 'cellmesh.run',
  /** Committer: checking and applying one delta. */
  Commit: 'cellmesh.commit',
} as const;

/** Span event names. */
export const SpanEventName = {
  CandidateRejected: 'cellmesh.placement.candidate_rejected',
} as const;
