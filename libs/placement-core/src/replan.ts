import type { NodeView, TaskSpec } from './types';

/** A task dispatched and not yet finished. */
export interface InFlightTask {
  readonly task: TaskSpec;
  readonly nodeId: string;
  readonly gpuIndex?: number;
  /** 1 for the first dispatch. */
  readonly attempt: number;
  /** The task's DataState commit is already accepted: running it again would commit twice. */
  readonly committed: boolean;
}

export interface ReplanOptions {
  /** Dispatch attempts a task may have in all; beyond it the task is given up. */
  maxAttempts?: number;
}
export const DEFAULT_MAX_ATTEMPTS = 3;

export interface Replan {
  /** To place again on `nodes` (the dead node removed), earliest deadline first, then by taskId. */
  readonly replace: readonly { readonly task: TaskSpec; readonly attempt: number; readonly previousNode: string }[];
  /** Already committed on the dead node: finished in effect, release only. */
  readonly committed: readonly InFlightTask[];
  /** Out of attempts: report as failed. */
  readonly exhausted: readonly InFlightTask[];
  /** GPU reservations to give back (GpuLedger.release for each taskId). */
  readonly releases: readonly { readonly taskId: string; readonly nodeId: string; readonly gpuIndex: number }[];
  readonly nodes: readonly NodeView[];
}

function byDeadlineThenTaskId(a: InFlightTask, b: InFlightTask): number {
  const da = a.task.deadlineMs > 0 ? a.task.deadlineMs : Infinity;
  const db = b.task.deadlineMs > 0 ? b.task.deadlineMs : Infinity;
  if (da !== db) return da < db ? -1 : 1;
  const ta = a.task.scope.taskId;
  const tb = b.task.scope.taskId;
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

/**
 * What to do with the tasks of a node that died (heartbeat older than `heartbeatStaleMs`, or
 * announced gone). Uncommitted tasks are placed again with the next attempt number; committed
 * ones are not, so no commit runs twice (the committer's fencing rejects a late duplicate anyway).
 */
export function replanOnNodeLoss(
  deadNodeId: string,
  inFlight: readonly InFlightTask[],
  nodes: readonly NodeView[],
  options: ReplanOptions = {},
): Replan {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const lost = inFlight.filter((t) => t.nodeId === deadNodeId).sort(byDeadlineThenTaskId);
  const committed = lost.filter((t) => t.committed);
  const exhausted = lost.filter((t) => !t.committed && t.attempt >= maxAttempts);
  const replace = lost
    .filter((t) => !t.committed && t.attempt < maxAttempts)
    .map((t) => ({ task: t.task, attempt: t.attempt + 1, previousNode: deadNodeId }));
  const releases = lost
    .filter((t) => t.gpuIndex !== undefined && t.gpuIndex >= 0)
    .map((t) => ({ taskId: t.task.scope.taskId, nodeId: t.nodeId, gpuIndex: t.gpuIndex as number }));
  return { replace, committed, exhausted, releases, nodes: nodes.filter((n) => n.nodeId !== deadNodeId) };
}
