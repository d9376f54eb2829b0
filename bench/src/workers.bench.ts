/**
 * cpu-worker: throughput of the piscina pool versus the same tasks run inline on the main thread,
 * in one run, plus how long the main thread's event loop was blocked in each mode (a worker that
 * blocks its loop misses NATS heartbeats and in-progress acks).
 */
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createTaskPool, runTask } from '@cellmesh/cpu-worker';
import type { BenchSuite, BenchTable, Cell } from './types';

interface BenchTask {
  kind: string;
  payload: Uint8Array;
}

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

/** A mix of the registered kinds at sizes a game backend would send. */
function workload(count: number): BenchTask[] {
  const shapes = [
    (i: number) => ({ kind: 'pathfind', payload: json({ width: 400, height: 400, start: [0, 0], goal: [399, 399], obstacleDensity: 0.15, seed: i }) }),
    (i: number) => ({ kind: 'physics-step', payload: json({ count: 300, steps: 40, seed: i }) }),
    (i: number) => ({ kind: 'terrain', payload: json({ seed: i, width: 256, height: 256, octaves: 6 }) }),
  ];
  return Array.from({ length: count }, (_, i) => shapes[i % shapes.length](i));
}

interface Measured {
  wallMs: number;
  failures: number;
  maxLoopBlockMs: number;
}

async function measure(run: () => Promise<number>): Promise<Measured> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const failures = await run();
  const wallMs = performance.now() - started;
  delay.disable();
  return { wallMs, failures, maxLoopBlockMs: delay.max / 1e6 };
}

async function inline(tasks: BenchTask[]): Promise<number> {
  let failures = 0;
  for (const t of tasks) {
    if (!runTask(t.kind, t.payload).ok) failures++;
    // Yield between tasks as a service would, so the loop-delay monitor can sample.
    await new Promise((r) => setImmediate(r));
  }
  return failures;
}

async function pooled(tasks: BenchTask[], threads: number): Promise<Measured> {
  const pool = createTaskPool({ maxThreads: threads });
  try {
    // Warm-up: spawn the threads, load the task code and let the JIT optimise it, as the inline run's warm-up does.
    await Promise.all(tasks.map((t) => pool.run(t.kind, t.payload)));
    return await measure(async () => (await Promise.all(tasks.map((t) => pool.run(t.kind, t.payload)))).filter((o) => !o.ok).length);
  } finally {
    await pool.destroy();
  }
}

export const workersSuite: BenchSuite = {
  name: 'workers',
  async run(ctx): Promise<BenchTable[]> {
    const cores = availableParallelism();
    const tasks = workload(ctx.quick ? 12 : 60);
    ctx.progress(`${tasks.length} tasks, ${cores} cores`);
    const rows: Cell[][] = [];
    await inline(tasks); // warm-up: JIT-optimise the task code on the main thread too
    const inlineRun = await measure(() => inline(tasks));
    const row = (mode: string, m: Measured): Cell[] => [mode, tasks.length, m.wallMs, (tasks.length / m.wallMs) * 1000, inlineRun.wallMs / m.wallMs, m.maxLoopBlockMs, m.failures];
    rows.push(row('inline on the main thread (baseline)', inlineRun));
    ctx.progress(`inline: ${inlineRun.wallMs.toFixed(0)} ms`);
    const threadCounts = [...new Set([1, cores])];
    for (const threads of threadCounts) {
      const m = await pooled(tasks, threads);
      ctx.progress(`pool ${threads}: ${m.wallMs.toFixed(0)} ms`);
      rows.push(row(`piscina pool, ${threads} thread${threads > 1 ? 's' : ''}`, m));
    }
    return [
      {
        title: 'cpu-worker: pool vs inline throughput (pathfind 400², physics-step 300 bodies × 40, terrain 256²)',
        columns: ['mode', 'tasks', 'wall ms', 'tasks/s', 'speed-up vs inline', 'max main-loop block ms', 'failures'],
        rows,
        notes: [
          `Same task list in every mode, one run, host with ${cores} cores (1-min load average ${loadavg()[0].toFixed(2)} at the end: other processes share these cores); every mode first runs the list once untimed (threads spawned, code loaded and JIT-optimised).`,
          'speed-up = inline wall time / mode wall time. The pool adds a structured-clone copy of payload and output per task.',
          'max main-loop block: the longest event-loop stall seen while the mode ran (monitorEventLoopDelay); inline stalls for a whole task, so a worker running inline would miss NATS heartbeats and in-progress acks.',
        ],
      },
    ];
  },
};
