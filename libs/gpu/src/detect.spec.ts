import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectGpus, emulatedGpus, EmulatedGpuSpecError, GpuSource, gpusFromGraphicsControllers, NVIDIA_SMI_ARGS } from './index';

const h100Csv = readFileSync(join(__dirname, '..', 'fixtures', 'h100-x1.query.csv'), 'utf8');
const never = () => new Promise<never>(() => undefined);

describe('detectGpus', () => {
  it('uses nvidia-smi first, with the documented query', async () => {
    const calls: (readonly string[])[] = [];
    const detection = await detectGpus({
      runNvidiaSmi: async (args) => (calls.push(args), h100Csv),
      readGraphicsControllers: async () => {
        throw new Error('must not be asked');
      },
    });
    expect(calls).toEqual([['--query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu', '--format=csv,noheader,nounits']]);
    expect(calls[0]).toEqual(NVIDIA_SMI_ARGS);
    expect(detection).toMatchObject({ source: GpuSource.NvidiaSmi, notes: [] });
    expect(detection.gpus.map((g) => g.name)).toEqual(['NVIDIA H100 80GB HBM3']);
  });

  it('falls back to systeminformation when nvidia-smi fails', async () => {
    const detection = await detectGpus({
      runNvidiaSmi: async () => {
        throw new Error('spawn nvidia-smi ENOENT');
      },
      readGraphicsControllers: async () => [{ vendor: 'NVIDIA Corporation', model: 'Tesla T4', vram: 15360, busAddress: '00:1e.0' }],
    });
    expect(detection.source).toBe(GpuSource.Systeminformation);
    expect(detection.gpus).toEqual([{ index: 0, uuid: 'si-00:1e.0', name: 'Tesla T4', memoryTotalMib: 15360, memoryUsedMib: 0, utilizationPct: 0, emulated: false }]);
    expect(detection.notes).toEqual(['nvidia-smi unavailable: spawn nvidia-smi ENOENT']);
  });

  it('reports zero GPUs, without throwing, when both sources time out', async () => {
    const detection = await detectGpus({ timeoutMs: 30, runNvidiaSmi: never, readGraphicsControllers: never });
    expect(detection.gpus).toEqual([]);
    expect(detection.source).toBe(GpuSource.None);
    expect(detection.notes).toEqual([
      'nvidia-smi unavailable: nvidia-smi timed out after 30 ms',
      'systeminformation graphics() failed: systeminformation graphics() timed out after 30 ms',
    ]);
  });

  it('treats unparsable nvidia-smi output as unavailable', async () => {
    const detection = await detectGpus({ runNvidiaSmi: async () => 'No devices were found', readGraphicsControllers: async () => [] });
    expect(detection.source).toBe(GpuSource.None);
    expect(detection.notes[0]).toMatch(/^nvidia-smi unavailable: nvidia-smi line 1/);
  });

  it('runs the real commands on this machine and never throws (a missing binary is a note)', async () => {
    const detection = await detectGpus({ nvidiaSmiPath: '/nonexistent/nvidia-smi', timeoutMs: 10_000 });
    expect(detection.notes[0]).toMatch(/^nvidia-smi unavailable: .*ENOENT/);
    expect([GpuSource.Systeminformation, GpuSource.None]).toContain(detection.source);
  });
});

describe('gpusFromGraphicsControllers', () => {
  it('keeps compute GPUs with VRAM and drops display adapters', () => {
    const gpus = gpusFromGraphicsControllers([
      { vendor: 'Cirrus Logic', model: 'GD 5446', vram: 4 },
      { vendor: 'Intel Corporation', model: 'UHD Graphics 630', vram: 1536 },
      { vendor: 'Advanced Micro Devices, Inc. [AMD/ATI]', model: 'Instinct MI210', vram: 65536, pciBus: '0000:03:00.0' },
      { vendor: 'NVIDIA', model: 'unknown', vram: null },
      { vendor: 'NVIDIA', name: 'NVIDIA L4', memoryTotal: 23034, memoryUsed: 512, utilizationGpu: 140 },
    ]);
    expect(gpus.map((g) => [g.index, g.name, g.memoryTotalMib, g.memoryUsedMib, g.utilizationPct])).toEqual([
      [0, 'Instinct MI210', 65536, 0, 0],
      [1, 'NVIDIA L4', 23034, 512, 100],
    ]);
  });
});

describe('emulatedGpus', () => {
  it('builds labelled, idle devices from a scenario node', () => {
    expect(emulatedGpus({ nodeId: 'eu-1', gpus: 2, vramMb: 81920, gpuModel: 'NVIDIA A100-SXM4-80GB' })).toEqual([
      { index: 0, uuid: 'EMU-eu-1-0', name: 'NVIDIA A100-SXM4-80GB (emulated)', memoryTotalMib: 81920, memoryUsedMib: 0, utilizationPct: 0, emulated: true },
      { index: 1, uuid: 'EMU-eu-1-1', name: 'NVIDIA A100-SXM4-80GB (emulated)', memoryTotalMib: 81920, memoryUsedMib: 0, utilizationPct: 0, emulated: true },
    ]);
  });

  it('gives a CPU-only node no GPUs', () => {
    expect(emulatedGpus({ nodeId: 'c', gpus: 0, vramMb: 0 })).toEqual([]);
  });

  it.each([
    [{ nodeId: 'x', gpus: -1, vramMb: 0 }, /gpus/],
    [{ nodeId: 'x', gpus: 1.5, vramMb: 10 }, /gpus/],
    [{ nodeId: 'x', gpus: 1, vramMb: 0 }, /vramMb/],
  ])('rejects %j', (spec, reason) => {
    expect(() => emulatedGpus(spec)).toThrow(EmulatedGpuSpecError);
    expect(() => emulatedGpus(spec)).toThrow(reason);
  });
});
