/**
 * The scheduler's books, pure: the GPU ledger, the tasks in flight (placed, not finished), the
 * GPU wait queue and re-placements still looking for a node. Every decision runs synchronously
 * against them (decide + reserve in one step), so concurrent handlers in the shell cannot
 * interleave two admissions on the same GPU.
 */
import {
  BoundedWaitQueue,
  GpuLedger,
  needsGpu,
  placeAndReserve,
  replanOnNodeLoss,
  type NodeView,
  type PlacementDecision,
  type Stack,
  type TaskSpec,
} from '@cellmesh/placement-core';
import type { CompiledPlacementSchedulerOptions } from '../options';
import type { Fleet, NodeReservation } from './fleet';
import { SchedulerReason } from './names';

/** A task dispatched to a node and not finished; `submit` is the original message, kept to dispatch it again. */
export interface InFlightEntry<S> {
  readonly task: TaskSpec;
  readonly submit: S;
  readonly nodeId: string;
  readonly gpuIndex: number | undefined;
  readonly attempt: number;
  readonly dispatchedAtMs: number;
}

/** A GPU task waiting for capacity, or a re-placement waiting for any node. */
export interface PendingEntry<S> {
  readonly taskId: string;
  readonly deadlineMs: number;
  readonly task: TaskSpec;
  readonly submit: S;
  readonly attempt: number;
}

/** One decision and what it did to the books. */
export interface Decided<S> {
  readonly decision: PlacementDecision;
  readonly entry: PendingEntry<S>;
  /** Why a queued decision waits when it is not the GPU wait queue (a re-placement with no node yet). */
  readonly note?: string;
  /** The in-flight entry a placement booked, as booked then (what its dispatch carries). */
  readonly placed?: InFlightEntry<S>;
}

/** Rejections waiting cannot cure: a re-placement that meets one is given up. */
const HOPELESS: ReadonlySet<string> = new Set(['deadline-passed', 'conflicting-hints', 'invalid-resource-request', 'vram-exceeds-largest-gpu']);

export interface NodeLoss<S> {
  readonly nodeId: string;
  /** Re-placed, queued or still pending: every decision taken for the node's tasks. */
  readonly decided: readonly Decided<S>[];
  /** Out of attempts: to be reported failed. */
  readonly exhausted: readonly InFlightEntry<S>[];
}

export class SchedulerBook<S> {
  private ledgerState = GpuLedger.empty();
  private queue: BoundedWaitQueue<PendingEntry<S>>;
  private readonly inFlight = new Map<string, InFlightEntry<S>>();
  private readonly reservations = new Map<string, NodeReservation>();
  /** Re-placements that found no node yet (their submission was acked long ago: nobody else holds them). */
  private readonly pendingReplacements = new Map<string, PendingEntry<S>>();

  constructor(
    private readonly stack: Stack,
    private readonly options: CompiledPlacementSchedulerOptions,
  ) {
    this.queue = BoundedWaitQueue.create<PendingEntry<S>>(options.gpuWaitQueueCapacity);
  }

