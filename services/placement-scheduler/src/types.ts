/** The scheduler's public types (handle, events, counters, deps, spill) and the state its shell shares. */
import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { Logger } from '@cellmesh/bus';
import type { MessageOf } from '@cellmesh/contracts';
import type { LeaseWatcher } from '@cellmesh/leases';
import type { PlacementDecision, Stack, TaskSpec } from '@cellmesh/placement-core';
import type { ServiceDeps, ServiceHandle } from '@cellmesh/runtime';
import type { NodeOpsMetrics } from '@cellmesh/telemetry';
import type { CompiledPlacementSchedulerOptions } from './options';
import type { Decided, Fleet, SchedulerBook } from './core';

export type Submit = MessageOf<'TaskSubmit'>;

/** What the scheduler needs beyond ServiceDeps; both optional so one process can host many nodes cheaply. */
export interface PlacementSchedulerDeps extends ServiceDeps {
  /**
   * The lease view that decides activation 'root-leader' (shared per process by `cellmesh up`); the
   * scheduler opens its own on `cm_leases` (and stops it) when absent and the activation needs one.
   */
  leases?: LeaseWatcher;
  /** Operator metrics of this node: placed / queued / rejected by reason, decision latency. */
  metrics?: NodeOpsMetrics;
}

/** A submission no node of this scheduler's scope can take, offered to the spill path. */
export interface SpillRequest {
  readonly submit: Submit;
  readonly task: TaskSpec;
  /** The local decision (rejected: `no-feasible-node` or `no-candidates`), with every candidate's verdict. */
  readonly decision: PlacementDecision;
  /** The JetStream delivery count of the submission (1 on the first try). */
  readonly deliveryCount: number;
  /** The fencing token this scheduler is active under. */
  readonly fencing: FencingTokenView;
}

/** `taken`: the task now belongs elsewhere (`target` names where, for the receipt's log line). */
export type SpillResult = { readonly taken: true; readonly target?: string } | { readonly taken: false };
export type SpillHandler = (request: SpillRequest) => Promise<SpillResult>;

export interface FencingTokenView {
  readonly clusterId: string;
  readonly holder: string;
  /** 0 when activation is 'always' (no lease: a single instance per fabric is the operator's promise). */
  readonly term: number;
}

/** One decision as `cellmesh up` shows it live. */
export interface PlacementEvent {
  readonly taskId: string;
  readonly gameId: string;
  readonly roomId: string;
  readonly outcome: 'placed' | 'queued' | 'rejected';
  readonly chosenNode: string;
  readonly gpuIndex: number;
  readonly rule: string;
  readonly reason: string;
  readonly profile: string;
  readonly attempt: number;
  readonly decidedAtMs: number;
  readonly decisionLatencyMs: number;
  /** True for a re-placement after the task's node died. */
  readonly replacement: boolean;
}

export interface SchedulerCounters {
  placed: number;
  queued: number;
  /** Rejections by reason. */
  rejected: Record<string, number>;
  /** Tasks placed again after their node died. */
  replaced: number;
  dispatched: number;
  completed: number;
  /** Redelivered submissions already decided (answered from the books or the PLACEMENTS stream). */
  duplicates: number;
  /** Submissions the spill handler took. */
  spilled: number;
  /** Fleet inputs (metrics, registry, peer tables) refused because they spoke for another node than their subject/key. */
  inputRejected: number;
}

/** A peer the scheduler is backing off or whose score is decayed (docs/placement.md, "Slow-peer backoff"). */
export interface PeerHealthView {
  readonly nodeId: string;
  readonly strikes: number;
  readonly backoffUntilMs: number;
  /** The `peer-health` factor in (0, 1]. */
  readonly health: number;
  readonly lastSlowReason: string;
}

export interface PlacementSchedulerHandle extends ServiceHandle {
  readonly options: CompiledPlacementSchedulerOptions;
  /** True while this instance pulls submissions (always, or while it holds its activation lease). */
  readonly active: boolean;
  readonly fencing: FencingTokenView | undefined;
  readonly inFlight: number;
  readonly queued: number;
  readonly nodesKnown: number;
  counters(): SchedulerCounters;
  /** The newest decisions, oldest first (bounded by recentReceiptsLimit). */
  recentReceipts(): PlacementEvent[];
  /** Peers with strikes or a backoff now, by node id. */
  peerHealth(): PeerHealthView[];
  /** Called on every decision; returns the unsubscribe function. */
  onPlacement(listener: (event: PlacementEvent) => void): () => void;
}

/** A submission handler waiting for its queued GPU task to be decided. */
export interface Waiter {
  resolve(d: Decided<Submit>): void;
  reject(err: Error): void;
}

/** What the shell's parts share: the books of the current activation and who waits on them. */
export interface SchedulerState {
  book: SchedulerBook<Submit>;
  fencing: FencingTokenView | undefined;
  active: boolean;
  stopping: boolean;
  readonly waiters: Map<string, Waiter>;
  /** Submissions being handled, by task id (queued ones get progress acks). */
  readonly heldMessages: Map<string, JsMsg>;
}

/** Everything a part of the shell needs, built once by startPlacementScheduler. */
export interface ShellContext {
  readonly deps: PlacementSchedulerDeps;
  readonly opts: CompiledPlacementSchedulerOptions;
  readonly log: Logger;
  readonly js: JetStreamClient;
  readonly fleet: Fleet;
  readonly stack: Stack;
  readonly state: SchedulerState;
}
