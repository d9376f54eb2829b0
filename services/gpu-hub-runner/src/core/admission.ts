/**
 * VRAM admission on MEASURED free memory. nvidia-smi's "used" includes processes cellmesh does not
 * manage, so admission starts from what the driver reports, not from our own bookkeeping:
 *
 *   need       = declared VRAM + perTaskOverheadMib            (CUDA context, cuBLAS workspace)
 *   foreign    = measuredUsed − what our own processes measurably use (per-process accounting),
 *                or all of measuredUsed when our processes cannot be matched (conservative)
 *   committed  = foreign + Σ over our running tasks of max(need, measured use)
 *   margin     = max(safetyMarginMib, safetyMarginPct % of total)
 *   free       = total − committed − margin
 * A task is admitted on a GPU with a free slot when need ≤ free. docs/gpu.md explains the margin.
 */
export interface DeviceView {
  index: number;
  uuid: string;
  name: string;
  memoryTotalMib: number;
  /** As measured (nvidia-smi), including foreign processes. */
  memoryUsedMib: number;
  emulated: boolean;
}

/** One GPU process nvidia-smi lists (--query-compute-apps). */
export interface ProcessUsage {
  pid: number;
  gpuUuid: string;
  usedMib: number;
}

/** A task this runner admitted and has not released yet. */
export interface Reservation {
  taskId: string;
  gpuIndex: number;
  /** Declared VRAM + per-task overhead. */
  needMib: number;
  /** The task's process, once started (for per-process accounting). */
  pid?: number;
}

export interface AdmissionPolicy {
  slotsPerGpu: number;
  safetyMarginMib: number;
  safetyMarginPct: number;
  perTaskOverheadMib: number;
}

export type Accounting = 'per-process' | 'conservative';

export interface DeviceBudget {
  gpuIndex: number;
  totalMib: number;
  measuredUsedMib: number;
  ownMeasuredMib: number;
  foreignMib: number;
  committedMib: number;
  marginMib: number;
  freeMib: number;
  slotsUsed: number;
  slotsFree: number;
  accounting: Accounting;
}

export function marginMib(totalMib: number, policy: AdmissionPolicy): number {
  return Math.max(policy.safetyMarginMib, Math.ceil((totalMib * policy.safetyMarginPct) / 100));
}

export function taskNeedMib(declaredVramMib: number, policy: AdmissionPolicy): number {
  return declaredVramMib + policy.perTaskOverheadMib;
}

/**
 * processes: undefined when the per-process query is unavailable. When it is available but none of
 * our running tasks' pids appear (a container whose pids differ from the host's), our usage cannot
 * be told apart from foreign usage, so the budget falls back to conservative accounting.
 */
export function deviceBudget(device: DeviceView, reservations: readonly Reservation[], processes: readonly ProcessUsage[] | undefined, policy: AdmissionPolicy): DeviceBudget {
  const mine = reservations.filter((r) => r.gpuIndex === device.index);
  const usageByPid = new Map<number, number>();
  for (const p of processes ?? []) if (p.gpuUuid === device.uuid) usageByPid.set(p.pid, (usageByPid.get(p.pid) ?? 0) + p.usedMib);
  const started = mine.filter((r) => r.pid !== undefined);
  const matched = started.filter((r) => usageByPid.has(r.pid!));
  const perProcess = processes !== undefined && (started.length === 0 || matched.length === started.length);
  const ownMeasuredMib = perProcess ? matched.reduce((s, r) => s + usageByPid.get(r.pid!)!, 0) : 0;
  const foreignMib = Math.max(0, device.memoryUsedMib - ownMeasuredMib);
  const committedMib = foreignMib + mine.reduce((s, r) => s + Math.max(r.needMib, perProcess && r.pid !== undefined ? (usageByPid.get(r.pid) ?? 0) : 0), 0);
  const margin = marginMib(device.memoryTotalMib, policy);
  return {
    gpuIndex: device.index,
    totalMib: device.memoryTotalMib,
    measuredUsedMib: device.memoryUsedMib,
    ownMeasuredMib,
    foreignMib,
    committedMib,
    marginMib: margin,
    freeMib: device.memoryTotalMib - committedMib - margin,
    slotsUsed: mine.length,
    slotsFree: Math.max(policy.slotsPerGpu - mine.length, 0),
    accounting: perProcess ? 'per-process' : 'conservative',
  };
}

