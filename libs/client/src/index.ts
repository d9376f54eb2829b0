export { commitDelta, commitMsgId } from './commit';
export type { CommitDeltaInit, CommitDeltaOptions, CommitReceipt } from './commit';
export { submitTask, buildTaskSubmit } from './submit';
export type { TaskScope, Profile, Hint, SubmitOptions, SubmitOutcome } from './submit';
export { TaskRejectedError, TaskTimeoutError, TaskFailedError, InvalidTaskError } from './errors';
// Executor side of the task contract (cpu-worker, gpu-hub-runner).
export { publishTaskResult, resultAlreadyPublished, resultMsgId } from './task-results';
export type { PublishTaskResultOptions } from './task-results';
export { LoadReporter, decideLoadReport } from './load-reporter';
export type { LoadFigures, LoadReportState, LoadReportDecision } from './load-reporter';
export { assertDispatchFencing } from './dispatch-fencing';
