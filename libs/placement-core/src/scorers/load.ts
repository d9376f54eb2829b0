import { freeCpuMillis } from '../filters/resources';
import { ScorerName } from '../names';
import type { NodeScorer } from '../types';

/**
 * Headroom left after placing the task, as the smaller of the CPU and memory fractions.
 * Fractions (not absolute cores) spread load evenly across nodes of different sizes.
 */
export const freeCapacityScorer: NodeScorer = {
  name: ScorerName.FreeCapacity,
  score(task, node) {
    const cpu = node.cores > 0 ? (freeCpuMillis(node) - task.cpuMillis) / (node.cores * 1000) : 0;
    const mem = node.memTotalMib > 0 ? (node.memFreeMib - task.memoryMib) / node.memTotalMib : 0;
    return Math.min(cpu, mem);
  },
};

/** Queued tasks per core: a 64-core node with 8 queued is less busy than a 2-core node with 4. */
export const queueDepthScorer: NodeScorer = {
  name: ScorerName.QueueDepth,
  reverse: true,
  score: (_task, node) => node.queueDepth / Math.max(1, node.cores),
};
