/**
 * Where the runner's view of its GPUs comes from. Every admission re-samples, so decisions use the
 * memory the driver reports now (including processes cellmesh does not manage).
 */
import { execFile } from 'node:child_process';
import { detectGpus, emulatedGpus, type EmulatedGpuSpec, type GpuInfo } from '@cellmesh/gpu';
import { COMPUTE_APPS_ARGS, parseComputeApps, type DeviceView, type ProcessUsage } from '../core';

export interface GpuSample {
  devices: DeviceView[];
  /** Per-process usage (nvidia-smi --query-compute-apps); undefined when unavailable. */
  processes?: ProcessUsage[];
  source: string;
  notes: string[];
}

export interface GpuInventorySource {
  /** True when the devices are emulated (no GPU behind them); shown in results, metrics and logs. */
  readonly emulated: boolean;
  sample(): Promise<GpuSample>;
  /** The runner tells the source about its task processes (the emulated device accounts their VRAM). */
  processStarted?(device: DeviceView, pid: number, declaredVramMib: number): void;
  processExited?(pid: number): void;
}

const toView = (g: GpuInfo): DeviceView => ({ index: g.index, uuid: g.uuid, name: g.name, memoryTotalMib: g.memoryTotalMib, memoryUsedMib: g.memoryUsedMib, emulated: g.emulated });

export interface DetectedInventoryOptions {
  nvidiaSmiPath?: string;
  timeoutMs?: number;
}

/** Real GPUs: libs/gpu detection (nvidia-smi → systeminformation) plus nvidia-smi's per-process usage. */
export function detectedGpuInventory(opts: DetectedInventoryOptions = {}): GpuInventorySource {
  const smi = opts.nvidiaSmiPath ?? 'nvidia-smi';
  const timeoutMs = opts.timeoutMs ?? 5_000;
  return {
    emulated: false,
    async sample() {
      const detection = await detectGpus({ nvidiaSmiPath: smi, timeoutMs });
      const notes = [...detection.notes];
      let processes: ProcessUsage[] | undefined;
      if (detection.source === 'nvidia-smi') {
        try {
          processes = parseComputeApps(await execText(smi, COMPUTE_APPS_ARGS, timeoutMs));
        } catch (err) {
          notes.push(`per-process usage unavailable (conservative accounting): ${(err as Error).message}`);
        }
      }
      return { devices: detection.gpus.map(toView), processes, source: detection.source, notes };
    },
  };
}

export interface EmulatedInventoryOptions extends EmulatedGpuSpec {
  /** Memory held by pretend foreign processes on every device, to exercise the measured-VRAM rule. */
  foreignUsedMib?: number;
}

/**
 * EMULATED GPUs for machines without one: devices from the scenario (labelled "(emulated)",
 * `emulated: true`), whose measured usage is the foreign load plus the declared VRAM of the task
 * processes running on them, reported per process so accounting works as on a real GPU.
 */
export function emulatedGpuInventory(opts: EmulatedInventoryOptions): GpuInventorySource {
  const devices = emulatedGpus(opts).map(toView);
  const running = new Map<number, ProcessUsage>();
  const foreign = opts.foreignUsedMib ?? 0;
  return {
    emulated: true,
    async sample() {
      const processes = [...running.values()];
      return {
        devices: devices.map((d) => ({ ...d, memoryUsedMib: foreign + processes.filter((p) => p.gpuUuid === d.uuid).reduce((s, p) => s + p.usedMib, 0) })),
        processes,
        source: 'emulated',
        notes: ['EMULATED GPU: no hardware behind these devices; tasks run a CPU stand-in'],
      };
    },
    processStarted(device, pid, declaredVramMib) {
      running.set(pid, { pid, gpuUuid: device.uuid, usedMib: declaredVramMib });
    },
    processExited(pid) {
      running.delete(pid);
    },
  };
}

function execText(file: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: timeoutMs, maxBuffer: 1024 * 1024 }, (err, stdout) => (err ? reject(new Error(err.message.split('\n')[0])) : resolve(String(stdout))));
  });
}
