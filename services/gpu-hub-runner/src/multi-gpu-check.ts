/**
 * Multi-GPU verification without NATS (issue 13). It lists every GPU, then admits N concurrent `matmul`
 * tasks through the runner's own admission (decideAdmission on freshly measured VRAM, the growing list of
 * reservations, per-GPU slots). Tasks that do not fit wait for a release. Admitted tasks run at the same
 * time as pinned child processes (runPinnedGpuTask). The check then verifies that each task saw exactly
 * its pinned GPU, that no GPU was over-admitted, and that a task needing more VRAM than any single GPU
 * has is refused and never launched.
 *   .device/node services/gpu-hub-runner/dist/multi-gpu-check.js [--emulated] [--tasks N] ...   (bundled; scripts/multi-gpu-check.sh)
 *   node --import tsx services/gpu-hub-runner/src/multi-gpu-check.ts --emulated                 (dev box: 2 EMULATED GPUs)
 * Prints a readable log and one final JSON line. Exits 0 only when every check passed.
 * The pure parts (argument parsing, the admission loop, overlap and checks) are exported for the spec.
 */
import { join } from 'node:path';
import { decideAdmission, deviceBudget, type AdmissionPolicy, type AdmissionReason, type DeviceView, type ProcessUsage, type Reservation } from './core';
import { detectedGpuInventory, emulatedGpuInventory, type GpuInventorySource } from './device/inventory';
import { runPinnedGpuTask, type RunPinnedOutcome } from './device/run-pinned';
import { resolveGpuTask } from './tasks/registry';
import { DEFAULT_PER_TASK_OVERHEAD_MIB, DEFAULT_SAFETY_MARGIN_MIB, DEFAULT_SAFETY_MARGIN_PCT, DEFAULT_SLOTS_PER_GPU } from './options';

// ---------------------------------------------------------------------------------------------
// Arguments (pure)
// ---------------------------------------------------------------------------------------------

export interface MultiGpuCheckArgs {
  /** EMULATED devices (no GPU is used): the matmul script runs its CPU stand-in. */
  emulated: boolean;
  emulatedGpuCount: number;
  emulatedVramMib: number;
  /** Memory held by pretend foreign processes on every EMULATED GPU. */
  emulatedForeignMib: number;
  /** Concurrent matmul tasks; undefined = 2 × GPUs + 1 (one more than the slots of a 2-slot node). */
  taskCount: number | undefined;
  declaredVramMib: number;
  size: number;
  iterations: number;
  dtype: string;
  slotsPerGpu: number;
  /** The check fails on a machine with fewer GPUs (issue 13 is about several). */
  minGpus: number;
  taskTimeoutMs: number;
  /** How long the head of the queue may wait when nothing of ours is running (foreign load may free memory). */
  admissionWaitMs: number;
}

const DEFAULT_ARGS: MultiGpuCheckArgs = {
  emulated: false,
  emulatedGpuCount: 2,
  emulatedVramMib: 81559,
  emulatedForeignMib: 0,
  taskCount: undefined,
  declaredVramMib: 4096,
  size: 4096,
  iterations: 20,
  dtype: 'float16',
  slotsPerGpu: DEFAULT_SLOTS_PER_GPU,
  minGpus: 2,
  taskTimeoutMs: 120_000,
  admissionWaitMs: 30_000,
};

const INT_FLAGS: Record<string, { field: keyof MultiGpuCheckArgs; min: number; max: number }> = {
  '--gpus': { field: 'emulatedGpuCount', min: 1, max: 64 },
  '--emulated-vram': { field: 'emulatedVramMib', min: 1024, max: 1 << 22 },
  '--foreign-mib': { field: 'emulatedForeignMib', min: 0, max: 1 << 22 },
  '--tasks': { field: 'taskCount', min: 1, max: 256 },
  '--vram': { field: 'declaredVramMib', min: 0, max: 1 << 22 },
  '--size': { field: 'size', min: 16, max: 32768 },
  '--iterations': { field: 'iterations', min: 1, max: 10000 },
  '--slots': { field: 'slotsPerGpu', min: 1, max: 64 },
  '--min-gpus': { field: 'minGpus', min: 1, max: 64 },
  '--task-timeout-ms': { field: 'taskTimeoutMs', min: 1000, max: 3_600_000 },
  '--admission-wait-ms': { field: 'admissionWaitMs', min: 0, max: 3_600_000 },
};

