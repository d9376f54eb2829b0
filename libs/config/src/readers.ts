import { ConfigError } from './errors';

export type Env = Readonly<Record<string, string | undefined>>;

/** Reads and validates one variable; throws ConfigError naming the variable, the value and what was expected. */
export type Reader<T> = (env: Env, name: string) => T;

interface Optional<T> {
  default?: T;
}

function raw(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function required<T>(env: Env, name: string, expected: string, opts: Optional<T>, parse: (v: string) => T | undefined): T {
  const value = raw(env, name);
  if (value === undefined) {
    if (opts.default !== undefined) return opts.default;
    throw new ConfigError(name, undefined, expected);
  }
  const parsed = parse(value);
  if (parsed === undefined) throw new ConfigError(name, value, expected);
  return parsed;
}

export function str(opts: Optional<string> & { pattern?: RegExp; describe?: string } = {}): Reader<string> {
  const expected = opts.describe ?? (opts.pattern ? `a string matching ${opts.pattern}` : 'a non-empty string');
  return (env, name) => required(env, name, expected, opts, (v) => (!opts.pattern || opts.pattern.test(v) ? v : undefined));
}

export function optionalStr(): Reader<string | undefined> {
  return (env, name) => raw(env, name);
}

export function int(opts: Optional<number> & { min?: number; max?: number } = {}): Reader<number> {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = opts;
  return (env, name) =>
    required(env, name, `an integer between ${min} and ${max}`, opts, (v) => {
      if (!/^-?\d+$/.test(v)) return undefined;
      const n = Number(v);
      return n >= min && n <= max ? n : undefined;
    });
}

export function num(opts: Optional<number> & { min?: number; max?: number } = {}): Reader<number> {
  const { min = -Infinity, max = Infinity } = opts;
  return (env, name) =>
    required(env, name, `a number between ${min} and ${max}`, opts, (v) => {
      const n = Number(v);
      return v !== '' && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
    });
}

export function bool(opts: Optional<boolean> = {}): Reader<boolean> {
  return (env, name) =>
    required(env, name, 'one of true, false, 1, 0', opts, (v) => {
      const lower = v.toLowerCase();
      if (lower === 'true' || lower === '1') return true;
      if (lower === 'false' || lower === '0') return false;
      return undefined;
    });
}

export function oneOf<const T extends string>(values: readonly T[], opts: Optional<T> = {}): Reader<T> {
  return (env, name) => required(env, name, `one of ${values.join(', ')}`, opts, (v) => values.find((x) => x === v));
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses "250ms", "10s", "2m", "1h" or a bare number of milliseconds. */
export function parseDurationMs(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * DURATION_UNITS[match[2] ?? 'ms']!);
}

export function durationMs(opts: Optional<number> & { min?: number; max?: number } = {}): Reader<number> {
  const { min = 0, max = Number.MAX_SAFE_INTEGER } = opts;
  return (env, name) =>
    required(env, name, `a duration like 250ms, 10s or 2m between ${min} ms and ${max} ms`, opts, (v) => {
      const ms = parseDurationMs(v);
      return ms !== undefined && ms >= min && ms <= max ? ms : undefined;
    });
}

/** A comma-separated list of NATS server URLs (nats://, tls://, ws://, wss://, or host:port). */
export function natsUrls(opts: Optional<string[]> = {}): Reader<string[]> {
  return (env, name) =>
    required(env, name, 'comma-separated NATS URLs like nats://127.0.0.1:4222', opts, (v) => {
      const urls = v.split(',').map((s) => s.trim()).filter(Boolean);
      const valid = urls.every((u) => /^((nats|tls|ws|wss):\/\/)?[^\s/:]+(:\d{1,5})?$/.test(u));
      return urls.length > 0 && valid ? urls : undefined;
    });
}

/** Node, cluster, game and room ids become subject tokens: no dots, wildcards or whitespace. */
export const SUBJECT_TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

export function token(opts: Optional<string> = {}): Reader<string> {
  return str({ ...opts, pattern: SUBJECT_TOKEN, describe: 'a token of 1-64 letters, digits, "-" or "_"' });
}
