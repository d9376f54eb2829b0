/** A GPU task's time budget: its own deadline (epoch ms, 0 = none), capped by the runner's maxTaskMs. */
export function taskBudgetMs(taskDeadlineMs: number, nowMs: number, maxTaskMs: number): number {
  if (taskDeadlineMs <= 0) return maxTaskMs;
  return Math.min(taskDeadlineMs - nowMs, maxTaskMs);
}
