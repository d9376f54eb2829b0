/** Why a Metrics API request was refused: sent as the Nats-Service-Error description and in an ErrorReply. */
export const ApiErrorCode = { BadRequest: 400, NotFound: 404, Unavailable: 503 } as const;

export const ApiErrorReason = {
  MalformedQuery: 'request body is not a cellmesh.v1.MetricsQuery',
  WrongNode: 'query names another node: address the endpoint of that node',
  MissingPeerId: 'peer_id is required',
  InvalidPeerId: 'peer_id is not a valid node id',
  UnknownPeer: 'no measurement and no coordinate for this peer',
  MissingClusterId: 'cluster_id is required',
  InvalidClusterId: 'cluster_id is not a valid cluster id',
  UnknownCluster: 'no topology state and no heartbeats name this cluster',
  NotSampledYet: 'the node has not taken its first sample yet',
} as const;
export type ApiErrorReason = (typeof ApiErrorReason)[keyof typeof ApiErrorReason];
