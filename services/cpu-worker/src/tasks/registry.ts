/**
 * The one place CPU task kinds are registered. To add a kind: write a module exporting a
 * `TaskKind` (decode + run, no I/O) and list it here; the worker, the pool, the benchmark and
 * docs/workers.md's table all read this registry.
 */
import { pathfindTask } from './pathfind';
import { physicsStepTask } from './physics-step';
import { terrainTask } from './terrain';
import { UnknownTaskKindError, type TaskKind, type TaskOutput } from './types';

const registered: ReadonlyArray<TaskKind<unknown>> = [pathfindTask, physicsStepTask, terrainTask] as ReadonlyArray<TaskKind<unknown>>;

export const taskKinds: ReadonlyMap<string, TaskKind<unknown>> = new Map(registered.map((k) => [k.name, k]));

export function knownTaskKinds(): string[] {
  return [...taskKinds.keys()];
}

export function isKnownTaskKind(kind: string): boolean {
  return taskKinds.has(kind);
}

/** What running one task gave: failures are values so they cross a worker-thread boundary intact. */
export type TaskRunOutcome = { ok: true; output: TaskOutput; computeMs: number } | { ok: false; errorName: string; message: string; computeMs: number };

/** Decodes and runs one task synchronously; never throws. */
export function runTask(kind: string, payload: Uint8Array, now: () => number = () => performance.now()): TaskRunOutcome {
  const started = now();
  try {
    const taskKind = taskKinds.get(kind);
    if (!taskKind) throw new UnknownTaskKindError(kind, knownTaskKinds());
    const output = taskKind.run(taskKind.decode(payload));
    return { ok: true, output, computeMs: now() - started };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { ok: false, errorName: e.name, message: e.message, computeMs: now() - started };
  }
}