export const MULTI_GPU_CHECK_USAGE =
  'usage: multi-gpu-check [--emulated [--gpus N] [--emulated-vram MiB] [--foreign-mib MiB]] [--tasks N] [--vram MiB] [--size N] [--iterations N] ' +
  '[--dtype float16|bfloat16|float32] [--slots N] [--min-gpus N] [--task-timeout-ms MS] [--admission-wait-ms MS]';

/** Parses the command line (without node and the script path); throws an Error naming the bad flag. */
export function parseMultiGpuCheckArgs(argv: readonly string[]): MultiGpuCheckArgs {
  const args: MultiGpuCheckArgs = { ...DEFAULT_ARGS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--emulated') {
      args.emulated = true;
      continue;
    }
    const value = argv[i + 1];
    if (flag === '--dtype') {
      if (!['float16', 'bfloat16', 'float32'].includes(value ?? '')) throw new Error(`--dtype must be float16, bfloat16 or float32, got ${JSON.stringify(value)}`);
      args.dtype = value;
      i++;
      continue;
    }
    const spec = INT_FLAGS[flag];
    if (!spec) throw new Error(`unknown argument ${JSON.stringify(flag)}; ${MULTI_GPU_CHECK_USAGE}`);
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < spec.min || n > spec.max) throw new Error(`${flag} must be an integer in [${spec.min}, ${spec.max}], got ${JSON.stringify(value)}`);
    (args as unknown as Record<string, number>)[spec.field] = n;
    i++;
  }
  return args;
}

/** Default load: every slot of a 2-slot node taken plus one task that has to wait for a release. */
export function defaultTaskCount(gpuCount: number): number {
  return 2 * gpuCount + 1;
}

// ---------------------------------------------------------------------------------------------
// The admission loop (pure: sampling and launching are injected)
// ---------------------------------------------------------------------------------------------

export interface CheckTask {
  taskId: string;
  declaredVramMib: number;
}

/** One admission as the runner decided it, with the GPU's budget recomputed after the reservation was added. */
export interface AdmissionAuditEntry {
  taskId: string;
  gpuIndex: number;
  needMib: number;
  /** Reservations on this GPU after this one (≤ slotsPerGpu). */
  slotsUsedAfter: number;
  /** foreign + Σ max(need, measured) of our reservations on this GPU, after this one. */
  committedAfterMib: number;
  /** total − margin: what admission may hand out on this GPU. */
  capacityMib: number;
  foreignMib: number;
  accounting: string;
}

export type ScheduledTask<R> =
  | { taskId: string; declaredVramMib: number; status: 'rejected'; code: AdmissionReason | 'wait-timed-out'; reason: string; waitReasons: string[] }
  | { taskId: string; declaredVramMib: number; status: 'done'; gpuIndex: number; needMib: number; wave: number; waitReasons: string[]; result: R }
  | { taskId: string; declaredVramMib: number; status: 'launch-error'; gpuIndex: number; needMib: number; wave: number; waitReasons: string[]; error: string };

export interface AdmissionLoopDeps<R> {
  sample(): Promise<{ devices: DeviceView[]; processes?: ProcessUsage[] }>;
  /** Starts the task on the device; set `reservation.pid` once the process exists (per-process accounting). */
  launch(task: CheckTask, device: DeviceView, reservation: Reservation): Promise<R>;
  policy: AdmissionPolicy;
  admissionWaitMs: number;
  pollMs: number;
  sleep(ms: number): Promise<void>;
  now(): number;
  onEvent?(line: string): void;
}

export interface AdmissionLoopResult<R> {
  tasks: ScheduledTask<R>[];
  audit: AdmissionAuditEntry[];
  /** Most reservations held at once, per GPU index. */
  peakReservationsByGpu: Record<number, number>;
  launchedTaskIds: string[];
  /** Number of times the queue head had to wait for a release (wave k = admitted after k waits). */
  waves: number;
}

