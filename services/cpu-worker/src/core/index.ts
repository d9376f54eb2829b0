export { planDeadline, describeTimeout, DeadlineReason } from './deadline';
export type { DeadlinePlan } from './deadline';
export { decideLoadReport } from './load-report';
export type { LoadFigures, LoadReportState, LoadReportDecision } from './load-report';
export { taskResultKey, SUMMARY_KEY_NAME, InvalidResultKeyError } from './result-keys';
