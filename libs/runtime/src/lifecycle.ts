/**
 * The lifecycle every service implements, so one process can host many virtual nodes.
 * starting → running → stopping → stopped, or → failed when start or a background loop dies.
 */
export type ServiceState = 'starting' | 'running' | 'stopping' | 'stopped' | 'failed';

export interface StopOptions {
  /** How long in-flight work may take to finish before it is abandoned (nak'ed for redelivery). */
  graceMs?: number;
}

export interface ServiceHandle {
  readonly name: string;
  readonly state: ServiceState;
  /** Resolves when the service has stopped: null after a clean stop, the error after a failure. */
  readonly stopped: Promise<Error | null>;
  /** Idempotent: drains the service's own subscriptions and in-flight work; never closes a connection it did not open. */
  stop(opts?: StopOptions): Promise<void>;
}

export const DEFAULT_GRACE_MS = 5000;

/**
 * Builds a ServiceHandle around a stop routine: stop() runs the routine once, concurrent
 * callers share the same promise, and fail() records a background failure.
 */
export function createServiceHandle(name: string, stopRoutine: (opts: Required<StopOptions>) => Promise<void>): ServiceHandle & { fail(err: Error): void } {
  let state: ServiceState = 'running';
  let stopping: Promise<void> | undefined;
  let settle!: (value: Error | null) => void;
  const stopped = new Promise<Error | null>((resolve) => (settle = resolve));
  return {
    name,
    get state() {
      return state;
    },
    stopped,
    stop(opts: StopOptions = {}) {
      if (!stopping) {
        if (state === 'running') state = 'stopping';
        stopping = stopRoutine({ graceMs: opts.graceMs ?? DEFAULT_GRACE_MS }).then(
          () => {
            if (state !== 'failed') state = 'stopped';
            settle(null);
          },
          (err: Error) => {
            state = 'failed';
            settle(err);
          },
        );
      }
      return stopping;
    },
    fail(err: Error) {
      if (state === 'stopped' || state === 'failed') return;
      state = 'failed';
      settle(err);
    },
  };
}

/** Stops handles in reverse start order (consumers before the things they feed). */
export async function stopAll(handles: readonly ServiceHandle[], opts?: StopOptions): Promise<void> {
  for (const handle of [...handles].reverse()) await handle.stop(opts);
}
