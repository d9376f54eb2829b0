import { compileGpuHubRunnerOptions, GpuHubRunnerOptionsError } from './options';

describe('compileGpuHubRunnerOptions', () => {
  it('defaults to detected devices and the documented margins', () => {
    expect(compileGpuHubRunnerOptions({}, { scriptsDir: '/x' })).toMatchObject({ device: { mode: 'detect' }, slotsPerGpu: 2, safetyMarginMib: 1024, safetyMarginPct: 5, perTaskOverheadMib: 512, renderChunkBytes: 262144, python: 'python3', scriptsDir: '/x' });
  });
  it.each([
    [{ slotsPerGpu: 0 }, 'slotsPerGpu must be an integer in [1, 64], got 0'],
    [{ renderChunkBytes: 2 * 1024 * 1024 }, 'renderChunkBytes must be an integer in [1024, 921600], got 2097152'],
    [{ device: { mode: 'emulated' as const, gpus: 1, vramMb: 0 } }, 'device.vramMb must be an integer in [1, 9007199254740991], got 0'],
    [{ device: { mode: 'gpu' } as never }, 'device.mode must be "detect" or "emulated", got "gpu"'],
  ])('rejects %j naming the field', (opts, message) => {
    expect(() => compileGpuHubRunnerOptions(opts, { scriptsDir: '/x' })).toThrow(new GpuHubRunnerOptionsError([], message));
  });
});
