import { TaskReason } from './names';
import type { TaskSpec } from './types';

/** A task is a GPU task when it says so or when it asks for VRAM. */
export function needsGpu(task: TaskSpec): boolean {
  return task.vramMib > 0 || task.hints.includes('gpuRequired');
}

export function isCpuOnly(task: TaskSpec): boolean {
  return task.hints.includes('cpuOnly');
}

export function isMemoryHeavy(task: TaskSpec): boolean {
  return task.hints.includes('memoryHeavy');
}

function isCount(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/** Node-independent checks; a reason here rejects the task before any node is looked at. */
export function validateTask(task: TaskSpec, nowMs: number): TaskReason | undefined {
  if (!isCount(task.cpuMillis) || !isCount(task.memoryMib) || !isCount(task.vramMib) || !isCount(task.deadlineMs)) {
    return TaskReason.InvalidResourceRequest;
  }
  // cpuOnly promises the task never touches a GPU; asking for one as well is a contradiction, not a preference.
  if (isCpuOnly(task) && needsGpu(task)) return TaskReason.ConflictingHints;
  if (task.deadlineMs > 0 && task.deadlineMs <= nowMs) return TaskReason.DeadlinePassed;
  return undefined;
}
