/**
 * Every name on the wire: subjects, streams, KV buckets, headers and consumers.
 * Nothing else in the codebase spells these strings.
 */
import { InvalidSubjectTokenError } from './errors';

export const MAX_TOKEN_LENGTH = 64;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * Validates one subject token built from user input (game, room, task, node, cluster ids).
 * Rejects `.`, `*`, `>` and whitespace like nats.js validateName, and bounds the length.
 */
export function tok(value: string, field = 'token'): string {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidSubjectTokenError(field, String(value), 'must not be empty');
  if (value.length > MAX_TOKEN_LENGTH) throw new InvalidSubjectTokenError(field, value, `longer than ${MAX_TOKEN_LENGTH} characters`);
  if (value.includes('.')) throw new InvalidSubjectTokenError(field, value, 'must not contain "."');
  if (value.includes('*') || value.includes('>')) throw new InvalidSubjectTokenError(field, value, 'must not contain the wildcards "*" or ">"');
  if (/\s/.test(value)) throw new InvalidSubjectTokenError(field, value, 'must not contain whitespace');
  if (!TOKEN_PATTERN.test(value)) throw new InvalidSubjectTokenError(field, value, 'may only contain letters, digits, "-" and "_"');
  return value;
}

export function isValidToken(value: string): boolean {
  try {
    tok(value);
    return true;
  } catch {
    return false;
  }
}

/** Metrics API endpoint names (the micro endpoint name) and the last subject token each is served on. */
export const MetricsApiEndpoints = { getLocalMetrics: 'local', getPeerMetrics: 'peer', getClusterMetrics: 'cluster' } as const;
export type MetricsApiEndpoint = keyof typeof MetricsApiEndpoints;

/** NATS micro service names (`$SRV.PING.<name>`, `$SRV.INFO.<name>`). */
export const MicroServices = { Metrics: 'cellmesh-metrics' } as const;

export const subjects = {
  taskSubmit: (gameId: string, roomId: string) => `task.submit.${tok(gameId, 'gameId')}.${tok(roomId, 'roomId')}`,
  taskSubmitAll: 'task.submit.>',
  /** Submissions of one game and/or room (a wildcard for what is not given). */
  taskSubmitFilter: (gameId?: string, roomId?: string) => `task.submit.${gameId === undefined ? '*' : tok(gameId, 'gameId')}.${roomId === undefined ? '*' : tok(roomId, 'roomId')}`,
  /** CPU dispatch for a node; GPU dispatch adds `.gpu` so each runner filters its own. */
  taskRun: (nodeId: string) => `task.run.${tok(nodeId, 'nodeId')}`,
  taskRunGpu: (nodeId: string) => `task.run.${tok(nodeId, 'nodeId')}.gpu`,
  taskRunAll: 'task.run.>',
  taskResult: (taskId: string) => `task.result.${tok(taskId, 'taskId')}`,
  taskResultAll: 'task.result.>',
  placementReceipt: (taskId: string) => `placement.receipt.${tok(taskId, 'taskId')}`,
  placementReceiptAll: 'placement.receipt.>',
  metricsNode: (nodeId: string) => `metrics.node.${tok(nodeId, 'nodeId')}`,
  metricsNodeAll: 'metrics.node.*',
  /** Workers and the committer report load to their node's collector. */
  metricsLoad: (nodeId: string) => `metrics.load.${tok(nodeId, 'nodeId')}`,
  probe: (nodeId: string) => `probe.${tok(nodeId, 'nodeId')}`,
  /** Metrics API micro endpoints, addressed per node because one process may host many virtual nodes. */
  metricsApi: (nodeId: string, endpoint: MetricsApiEndpoint) => `metrics.api.${tok(nodeId, 'nodeId')}.${MetricsApiEndpoints[endpoint]}`,
  topologyAnnounce: (clusterId: string) => `topology.announce.${tok(clusterId, 'clusterId')}`,
  topologyAnnounceAll: 'topology.announce.*',
  leaderChanged: (clusterId: string) => `leader.changed.${tok(clusterId, 'clusterId')}`,
  leaderChangedAll: 'leader.changed.*',
  datastateCommit: (gameId: string, roomId: string) => `datastate.commit.${tok(gameId, 'gameId')}.${tok(roomId, 'roomId')}`,
  datastateCommitAll: 'datastate.commit.>',
  datastateHistory: (gameId: string, roomId: string) => `datastate.history.${tok(gameId, 'gameId')}.${tok(roomId, 'roomId')}`,
  datastateHistoryAll: 'datastate.history.>',
  /** CommitAck per processed delta (core NATS, ephemeral): applied, duplicate or rejected with the reason. */
  datastateAck: (gameId: string, roomId: string) => `datastate.ack.${tok(gameId, 'gameId')}.${tok(roomId, 'roomId')}`,
  datastateAckAll: 'datastate.ack.>',
  /** Committer read endpoints (NATS micro, queue group): current state, and rebuild from cold. */
  datastateReadState: 'datastate.read.state',
  datastateReadRebuild: 'datastate.read.rebuild',
  render: (gameId: string, roomId: string) => `render.${tok(gameId, 'gameId')}.${tok(roomId, 'roomId')}`,
  deadLetter: (service: string) => `deadletter.${tok(service, 'service')}`,
  deadLetterAll: 'deadletter.>',
} as const;

