/**
 * GPU inventory for cellmesh nodes: a pure nvidia-smi CSV parser, detection that never throws
 * (nvidia-smi → systeminformation → zero GPUs), and emulated inventories for virtual nodes.
 * Used by the metrics-collector (NodeMetrics.gpus) and the gpu-hub-runner (slots, VRAM admission).
 */
export type { GpuInfo, GpuDetection } from './types';
export { GpuSource } from './types';
export { NvidiaSmiParseError, EmulatedGpuSpecError } from './errors';
export { parseNvidiaSmiCsv, NVIDIA_SMI_ARGS, NVIDIA_SMI_QUERY_FIELDS } from './nvidia-smi';
export { gpusFromGraphicsControllers } from './fallback';
export type { GraphicsControllerLike } from './fallback';
export { detectGpus, DEFAULT_GPU_DETECT_TIMEOUT_MS } from './detect';
export type { DetectGpusOptions } from './detect';
export { emulatedGpus, DEFAULT_EMULATED_GPU_MODEL } from './emulated';
export type { EmulatedGpuSpec } from './emulated';
