/** A subject token built from user input that would break subject routing. */
export class InvalidSubjectTokenError extends Error {
  override readonly name = 'InvalidSubjectTokenError';
  readonly retryable = false;
  constructor(
    readonly field: string,
    readonly value: string,
    readonly problem: string,
  ) {
    super(`invalid ${field} ${JSON.stringify(value)}: ${problem}`);
  }
}

/** Work that may succeed when retried later (a peer was down, a CAS raced). The shell naks it. */
export class RetryableError extends Error {
  override readonly name: string = 'RetryableError';
  readonly retryable = true;
  constructor(message: string, options?: { cause?: unknown; backoffMs?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.backoffMs = options?.backoffMs ?? 1000;
  }
  readonly backoffMs: number;
}

/** Work that will never succeed (bad input, stale fencing term). The shell dead-letters it and terms the message. */
export class PermanentError extends Error {
  override readonly name: string = 'PermanentError';
  readonly retryable = false;
  constructor(
    message: string,
    readonly code: string = 'permanent',
    options?: { cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}

export function isRetryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { retryable?: unknown }).retryable === true;
}
