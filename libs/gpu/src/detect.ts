import { execFile } from 'node:child_process';
import { NVIDIA_SMI_ARGS, parseNvidiaSmiCsv } from './nvidia-smi';
import { gpusFromGraphicsControllers, type GraphicsControllerLike } from './fallback';
import { GpuSource, type GpuDetection } from './types';

export const DEFAULT_GPU_DETECT_TIMEOUT_MS = 5_000;

export interface DetectGpusOptions {
  /** Bound for each source (nvidia-smi, then systeminformation); default 5 s. */
  timeoutMs?: number;
  /** nvidia-smi executable (default: `nvidia-smi` from PATH). */
  nvidiaSmiPath?: string;
  /** Replaces the nvidia-smi call (tests, or a host that captures it elsewhere): resolves to its stdout. */
  runNvidiaSmi?: (args: readonly string[], timeoutMs: number) => Promise<string>;
  /** Replaces systeminformation's `graphics()`: resolves to its controllers. */
  readGraphicsControllers?: (timeoutMs: number) => Promise<readonly GraphicsControllerLike[]>;
}

/**
 * Finds this machine's GPUs. Never throws and never hangs past the timeouts: nvidia-smi first (exact
 * VRAM and utilization), then systeminformation's graphics data, else zero GPUs (`source: 'none'`),
 * which is what a CPU-only node reports. Why a source was skipped is in `notes`.
 */
export async function detectGpus(opts: DetectGpusOptions = {}): Promise<GpuDetection> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_GPU_DETECT_TIMEOUT_MS;
  const notes: string[] = [];
  const runSmi = opts.runNvidiaSmi ?? ((args, ms) => execText(opts.nvidiaSmiPath ?? 'nvidia-smi', args, ms));
  try {
    const gpus = parseNvidiaSmiCsv(await withTimeout(runSmi(NVIDIA_SMI_ARGS, timeoutMs), timeoutMs, 'nvidia-smi'));
    if (gpus.length > 0) return { gpus, source: GpuSource.NvidiaSmi, notes };
    notes.push('nvidia-smi listed no GPUs');
  } catch (err) {
    notes.push(`nvidia-smi unavailable: ${describe(err)}`);
  }
  const readGraphics = opts.readGraphicsControllers ?? readSystemGraphics;
  try {
    const gpus = gpusFromGraphicsControllers(await withTimeout(readGraphics(timeoutMs), timeoutMs, 'systeminformation graphics()'));
    if (gpus.length > 0) return { gpus, source: GpuSource.Systeminformation, notes };
    notes.push('systeminformation found no compute GPU');
  } catch (err) {
    notes.push(`systeminformation graphics() failed: ${describe(err)}`);
  }
  return { gpus: [], source: GpuSource.None, notes };
}

function execText(file: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: timeoutMs, maxBuffer: 1024 * 1024, windowsHide: true }, (err, stdout, stderr) => {
      if (err) {
        const detail = String(stderr || stdout || '').trim().split('\n')[0];
        reject(new Error(detail ? `${err.message.split('\n')[0]} (${detail})` : err.message.split('\n')[0]));
      } else resolve(String(stdout));
    });
  });
}

async function readSystemGraphics(): Promise<readonly GraphicsControllerLike[]> {
  // Loaded lazily: systeminformation is only needed on the fallback path.
  const si = await import('systeminformation');
  return (await si.graphics()).controllers;
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
