/**
 * placement-scheduler options: optional, human-facing `PlacementSchedulerOptions` →
 * `compilePlacementSchedulerOptions()` → validated `CompiledPlacementSchedulerOptions` (units in
 * names). Pure: no environment, no clock.
 */
import type { ActivationScope } from './core/activation';
import type { SpillHandler } from './types';
import { compilePlacementOptions, DEFAULT_MAX_ATTEMPTS, DefaultWeights, type CompiledPlacementOptions, type PlacementOptions, type WeightsTable } from '@cellmesh/placement-core';

/** Which instance pulls submissions: every one ('always': one instance per fabric, tests), or only the root-lease holder. */
export type Activation = 'always' | 'root-leader';

export const DEFAULT_METRICS_INTERVAL_MS = 5_000;
/** A node is dead after this many missed metrics intervals. */
export const DEFAULT_MISSED_HEARTBEATS = 3;

export interface PlacementSchedulerOptions {
  activation?: Activation;
  /**
   * With `activation: 'root-leader'`, which lease makes this instance active: `root` (default, one
   * scheduler per fabric, fenced by the root lease) or `cluster` (the holder of this node's own
   * cluster lease schedules; one scheduler per cluster/cell, fenced by that cluster's lease).
   */
  activationScope?: ActivationScope;
  /** This node's cluster for `activationScope: 'cluster'`; learnt from topology (cluster state, heartbeats) when absent. */
  clusterId?: string;
  /**
   * Offered every submission no node of this scheduler can take (`no-feasible-node`,
   * `no-candidates`) before the local policy (retry, reject) applies. Resolving `{ taken: true }`
   * acks it with a `spilled` receipt; `{ taken: false }` or a throw keeps today's behaviour. Absent: today's behaviour.
   */
  spill?: SpillHandler;
  /**
   * The cell (JetStream domain) this scheduler serves, in the cells topology: while active it
   * advertises what the cell can serve and, unless `spill` is given, spills what no node here can
   * take to the best other cell (services/placement-scheduler/src/cells.ts).
   */
  cellId?: string;
  /** How often nodes publish `metrics.node.<id>` (the metrics-collector's publish interval). */
  metricsIntervalMs?: number;
  /** Missed intervals before a node is dead and its unfinished tasks are re-placed (default 3). */
  missedHeartbeats?: number;
  /** How often the scheduler looks for dead nodes and retries pending re-placements. */
  livenessCheckIntervalMs?: number;
  /** GPU tasks waiting for capacity, at most (the rest are rejected with `gpu-wait-queue-full`). */
  gpuWaitQueueCapacity?: number;
  /** NodeMetrics has no slot count: each reported GPU offers this many concurrent task slots. */
  gpuSlotsPerGpu?: number;
  /** Memory assumed per core for a node that reports none (e.g. a registry-only heartbeat). */
  assumedMemoryMibPerCore?: number;
  /** Dispatch attempts per task in all (first dispatch + re-placements). */
  maxAttempts?: number;
  /** Candidates kept in a receipt (boundReceipt). */
  receiptMaxCandidates?: number;
  /** Receipts kept on the handle for `cellmesh up` (newest last). */
  recentReceiptsLimit?: number;
  /** Deliveries of one submission before it is finally rejected (CPU tasks that fit nowhere are retried this often). */
  maxDeliver?: number;
  /** Backoff between retries of a CPU task that fits nowhere right now. */
  retryBackoffMs?: number;
  /** JetStream ack wait on the TASKS consumer; queued GPU tasks keep their message alive with progress acks. */
  ackWaitMs?: number;
  /** Dispatches and results older than this are not read back when rebuilding in-flight state on takeover. */
  rebuildWindowMs?: number;
  /** Thresholds of the placement plugins (heartbeatStaleMs is derived from the metrics interval unless given). */
  placement?: PlacementOptions;
  weights?: WeightsTable;
}