/**
 * FIFO admission as the service does it: sample → decide → reserve, one task at a time; `wait` blocks
 * the queue until one of our tasks releases (or, with none running, polls up to admissionWaitMs);
 * `never` rejects the task without launching it. Admitted tasks run concurrently.
 */
export async function runAdmissionLoop<R>(queue: readonly CheckTask[], deps: AdmissionLoopDeps<R>): Promise<AdmissionLoopResult<R>> {
  const reservations: Reservation[] = [];
  const running = new Map<string, Promise<void>>();
  const tasks: ScheduledTask<R>[] = [];
  const audit: AdmissionAuditEntry[] = [];
  const peakReservationsByGpu: Record<number, number> = {};
  const launchedTaskIds: string[] = [];
  const log = deps.onEvent ?? (() => undefined);
  let waves = 0;
  let next = 0;
  let waitReasons: string[] = [];
  let waitingSince: number | undefined;
  while (next < queue.length) {
    const task = queue[next];
    const sample = await deps.sample();
    const decision = decideAdmission({ taskId: task.taskId, declaredVramMib: task.declaredVramMib, preferredGpu: -1 }, sample.devices, reservations, sample.processes, deps.policy);
    if (decision.admit) {
      const device = sample.devices.find((d) => d.index === decision.gpuIndex)!;
      const reservation: Reservation = { taskId: task.taskId, gpuIndex: decision.gpuIndex, needMib: decision.needMib };
      reservations.push(reservation);
      // Recomputed independently of the decision: what the GPU holds once this reservation counts.
      const after = deviceBudget(device, reservations, sample.processes, deps.policy);
      audit.push({ taskId: task.taskId, gpuIndex: decision.gpuIndex, needMib: decision.needMib, slotsUsedAfter: after.slotsUsed, committedAfterMib: after.committedMib, capacityMib: after.totalMib - after.marginMib, foreignMib: after.foreignMib, accounting: after.accounting });
      peakReservationsByGpu[decision.gpuIndex] = Math.max(peakReservationsByGpu[decision.gpuIndex] ?? 0, after.slotsUsed);
      log(`admit ${task.taskId} → GPU ${decision.gpuIndex} (wave ${waves}): need ${decision.needMib} MiB; GPU now committed ${after.committedMib}/${after.totalMib - after.marginMib} MiB, slots ${after.slotsUsed}/${deps.policy.slotsPerGpu}, ${after.accounting} accounting`);
      launchedTaskIds.push(task.taskId);
      const base = { taskId: task.taskId, declaredVramMib: task.declaredVramMib, gpuIndex: decision.gpuIndex, needMib: decision.needMib, wave: waves, waitReasons };
      const slot = tasks.length;
      tasks.push({ ...base, status: 'launch-error', error: 'still running' });
      const finished = deps
        .launch(task, device, reservation)
        .then(
          (result) => void (tasks[slot] = { ...base, status: 'done', result }),
          (err: Error) => void (tasks[slot] = { ...base, status: 'launch-error', error: err.message }),
        )
        .finally(() => {
          reservations.splice(reservations.indexOf(reservation), 1);
          running.delete(task.taskId);
          log(`release ${task.taskId} from GPU ${decision.gpuIndex}`);
        });
      running.set(task.taskId, finished);
      next++;
      waitReasons = [];
      waitingSince = undefined;
      continue;
    }
    if (decision.verdict === 'never') {
      log(`refuse ${task.taskId} (never launched): ${decision.code}: ${decision.reason}`);
      tasks.push({ taskId: task.taskId, declaredVramMib: task.declaredVramMib, status: 'rejected', code: decision.code, reason: decision.reason, waitReasons });
      next++;
      waitReasons = [];
      waitingSince = undefined;
      continue;
    }
    // wait: only a release of ours (or foreign memory being freed) can change the answer.
    if (!waitReasons.includes(decision.reason)) waitReasons = [...waitReasons, decision.reason];
    if (running.size > 0) {
      log(`wait ${task.taskId}: ${decision.code}: ${decision.reason}`);
      waves++;
      await Promise.race(running.values());
      continue;
    }
    waitingSince ??= deps.now();
    if (deps.now() - waitingSince >= deps.admissionWaitMs) {
      const reason = `waited ${deps.admissionWaitMs} ms with none of our tasks running: ${decision.reason}`;
      log(`refuse ${task.taskId}: ${reason}`);
      tasks.push({ taskId: task.taskId, declaredVramMib: task.declaredVramMib, status: 'rejected', code: 'wait-timed-out', reason, waitReasons });
      next++;
      waitReasons = [];
      waitingSince = undefined;
      continue;
    }
    await deps.sleep(deps.pollMs);
  }
  await Promise.all(running.values());
  return { tasks, audit, peakReservationsByGpu, launchedTaskIds, waves };
}

