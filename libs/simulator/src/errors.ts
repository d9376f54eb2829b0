/** Simulation options that cannot drive a run (sizes out of range, non-integers). Retrying won't help. */
export class InvalidSimulationOptionsError extends Error {
  override readonly name = 'InvalidSimulationOptionsError';
  readonly retryable = false;
  constructor(
    readonly fields: readonly string[],
    detail: string,
  ) {
    super(`invalid simulation options [${fields.join(', ')}]: ${detail}`);
  }
}
