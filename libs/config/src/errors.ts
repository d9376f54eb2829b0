/** A configuration variable that is missing or invalid. Its message is one line an operator can act on. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The value as it may be shown: secrets replaced by a description (see redactConfigValue). */
  readonly value: string | undefined;
  constructor(
    readonly variable: string,
    value: string | undefined,
    readonly expected: string,
  ) {
    const shown = value === undefined ? undefined : redactConfigValue(variable, value);
    super(shown === undefined ? `${variable} is not set: expected ${expected}` : `${variable}=${shown.startsWith('<') ? shown : JSON.stringify(shown)} is invalid: expected ${expected}`);
    this.value = shown;
  }
}

const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|(^|_)PASS($|_)|(^|_)JWT($|_)|(^|_)SEED($|_)/i;

/** Variables whose value is a secret by name (never echoed); `*_FILE` variables hold paths, not secrets. */
export function isSecretVariable(variable: string): boolean {
  return SECRET_NAME.test(variable) && !/_FILE$/i.test(variable);
}

/** Values that are secrets whatever variable they were pasted into. */
const SECRET_VALUES: ReadonlyArray<[RegExp, string]> = [
  [/\bS[UOANCXP][A-Z2-7]{40,}\b/, 'an nkey seed'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, 'a JWT'],
  [/-----BEGIN [A-Z ]*(PRIVATE KEY|NATS USER JWT|USER NKEY SEED)-----/, 'a key or credentials file'],
];

/** 'an nkey seed', 'a JWT', ... when the value looks like a secret; undefined otherwise. */
export function looksLikeSecret(value: string): string | undefined {
  for (const [pattern, what] of SECRET_VALUES) if (pattern.test(value)) return what;
  return undefined;
}

/**
 * What a config error may show of `value`: a secret (by the variable's name, or because the value
 * looks like an nkey seed, a JWT or a key) becomes `<redacted: …>`, and a URL's password is masked.
 * Nothing else changes, so ordinary mistakes stay easy to read.
 */
export function redactConfigValue(variable: string, value: string): string {
  if (isSecretVariable(variable)) return `<redacted: ${variable} is a secret, ${value.length} characters>`;
  for (const [pattern, what] of SECRET_VALUES) if (pattern.test(value)) return `<redacted: looks like ${what}, ${value.length} characters>`;
  // nats://user:password@host → nats://user:***@host (every URL of a comma-separated list).
  return value.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s,]*:)[^@/\s,]+@/gi, '$1***@');
}
