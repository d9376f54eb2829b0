/** A configuration variable that is missing or invalid. Its message is one line an operator can act on. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    readonly value: string | undefined,
    readonly expected: string,
  ) {
    super(value === undefined ? `${variable} is not set: expected ${expected}` : `${variable}=${JSON.stringify(value)} is invalid: expected ${expected}`);
  }
}
