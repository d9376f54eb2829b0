import type { MessageOf } from '@cellmesh/contracts';

/** The scheduler rejected the task; `reason` says why (e.g. "vram-exceeds-largest-gpu"). Not retryable as is. */
export class TaskRejectedError extends Error {
  override readonly name = 'TaskRejectedError';
  readonly retryable = false;
  constructor(
    readonly taskId: string,
    readonly reason: string,
    readonly receipt?: MessageOf<'PlacementReceipt'>,
  ) {
    super(`task ${taskId} was rejected: ${reason}`);
  }
}

/** No decision or result arrived in time. The task may still run: it was durably accepted. */
export class TaskTimeoutError extends Error {
  override readonly name = 'TaskTimeoutError';
  readonly retryable = true;
  constructor(
    readonly taskId: string,
    readonly waitingFor: 'decision' | 'result',
    readonly timeoutMs: number,
  ) {
    super(`task ${taskId}: no ${waitingFor} within ${timeoutMs} ms (the submission was accepted durably and may still complete)`);
  }
}

/** The task ran and failed or timed out on its node. `existing`: the outcome of an earlier submission of the same task id. */
export class TaskFailedError extends Error {
  override readonly name = 'TaskFailedError';
  readonly retryable = false;
  readonly existing: boolean;
  constructor(
    readonly taskId: string,
    readonly result: MessageOf<'TaskResult'>,
    opts: { existing?: boolean } = {},
  ) {
    super(`task ${taskId}${opts.existing ? ' (submitted earlier)' : ''} failed on ${result.nodeId}: ${result.error || 'no reason given'}`);
    this.existing = opts.existing ?? false;
  }
}

/** The submission itself is invalid (bad ids, unknown profile); nothing was published. */
export class InvalidTaskError extends Error {
  override readonly name = 'InvalidTaskError';
  readonly retryable = false;
}