export const AdmissionReason = {
  NoGpus: 'no-gpus',
  UnknownGpu: 'unknown-gpu',
  NeverFits: 'never-fits',
  NoSlot: 'no-free-slot',
  NoVram: 'insufficient-measured-vram',
} as const;
export type AdmissionReason = (typeof AdmissionReason)[keyof typeof AdmissionReason];

export interface AdmissionRequest {
  taskId: string;
  declaredVramMib: number;
  /** The GPU the scheduler reserved, or -1 to let the runner pick (best fit). */
  preferredGpu: number;
}

export type AdmissionDecision =
  | { admit: true; gpuIndex: number; needMib: number; budget: DeviceBudget; budgets: DeviceBudget[] }
  /** wait: may fit once running tasks finish; never: cannot fit on this node even when idle. */
  | { admit: false; verdict: 'wait' | 'never'; code: AdmissionReason; reason: string; needMib: number; budgets: DeviceBudget[] };

export function decideAdmission(req: AdmissionRequest, devices: readonly DeviceView[], reservations: readonly Reservation[], processes: readonly ProcessUsage[] | undefined, policy: AdmissionPolicy): AdmissionDecision {
  const needMib = taskNeedMib(req.declaredVramMib, policy);
  const budgets = devices.map((d) => deviceBudget(d, reservations, processes, policy));
  const refuse = (verdict: 'wait' | 'never', code: AdmissionReason, reason: string): AdmissionDecision => ({ admit: false, verdict, code, reason, needMib, budgets });
  if (devices.length === 0) return refuse('never', AdmissionReason.NoGpus, 'this node has no GPU');
  const candidates = req.preferredGpu >= 0 ? budgets.filter((b) => b.gpuIndex === req.preferredGpu) : budgets;
  if (candidates.length === 0) return refuse('never', AdmissionReason.UnknownGpu, `GPU ${req.preferredGpu} is not in this node's inventory (${devices.map((d) => d.index).join(', ')})`);
  if (candidates.every((b) => needMib > b.totalMib - b.marginMib)) {
    const b = candidates[0];
    return refuse('never', AdmissionReason.NeverFits, `needs ${needMib} MiB (${req.declaredVramMib} declared + ${policy.perTaskOverheadMib} overhead) but GPU ${b.gpuIndex} holds at most ${b.totalMib - b.marginMib} MiB after the ${b.marginMib} MiB safety margin`);
  }
  const withSlot = candidates.filter((b) => b.slotsFree > 0);
  if (withSlot.length === 0) return refuse('wait', AdmissionReason.NoSlot, `all ${policy.slotsPerGpu} slots busy on GPU ${candidates.map((b) => b.gpuIndex).join(', ')}`);
  const fitting = withSlot.filter((b) => needMib <= b.freeMib);
  if (fitting.length === 0) {
    const best = withSlot.reduce((a, b) => (b.freeMib > a.freeMib ? b : a));
    return refuse('wait', AdmissionReason.NoVram, `needs ${needMib} MiB; GPU ${best.gpuIndex} has ${Math.max(best.freeMib, 0)} MiB free (measured used ${best.measuredUsedMib} MiB of which foreign ${best.foreignMib} MiB, committed ${best.committedMib} MiB, margin ${best.marginMib} MiB, ${best.accounting} accounting)`);
  }
  // Best fit: the GPU left with the least free memory that still fits, keeping big holes for big tasks.
  const chosen = fitting.reduce((a, b) => (b.freeMib < a.freeMib || (b.freeMib === a.freeMib && b.gpuIndex < a.gpuIndex) ? b : a));
  return { admit: true, gpuIndex: chosen.gpuIndex, needMib, budget: chosen, budgets };
}