  get ledger(): GpuLedger {
    return this.ledgerState;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  get queuedCount(): number {
    return this.queue.size;
  }

  get pendingReplacementCount(): number {
    return this.pendingReplacements.size;
  }

  inFlightTask(taskId: string): InFlightEntry<S> | undefined {
    return this.inFlight.get(taskId);
  }

  inFlightTasks(): InFlightEntry<S>[] {
    return [...this.inFlight.values()];
  }

  isQueued(taskId: string): boolean {
    return this.queue.has(taskId);
  }

  reservationOf(nodeId: string): NodeReservation | undefined {
    return this.reservations.get(nodeId);
  }

  /** Views from the task's origin with the books folded in. */
  viewsFor(task: TaskSpec, fleet: Fleet): NodeView[] {
    return fleet.viewsFrom(task.originNode, this.reservations);
  }

  /**
   * place + reserve for one task, then books it: placed → in flight; queued → wait queue (GPU
   * tasks only). `exclude` keeps nodes out (the dead node of a re-placement).
   */
  decide(entry: PendingEntry<S>, fleet: Fleet, nowMs: number, exclude?: string): Decided<S> {
    const views = this.viewsFor(entry.task, fleet);
    const nodes = exclude === undefined ? views : views.filter((v) => v.nodeId !== exclude);
    const gpuTask = needsGpu(entry.task);
    const waitQueue = gpuTask ? { isFull: this.queue.isFull && !this.queue.has(entry.taskId) } : undefined;
    const { decision, ledger } = placeAndReserve(entry.task, nodes, this.stack, { nowMs, options: this.options.placement, ledger: this.ledgerState, waitQueue });
    this.ledgerState = ledger;
    if (decision.outcome === 'placed' && decision.chosen !== undefined) {
      this.queue = this.queue.remove(entry.taskId);
      this.pendingReplacements.delete(entry.taskId);
      const placed: InFlightEntry<S> = { task: entry.task, submit: entry.submit, nodeId: decision.chosen, gpuIndex: decision.gpuIndex, attempt: entry.attempt, dispatchedAtMs: nowMs };
      this.track(placed);
      return { decision, entry, placed };
    }
    if (decision.outcome === 'queued') {
      const queued = this.queue.enqueue(entry);
      if (queued.ok) this.queue = queued.queue;
    }
    return { decision, entry };
  }

  /** Books a task known to be in flight (rebuilt from the streams on takeover, or a redelivered placement). */
  restore(entry: InFlightEntry<S>, fleet: Fleet): { gpuRestored: boolean } {
    if (this.inFlight.has(entry.task.scope.taskId)) return { gpuRestored: true };
    let gpuRestored = true;
    if (entry.gpuIndex !== undefined && entry.gpuIndex >= 0) {
      // The measurement already shows running work, so admission is re-checked against the GPU's
      // size only: this records what was admitted before, it does not admit anything new.
      const known = fleet.viewsFrom(entry.nodeId, new Map()).find((v) => v.nodeId === entry.nodeId);
      const gpu = known?.gpus.find((g) => g.index === entry.gpuIndex);
      const node: NodeView = {
        ...(known ?? this.placeholderView(entry.nodeId)),
        gpus: [{ index: entry.gpuIndex, uuid: gpu?.uuid ?? '', vramTotalMib: Number.MAX_SAFE_INTEGER, vramUsedMib: 0, slotsTotal: Number.MAX_SAFE_INTEGER, slotsUsed: 0, reservedVramMib: 0 }],
      };
      const reserved = this.ledgerState.reserve(node, entry.gpuIndex, entry.task.scope.taskId, entry.task.vramMib, this.options.placement);
      if (reserved.ok) this.ledgerState = reserved.ledger;
      else gpuRestored = false;
    }
    this.track(entry);
    return { gpuRestored };
  }

  /** The task finished (a TaskResult arrived): its reservations come back. Idempotent. */
  complete(taskId: string): InFlightEntry<S> | undefined {
    const entry = this.inFlight.get(taskId);
    this.ledgerState = this.ledgerState.release(taskId);
    this.pendingReplacements.delete(taskId);
    this.queue = this.queue.remove(taskId);
    if (!entry) return undefined;
    this.untrack(entry);
    return entry;
  }

  /** Retries the wait queue in order (after a release); returns the decisions that placed a task. */
  retryQueued(fleet: Fleet, nowMs: number): Decided<S>[] {
    const placed: Decided<S>[] = [];
    for (const entry of this.queue.entries()) {
      const d = this.decide(entry, fleet, nowMs);
      if (d.decision.outcome === 'placed') placed.push(d);
      else if (d.decision.outcome === 'rejected') {
        // Waiting cannot help any more (e.g. every GPU node left): the caller reports the rejection.
        this.queue = this.queue.remove(entry.taskId);
        placed.push(d);
      }
    }
    return placed;
  }

  /** Queue entries past their deadline leave the queue and are rejected by the caller. */
  expireQueued(nowMs: number): PendingEntry<S>[] {
    const { expired, queue } = this.queue.expire(nowMs);
    this.queue = queue;
    return expired;
  }

  /** Nodes that hold tasks in flight and are dead (heartbeat older than the bound, or gone from the registry). */
  deadNodesWithWork(fleet: Fleet, nowMs: number): string[] {
    const nodes = new Set<string>();
    for (const entry of this.inFlight.values()) nodes.add(entry.nodeId);
    return [...nodes].filter((n) => fleet.isDead(n, nowMs, this.options.heartbeatStaleMs)).sort();
  }

  /**
   * A node died: its unfinished tasks are released and placed again elsewhere with attempt + 1
   * (earliest deadline first); those out of attempts are handed back as exhausted.
   */
  handleNodeLoss(deadNodeId: string, fleet: Fleet, nowMs: number): NodeLoss<S> {
    const lost = [...this.inFlight.values()].filter((e) => e.nodeId === deadNodeId);
    const byTaskId = new Map(lost.map((e) => [e.task.scope.taskId, e]));
    const plan = replanOnNodeLoss(
      deadNodeId,
      lost.map((e) => ({ task: e.task, nodeId: e.nodeId, gpuIndex: e.gpuIndex, attempt: e.attempt, committed: false })),
      [],
      { maxAttempts: this.options.maxAttempts },
    );
    for (const e of lost) this.complete(e.task.scope.taskId);
    const decided: Decided<S>[] = [];
    for (const r of plan.replace) {
      const previous = byTaskId.get(r.task.scope.taskId) as InFlightEntry<S>;
      const entry: PendingEntry<S> = { taskId: r.task.scope.taskId, deadlineMs: r.task.deadlineMs, task: r.task, submit: previous.submit, attempt: r.attempt };
      const d = this.decideReplacement(entry, fleet, nowMs, deadNodeId);
      if (d) decided.push(d);
    }
    const exhausted = plan.exhausted.map((t) => byTaskId.get(t.task.scope.taskId) as InFlightEntry<S>);
    return { nodeId: deadNodeId, decided, exhausted };
  }

  /** Retries re-placements that found no node; returns the decisions that placed, queued or finally rejected one. */
  retryPendingReplacements(fleet: Fleet, nowMs: number): Decided<S>[] {
    const out: Decided<S>[] = [];
    for (const entry of [...this.pendingReplacements.values()]) {
      const d = this.decideReplacement(entry, fleet, nowMs);
      if (d) out.push(d);
    }
    return out;
  }

  /**
   * A re-placement's submission was acked long ago, so nobody else holds it: when no node fits now it
   * stays pending and is retried every liveness tick until a node frees up or its deadline passes.
   * Returns undefined while it stays pending (reported once, as queued with `replacement-pending`).
   */
  private decideReplacement(entry: PendingEntry<S>, fleet: Fleet, nowMs: number, exclude?: string): Decided<S> | undefined {
    const wasPending = this.pendingReplacements.has(entry.taskId);
    const d = this.decide(entry, fleet, nowMs, exclude);
    if (d.decision.outcome !== 'rejected') {
      this.pendingReplacements.delete(entry.taskId);
      return d;
    }
    if (HOPELESS.has(d.decision.rejectReason ?? '')) {
      this.pendingReplacements.delete(entry.taskId);
      return d;
    }
    this.pendingReplacements.set(entry.taskId, entry);
    if (wasPending) return undefined;
    return { decision: { ...d.decision, outcome: 'queued', rejectReason: undefined }, entry, note: SchedulerReason.ReplacementPending };
  }

  private placeholderView(nodeId: string): NodeView {
    return {
      nodeId, clusterId: '', isLeader: false, isGpuHub: true, acceptsComputeHeavy: true, cores: 0, cpuLoadRatio: 0, memTotalMib: 0, memFreeMib: 0,
      queueDepth: 0, runningTasks: 0, draining: false, healthy: true, lastSeenMs: 0, gpus: [], link: undefined, backoffUntilMs: 0,
    };
  }

  private track(entry: InFlightEntry<S>): void {
    this.inFlight.set(entry.task.scope.taskId, entry);
    const r = this.reservations.get(entry.nodeId) ?? { cpuMillis: 0, memoryMib: 0 };
    this.reservations.set(entry.nodeId, { cpuMillis: r.cpuMillis + entry.task.cpuMillis, memoryMib: r.memoryMib + entry.task.memoryMib });
  }

  private untrack(entry: InFlightEntry<S>): void {
    this.inFlight.delete(entry.task.scope.taskId);
    const r = this.reservations.get(entry.nodeId);
    if (!r) return;
    const next = { cpuMillis: r.cpuMillis - entry.task.cpuMillis, memoryMib: r.memoryMib - entry.task.memoryMib };
    if (next.cpuMillis <= 0 && next.memoryMib <= 0) this.reservations.delete(entry.nodeId);
    else this.reservations.set(entry.nodeId, next);
  }
}
