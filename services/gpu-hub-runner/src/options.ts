/**
 * gpu-hub-runner options → compiled options (pure, validated, units in names).
 * The safety margin and per-task overhead are explained in docs/gpu.md.
 */
export const DEFAULT_SLOTS_PER_GPU = 2;
export const DEFAULT_SAFETY_MARGIN_MIB = 1024;
export const DEFAULT_SAFETY_MARGIN_PCT = 5;
export const DEFAULT_PER_TASK_OVERHEAD_MIB = 512;
export const DEFAULT_RENDER_CHUNK_BYTES = 256 * 1024;

export type GpuDeviceOptions =
  | { mode: 'detect'; nvidiaSmiPath?: string }
  /** EMULATED devices for a machine without a GPU (a scenario's virtual GPU node). */
  | { mode: 'emulated'; gpus: number; vramMb: number; gpuModel?: string; foreignUsedMib?: number };

export interface GpuHubRunnerOptions {
  device?: GpuDeviceOptions;
  /** Concurrent tasks per GPU. */
  slotsPerGpu?: number;
  /** Memory kept free on every GPU: the larger of these two. */
  safetyMarginMib?: number;
  safetyMarginPct?: number;
  /** Added to each task's declared VRAM: CUDA context and library workspaces live outside torch's allocator. */
  perTaskOverheadMib?: number;
  /** Cap on a task's run time when its deadline is later or absent. */
  maxTaskMs?: number;
  /** How long a task may wait for a slot or VRAM before it is REJECTED. */
  admissionWaitMs?: number;
  /** Re-sample interval while tasks wait (foreign processes can free memory at any time). */
  admissionPollMs?: number;
  /** Between SIGTERM and SIGKILL of a stuck task's process group. */
  killGraceMs?: number;
  renderChunkBytes?: number;
  /** Dispatches held beyond the running ones. */
  maxQueuedTasks?: number;
  ackWaitMs?: number;
  maxDeliver?: number;
  /** How long a commit waits for the committer's verdict before the dispatch is retried (default 30 s, beyond a committer hand-over). */
  commitVerdictTimeoutMs?: number;
  loadReportMinIntervalMs?: number;
  /** Python interpreter for the task scripts. */
  python?: string;
  /** Folder of the task scripts (default: the service's gpu-tasks/). */
  scriptsDir?: string;
}

export interface CompiledGpuHubRunnerOptions {
  device: GpuDeviceOptions;
  slotsPerGpu: number;
  safetyMarginMib: number;
  safetyMarginPct: number;
  perTaskOverheadMib: number;
  maxTaskMs: number;
  admissionWaitMs: number;
  admissionPollMs: number;
  killGraceMs: number;
  renderChunkBytes: number;
  maxQueuedTasks: number;
  ackWaitMs: number;
  maxDeliver: number;
  commitVerdictTimeoutMs: number;
  loadReportMinIntervalMs: number;
  python: string;
  scriptsDir: string;
}

export class GpuHubRunnerOptionsError extends Error {
  override readonly name = 'GpuHubRunnerOptionsError';
  constructor(readonly fields: string[], message: string) {
    super(message);
  }
}

function intIn(field: string, value: number | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw new GpuHubRunnerOptionsError([field], `${field} must be an integer in [${min}, ${max}], got ${String(value)}`);
  return v;
}

export function compileGpuHubRunnerOptions(options: GpuHubRunnerOptions, defaults: { scriptsDir: string }): CompiledGpuHubRunnerOptions {
  const device = options.device ?? { mode: 'detect' };
  if (device.mode === 'emulated') {
    intIn('device.gpus', device.gpus, 0, 0, 64);
    if (device.gpus > 0) intIn('device.vramMb', device.vramMb, 0, 1);
    intIn('device.foreignUsedMib', device.foreignUsedMib, 0, 0);
  } else if (device.mode !== 'detect') {
    throw new GpuHubRunnerOptionsError(['device.mode'], `device.mode must be "detect" or "emulated", got ${JSON.stringify((device as { mode: unknown }).mode)}`);
  }
  const renderChunkBytes = intIn('renderChunkBytes', options.renderChunkBytes, DEFAULT_RENDER_CHUNK_BYTES, 1024, 900 * 1024);
  return {
    device,
    slotsPerGpu: intIn('slotsPerGpu', options.slotsPerGpu, DEFAULT_SLOTS_PER_GPU, 1, 64),
    safetyMarginMib: intIn('safetyMarginMib', options.safetyMarginMib, DEFAULT_SAFETY_MARGIN_MIB, 0),
    safetyMarginPct: intIn('safetyMarginPct', options.safetyMarginPct, DEFAULT_SAFETY_MARGIN_PCT, 0, 50),
    perTaskOverheadMib: intIn('perTaskOverheadMib', options.perTaskOverheadMib, DEFAULT_PER_TASK_OVERHEAD_MIB, 0),
    maxTaskMs: intIn('maxTaskMs', options.maxTaskMs, 120_000, 1),
    admissionWaitMs: intIn('admissionWaitMs', options.admissionWaitMs, 30_000, 0),
    admissionPollMs: intIn('admissionPollMs', options.admissionPollMs, 500, 10),
    killGraceMs: intIn('killGraceMs', options.killGraceMs, 2_000, 0),
    renderChunkBytes,
    maxQueuedTasks: intIn('maxQueuedTasks', options.maxQueuedTasks, 8, 0),
    ackWaitMs: intIn('ackWaitMs', options.ackWaitMs, 15_000, 300),
    maxDeliver: intIn('maxDeliver', options.maxDeliver, 5, 1),
    commitVerdictTimeoutMs: intIn('commitVerdictTimeoutMs', options.commitVerdictTimeoutMs, 30_000, 100),
    loadReportMinIntervalMs: intIn('loadReportMinIntervalMs', options.loadReportMinIntervalMs, 250, 1),
    python: options.python ?? 'python3',
    scriptsDir: options.scriptsDir ?? defaults.scriptsDir,
  };
}