// ---------------------------------------------------------------------------------------------
// Overlap and checks (pure)
// ---------------------------------------------------------------------------------------------

export interface ProcessInterval {
  gpuIndex: number;
  startMs: number;
  endMs: number;
}

/** Most processes alive at the same instant, per GPU and overall (an end at t does not overlap a start at t). */
export function peakOverlap(intervals: readonly ProcessInterval[]): { byGpu: Record<number, number>; overall: number; gpusBusyAtOnce: number } {
  const events = intervals.flatMap((iv) => [
    { t: iv.startMs, d: 1, gpu: iv.gpuIndex },
    { t: iv.endMs, d: -1, gpu: iv.gpuIndex },
  ]);
  events.sort((a, b) => a.t - b.t || a.d - b.d);
  const now: Record<number, number> = {};
  const byGpu: Record<number, number> = {};
  let overall = 0;
  let current = 0;
  let gpusBusyAtOnce = 0;
  for (const e of events) {
    now[e.gpu] = (now[e.gpu] ?? 0) + e.d;
    current += e.d;
    byGpu[e.gpu] = Math.max(byGpu[e.gpu] ?? 0, now[e.gpu]);
    overall = Math.max(overall, current);
    gpusBusyAtOnce = Math.max(gpusBusyAtOnce, Object.values(now).filter((n) => n > 0).length);
  }
  return { byGpu, overall, gpusBusyAtOnce };
}

/** What one launched task reported, reduced to what the checks need. */
export interface TaskRunSummary {
  taskId: string;
  gpuIndex: number;
  pinnedUuid: string;
  status: string;
  reason?: string;
  seenUuid?: string;
  vramUsedMib?: number;
  computeMs?: number;
  wallMs: number;
}

export interface CheckVerdict {
  name: string;
  ok: boolean;
  detail: string;
}

export interface CheckInput {
  gpus: readonly DeviceView[];
  minGpus: number;
  slotsPerGpu: number;
  runs: readonly TaskRunSummary[];
  expectedLaunches: number;
  audit: readonly AdmissionAuditEntry[];
  overlap: { byGpu: Record<number, number>; overall: number; gpusBusyAtOnce: number };
  oversized: { taskId: string; rejected: boolean; code?: string; reason?: string; launched: boolean };
  /** pid → GPU uuid as nvidia-smi listed it while the tasks ran (per-process query; empty when unavailable). */
  observedByNvidiaSmi: readonly { taskId: string; pinnedUuid: string; observedUuids: readonly string[] }[];
  /** Shown in the check's detail: where the per-process view came from (EMULATED bookkeeping or nvidia-smi). */
  perProcessSource: string;
}

