export { commitDelta, commitMsgId, CommitRejectedError, CommitVerdictTimeoutError, DEFAULT_COMMIT_VERDICT_TIMEOUT_MS } from './commit';
export type { CommitDeltaInit, CommitDeltaOptions, CommitReceipt } from './commit';
export { submitTask, buildTaskSubmit, checkSubmissionSize, DISPATCH_ENVELOPE_BYTES } from './submit';
export type { TaskScope, Profile, Hint, SubmitOptions, SubmitOutcome } from './submit';
export { TaskRejectedError, TaskTimeoutError, TaskFailedError, InvalidTaskError } from './errors';
// Executor side of the task contract (cpu-worker, gpu-hub-runner).
export { publishTaskResult, resultAlreadyPublished, resultMsgId, lastTaskResult } from './task-results';
export type { PublishTaskResultOptions, StoredTaskResult } from './task-results';
export { LoadReporter, decideLoadReport } from './load-reporter';
export type { LoadFigures, LoadReportState, LoadReportDecision } from './load-reporter';
export { assertDispatchFencing, assertDispatchFencingAt } from './dispatch-fencing';
export { commitVerdictOf, outcomeOfCommitRejection, FENCING_REASONS } from './commit-verdict';
export type { CommitVerdict } from './commit-verdict';
export { decideResultPublish, isFinalStatus } from './result-rule';
export type { ResultDecision } from './result-rule';
export { readRoomState, RoomReadError, ROOM_IN_OBJECT_STORE } from './state';
export type { ReadRoomOptions } from './state';
