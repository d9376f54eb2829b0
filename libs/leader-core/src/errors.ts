/** Parameters that cannot work (non-finite, out of range, or unsafe together). Permanent: fix the config. */
export class InvalidLeaderParamsError extends Error {
  override readonly name = 'InvalidLeaderParamsError';
  readonly retryable = false;
  constructor(
    readonly fields: readonly string[],
    detail: string,
  ) {
    super(`invalid leader params: [${fields.map((f) => JSON.stringify(f)).join(',')}] ${detail}`);
  }
}

/** Input that breaks a precondition (duplicate member ids, a lease of another cluster). A caller bug: never retryable. */
export class InvalidLeaderInputError extends Error {
  override readonly name = 'InvalidLeaderInputError';
  readonly retryable = false;
}

/** A lease transition that is not allowed (renewing or releasing a lease someone else holds). */
export class LeaseTransitionError extends Error {
  override readonly name = 'LeaseTransitionError';
  readonly retryable = false;
}
