import fc from 'fast-check';
import { decideAdmission, deviceBudget, marginMib, pinningEnv, pinnedDeviceMatches, planChunks, reassemble, parseComputeApps, taskBudgetMs, type AdmissionPolicy, type DeviceView, type Reservation } from './index';

const policy: AdmissionPolicy = { slotsPerGpu: 2, safetyMarginMib: 1024, safetyMarginPct: 5, perTaskOverheadMib: 512 };
const h100 = (index = 0, usedMib = 0): DeviceView => ({ index, uuid: `GPU-3be7cd5e-1754-dd25-3f5f-03adb8ca7e8${index}`, name: 'NVIDIA H100 80GB HBM3', memoryTotalMib: 81559, memoryUsedMib: usedMib, emulated: false });

describe('deviceBudget (measured VRAM accounting)', () => {
  it('keeps the larger of the fixed and relative margins', () => {
    expect(marginMib(81559, policy)).toBe(4078);
    expect(marginMib(8000, policy)).toBe(1024);
  });

  it('counts memory used by processes cellmesh does not manage (foreign) against the budget', () => {
    const b = deviceBudget(h100(0, 30000), [], [{ pid: 99, gpuUuid: h100().uuid, usedMib: 30000 }], policy);
    expect(b).toMatchObject({ foreignMib: 30000, committedMib: 30000, freeMib: 81559 - 30000 - 4078, accounting: 'per-process' });
  });

  it('does not double count its own running task when per-process usage identifies it', () => {
    const res: Reservation[] = [{ taskId: 'a', gpuIndex: 0, needMib: 10512, pid: 7 }];
    const b = deviceBudget(h100(0, 12000), res, [{ pid: 7, gpuUuid: h100().uuid, usedMib: 8000 }, { pid: 99, gpuUuid: h100().uuid, usedMib: 4000 }], policy);
    expect(b).toMatchObject({ ownMeasuredMib: 8000, foreignMib: 4000, committedMib: 4000 + 10512, slotsUsed: 1, slotsFree: 1 });
  });

  it('charges a task that uses more than it declared at its measured use', () => {
    const b = deviceBudget(h100(0, 20000), [{ taskId: 'a', gpuIndex: 0, needMib: 5000, pid: 7 }], [{ pid: 7, gpuUuid: h100().uuid, usedMib: 20000 }], policy);
    expect(b.committedMib).toBe(20000);
  });

  it('falls back to conservative accounting when its processes cannot be matched (container pids)', () => {
    const b = deviceBudget(h100(0, 8000), [{ taskId: 'a', gpuIndex: 0, needMib: 10512, pid: 7 }], [{ pid: 4242, gpuUuid: h100().uuid, usedMib: 8000 }], policy);
    expect(b).toMatchObject({ accounting: 'conservative', foreignMib: 8000, committedMib: 8000 + 10512 });
    expect(deviceBudget(h100(0, 8000), [], undefined, policy).accounting).toBe('conservative');
  });
});

describe('decideAdmission', () => {
  const req = (declaredVramMib: number, preferredGpu = -1) => ({ taskId: 't', declaredVramMib, preferredGpu });

  it('admits when declared need + overhead fits in measured free memory', () => {
    const d = decideAdmission(req(40000), [h100(0, 30000)], [], [], policy);
    expect(d).toMatchObject({ admit: true, gpuIndex: 0, needMib: 40512 });
  });

  it('makes a task wait when foreign usage leaves too little room', () => {
    const d = decideAdmission(req(50000), [h100(0, 30000)], [], [], policy);
    expect(d).toMatchObject({ admit: false, verdict: 'wait', code: 'insufficient-measured-vram' });
    expect(!d.admit && d.reason).toBe('needs 50512 MiB; GPU 0 has 47481 MiB free (measured used 30000 MiB of which foreign 30000 MiB, committed 30000 MiB, margin 4078 MiB, per-process accounting)');
  });

  it('refuses for good a task larger than the GPU minus its margin', () => {
    const d = decideAdmission(req(79000), [h100()], [], [], policy);
    expect(d).toMatchObject({ admit: false, verdict: 'never', code: 'never-fits' });
  });

  it('makes a task wait when every slot is busy, even with memory free', () => {
    const res: Reservation[] = [{ taskId: 'a', gpuIndex: 0, needMib: 1000 }, { taskId: 'b', gpuIndex: 0, needMib: 1000 }];
    expect(decideAdmission(req(100), [h100()], res, [], policy)).toMatchObject({ admit: false, verdict: 'wait', code: 'no-free-slot' });
  });

  it('honours the GPU the scheduler reserved and rejects an unknown one', () => {
    expect(decideAdmission(req(1000, 1), [h100(0), h100(1)], [], [], policy)).toMatchObject({ admit: true, gpuIndex: 1 });
    expect(decideAdmission(req(1000, 3), [h100(0), h100(1)], [], [], policy)).toMatchObject({ admit: false, verdict: 'never', code: 'unknown-gpu' });
    expect(decideAdmission(req(1000), [], [], [], policy)).toMatchObject({ admit: false, verdict: 'never', code: 'no-gpus' });
  });

  it('picks the best fit: the GPU with the least free memory that still fits', () => {
    const d = decideAdmission(req(10000), [h100(0, 1000), h100(1, 60000), h100(2, 70000)], [], [], policy);
    expect(d).toMatchObject({ admit: true, gpuIndex: 1 });
  });

  it('never over-commits a GPU, whatever the foreign load and the sequence of admissions (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 81559 }), fc.array(fc.integer({ min: 0, max: 40000 }), { maxLength: 12 }), (foreign, needs) => {
        const res: Reservation[] = [];
        needs.forEach((declared, i) => {
          const d = decideAdmission({ taskId: `t${i}`, declaredVramMib: declared, preferredGpu: -1 }, [h100(0, foreign)], res, [], { ...policy, slotsPerGpu: 8 });
          if (d.admit) res.push({ taskId: `t${i}`, gpuIndex: 0, needMib: d.needMib });
        });
        const total = foreign + res.reduce((s, r) => s + r.needMib, 0);
        expect(res.length === 0 || total <= 81559 - marginMib(81559, policy)).toBe(true);
        expect(res.length).toBeLessThanOrEqual(8);
      }),
    );
  });
});

