export { planDeadline, describeTimeout, DeadlineReason } from './deadline';
export type { DeadlinePlan } from './deadline';
export { taskResultKey, SUMMARY_KEY_NAME, InvalidResultKeyError } from './result-keys';