export function evaluateMultiGpuChecks(input: CheckInput): CheckVerdict[] {
  const v = (name: string, ok: boolean, detail: string): CheckVerdict => ({ name, ok, detail });
  const failedRuns = input.runs.filter((r) => r.status !== 'ok');
  const mismatched = input.runs.filter((r) => r.status === 'ok' && r.seenUuid?.toLowerCase() !== r.pinnedUuid.toLowerCase());
  const overAdmitted = input.audit.filter((a) => a.committedAfterMib > a.capacityMib || a.slotsUsedAfter > input.slotsPerGpu);
  const overSlotted = Object.entries(input.overlap.byGpu).filter(([, n]) => n > input.slotsPerGpu);
  const usedGpus = new Set(input.runs.map((r) => r.gpuIndex));
  const unusedGpus = input.gpus.filter((g) => !usedGpus.has(g.index));
  const strayObserved = input.observedByNvidiaSmi.filter((o) => o.observedUuids.some((u) => u.toLowerCase() !== o.pinnedUuid.toLowerCase()));
  const observedOnPinned = input.observedByNvidiaSmi.filter((o) => o.observedUuids.length > 0 && !strayObserved.includes(o));
  const worst = input.audit.reduce<AdmissionAuditEntry | undefined>((w, a) => (!w || a.committedAfterMib / a.capacityMib > w.committedAfterMib / w.capacityMib ? a : w), undefined);
  return [
    v('inventory', input.gpus.length >= input.minGpus, `${input.gpus.length} GPU(s) listed; at least ${input.minGpus} required`),
    v('all admitted tasks launched and succeeded', input.runs.length === input.expectedLaunches && failedRuns.length === 0,
      `${input.runs.length}/${input.expectedLaunches} launched, ${failedRuns.length} failed${failedRuns.length ? `: ${failedRuns.map((r) => `${r.taskId} ${r.status}: ${r.reason ?? ''}`).join('; ')}` : ''}`),
    v('every task saw exactly its pinned GPU', mismatched.length === 0 && failedRuns.length === 0,
      mismatched.length ? mismatched.map((r) => `${r.taskId} pinned ${r.pinnedUuid} saw ${r.seenUuid ?? 'nothing'}`).join('; ') : `${input.runs.length - failedRuns.length} task(s) reported the uuid they were pinned to`),
    v('never over-admitted (reservations + foreign ≤ total − margin; slots ≤ per-GPU slots)', overAdmitted.length === 0,
      overAdmitted.length ? overAdmitted.map((a) => `${a.taskId} on GPU ${a.gpuIndex}: committed ${a.committedAfterMib} > ${a.capacityMib} MiB or slots ${a.slotsUsedAfter}`).join('; ')
        : `${input.audit.length} admission(s); fullest: ${worst ? `GPU ${worst.gpuIndex} committed ${worst.committedAfterMib}/${worst.capacityMib} MiB` : 'none'}`),
    v('concurrent processes per GPU ≤ slots', overSlotted.length === 0, `peak per GPU ${JSON.stringify(input.overlap.byGpu)} (slots ${input.slotsPerGpu})`),
    v('tasks ran concurrently across GPUs', input.overlap.overall >= 2 && input.overlap.gpusBusyAtOnce >= Math.min(2, input.gpus.length),
      `peak ${input.overlap.overall} task processes alive at once, ${input.overlap.gpusBusyAtOnce} GPU(s) busy at once`),
    v('spread over every GPU', unusedGpus.length === 0, unusedGpus.length ? `no task on GPU ${unusedGpus.map((g) => g.index).join(', ')}` : `tasks ran on GPU ${[...usedGpus].sort((a, b) => a - b).join(', ')}`),
    v('oversized task refused and never launched', input.oversized.rejected && input.oversized.code === 'never-fits' && !input.oversized.launched,
      `${input.oversized.taskId}: ${input.oversized.rejected ? `refused (${input.oversized.code}): ${input.oversized.reason}` : 'NOT refused'}${input.oversized.launched ? '; LAUNCHED' : '; not launched'}`),
    v('nvidia-smi saw no task process on a GPU other than its pinned one', strayObserved.length === 0,
      strayObserved.length ? strayObserved.map((o) => `${o.taskId} pinned ${o.pinnedUuid} seen on ${o.observedUuids.join(',')}`).join('; ')
        : `${observedOnPinned.length}/${input.observedByNvidiaSmi.length} task pid(s) caught by a per-process sample (${input.perProcessSource}), all on their pinned GPU`),
  ];
}

// ---------------------------------------------------------------------------------------------
// I/O shell
// ---------------------------------------------------------------------------------------------

