/**
 * Load reports go out when queue depth or running count change, but no more often than
 * minIntervalMs; a change inside the interval is sent when the interval ends (trailing edge),
 * so the collector always ends up with the latest figures.
 */
export interface LoadFigures {
  queueDepth: number;
  runningTasks: number;
}

export interface LoadReportState {
  lastSent?: LoadFigures;
  lastSentAtMs?: number;
}

export type LoadReportDecision = { action: 'skip' } | { action: 'send' } | { action: 'defer'; afterMs: number };

export function decideLoadReport(state: LoadReportState, current: LoadFigures, nowMs: number, minIntervalMs: number): LoadReportDecision {
  const changed = !state.lastSent || state.lastSent.queueDepth !== current.queueDepth || state.lastSent.runningTasks !== current.runningTasks;
  if (!changed) return { action: 'skip' };
  if (state.lastSentAtMs === undefined) return { action: 'send' };
  const since = nowMs - state.lastSentAtMs;
  return since >= minIntervalMs ? { action: 'send' } : { action: 'defer', afterMs: minIntervalMs - since };
}
