import { FIT } from './verdict';
import { FilterName, FilterReason } from '../names';
import { vramSafetyMarginFor, type CompiledPlacementOptions } from '../options';
import { needsGpu } from '../task';
import type { GpuView, NodeFilter, Verdict } from '../types';

/** VRAM a new task may still take on this GPU: total − measured used − pending reservations − safety margin. */
export function admissibleVramMib(gpu: GpuView, options: CompiledPlacementOptions): number {
  return gpu.vramTotalMib - gpu.vramUsedMib - gpu.reservedVramMib - vramSafetyMarginFor(gpu.vramTotalMib, options);
}

/** The one admission test, shared by the vram-admission filter and GpuLedger.reserve. */
export function gpuAdmits(gpu: GpuView, vramMib: number, options: CompiledPlacementOptions): boolean {
  return gpu.slotsTotal - gpu.slotsUsed >= 1 && admissibleVramMib(gpu, options) >= vramMib;
}

/** Whether the GPU could take the task once everything on it finished (so waiting may help). */
export function gpuCouldEverAdmit(gpu: GpuView, vramMib: number, options: CompiledPlacementOptions): boolean {
  return gpu.slotsTotal >= 1 && gpu.vramTotalMib - vramSafetyMarginFor(gpu.vramTotalMib, options) >= vramMib;
}

/**
 * Best fit: the admitting GPU with the least VRAM left over, so large GPUs stay free for large
 * tasks. Ties go to the lowest index. Undefined when none admits.
 */
export function pickGpu(gpus: readonly GpuView[], vramMib: number, options: CompiledPlacementOptions): GpuView | undefined {
  let best: GpuView | undefined;
  let bestLeft = Infinity;
  for (const gpu of gpus) {
    if (!gpuAdmits(gpu, vramMib, options)) continue;
    const left = admissibleVramMib(gpu, options) - vramMib;
    if (left < bestLeft || (left === bestLeft && best !== undefined && gpu.index < best.index)) {
      best = gpu;
      bestLeft = left;
    }
  }
  return best;
}

export const gpuPresentFilter: NodeFilter = {
  name: FilterName.GpuPresent,
  filter(task, node) {
    if (!needsGpu(task) || node.gpus.length > 0) return FIT;
    return { fit: false, code: 'unresolvable', reason: FilterReason.NoGpu };
  },
};

export const vramAdmissionFilter: NodeFilter = {
  name: FilterName.VramAdmission,
  filter(task, node, ctx): Verdict {
    if (!needsGpu(task)) return FIT;
    const gpu = pickGpu(node.gpus, task.vramMib, ctx.options);
    if (gpu) return { fit: true, gpuIndex: gpu.index };
    const vramFitsSomewhere = node.gpus.some((g) => admissibleVramMib(g, ctx.options) >= task.vramMib);
    const reason = vramFitsSomewhere ? FilterReason.NoFreeGpuSlot : FilterReason.InsufficientVram;
    const code = node.gpus.some((g) => gpuCouldEverAdmit(g, task.vramMib, ctx.options)) ? 'unfit' : 'unresolvable';
    return { fit: false, code, reason };
  },
};
