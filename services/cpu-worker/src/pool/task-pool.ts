import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { TaskRunOutcome } from '../tasks/registry';

/** Where the pool's worker file lives (plain JS that loads the TypeScript task code). */
export const TASK_WORKER_FILE = join(__dirname, 'worker.js');

export interface TaskPoolOptions {
  maxThreads: number;
  /** Threads idle this long exit, so many virtual nodes in one process do not hold threads forever. */
  idleTimeoutMs?: number;
}

/** Rejection reason when a task is stopped because its deadline passed. */
export class TaskDeadlineExceeded extends Error {
  override readonly name = 'TaskDeadlineExceeded';
  readonly retryable = false;
}

/** Rejection reason when a task is stopped because the worker is shutting down: redeliver it. */
export class TaskAbandonedOnStop extends Error {
  override readonly name = 'TaskAbandonedOnStop';
  readonly retryable = true;
}

export interface TaskPool {
  /** Runs a task on a pool thread; aborting the signal terminates the thread running it. */
  run(kind: string, payload: Uint8Array, signal?: AbortSignal): Promise<TaskRunOutcome>;
  /** Tasks waiting for a thread. */
  readonly queued: number;
  readonly threads: number;
  destroy(): Promise<void>;
}

/**
 * A piscina pool bounded by maxThreads. Abortable tasks get a thread each, so a runaway task
 * can be stopped by terminating its thread without touching the others; piscina replaces it.
 */
export function createTaskPool(opts: TaskPoolOptions): TaskPool {
  const pool = new Piscina({
    filename: TASK_WORKER_FILE,
    minThreads: 0,
    maxThreads: opts.maxThreads,
    idleTimeout: opts.idleTimeoutMs ?? 30_000,
    concurrentTasksPerWorker: 1,
  });
  return {
    run: (kind, payload, signal) => pool.run({ kind, payload }, signal ? { signal } : {}) as Promise<TaskRunOutcome>,
    get queued() {
      return pool.queueSize;
    },
    get threads() {
      return pool.threads.length;
    },
    destroy: () => pool.destroy(),
  };
}
