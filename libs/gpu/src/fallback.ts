import type { GpuInfo } from './types';

/** The subset of systeminformation's `GraphicsControllerData` the fallback reads. */
export interface GraphicsControllerLike {
  vendor?: string;
  model?: string;
  name?: string;
  vram?: number | null;
  memoryTotal?: number;
  memoryUsed?: number;
  utilizationGpu?: number;
  busAddress?: string;
  pciBus?: string;
}

/**
 * Vendors whose controllers can run compute tasks. Display adapters of virtual machines
 * (Cirrus Logic, QXL, VMware SVGA, Matrox BMC) and Intel integrated graphics are not GPUs for placement.
 */
const COMPUTE_VENDOR = /nvidia|advanced micro devices|\bamd\b|\bati\b/i;

/**
 * Maps systeminformation `graphics().controllers` to GpuInfo. Pure. Keeps controllers of a compute
 * vendor with known VRAM; the uuid is synthetic (`si-<bus or index>`) because the fallback has none.
 */
export function gpusFromGraphicsControllers(controllers: readonly GraphicsControllerLike[]): GpuInfo[] {
  const gpus: GpuInfo[] = [];
  for (const c of controllers) {
    const vendorText = `${c.vendor ?? ''} ${c.model ?? ''} ${c.name ?? ''}`;
    if (!COMPUTE_VENDOR.test(vendorText)) continue;
    const totalMib = finiteOr(c.memoryTotal, finiteOr(c.vram, 0));
    if (totalMib <= 0) continue;
    const index = gpus.length;
    gpus.push({
      index,
      uuid: `si-${(c.busAddress || c.pciBus || String(index)).replace(/\s+/g, '')}`,
      name: (c.name || c.model || c.vendor || 'GPU').trim(),
      memoryTotalMib: Math.round(totalMib),
      memoryUsedMib: Math.round(Math.max(0, finiteOr(c.memoryUsed, 0))),
      utilizationPct: Math.round(Math.min(100, Math.max(0, finiteOr(c.utilizationGpu, 0)))),
      emulated: false,
    });
  }
  return gpus;
}

function finiteOr(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