export interface CompiledPlacementSchedulerOptions {
  activation: Activation;
  activationScope: ActivationScope;
  /** '' when it is to be learnt from topology. */
  clusterId: string;
  spill: SpillHandler | undefined;
  cellId: string | undefined;
  metricsIntervalMs: number;
  missedHeartbeats: number;
  /** metricsIntervalMs × missedHeartbeats unless `placement.heartbeatStaleMs` was given. */
  heartbeatStaleMs: number;
  livenessCheckIntervalMs: number;
  gpuWaitQueueCapacity: number;
  gpuSlotsPerGpu: number;
  assumedMemoryMibPerCore: number;
  maxAttempts: number;
  receiptMaxCandidates: number;
  recentReceiptsLimit: number;
  maxDeliver: number;
  retryBackoffMs: number;
  ackWaitMs: number;
  rebuildWindowMs: number;
  placement: CompiledPlacementOptions;
  weights: WeightsTable;
}

export class PlacementSchedulerOptionsError extends Error {
  override readonly name = 'PlacementSchedulerOptionsError';
  readonly retryable = false;
  constructor(readonly fields: readonly string[], message: string) {
    super(message);
  }
}

function int(field: string, value: number | undefined, fallback: number, min: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min) throw new PlacementSchedulerOptionsError([field], `${field} must be an integer ≥ ${min}, got ${String(value)}`);
  return v;
}

export function compilePlacementSchedulerOptions(options: PlacementSchedulerOptions = {}): CompiledPlacementSchedulerOptions {
  const activation = options.activation ?? 'always';
  if (activation !== 'always' && activation !== 'root-leader') {
    throw new PlacementSchedulerOptionsError(['activation'], `activation must be 'always' or 'root-leader', got ${JSON.stringify(activation)}`);
  }
  const activationScope = options.activationScope ?? 'root';
  if (activationScope !== 'root' && activationScope !== 'cluster') {
    throw new PlacementSchedulerOptionsError(['activationScope'], `activationScope must be 'root' or 'cluster', got ${JSON.stringify(activationScope)}`);
  }
  if (options.spill !== undefined && typeof options.spill !== 'function') throw new PlacementSchedulerOptionsError(['spill'], 'spill must be a function');
  const metricsIntervalMs = int('metricsIntervalMs', options.metricsIntervalMs, DEFAULT_METRICS_INTERVAL_MS, 10);
  const missedHeartbeats = int('missedHeartbeats', options.missedHeartbeats, DEFAULT_MISSED_HEARTBEATS, 1);
  const heartbeatStaleMs = options.placement?.heartbeatStaleMs ?? metricsIntervalMs * missedHeartbeats;
  const placement = compilePlacementOptions({ ...options.placement, heartbeatStaleMs });
  const ackWaitMs = int('ackWaitMs', options.ackWaitMs, 30_000, 300);
  return {
    activation,
    activationScope,
    clusterId: options.clusterId ?? '',
    spill: options.spill,
    cellId: options.cellId,
    metricsIntervalMs,
    missedHeartbeats,
    heartbeatStaleMs: placement.heartbeatStaleMs,
    livenessCheckIntervalMs: int('livenessCheckIntervalMs', options.livenessCheckIntervalMs, Math.min(1_000, Math.max(10, Math.floor(metricsIntervalMs / 2))), 10),
    gpuWaitQueueCapacity: int('gpuWaitQueueCapacity', options.gpuWaitQueueCapacity, 256, 0),
    gpuSlotsPerGpu: int('gpuSlotsPerGpu', options.gpuSlotsPerGpu, 4, 1),
    assumedMemoryMibPerCore: int('assumedMemoryMibPerCore', options.assumedMemoryMibPerCore, 2_048, 0),
    maxAttempts: int('maxAttempts', options.maxAttempts, DEFAULT_MAX_ATTEMPTS, 1),
    receiptMaxCandidates: int('receiptMaxCandidates', options.receiptMaxCandidates, 16, 1),
    recentReceiptsLimit: int('recentReceiptsLimit', options.recentReceiptsLimit, 200, 0),
    maxDeliver: int('maxDeliver', options.maxDeliver, 5, 1),
    retryBackoffMs: int('retryBackoffMs', options.retryBackoffMs, 1_000, 0),
    ackWaitMs,
    rebuildWindowMs: int('rebuildWindowMs', options.rebuildWindowMs, 60 * 60_000, 1_000),
    placement,
    weights: options.weights ?? DefaultWeights,
  };
}
