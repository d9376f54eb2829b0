/**
 * The only place that encodes and decodes bus messages. Generated code comes from proto/
 * (`npm run proto:gen`); this module names each message and wraps it in a bounded codec.
 */
// Must run before the generated module loads: its prototype defaults for 64-bit fields are built at load time.
import './numbers';
import { cellmesh } from './generated/cellmesh';
import { codecFor } from './codec';

export { codecFor, DEFAULT_MAX_MESSAGE_BYTES } from './codec';
export type { Codec } from './codec';
export { ContractError } from './errors';

export const pb = cellmesh.v1;
type V1 = typeof cellmesh.v1;
export import v1 = cellmesh.v1;

// Enums, re-exported under their own names.
export const TaskProfile = cellmesh.v1.TaskProfile;
export type TaskProfile = cellmesh.v1.TaskProfile;
export const ResourceHint = cellmesh.v1.ResourceHint;
export type ResourceHint = cellmesh.v1.ResourceHint;
export const PlacementOutcome = cellmesh.v1.PlacementOutcome;
export type PlacementOutcome = cellmesh.v1.PlacementOutcome;
export const TaskStatus = cellmesh.v1.TaskStatus;
export type TaskStatus = cellmesh.v1.TaskStatus;
export const LeaderChangeReason = cellmesh.v1.LeaderChangeReason;
export type LeaderChangeReason = cellmesh.v1.LeaderChangeReason;
export const ConflictPolicy = cellmesh.v1.ConflictPolicy;
export type ConflictPolicy = cellmesh.v1.ConflictPolicy;

/** Input shapes (all fields optional, as protobuf allows) for building messages. */
export type ScopeInit = cellmesh.v1.Scope.$Properties;
export type Scope = cellmesh.v1.Scope;

const MiB = 1024 * 1024;

function codec<K extends keyof V1>(name: K, maxBytes?: number) {
  type Ctor = V1[K] extends abstract new (...args: never[]) => infer M ? M : never;
  type Props = V1[K] extends { encode(m: infer P, ...rest: never[]): unknown } ? P : never;
  return codecFor<Props, Ctor & Props>(`cellmesh.v1.${String(name)}`, cellmesh.v1[name] as never, maxBytes);
}

/** One codec per message type on the bus. */
export const codecs = {
  Scope: codec('Scope'),
  DeadLetter: codec('DeadLetter', 2 * MiB),
  ErrorReply: codec('ErrorReply'),
  NetCoord: codec('NetCoord'),
  GpuDevice: codec('GpuDevice'),
  DataStateUsage: codec('DataStateUsage'),
  NodeMetrics: codec('NodeMetrics'),
  ProbeRequest: codec('ProbeRequest', 2 * MiB),
  ProbeReply: codec('ProbeReply'),
  PeerLink: codec('PeerLink'),
  PeerTable: codec('PeerTable'),
  LoadReport: codec('LoadReport'),
  MetricsQuery: codec('MetricsQuery'),
  LocalMetrics: codec('LocalMetrics'),
  ClusterMetrics: codec('ClusterMetrics', 4 * MiB),
  ClusterAnnounce: codec('ClusterAnnounce'),
  CellSummary: codec('CellSummary'),
  NeighbourList: codec('NeighbourList'),
  ClusterState: codec('ClusterState'),
  Lease: codec('Lease'),
  LeaderChanged: codec('LeaderChanged'),
  FencingToken: codec('FencingToken'),
  TaskSubmit: codec('TaskSubmit'),
  PluginScore: codec('PluginScore'),
  CandidateVerdict: codec('CandidateVerdict'),
  PlacementReceipt: codec('PlacementReceipt'),
  SubmitAck: codec('SubmitAck'),
  TaskDispatch: codec('TaskDispatch'),
  TaskResult: codec('TaskResult'),
  RenderChunk: codec('RenderChunk'),
  Hlc: codec('Hlc'),
  KeyWrite: codec('KeyWrite'),
  CommitDelta: codec('CommitDelta'),
  CommitAck: codec('CommitAck'),
  KeyValue: codec('KeyValue'),
  RoomState: codec('RoomState', 8 * MiB),
  StateQuery: codec('StateQuery'),
  TaskVersions: codec('TaskVersions'),
  HistoryEntry: codec('HistoryEntry', 2 * MiB),
} as const;

export type CodecName = keyof typeof codecs;
export type MessageOf<N extends CodecName> = ReturnType<(typeof codecs)[N]['decode']>;
export type InitOf<N extends CodecName> = Parameters<(typeof codecs)[N]['encode']>[0];
