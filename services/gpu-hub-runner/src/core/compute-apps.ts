/**
 * Parses `nvidia-smi --query-compute-apps=pid,gpu_uuid,used_memory --format=csv,noheader,nounits`.
 * Lines it cannot read (e.g. "[N/A]" usage under MIG) are skipped, not guessed.
 */
import type { ProcessUsage } from './admission';

export const COMPUTE_APPS_ARGS = ['--query-compute-apps=pid,gpu_uuid,used_memory', '--format=csv,noheader,nounits'] as const;

export function parseComputeApps(text: string): ProcessUsage[] {
  const out: ProcessUsage[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || /no running processes/i.test(trimmed)) continue;
    const [pid, gpuUuid, used] = trimmed.split(',').map((s) => s.trim());
    if (!/^\d+$/.test(pid ?? '') || !gpuUuid || !/^\d+$/.test(used ?? '')) continue;
    out.push({ pid: Number(pid), gpuUuid, usedMib: Number(used) });
  }
  return out;
}
