/**
 * Every name that leaves the core (plugin names, reasons, rules) lives here as a constant,
 * so receipts, spans and `cellmesh explain` agree on spelling.
 */

export const FilterName = {
  NodeHealthy: 'node-healthy',
  NodeNotDraining: 'node-not-draining',
  SlowPeerBackoff: 'slow-peer-backoff',
  CpuOnly: 'cpu-only',
  Capacity: 'capacity',
  MemoryHeavy: 'memory-heavy',
  GpuPresent: 'gpu-present',
  VramAdmission: 'vram-admission',
} as const;
export type FilterName = (typeof FilterName)[keyof typeof FilterName];

export const ScorerName = {
  RttToOrigin: 'rtt-to-origin',
  JitterLoss: 'jitter-loss',
  FreeCapacity: 'free-capacity',
  QueueDepth: 'queue-depth',
  Bandwidth: 'bandwidth',
  GpuHubAffinity: 'gpu-hub-affinity',
  ClusterLeader: 'cluster-leader',
  Locality: 'locality',
  PeerHealth: 'peer-health',
} as const;
export type ScorerName = (typeof ScorerName)[keyof typeof ScorerName];

/** Why a filter rejected a node. */
export const FilterReason = {
  NodeUnhealthy: 'node-unhealthy',
  HeartbeatStale: 'heartbeat-stale',
  NodeDraining: 'node-draining',
  SlowPeerBackoff: 'slow-peer-backoff',
  RefusesIsolatedCompute: 'node-refuses-isolated-compute',
  CpuExceedsNode: 'cpu-exceeds-node',
  InsufficientCpu: 'insufficient-cpu',
  MemoryExceedsNode: 'memory-exceeds-node',
  InsufficientMemory: 'insufficient-memory',
  InsufficientMemoryHeadroom: 'insufficient-memory-headroom',
  NoGpu: 'no-gpu',
  InsufficientVram: 'insufficient-vram',
  NoFreeGpuSlot: 'no-free-gpu-slot',
} as const;
export type FilterReason = (typeof FilterReason)[keyof typeof FilterReason];

/** Why a whole task was rejected or queued (not one node). */
export const TaskReason = {
  ConflictingHints: 'conflicting-hints',
  InvalidResourceRequest: 'invalid-resource-request',
  DeadlinePassed: 'deadline-passed',
  NoCandidates: 'no-candidates',
  VramExceedsLargestGpu: 'vram-exceeds-largest-gpu',
  NoFeasibleNode: 'no-feasible-node',
  GpuCapacityBusy: 'gpu-capacity-busy',
  GpuWaitQueueFull: 'gpu-wait-queue-full',
  AlreadyPlaced: 'already-placed',
} as const;
export type TaskReason = (typeof TaskReason)[keyof typeof TaskReason];

/** The rule that decided a placement; goes into the receipt's `rule`. */
export const Rule = {
  LocalNode: 'local-node',
  GpuHub: 'gpu-hub',
  CpuWorker: 'cpu-worker',
  ClusterLeader: 'cluster-leader',
  BestFitPeer: 'best-fit-peer',
  GpuWaitQueue: 'gpu-wait-queue',
  Rejected: 'rejected',
} as const;
export type Rule = (typeof Rule)[keyof typeof Rule];