/** Splits a concrete subject back into its tokens; used to check a message's scope against its subject. */
export function subjectTokens(subject: string): string[] {
  return subject.split('.');
}

export const Streams = {
  Tasks: 'TASKS',
  Dispatch: 'DISPATCH',
  Results: 'RESULTS',
  Placements: 'PLACEMENTS',
  Commits: 'COMMITS',
  History: 'DATASTATE_HISTORY',
  LeaderEvents: 'LEADER_EVENTS',
  DeadLetter: 'DEADLETTER',
} as const;
export type StreamName = (typeof Streams)[keyof typeof Streams];

export const Buckets = {
  /** Node registry: heartbeats with a bucket-level TTL (2.9 has no per-key TTL). */
  Nodes: 'cm_nodes',
  /** Warm metric snapshots: peer tables, latest NodeMetrics. */
  Metrics: 'cm_metrics',
  Topology: 'cm_topology',
  Leases: 'cm_leases',
  Datastate: 'cm_datastate',
} as const;
export type BucketName = (typeof Buckets)[keyof typeof Buckets];

/** JetStream object stores (chunked values larger than one NATS message). */
export const ObjectStores = {
  /** DataState rooms too large for one message: warm snapshots (`room.<gameId>.<roomId>`) and read replies (`read.<gameId>.<roomId>`). */
  Rooms: 'cm_datastate_rooms',
} as const;
export type ObjectStoreName = (typeof ObjectStores)[keyof typeof ObjectStores];

export const Headers = {
  /** JetStream de-duplication id. */
  MsgId: 'Nats-Msg-Id',
  TraceParent: 'traceparent',
  TraceState: 'tracestate',
  TaskId: 'Cellmesh-Task-Id',
  NodeId: 'Cellmesh-Node-Id',
  ClusterId: 'Cellmesh-Cluster-Id',
  Term: 'Cellmesh-Term',
  /** Links and GPUs marked emulated say so on the wire too. */
  Emulated: 'Cellmesh-Emulated',
  ServiceError: 'Nats-Service-Error',
  ServiceErrorCode: 'Nats-Service-Error-Code',
} as const;

export const Consumers = {
  scheduler: 'placement-scheduler',
  cpuWorker: (nodeId: string) => `cpu-worker-${tok(nodeId, 'nodeId')}`,
  gpuRunner: (nodeId: string) => `gpu-runner-${tok(nodeId, 'nodeId')}`,
  committer: 'datastate-committer',
} as const;

/** KV keys (KV allows `.`-separated tokens; every variable part is a validated token). */
export const keys = {
  node: (nodeId: string) => `node.${tok(nodeId, 'nodeId')}`,
  /** cm_nodes: who runs this node id now (a Lease value, holder = instance id, renewed by CAS), so a second process with the same id is refused. */
  nodeClaim: (nodeId: string) => `claim.${tok(nodeId, 'nodeId')}`,
  peers: (nodeId: string) => `peers.${tok(nodeId, 'nodeId')}`,
  nodeMetrics: (nodeId: string) => `metrics.${tok(nodeId, 'nodeId')}`,
  cluster: (clusterId: string) => `cluster.${tok(clusterId, 'clusterId')}`,
  neighbours: (nodeId: string) => `neighbours.${tok(nodeId, 'nodeId')}`,
  lease: (clusterId: string) => `lease.${tok(clusterId, 'clusterId')}`,
  rootLease: 'lease.root',
  room: (gameId: string, roomId: string) => `room.${tok(gameId, 'gameId')}.${tok(roomId, 'roomId')}`,
  /** The active-committer lease in cm_leases (one committer per fabric applies; the others stand by). */
  committerLease: 'committer.active',
  /** Object names in ObjectStores.Rooms: a room's warm snapshot, and the state a read of a large room left for its reader. */
  roomObject: (gameId: string, roomId: string) => `room.${tok(gameId, 'gameId')}.${tok(roomId, 'roomId')}`,
  roomReadObject: (gameId: string, roomId: string) => `read.${tok(gameId, 'gameId')}.${tok(roomId, 'roomId')}`,
} as const;

/** Per-service inbox prefix: permissions grant each service only its own replies. */
export function inboxPrefix(service: string, nodeId: string): string {
  return `_INBOX_${tok(service, 'service')}_${tok(nodeId, 'nodeId')}`;
}
