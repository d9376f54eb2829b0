import type { Env, Reader } from './readers';
import { ConfigError, isSecretVariable, looksLikeSecret } from './errors';
import { SecurityVariables } from './security';

export type ConfigSpec<T> = { [K in keyof T]: readonly [variable: string, reader: Reader<T[K]>] };

/** Reads every variable of a spec; the first bad or missing one throws a ConfigError. */
export function readConfig<T>(env: Env, spec: ConfigSpec<T>): T {
  const out = {} as T;
  // A seed or JWT pasted into an ordinary variable is refused before anything can use (or log) it:
  // it would otherwise become a host name in a connect error, a file path in an error message...
  const variables = new Set<string>([...Object.values<readonly [string, unknown]>(spec as Record<string, readonly [string, unknown]>).map(([v]) => v), ...Object.values(SecurityVariables)]);
  for (const variable of variables) {
    const value = env[variable];
    if (value === undefined || isSecretVariable(variable)) continue;
    const what = looksLikeSecret(value);
    if (what) throw new ConfigError(variable, value, `not ${what}: secrets go in files (NATS_NKEY_SEED_FILE=<path of the seed file>, NATS_CREDS=<path of the .creds file>)`);
  }
  for (const key of Object.keys(spec) as (keyof T)[]) {
    const [variable, reader] = spec[key];
    out[key] = reader(env, variable);
  }
  return out;
}

/**
 * For main.ts: read the config or stop the process with one line naming the variable.
 * Exit code 78 is EX_CONFIG from sysexits.h, so supervisors can tell config errors from crashes.
 */
export function readConfigOrExit<T>(env: Env, spec: ConfigSpec<T>, service: string): T {
  try {
    return readConfig(env, spec);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${service}: config error: ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
}
