export { commitDelta, commitMsgId } from './commit';
export type { CommitDeltaInit, CommitReceipt } from './commit';
export { submitTask, buildTaskSubmit } from './submit';
export type { TaskScope, Profile, Hint, SubmitOptions, SubmitOutcome } from './submit';
export { TaskRejectedError, TaskTimeoutError, TaskFailedError, InvalidTaskError } from './errors';
