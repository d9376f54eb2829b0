/** A payload that does not match its contract. Never retryable: the same bytes fail again. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  readonly retryable = false;
  constructor(
    readonly typeName: string,
    detail: string,
    cause?: unknown,
  ) {
    super(`${typeName}: ${detail}`, cause === undefined ? undefined : { cause });
  }
}
