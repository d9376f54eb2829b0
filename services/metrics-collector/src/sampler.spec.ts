import { emulatedSampler, systemSampler } from './sampler';

describe('local sampling', () => {
  it('reads this machine through systeminformation (network rates primed, never null)', async () => {
    const errors: string[] = [];
    const sampler = systemSampler((what) => void errors.push(what));
    const sample = await sampler.sample({ runningTasks: 0 });
    expect(sample.cpuCores).toBeGreaterThan(0);
    expect(sample.memTotalBytes).toBeGreaterThan(sample.memUsedBytes);
    expect(sample.cpuLoadPct).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(sample.netRxBytesPerS) && Number.isFinite(sample.netTxBytesPerS)).toBe(true);
    expect(sample.emulated).toBe(false);
    expect(errors).toEqual([]);
  }, 20_000);

  it('emulates a scenario node: capacity from the scenario, load from running tasks, memory a share of the process RSS', async () => {
    const memory = { rssBytes: () => 600 * 1024 ** 2 };
    const node = { id: 'v', cpuCores: 8, gpus: 0, vramMb: 0, memoryMb: 1024, uplinkMbps: 100 };
    const sampler = emulatedSampler(node, memory);
    const other = emulatedSampler({ ...node, id: 'w', memoryMb: 256 }, memory);
    expect(await sampler.sample({ runningTasks: 2 })).toEqual({
      cpuCores: 8, cpuLoadPct: 25, memTotalBytes: 1024 ** 3, memUsedBytes: 300 * 1024 ** 2, netRxBytesPerS: 0, netTxBytesPerS: 0, uplinkMbps: 100, downlinkMbps: 100, emulated: true,
    });
    // Capped at the scenario's memory.
    expect((await other.sample({ runningTasks: 0 })).memUsedBytes).toBe(256 * 1024 ** 2);
    other.close?.();
    expect((await sampler.sample({ runningTasks: 0 })).memUsedBytes).toBe(600 * 1024 ** 2);
    sampler.close?.();
    expect((await sampler.sample({ runningTasks: 40 })).cpuLoadPct).toBe(100);
  });
});
