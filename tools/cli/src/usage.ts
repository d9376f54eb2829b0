/**
 * The CLI's exit codes, one convention for every command: 0 done, 1 the operation failed (no
 * fabric answered, a task was rejected, a receipt is missing), 2 the command line was wrong (an
 * unknown flag, a missing argument, a value that does not parse, no NATS server named).
 */
import { InvalidArgumentError } from 'commander';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A command line the command cannot run: main prints the message and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly retryable = false;
  readonly exitCode = EXIT_USAGE;
}

/** --nats-url, else NATS_URL (read by the command's action, as every command does today). */
export function requireNatsUrl(flag: string | undefined, env: string | undefined): string {
  const url = flag ?? env;
  if (!url) throw new UsageError('no NATS server: pass --nats-url or set NATS_URL (the URL `cellmesh up` prints)');
  return url;
}

/**
 * A commander argParser for integer options: a bad value is a commander usage error (exit 2)
 * naming the flag, before the action runs.
 */
export function intArg(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `expected an integer ≥ ${min}` : `expected an integer between ${min} and ${max}`);
    }
    return n;
  };
}
