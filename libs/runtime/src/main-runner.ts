import type { ServiceHandle } from './lifecycle';

export const SHUTDOWN_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGQUIT'];

export interface RunMainOptions {
  service: string;
  /** Starts everything; returns the handles to stop on a signal. */
  start(): Promise<ServiceHandle[]>;
  /** Runs after the handles stopped: flush traces, drain the connection. */
  afterStop?(): Promise<void>;
  graceMs?: number;
}

/**
 * The signal handling of every main.ts in one place: on SIGINT/SIGTERM/SIGQUIT stop the handles,
 * then afterStop, then exit 0; a second signal exits at once; a failed start or a service failure exits 1.
 */
export async function runMain(opts: RunMainOptions): Promise<void> {
  const log = (msg: string) => process.stderr.write(`${JSON.stringify({ level: 'info', service: opts.service, msg, time: Date.now() })}\n`);
  let handles: ServiceHandle[];
  try {
    handles = await opts.start();
  } catch (err) {
    process.stderr.write(`${opts.service}: failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  }
  let shuttingDown = false;
  const shutdown = async (code: number, why: string) => {
    if (shuttingDown) {
      log(`${why} again: exiting now`);
      process.exit(code || 130);
    }
    shuttingDown = true;
    log(`${why}: stopping`);
    for (const handle of [...handles].reverse()) await handle.stop({ graceMs: opts.graceMs }).catch(() => undefined);
    await opts.afterStop?.().catch(() => undefined);
    process.exit(code);
  };
  for (const signal of SHUTDOWN_SIGNALS) process.on(signal, () => void shutdown(0, signal));
  for (const handle of handles) {
    void handle.stopped.then((err) => {
      if (err && !shuttingDown) void shutdown(1, `${handle.name} failed: ${err.message}`);
    });
  }
}
