/**
 * One effect per task (pure): which TaskResult may be stored after the one already in RESULTS.
 * SUCCEEDED, FAILED and TIMED_OUT are final: nothing follows them, so a late fencing rejection or a
 * duplicate run can never overwrite or append to a finished task. A REJECTED (a stale fencing token at
 * the executor, a commit refused for its term) may be followed by the outcome of a newer dispatch.
 */
import { TaskStatus } from '@cellmesh/contracts';

export type ResultDecision = { publish: true } | { publish: false; reason: 'final-result-exists' | 'rejection-exists' };

export function isFinalStatus(status: TaskStatus): boolean {
  return status === TaskStatus.TASK_STATUS_SUCCEEDED || status === TaskStatus.TASK_STATUS_FAILED || status === TaskStatus.TASK_STATUS_TIMED_OUT;
}

export function decideResultPublish(existing: TaskStatus | undefined, next: TaskStatus): ResultDecision {
  if (existing === undefined) return { publish: true };
  if (isFinalStatus(existing)) return { publish: false, reason: 'final-result-exists' };
  if (existing === TaskStatus.TASK_STATUS_REJECTED && next === TaskStatus.TASK_STATUS_REJECTED) return { publish: false, reason: 'rejection-exists' };
  return { publish: true };
}
