/** Parameters that cannot drive the rules (non-finite, out of range, contradictory). Retrying won't help. */
export class InvalidCaParamsError extends Error {
  override readonly name = 'InvalidCaParamsError';
  readonly retryable = false;
  constructor(readonly fields: readonly string[], detail: string) {
    super(`invalid CA params [${fields.join(', ')}]: ${detail}`);
  }
}

/** A world the engine cannot iterate (duplicate ids, links to unknown nodes, bad numbers). */
export class InvalidWorldError extends Error {
  override readonly name = 'InvalidWorldError';
  readonly retryable = false;
}
