/**
 * When a task must stop. A dispatch carries an absolute deadline (epoch ms, 0 = none); the worker
 * also caps every task at maxTaskMs so "no deadline" never means "forever".
 */
export const DeadlineReason = {
  PassedBeforeStart: 'deadline-passed-before-start',
  Exceeded: 'deadline-exceeded',
  WorkerCap: 'worker-max-task-time-exceeded',
} as const;
export type DeadlineReason = (typeof DeadlineReason)[keyof typeof DeadlineReason];

export type DeadlinePlan =
  | { run: true; stopAtMs: number; budgetMs: number; reasonAtStop: DeadlineReason }
  | { run: false; reason: DeadlineReason; lateByMs: number };

export function planDeadline(taskDeadlineMs: number, nowMs: number, maxTaskMs: number): DeadlinePlan {
  const capAt = nowMs + maxTaskMs;
  if (taskDeadlineMs > 0 && taskDeadlineMs <= nowMs) return { run: false, reason: DeadlineReason.PassedBeforeStart, lateByMs: nowMs - taskDeadlineMs };
  if (taskDeadlineMs > 0 && taskDeadlineMs <= capAt) return { run: true, stopAtMs: taskDeadlineMs, budgetMs: taskDeadlineMs - nowMs, reasonAtStop: DeadlineReason.Exceeded };
  return { run: true, stopAtMs: capAt, budgetMs: maxTaskMs, reasonAtStop: DeadlineReason.WorkerCap };
}

export function describeTimeout(reason: DeadlineReason, budgetMs: number): string {
  switch (reason) {
    case DeadlineReason.PassedBeforeStart:
      return `deadline passed ${budgetMs} ms before the task could start`;
    case DeadlineReason.Exceeded:
      return `task exceeded its deadline after ${budgetMs} ms and was stopped`;
    case DeadlineReason.WorkerCap:
      return `task exceeded the worker's maximum task time of ${budgetMs} ms and was stopped`;
  }
}
