import { compileCpuWorkerOptions, CpuWorkerOptionsError, DEFAULT_MAX_TASK_MS } from './options';

describe('compileCpuWorkerOptions', () => {
  it('defaults the pool to the host cores', () => {
    const o = compileCpuWorkerOptions({}, { cores: 4 });
    expect(o).toMatchObject({ maxThreads: 4, maxQueuedTasks: 4, maxTaskMs: DEFAULT_MAX_TASK_MS, warnings: [] });
  });
  it('clamps threads to the host cores with a warning', () => {
    const o = compileCpuWorkerOptions({ maxThreads: 16 }, { cores: 2 });
    expect(o.maxThreads).toBe(2);
    expect(o.warnings).toEqual(["maxThreads 16 exceeds this host's 2 cores; using 2"]);
  });
  it.each([
    [{ maxThreads: 0 }, 'maxThreads must be a positive integer, got 0'],
    [{ maxTaskMs: 1.5 }, 'maxTaskMs must be a positive integer, got 1.5'],
    [{ ackWaitMs: 100 }, 'ackWaitMs must be at least 300 ms so heartbeats can keep a task\'s message alive, got 100'],
    [{ maxQueuedTasks: -1 }, 'maxQueuedTasks must be a non-negative integer, got -1'],
  ])('rejects %j naming the field', (opts, message) => {
    expect(() => compileCpuWorkerOptions(opts, { cores: 2 })).toThrow(new CpuWorkerOptionsError([], message));
  });
});
