export { commitDelta, commitMsgId } from './commit';
export type { CommitDeltaInit, CommitReceipt } from './commit';
