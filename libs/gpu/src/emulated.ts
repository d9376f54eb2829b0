import { EmulatedGpuSpecError } from './errors';
import type { GpuInfo } from './types';

/** The GPU part of a scenario node (`ScenarioNode` from @cellmesh/scenario has these fields). */
export interface EmulatedGpuSpec {
  /** Used in the synthetic uuid so every emulated device in a fabric is distinct. */
  nodeId: string;
  gpus: number;
  /** Memory of each GPU in MiB. */
  vramMb: number;
  gpuModel?: string;
}

export const DEFAULT_EMULATED_GPU_MODEL = 'Emulated GPU';

/**
 * An emulated inventory for a virtual node: `gpus` idle devices of `vramMb` each, all labelled
 * `emulated: true` and named "(emulated)" so no reader mistakes them for hardware. Pure.
 */
export function emulatedGpus(spec: EmulatedGpuSpec): GpuInfo[] {
  if (!Number.isInteger(spec.gpus) || spec.gpus < 0) throw new EmulatedGpuSpecError(`gpus: expected a non-negative integer, got ${spec.gpus}`);
  if (spec.gpus > 0 && (!Number.isInteger(spec.vramMb) || spec.vramMb <= 0)) {
    throw new EmulatedGpuSpecError(`vramMb: expected a positive integer when gpus > 0, got ${spec.vramMb}`);
  }
  const model = spec.gpuModel?.trim() || DEFAULT_EMULATED_GPU_MODEL;
  return Array.from({ length: spec.gpus }, (_, index) => ({
    index,
    uuid: `EMU-${spec.nodeId}-${index}`,
    name: `${model} (emulated)`,
    memoryTotalMib: spec.vramMb,
    memoryUsedMib: 0,
    utilizationPct: 0,
    emulated: true,
  }));
}
