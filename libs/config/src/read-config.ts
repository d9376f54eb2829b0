import type { Env, Reader } from './readers';
import { ConfigError } from './errors';

export type ConfigSpec<T> = { [K in keyof T]: readonly [variable: string, reader: Reader<T[K]>] };

/** Reads every variable of a spec; the first bad or missing one throws a ConfigError. */
export function readConfig<T>(env: Env, spec: ConfigSpec<T>): T {
  const out = {} as T;
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
