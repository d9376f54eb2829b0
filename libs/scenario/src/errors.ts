/** A scenario, spec or argument that cannot be used; `path` names the offending field (e.g. `rttMs[2][5]`). */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly retryable = false;
  constructor(
    readonly path: string,
    message: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

/** The usual shape, `<path>: <what is wrong>`. */
export function invalid(path: string, detail: string, cause?: unknown): ScenarioError {
  return new ScenarioError(path, `${path}: ${detail}`, cause);
}

/** Shared by every Scenario implementation: an out-of-range index is a caller bug, not a link. */
export function assertIndex(i: number, n: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= n) throw invalid('index', `expected an integer in [0, ${n - 1}], got ${i}`);
}
