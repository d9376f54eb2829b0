/** A sample or coordinate that cannot be used (non-finite, negative). Retrying the same input won't help. */
export class NetCoordsError extends Error {
  override readonly name = 'NetCoordsError';
  readonly retryable = false;
}
