import { FIT } from './verdict';
import { FilterName, FilterReason } from '../names';
import { isCpuOnly, isMemoryHeavy } from '../task';
import type { NodeFilter, NodeView } from '../types';

export function freeCpuMillis(node: NodeView): number {
  const load = Math.min(1, Math.max(0, node.cpuLoadRatio));
  return node.cores * 1000 * (1 - load);
}

/**
 * cpuOnly is isolated compute. The hard part is here: a node configured with
 * `acceptsComputeHeavy: false` never takes it. Steering away from GPU hubs is a preference,
 * not a filter: it is the `cpu-worker` rule in place.ts, so a cluster of hubs alone still runs cpuOnly work.
 * A cpuOnly task never gets a GPU slot: validateTask rejects one that asks for VRAM, and place assigns no GPU.
 */
export const cpuOnlyFilter: NodeFilter = {
  name: FilterName.CpuOnly,
  filter(task, node) {
    if (isCpuOnly(task) && !node.acceptsComputeHeavy) {
      return { fit: false, code: 'unresolvable', reason: FilterReason.RefusesIsolatedCompute };
    }
    return FIT;
  },
};

export const capacityFilter: NodeFilter = {
  name: FilterName.Capacity,
  filter(task, node) {
    if (task.cpuMillis > node.cores * 1000) return { fit: false, code: 'unresolvable', reason: FilterReason.CpuExceedsNode };
    if (task.memoryMib > node.memTotalMib) return { fit: false, code: 'unresolvable', reason: FilterReason.MemoryExceedsNode };
    if (task.cpuMillis > freeCpuMillis(node)) return { fit: false, code: 'unfit', reason: FilterReason.InsufficientCpu };
    if (task.memoryMib > node.memFreeMib) return { fit: false, code: 'unfit', reason: FilterReason.InsufficientMemory };
    return FIT;
  },
};

/** memoryHeavy tasks grow past their request; they need headroom, not just the request. */
export const memoryHeavyFilter: NodeFilter = {
  name: FilterName.MemoryHeavy,
  filter(task, node, ctx) {
    if (!isMemoryHeavy(task)) return FIT;
    const need = Math.max(ctx.options.memoryHeavyMinFreeMib, ctx.options.memoryHeavyFactor * task.memoryMib);
    if (node.memFreeMib >= need) return FIT;
    const code = node.memTotalMib >= need ? 'unfit' : 'unresolvable';
    return { fit: false, code, reason: FilterReason.InsufficientMemoryHeadroom };
  },
};
