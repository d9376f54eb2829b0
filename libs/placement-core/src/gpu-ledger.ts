import { gpuAdmits } from './filters/gpu';
import { FilterReason } from './names';
import type { CompiledPlacementOptions } from './options';
import type { GpuView, NodeView } from './types';

export const LedgerReason = {
  AlreadyReserved: 'already-reserved-elsewhere',
  UnknownGpu: 'unknown-gpu',
  InsufficientVram: FilterReason.InsufficientVram,
  NoFreeGpuSlot: FilterReason.NoFreeGpuSlot,
} as const;
export type LedgerReason = (typeof LedgerReason)[keyof typeof LedgerReason];

export interface GpuReservation {
  readonly taskId: string;
  readonly nodeId: string;
  readonly gpuIndex: number;
  readonly vramMib: number;
  /** True once nvidia-smi's measurement includes this task, so its VRAM is no longer added on top. */
  readonly observed: boolean;
}

/** What this ledger holds on one GPU. */
export interface GpuUsage {
  readonly slots: number;
  /** VRAM of reservations the measurement does not show yet. */
  readonly pendingVramMib: number;
}

export type ReserveResult = { readonly ok: true; readonly ledger: GpuLedger } | { readonly ok: false; readonly reason: LedgerReason };

const NO_USAGE: GpuUsage = Object.freeze({ slots: 0, pendingVramMib: 0 });
type UsageByNode = ReadonlyMap<string, ReadonlyMap<number, GpuUsage>>;

/**
 * cellmesh's own GPU reservations, per node and GPU: slots and VRAM taken at placement and given
 * back on completion. Immutable: every change returns a new ledger, so the simulator can branch
 * and a property test can replay any sequence. `reserve` re-checks admission against the node's
 * view with the ledger laid over it, so no sequence of calls can over-admit a GPU.
 */
export class GpuLedger {
  static empty(): GpuLedger {
    return new GpuLedger(new Map(), new Map());
  }

  private constructor(
    private readonly byTask: ReadonlyMap<string, GpuReservation>,
    private readonly byNode: UsageByNode,
  ) {}

  get size(): number {
    return this.byTask.size;
  }

  reservation(taskId: string): GpuReservation | undefined {
    return this.byTask.get(taskId);
  }

  /** Every reservation, ordered by taskId. */
  reservations(): GpuReservation[] {
    return [...this.byTask.values()].sort((a, b) => (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0));
  }

  usage(nodeId: string, gpuIndex: number): GpuUsage {
    return this.byNode.get(nodeId)?.get(gpuIndex) ?? NO_USAGE;
  }

  /**
   * The node as admission must see it: the view's own slots and reservations (anything this ledger
   * does not hold) plus this ledger's. Adding is conservative: a double count can delay a task,
   * never over-admit one.
   */
  overlay(node: NodeView): NodeView {
    const usage = this.byNode.get(node.nodeId);
    if (!usage) return node;
    const gpus: GpuView[] = node.gpus.map((gpu) => {
      const held = usage.get(gpu.index);
      if (!held) return gpu;
      return { ...gpu, slotsUsed: gpu.slotsUsed + held.slots, reservedVramMib: gpu.reservedVramMib + held.pendingVramMib };
    });
    return { ...node, gpus };
  }

  /** Idempotent for the same task on the same GPU (redelivered submissions). */
  reserve(node: NodeView, gpuIndex: number, taskId: string, vramMib: number, options: CompiledPlacementOptions): ReserveResult {
    const existing = this.byTask.get(taskId);
    if (existing) {
      return existing.nodeId === node.nodeId && existing.gpuIndex === gpuIndex
        ? { ok: true, ledger: this }
        : { ok: false, reason: LedgerReason.AlreadyReserved };
    }
    const gpu = this.overlay(node).gpus.find((g) => g.index === gpuIndex);
    if (!gpu) return { ok: false, reason: LedgerReason.UnknownGpu };
    if (!gpuAdmits(gpu, vramMib, options)) {
      return { ok: false, reason: gpu.slotsTotal - gpu.slotsUsed < 1 ? LedgerReason.NoFreeGpuSlot : LedgerReason.InsufficientVram };
    }
    const reservation: GpuReservation = { taskId, nodeId: node.nodeId, gpuIndex, vramMib, observed: false };
    return { ok: true, ledger: this.with(reservation, +1) };
  }

  /** The measurement now includes the task's VRAM: keep its slot, stop adding its VRAM. */
  observe(taskId: string): GpuLedger {
    const r = this.byTask.get(taskId);
    if (!r || r.observed) return this;
    return this.without(r).with({ ...r, observed: true }, +1);
  }

  /** Completion, failure or cancellation; releasing an unknown task is a no-op. */
  release(taskId: string): GpuLedger {
    const r = this.byTask.get(taskId);
    return r ? this.without(r) : this;
  }

  /** Everything held on a node that died. */
  releaseNode(nodeId: string): GpuLedger {
    const held = [...this.byTask.values()].filter((r) => r.nodeId === nodeId);
    return held.reduce<GpuLedger>((ledger, r) => ledger.release(r.taskId), this);
  }

  private with(r: GpuReservation, sign: 1 | -1): GpuLedger {
    const byTask = new Map(this.byTask);
    if (sign > 0) byTask.set(r.taskId, r);
    else byTask.delete(r.taskId);
    const nodeUsage = new Map(this.byNode.get(r.nodeId) ?? []);
    const before = nodeUsage.get(r.gpuIndex) ?? NO_USAGE;
    const after: GpuUsage = {
      slots: before.slots + sign,
      pendingVramMib: before.pendingVramMib + (r.observed ? 0 : sign * r.vramMib),
    };
    if (after.slots === 0) nodeUsage.delete(r.gpuIndex);
    else nodeUsage.set(r.gpuIndex, after);
    const byNode = new Map(this.byNode);
    if (nodeUsage.size === 0) byNode.delete(r.nodeId);
    else byNode.set(r.nodeId, nodeUsage);
    return new GpuLedger(byTask, byNode);
  }

  private without(r: GpuReservation): GpuLedger {
    return this.with(r, -1);
  }
}
