/**
 * cpu-worker options: optional, human-facing `CpuWorkerOptions` → validated
 * `CompiledCpuWorkerOptions` (units in names). Pure: the host's core count comes in as a parameter.
 */
export const DEFAULT_MAX_TASK_MS = 60_000;
export const DEFAULT_ACK_WAIT_MS = 15_000;
export const DEFAULT_MAX_DELIVER = 5;
export const DEFAULT_LOAD_REPORT_MIN_INTERVAL_MS = 250;
export const DEFAULT_IDLE_THREAD_TIMEOUT_MS = 30_000;
/** Longer than a committer hand-over (lease TTL 10 s + ack wait 3 s), so a routine hand-over does not fail a commit. */
export const DEFAULT_COMMIT_VERDICT_TIMEOUT_MS = 30_000;

export interface CpuWorkerOptions {
  /** Pool threads; default and upper bound: the host's cores (more threads than cores only adds switching). */
  maxThreads?: number;
  /** Dispatches held waiting for a thread, beyond the running ones; default = maxThreads. */
  maxQueuedTasks?: number;
  /** Cap on any one task's run time, applied when the task's own deadline is later or absent. */
  maxTaskMs?: number;
  /** JetStream ack wait; long tasks send in-progress heartbeats every third of it. */
  ackWaitMs?: number;
  /** Deliveries before a dispatch that keeps failing to be committed is dead-lettered. */
  maxDeliver?: number;
  loadReportMinIntervalMs?: number;
  idleThreadTimeoutMs?: number;
  /** How long a commit waits for the committer's verdict before the dispatch is retried (it is durable meanwhile). */
  commitVerdictTimeoutMs?: number;
}

export interface CompiledCpuWorkerOptions {
  maxThreads: number;
  maxQueuedTasks: number;
  maxTaskMs: number;
  ackWaitMs: number;
  maxDeliver: number;
  loadReportMinIntervalMs: number;
  idleThreadTimeoutMs: number;
  commitVerdictTimeoutMs: number;
  /** Settings that were clamped, for the service to log. */
  warnings: string[];
}

export class CpuWorkerOptionsError extends Error {
  override readonly name = 'CpuWorkerOptionsError';
  constructor(readonly fields: string[], message: string) {
    super(message);
  }
}

function positiveInt(field: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1) throw new CpuWorkerOptionsError([field], `${field} must be a positive integer, got ${String(value)}`);
  return v;
}

export function compileCpuWorkerOptions(options: CpuWorkerOptions = {}, host: { cores: number }): CompiledCpuWorkerOptions {
  const warnings: string[] = [];
  const cores = Math.max(1, Math.floor(host.cores));
  let maxThreads = positiveInt('maxThreads', options.maxThreads, cores);
  if (maxThreads > cores) {
    warnings.push(`maxThreads ${maxThreads} exceeds this host's ${cores} cores; using ${cores}`);
    maxThreads = cores;
  }
  const ackWaitMs = positiveInt('ackWaitMs', options.ackWaitMs, DEFAULT_ACK_WAIT_MS);
  if (ackWaitMs < 300) throw new CpuWorkerOptionsError(['ackWaitMs'], `ackWaitMs must be at least 300 ms so heartbeats can keep a task's message alive, got ${ackWaitMs}`);
  const queued = options.maxQueuedTasks ?? maxThreads;
  if (!Number.isInteger(queued) || queued < 0) throw new CpuWorkerOptionsError(['maxQueuedTasks'], `maxQueuedTasks must be a non-negative integer, got ${String(options.maxQueuedTasks)}`);
  return {
    maxThreads,
    maxQueuedTasks: queued,
    maxTaskMs: positiveInt('maxTaskMs', options.maxTaskMs, DEFAULT_MAX_TASK_MS),
    ackWaitMs,
    maxDeliver: positiveInt('maxDeliver', options.maxDeliver, DEFAULT_MAX_DELIVER),
    loadReportMinIntervalMs: positiveInt('loadReportMinIntervalMs', options.loadReportMinIntervalMs, DEFAULT_LOAD_REPORT_MIN_INTERVAL_MS),
    idleThreadTimeoutMs: positiveInt('idleThreadTimeoutMs', options.idleThreadTimeoutMs, DEFAULT_IDLE_THREAD_TIMEOUT_MS),
    commitVerdictTimeoutMs: positiveInt('commitVerdictTimeoutMs', options.commitVerdictTimeoutMs, DEFAULT_COMMIT_VERDICT_TIMEOUT_MS),
    warnings,
  };
}