/** The task scripts beside src/ and dist/ alike (the bundle lives in dist/). Not imported from service.ts: the bundle needs no NATS. */
const GPU_TASKS_DIR = join(__dirname, '..', 'gpu-tasks');
const MONITOR_INTERVAL_MS = 200;

interface LaunchRecord {
  outcome: RunPinnedOutcome;
  spawnedAtMs?: number;
  exitedAtMs: number;
  pid?: number;
}

async function main(argv: readonly string[]): Promise<number> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  let args: MultiGpuCheckArgs;
  try {
    args = parseMultiGpuCheckArgs(argv);
  } catch (err) {
    process.stderr.write(`multi-gpu-check: ${(err as Error).message}\n`);
    return 64;
  }
  const { emulated } = args;
  const inventory: GpuInventorySource = emulated
    ? emulatedGpuInventory({ nodeId: 'multi-gpu-check', gpus: args.emulatedGpuCount, vramMb: args.emulatedVramMib, gpuModel: 'NVIDIA H100 80GB HBM3', foreignUsedMib: args.emulatedForeignMib })
    : detectedGpuInventory();
  const policy: AdmissionPolicy = { slotsPerGpu: args.slotsPerGpu, safetyMarginMib: DEFAULT_SAFETY_MARGIN_MIB, safetyMarginPct: DEFAULT_SAFETY_MARGIN_PCT, perTaskOverheadMib: DEFAULT_PER_TASK_OVERHEAD_MIB };
  const python = process.env.PYTHON ?? 'python3';
  const label = emulated ? ' (EMULATED)' : '';

  say(`== cellmesh gpu-hub-runner multi-GPU check (${emulated ? `EMULATED devices: ${args.emulatedGpuCount} pretend GPUs, no GPU is used` : 'real devices'}) ==`);
  // 1. Inventory
  const first = await inventory.sample();
  say(`inventory source: ${first.source}${first.notes.length ? `; notes: ${first.notes.join('; ')}` : ''}`);
  for (const d of first.devices) say(`  GPU ${d.index}: ${d.name}  uuid=${d.uuid}  total=${d.memoryTotalMib} MiB  used(measured)=${d.memoryUsedMib} MiB  emulated=${d.emulated}`);
  say(`per-process usage: ${first.processes ? `${first.processes.length} process(es) on the GPUs before the check` : 'unavailable (conservative accounting)'}`);
  if (first.devices.length === 0) {
    say('no GPU found: nothing to run');
    say(JSON.stringify({ check: 'multi-gpu', emulated, ok: false, reason: 'no GPU found', inventory: first }));
    return 2;
  }

  // 2. The queue: N matmul tasks, with one oversized task placed where every slot is already taken,
  //    so the check shows it is refused as "never" rather than left waiting.
  const taskCount = args.taskCount ?? defaultTaskCount(first.devices.length);
  const maxTotalMib = Math.max(...first.devices.map((d) => d.memoryTotalMib));
  const oversized: CheckTask = { taskId: 'oversized', declaredVramMib: maxTotalMib + 1024 };
  const matmuls: CheckTask[] = Array.from({ length: taskCount }, (_, i) => ({ taskId: `matmul-${i}`, declaredVramMib: args.declaredVramMib }));
  const oversizedAt = Math.min(first.devices.length * policy.slotsPerGpu, matmuls.length);
  const queue = [...matmuls.slice(0, oversizedAt), oversized, ...matmuls.slice(oversizedAt)];
  const { kind, params } = resolveGpuTask('matmul', new TextEncoder().encode(JSON.stringify({ size: args.size, iterations: args.iterations, dtype: args.dtype })), { emulated });
  say(`policy: ${policy.slotsPerGpu} slot(s)/GPU, margin max(${policy.safetyMarginMib} MiB, ${policy.safetyMarginPct}%), overhead ${policy.perTaskOverheadMib} MiB/task`);
  say(`queue: ${taskCount} × matmul (size ${args.size}, ${args.iterations} iterations, ${args.dtype}, declared ${args.declaredVramMib} MiB each)${label} + "${oversized.taskId}" declaring ${oversized.declaredVramMib} MiB (largest GPU: ${maxTotalMib} MiB) at position ${oversizedAt}`);

  // Watch nvidia-smi (or the emulated source) while tasks run: peak measured use and which GPU each pid is on.
  const t0 = performance.now();
  const pidToTask = new Map<number, string>();
  const observedUuidsByTask = new Map<string, Set<string>>();
  const peakMeasuredByGpu: Record<number, number> = {};
  let monitoring = true;
  const monitor = (async () => {
    while (monitoring) {
      const s = await inventory.sample().catch(() => undefined);
      for (const d of s?.devices ?? []) peakMeasuredByGpu[d.index] = Math.max(peakMeasuredByGpu[d.index] ?? 0, d.memoryUsedMib);
      for (const p of s?.processes ?? []) {
        const taskId = pidToTask.get(p.pid);
        if (taskId) observedUuidsByTask.get(taskId)?.add(p.gpuUuid);
      }
      await new Promise((r) => setTimeout(r, MONITOR_INTERVAL_MS));
    }
  })();

  const loop = await runAdmissionLoop<LaunchRecord>(queue, {
    sample: () => inventory.sample(),
    policy,
    admissionWaitMs: args.admissionWaitMs,
    pollMs: 500,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    now: () => performance.now(),
    onEvent: (line) => say(`[${((performance.now() - t0) / 1000).toFixed(2)} s] ${line}${label}`),
    async launch(task, device, reservation) {
      let spawnedAtMs: number | undefined;
      let pid: number | undefined;
      observedUuidsByTask.set(task.taskId, new Set());
      const outcome = await runPinnedGpuTask({
        inventory, device, kind, params, declaredVramMib: task.declaredVramMib, timeoutMs: args.taskTimeoutMs, python, scriptsDir: GPU_TASKS_DIR, killGraceMs: 2_000,
        onSpawn(p) {
          pid = p;
          spawnedAtMs = performance.now() - t0;
          reservation.pid = p;
          pidToTask.set(p, task.taskId);
        },
      });
      const record: LaunchRecord = { outcome, spawnedAtMs, exitedAtMs: performance.now() - t0, pid };
      return record;
    },
  });
  monitoring = false;
  await monitor;

  // 3. Results per task
  const devicesByIndex = new Map(first.devices.map((d) => [d.index, d]));
  const runs: TaskRunSummary[] = [];
  // matmul.py (gpu-tasks/_protocol.py torch_device) fails the task unless torch.cuda.device_count() == 1.
  const visibility = emulated ? 'EMULATED: no GPU visible, CPU stand-in' : 'torch.cuda.device_count() == 1';
  const intervals: ProcessInterval[] = [];
  say('tasks:');
  for (const t of loop.tasks) {
    if (t.status === 'rejected') {
      say(`  ${t.taskId}: REFUSED (${t.code}) ${t.reason}`);
      continue;
    }
    const pinnedUuid = devicesByIndex.get(t.gpuIndex)!.uuid;
    if (t.status === 'launch-error') {
      runs.push({ taskId: t.taskId, gpuIndex: t.gpuIndex, pinnedUuid, status: 'launch-error', reason: t.error, wallMs: 0 });
      say(`  ${t.taskId}: GPU ${t.gpuIndex} launch error: ${t.error}`);
      continue;
    }
    const { outcome, spawnedAtMs, exitedAtMs, pid } = t.result;
    if (spawnedAtMs !== undefined) intervals.push({ gpuIndex: t.gpuIndex, startMs: spawnedAtMs, endMs: exitedAtMs });
    const env = `CUDA_VISIBLE_DEVICES=${JSON.stringify(outcome.env.CUDA_VISIBLE_DEVICES)}`;
    const span = spawnedAtMs === undefined ? 'not spawned' : `${(spawnedAtMs / 1000).toFixed(2)}–${(exitedAtMs / 1000).toFixed(2)} s`;
    if (outcome.status !== 'ok') {
      runs.push({ taskId: t.taskId, gpuIndex: t.gpuIndex, pinnedUuid, status: outcome.status, reason: outcome.reason, wallMs: outcome.wallMs });
      say(`  ${t.taskId}: GPU ${t.gpuIndex} wave ${t.wave} pid ${pid ?? '-'} ${env} ${span}: ${outcome.status.toUpperCase()} ${outcome.reason}`);
      continue;
    }
    const r = outcome.report;
    runs.push({ taskId: t.taskId, gpuIndex: t.gpuIndex, pinnedUuid, status: 'ok', seenUuid: r.device.uuid, vramUsedMib: r.vramUsedMib, computeMs: r.computeMs, wallMs: outcome.wallMs });
    const kernels = r.output.kernelMs === undefined ? '' : ` kernels ${Number(r.output.kernelMs).toFixed(1)} ms,`;
    say(`  ${t.taskId}: GPU ${t.gpuIndex} wave ${t.wave} pid ${pid ?? '-'} ${env} ${span}; saw uuid=${r.device.uuid} (${r.device.name}, emulated=${r.device.emulated}; ${visibility}) match=${r.device.uuid.toLowerCase() === pinnedUuid.toLowerCase()}; ` +
      `VRAM ${r.vramUsedMib} MiB (${emulated ? 'EMULATED: declared need' : 'torch max_memory_allocated'});${kernels} compute ${r.computeMs.toFixed(0)} ms, wall ${outcome.wallMs.toFixed(0)} ms, ${Number(r.output.tflops).toFixed(2)} TFLOP/s`);
  }
  const overlap = peakOverlap(intervals);
  const oversizedRecord = loop.tasks.find((t) => t.taskId === oversized.taskId);
  const checks = evaluateMultiGpuChecks({
    gpus: first.devices,
    minGpus: args.minGpus,
    slotsPerGpu: policy.slotsPerGpu,
    runs,
    expectedLaunches: taskCount,
    audit: loop.audit,
    overlap,
    oversized: {
      taskId: oversized.taskId,
      rejected: oversizedRecord?.status === 'rejected',
      code: oversizedRecord?.status === 'rejected' ? oversizedRecord.code : undefined,
      reason: oversizedRecord?.status === 'rejected' ? oversizedRecord.reason : undefined,
      launched: loop.launchedTaskIds.includes(oversized.taskId),
    },
    perProcessSource: emulated ? 'EMULATED: the emulated inventory\'s own bookkeeping' : 'nvidia-smi --query-compute-apps',
    observedByNvidiaSmi: runs.map((r) => ({ taskId: r.taskId, pinnedUuid: r.pinnedUuid, observedUuids: [...(observedUuidsByTask.get(r.taskId) ?? [])] })),
  });
  say(`peak reservations per GPU (admission ledger): ${JSON.stringify(loop.peakReservationsByGpu)}; peak live processes per GPU: ${JSON.stringify(overlap.byGpu)}; waits for a release: ${loop.waves}`);
  say(`peak measured VRAM used per GPU while running${emulated ? ' (EMULATED: foreign + declared needs)' : ' (nvidia-smi memory.used)'}: ${JSON.stringify(peakMeasuredByGpu)} MiB`);
  say('checks:');
  for (const c of checks) say(`  [${c.ok ? 'PASS' : 'FAIL'}] ${c.name}: ${c.detail}`);
  const ok = checks.every((c) => c.ok);
  say(`result: ${ok ? 'PASS' : 'FAIL'}${label}`);
  say(JSON.stringify({
    check: 'multi-gpu', emulated, ok, inventory: first.devices, policy, taskCount,
    tasks: runs, oversized: oversizedRecord, audit: loop.audit, peakReservationsByGpu: loop.peakReservationsByGpu,
    peakLiveProcessesByGpu: overlap.byGpu, peakLiveProcesses: overlap.overall, peakMeasuredUsedMibByGpu: peakMeasuredByGpu, waves: loop.waves, checks,
  }));
  return ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: Error) => {
      process.stderr.write(`multi-gpu check failed: ${err.stack ?? err.message}\n`);
      process.exit(1);
    },
  );
}