describe('pinning', () => {
  it('pins a real GPU by UUID in PCI bus order', () => {
    expect(pinningEnv(h100(0))).toMatchObject({ CUDA_VISIBLE_DEVICES: 'GPU-3be7cd5e-1754-dd25-3f5f-03adb8ca7e80', CUDA_DEVICE_ORDER: 'PCI_BUS_ID', CELLMESH_GPU_EMULATED: '0' });
  });
  it('pins by index where the device has no driver UUID (systeminformation fallback)', () => {
    expect(pinningEnv({ ...h100(3), uuid: 'si-00:1e.0' }).CUDA_VISIBLE_DEVICES).toBe('3');
  });
  it('gives an emulated device no CUDA device at all and labels the process emulated', () => {
    const env = pinningEnv({ index: 0, uuid: 'EMU-n1-0', name: 'A100 (emulated)', memoryTotalMib: 40960, memoryUsedMib: 0, emulated: true });
    expect(env).toEqual({ CUDA_VISIBLE_DEVICES: '', CELLMESH_GPU_EMULATED: '1', CELLMESH_GPU_UUID: 'EMU-n1-0', CELLMESH_GPU_NAME: 'A100 (emulated)', CELLMESH_GPU_INDEX: '0' });
  });
  it('checks the device the process saw against the pinned one', () => {
    expect(pinnedDeviceMatches(h100(0), 'gpu-3be7cd5e-1754-dd25-3f5f-03adb8ca7e80')).toBe(true);
    expect(pinnedDeviceMatches(h100(0), 'GPU-ffffffff-1754-dd25-3f5f-03adb8ca7e80')).toBe(false);
  });
});

describe('render chunking', () => {
  it('splits into bounded chunks and reassembles in any order (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 1, max: 700 }), (data, chunk) => {
        const slices = planChunks(data.byteLength, chunk);
        expect(slices.every((s) => s.end - s.start <= chunk && s.total === slices.length)).toBe(true);
        const chunks = slices.map((s) => ({ seq: s.seq, total: s.total, data: data.subarray(s.start, s.end) })).reverse();
        expect(Array.from(reassemble(chunks)!)).toEqual(Array.from(data));
        if (chunks.length > 1) expect(reassemble(chunks.slice(1))).toBeUndefined();
      }),
    );
  });
});

describe('parseComputeApps', () => {
  it('reads pid, uuid and MiB per process and skips what it cannot read', () => {
    expect(parseComputeApps('466, GPU-f88e178e-b542-c5d5-eaa7-2f7569eeab76, 4714\n12, GPU-x, [N/A]\n\n')).toEqual([{ pid: 466, gpuUuid: 'GPU-f88e178e-b542-c5d5-eaa7-2f7569eeab76', usedMib: 4714 }]);
    expect(parseComputeApps('No running processes found')).toEqual([]);
  });
});

describe('taskBudgetMs', () => {
  it.each([
    [0, 1000, 500, 500],
    [1200, 1000, 500, 200],
    [9000, 1000, 500, 500],
    [900, 1000, 500, -100],
  ])('deadline %d at %d with cap %d → %d', (deadline, now, cap, want) => {
    expect(taskBudgetMs(deadline, now, cap)).toBe(want);
  });
});
