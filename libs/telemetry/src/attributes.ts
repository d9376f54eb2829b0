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
  MessageId: 'messaging.message.id',
  BodySize: 'messaging.message.body.size',
} as const;
