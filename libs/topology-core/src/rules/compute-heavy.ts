import type { CaParams } from '../params';
import type { CellView, NeighbourView } from '../types';
import { isEvidence } from './candidacy';

export const ComputeHeavyReason = {
  GpuRichCloseToCluster: 'gpu-rich-close-to-cluster',
  GpuRichAloneInCluster: 'gpu-rich-alone-in-cluster',
  TooFewGpus: 'too-few-gpus',
  TooLittleVram: 'too-little-vram',
  FarFromCluster: 'far-from-cluster',
} as const;
export type ComputeHeavyReason = (typeof ComputeHeavyReason)[keyof typeof ComputeHeavyReason];

export interface ComputeHeavyDecision {
  readonly acceptsComputeHeavy: boolean;
  readonly reason: ComputeHeavyReason;
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/**
 * GPU-rich (enough GPUs and VRAM) and close to its cluster (median measured RTT to cluster peers)
 * → accepts compute-heavy work. The RTT limit has the same hysteresis band as candidacy:
 * a node starts accepting below limit·(1−h) and stops only above limit·(1+h).
 */
export function decideComputeHeavy(self: CellView, nbrs: readonly NeighbourView[], p: CaParams): ComputeHeavyDecision {
  if (self.gpus < p.computeHeavyMinGpus) return { acceptsComputeHeavy: false, reason: ComputeHeavyReason.TooFewGpus };
  if (self.vramMb < p.computeHeavyMinVramMb) return { acceptsComputeHeavy: false, reason: ComputeHeavyReason.TooLittleVram };
  const clusterRtts: number[] = [];
  for (const nb of nbrs) if (nb.clusterId === self.clusterId && isEvidence(nb, p)) clusterRtts.push(nb.rttMs);
  // A cluster of one has no peers to be far from.
  if (clusterRtts.length === 0) return { acceptsComputeHeavy: true, reason: ComputeHeavyReason.GpuRichAloneInCluster };
  const band = self.acceptsComputeHeavy ? 1 + p.hysteresis : 1 - p.hysteresis;
  return median(clusterRtts) <= p.computeHeavyMaxRttMs * band
    ? { acceptsComputeHeavy: true, reason: ComputeHeavyReason.GpuRichCloseToCluster }
    : { acceptsComputeHeavy: false, reason: ComputeHeavyReason.FarFromCluster };
}
