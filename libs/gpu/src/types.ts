/**
 * One GPU as cellmesh sees it. Field names and units match the protobuf `GpuDevice` message
 * (`codecs.GpuDevice`), so a `GpuInfo` can be put into `NodeMetrics.gpus` as it is.
 */
export interface GpuInfo {
  index: number;
  /** nvidia-smi's `GPU-…` UUID; a synthetic, stable id for fallback and emulated devices. */
  uuid: string;
  name: string;
  memoryTotalMib: number;
  memoryUsedMib: number;
  /** 0–100; 0 where the driver reports it as not available (e.g. MIG mode). */
  utilizationPct: number;
  /** True when no real GPU is behind this entry (an emulated node from a scenario). */
  emulated: boolean;
}

/** Where a detection's GPUs came from. */
export const GpuSource = {
  NvidiaSmi: 'nvidia-smi',
  Systeminformation: 'systeminformation',
  /** Neither source found a GPU: a CPU-only node, which is normal, not an error. */
  None: 'none',
  Emulated: 'emulated',
} as const;
export type GpuSource = (typeof GpuSource)[keyof typeof GpuSource];

export interface GpuDetection {
  gpus: GpuInfo[];
  source: GpuSource;
  /** Why earlier sources were skipped (nvidia-smi missing, timed out, unparsable, …); empty when the first source answered. */
  notes: string[];
}
