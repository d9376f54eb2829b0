/**
 * Reasons the service adds to placement-core's (TaskReason, WireReason): spelled once, here, so
 * receipts, counters, logs and `cellmesh explain` agree.
 */
export const SchedulerReason = {
  /** A scope token cannot be used in a subject (dead-lettered: no receipt subject exists for it). */
  InvalidScope: 'invalid-scope',
  /** The scope's game/room differ from the submit subject's. */
  ScopeSubjectMismatch: 'scope-subject-mismatch',
  /** A re-placement found no node yet; it is retried every liveness tick. */
  ReplacementPending: 'replacement-pending',
  /** The task's node died more often than maxAttempts allows. */
  AttemptsExhausted: 'attempts-exhausted',
  /** The task waited in the GPU queue past its deadline. */
  DeadlinePassedWhileQueued: 'deadline-passed-while-queued',
  /** No node of this scheduler's scope could take the task; the spill handler took it elsewhere (the receipt's rule and reason). */
  Spilled: 'spilled',
  /** Queued: the only cells that could serve the task have gone quiet (WAN link down?); it waits for one of them. */
  WaitingForSpillTarget: 'waiting-for-spill-target',
} as const;
export type SchedulerReason = (typeof SchedulerReason)[keyof typeof SchedulerReason];

/** Receipt message ids: the first receipt of an attempt is `taskId:attempt`; a queued one that is later decided adds `:queued` to the earlier one. */
export function receiptMsgId(taskId: string, attempt: number, queued: boolean): string {
  return queued ? `${taskId}:${attempt}:queued` : `${taskId}:${attempt}`;
}

/** Dispatch message id: one dispatch per task and attempt, whatever redelivers. */
export function dispatchMsgId(taskId: string, attempt: number): string {
  return `${taskId}:${attempt}`;
}
