import fc from 'fast-check';
import { marginMib, type AdmissionPolicy, type DeviceView, type Reservation } from './core';
import { emulatedGpuInventory } from './device/inventory';
import {
  defaultTaskCount,
  evaluateMultiGpuChecks,
  parseMultiGpuCheckArgs,
  peakOverlap,
  runAdmissionLoop,
  type AdmissionLoopDeps,
  type CheckInput,
  type CheckTask,
} from './multi-gpu-check';

const policy: AdmissionPolicy = { slotsPerGpu: 2, safetyMarginMib: 1024, safetyMarginPct: 5, perTaskOverheadMib: 512 };
const H100_MIB = 81559;

/** A launch the test finishes by hand, recording what was started where. */
function manualLauncher() {
  const started: { taskId: string; gpuIndex: number; finish(): void }[] = [];
  const launch = (task: CheckTask, device: DeviceView) =>
    new Promise<string>((resolve) => {
      started.push({ taskId: task.taskId, gpuIndex: device.index, finish: () => resolve(device.uuid) });
    });
  return { started, launch };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

function loopDeps<R>(inventory: ReturnType<typeof emulatedGpuInventory>, launch: AdmissionLoopDeps<R>['launch'], over: Partial<AdmissionLoopDeps<R>> = {}): AdmissionLoopDeps<R> {
  let clockMs = 0;
  return {
    sample: () => inventory.sample(),
    launch,
    policy,
    admissionWaitMs: 1_000,
    pollMs: 100,
    sleep: async (ms) => {
      clockMs += ms;
    },
    now: () => clockMs,
    ...over,
  };
}

describe('parseMultiGpuCheckArgs', () => {
  it('has short defaults and reads every flag', () => {
    expect(parseMultiGpuCheckArgs([])).toMatchObject({ emulated: false, taskCount: undefined, size: 4096, iterations: 20, dtype: 'float16', declaredVramMib: 4096, slotsPerGpu: 2, minGpus: 2 });
    expect(parseMultiGpuCheckArgs(['--emulated', '--gpus', '3', '--tasks', '9', '--vram', '30000', '--dtype', 'bfloat16', '--slots', '1', '--foreign-mib', '2000', '--min-gpus', '1'])).toMatchObject({
      emulated: true, emulatedGpuCount: 3, taskCount: 9, declaredVramMib: 30000, dtype: 'bfloat16', slotsPerGpu: 1, emulatedForeignMib: 2000, minGpus: 1,
    });
  });

  it.each([
    [['--tasks', '0'], '--tasks must be an integer in [1, 256], got "0"'],
    [['--size', 'big'], '--size must be an integer'],
    [['--size'], 'got undefined'],
    [['--dtype', 'int8'], '--dtype must be float16, bfloat16 or float32'],
    [['--gpu', '2'], 'unknown argument "--gpu"'],
  ])('rejects %j with a reason naming the flag', (argv, reason) => {
    expect(() => parseMultiGpuCheckArgs(argv)).toThrow(reason);
  });

  it('defaults to one task more than the slots of a 2-slot node', () => {
    expect(defaultTaskCount(1)).toBe(3);
    expect(defaultTaskCount(8)).toBe(17);
  });
});

describe('peakOverlap', () => {
  it('counts processes alive at once per GPU and overall; an end at t does not overlap a start at t', () => {
    const result = peakOverlap([
      { gpuIndex: 0, startMs: 0, endMs: 10 },
      { gpuIndex: 0, startMs: 5, endMs: 15 },
      { gpuIndex: 0, startMs: 15, endMs: 20 },
      { gpuIndex: 1, startMs: 8, endMs: 9 },
      { gpuIndex: 1, startMs: 30, endMs: 40 },
    ]);
    expect(result).toEqual({ byGpu: { 0: 2, 1: 1 }, overall: 3, gpusBusyAtOnce: 2 });
  });

  it('is empty for no processes', () => {
    expect(peakOverlap([])).toEqual({ byGpu: {}, overall: 0, gpusBusyAtOnce: 0 });
  });
});

describe('runAdmissionLoop (EMULATED inventory, launches finished by the test)', () => {
  it('fills every slot of every GPU, refuses the oversized task without launching it, and admits the rest only after a release', async () => {
    const inventory = emulatedGpuInventory({ nodeId: 'spec', gpus: 2, vramMb: H100_MIB });
    const { started, launch } = manualLauncher();
    const queue: CheckTask[] = [0, 1, 2, 3].map((i) => ({ taskId: `m${i}`, declaredVramMib: 4096 }));
    queue.push({ taskId: 'oversized', declaredVramMib: H100_MIB + 1024 }, { taskId: 'm4', declaredVramMib: 4096 });
    const done = runAdmissionLoop(queue, loopDeps(inventory, launch));
    await settle();
    expect(started.map((s) => [s.taskId, s.gpuIndex])).toEqual([['m0', 0], ['m1', 0], ['m2', 1], ['m3', 1]]);
    started[2].finish();
    await settle();
    expect(started.map((s) => s.taskId)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(started[4].gpuIndex).toBe(1);
    for (const s of started) s.finish();
    const result = await done;
    expect(result.launchedTaskIds).not.toContain('oversized');
    const oversized = result.tasks.find((t) => t.taskId === 'oversized');
    expect(oversized).toMatchObject({ status: 'rejected', code: 'never-fits' });
    expect(oversized?.status === 'rejected' && oversized.reason).toContain(`needs ${H100_MIB + 1024 + 512} MiB`);
    expect(result.tasks.filter((t) => t.status === 'done').map((t) => t.taskId)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(result.tasks.find((t) => t.taskId === 'm4')).toMatchObject({ status: 'done', wave: 1, waitReasons: [expect.stringContaining('slots busy')] });
    expect(result.peakReservationsByGpu).toEqual({ 0: 2, 1: 2 });
    expect(result.waves).toBe(1);
  });

  it('waits on measured VRAM (foreign load) rather than slots, and sets the pid for per-process accounting', async () => {
    const inventory = emulatedGpuInventory({ nodeId: 'spec', gpus: 1, vramMb: H100_MIB, foreignUsedMib: 10_000 });
    let nextPid = 100;
    const reservationsSeen: Reservation[] = [];
    const { started, launch } = manualLauncher();
    const deps = loopDeps<string>(inventory, (task, device, reservation) => {
      reservation.pid = nextPid++;
      reservationsSeen.push(reservation);
      inventory.processStarted?.(device, reservation.pid, task.declaredVramMib);
      return launch(task, device).finally(() => inventory.processExited?.(reservation.pid!));
    });
    const done = runAdmissionLoop([{ taskId: 'a', declaredVramMib: 36_000 }, { taskId: 'b', declaredVramMib: 36_000 }], deps);
    await settle();
    expect(started.map((s) => s.taskId)).toEqual(['a']);
    started[0].finish();
    await settle();
    started[1].finish();
    const result = await done;
    expect(result.tasks.find((t) => t.taskId === 'b')).toMatchObject({ status: 'done', wave: 1, waitReasons: [expect.stringContaining('needs 36512 MiB; GPU 0 has 30969 MiB free (measured used 46000 MiB of which foreign 10000 MiB')] });
    expect(result.audit.map((a) => [a.foreignMib, a.accounting])).toEqual([[10_000, 'per-process'], [10_000, 'per-process']]);
    expect(reservationsSeen.map((r) => r.pid)).toEqual([100, 101]);
  });

  it('refuses a task that cannot fit while nothing of ours runs once admissionWaitMs has passed, without launching it', async () => {
    const inventory = emulatedGpuInventory({ nodeId: 'spec', gpus: 1, vramMb: H100_MIB, foreignUsedMib: 70_000 });
    const { started, launch } = manualLauncher();
    const result = await runAdmissionLoop([{ taskId: 'blocked', declaredVramMib: 20_000 }], loopDeps(inventory, launch));
    expect(started).toEqual([]);
    expect(result.tasks).toEqual([expect.objectContaining({ taskId: 'blocked', status: 'rejected', code: 'wait-timed-out', reason: expect.stringContaining('waited 1000 ms') })]);
  });

  it('never over-admits: whatever the foreign load, needs and finishing order, every admission keeps committed ≤ total − margin and slots ≤ slotsPerGpu', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 8_000, max: 100_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(fc.integer({ min: 0, max: 110_000 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        async (gpus, vramMib, foreignRaw, needs, finishPicks) => {
          const foreignUsedMib = Math.min(foreignRaw, Math.floor(vramMib / 2));
          const inventory = emulatedGpuInventory({ nodeId: 'prop', gpus, vramMb: vramMib, foreignUsedMib });
          const running: { finish(): void }[] = [];
          let pid = 1;
          const deps = loopDeps<number>(inventory, (task, device, reservation) => {
            reservation.pid = pid++;
            inventory.processStarted?.(device, reservation.pid, task.declaredVramMib);
            return new Promise<number>((resolve) => running.push({ finish: () => resolve(device.index) })).finally(() => inventory.processExited?.(reservation.pid!));
          });
          const done = runAdmissionLoop(needs.map((declaredVramMib, i) => ({ taskId: `t${i}`, declaredVramMib })), deps);
          let finished = false;
          void done.then(() => (finished = true));
          for (let step = 0; !finished && step < 200; step++) {
            await settle();
            if (running.length > 0) running.splice(finishPicks[step % finishPicks.length] % running.length, 1)[0].finish();
          }
          const result = await done;
          for (const a of result.audit) {
            expect(a.committedAfterMib).toBeLessThanOrEqual(a.capacityMib);
            expect(a.slotsUsedAfter).toBeLessThanOrEqual(policy.slotsPerGpu);
          }
          const capacity = vramMib - marginMib(vramMib, policy);
          for (const t of result.tasks) {
            const needMib = t.declaredVramMib + policy.perTaskOverheadMib;
            if (needMib > capacity) expect(t).toMatchObject({ status: 'rejected', code: 'never-fits' });
            // Fits an idle GPU but not beside the foreign load: waits, then is refused; never launched.
            else if (needMib > capacity - foreignUsedMib) expect(t).toMatchObject({ status: 'rejected', code: 'wait-timed-out' });
            else expect(t.status).toBe('done');
          }
          expect(result.tasks).toHaveLength(needs.length);
          expect(result.launchedTaskIds).toEqual(result.tasks.filter((t) => t.status !== 'rejected').map((t) => t.taskId));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('evaluateMultiGpuChecks', () => {
  const gpus: DeviceView[] = [0, 1].map((index) => ({ index, uuid: `GPU-${index}`, name: 'H200', memoryTotalMib: 143_771, memoryUsedMib: 0, emulated: false }));
  const passing: CheckInput = {
    gpus,
    minGpus: 2,
    slotsPerGpu: 2,
    expectedLaunches: 3,
    runs: [
      { taskId: 'm0', gpuIndex: 0, pinnedUuid: 'GPU-0', status: 'ok', seenUuid: 'gpu-0', vramUsedMib: 96, computeMs: 3000, wallMs: 3500 },
      { taskId: 'm1', gpuIndex: 0, pinnedUuid: 'GPU-0', status: 'ok', seenUuid: 'GPU-0', vramUsedMib: 96, computeMs: 3000, wallMs: 3500 },
      { taskId: 'm2', gpuIndex: 1, pinnedUuid: 'GPU-1', status: 'ok', seenUuid: 'GPU-1', vramUsedMib: 96, computeMs: 3000, wallMs: 3500 },
    ],
    audit: [{ taskId: 'm0', gpuIndex: 0, needMib: 4608, slotsUsedAfter: 1, committedAfterMib: 4608, capacityMib: 136_582, foreignMib: 0, accounting: 'per-process' }],
    overlap: { byGpu: { 0: 2, 1: 1 }, overall: 3, gpusBusyAtOnce: 2 },
    oversized: { taskId: 'oversized', rejected: true, code: 'never-fits', reason: 'needs more', launched: false },
    observedByNvidiaSmi: [{ taskId: 'm0', pinnedUuid: 'GPU-0', observedUuids: ['GPU-0'] }, { taskId: 'm1', pinnedUuid: 'GPU-0', observedUuids: [] }],
    perProcessSource: 'nvidia-smi',
  };
  const failing = (input: CheckInput) => evaluateMultiGpuChecks(input).filter((c) => !c.ok).map((c) => c.name);

  it('passes when every task ran where it was pinned, within budget, across all GPUs', () => {
    expect(failing(passing)).toEqual([]);
  });

  it.each<[string, Partial<CheckInput>, string[]]>([
    ['one GPU where two are required', { gpus: [gpus[0]], runs: passing.runs.slice(0, 2), expectedLaunches: 2, overlap: { byGpu: { 0: 2 }, overall: 2, gpusBusyAtOnce: 1 } }, ['inventory']],
    ['a task that saw another GPU', { runs: [...passing.runs.slice(0, 2), { ...passing.runs[2], seenUuid: 'GPU-0' }] }, ['every task saw exactly its pinned GPU']],
    ['a failed task', { runs: [...passing.runs.slice(0, 2), { ...passing.runs[2], status: 'failed', seenUuid: undefined, reason: 'CUDA OOM' }] }, ['all admitted tasks launched and succeeded', 'every task saw exactly its pinned GPU']],
    ['an admission beyond the budget', { audit: [{ ...passing.audit[0], committedAfterMib: 136_583 }] }, ['never over-admitted (reservations + foreign ≤ total − margin; slots ≤ per-GPU slots)']],
    ['more live processes than slots', { overlap: { byGpu: { 0: 3, 1: 1 }, overall: 4, gpusBusyAtOnce: 2 } }, ['concurrent processes per GPU ≤ slots']],
    ['tasks that never overlapped', { overlap: { byGpu: { 0: 1, 1: 1 }, overall: 1, gpusBusyAtOnce: 1 } }, ['tasks ran concurrently across GPUs']],
    ['an idle GPU', { runs: passing.runs.slice(0, 2), expectedLaunches: 2 }, ['spread over every GPU']],
    ['the oversized task launched', { oversized: { ...passing.oversized, launched: true } }, ['oversized task refused and never launched']],
    ['the oversized task left waiting', { oversized: { taskId: 'oversized', rejected: true, code: 'wait-timed-out', launched: false } }, ['oversized task refused and never launched']],
    ['nvidia-smi seeing a pid on another GPU', { observedByNvidiaSmi: [{ taskId: 'm2', pinnedUuid: 'GPU-1', observedUuids: ['GPU-0'] }] }, ['nvidia-smi saw no task process on a GPU other than its pinned one']],
  ])('fails on %s', (_what, change, names) => {
    expect(failing({ ...passing, ...change })).toEqual(names);
  });
});
