/**
 * The TASKS file of `cellmesh simulate --tasks` (issue 7): a JSON array of
 * `{ taskId, gameId, roomId, profile, hints, origin, cpuCores, memMb, vramMb }`.
 * Missing sizes default to 1 core and 0 MB. Parsing is strict: every problem is reported with the
 * task's index and field, so a bad file is fixed in one pass.
 */
import type { ResourceHint, TaskProfile } from '@cellmesh/placement-core';

export interface SimTask {
  readonly taskId: string;
  readonly gameId: string;
  readonly roomId: string;
  readonly profile: TaskProfile;
  readonly hints: readonly ResourceHint[];
  /** Node id of the client's nearest node: RTT is scored from there. */
  readonly origin: string;
  readonly cpuCores: number;
  readonly memMb: number;
  readonly vramMb: number;
}

export class TaskSetError extends Error {
  override readonly name = 'TaskSetError';
  readonly retryable = false;
  constructor(readonly problems: readonly string[]) {
    super(`invalid task set:\n  - ${problems.join('\n  - ')}`);
  }
}

export const DEFAULT_TASK_CPU_CORES = 1;
/** Bound on tasks in one file, so a runaway file cannot exhaust memory. */
export const MAX_TASKS = 1_000_000;

const PROFILES: readonly TaskProfile[] = ['latencySensitive', 'throughput', 'batch'];
const HINTS: readonly ResourceHint[] = ['gpuRequired', 'cpuOnly', 'memoryHeavy'];
const FIELDS = new Set(['taskId', 'gameId', 'roomId', 'profile', 'hints', 'origin', 'cpuCores', 'memMb', 'vramMb']);
/** The subject-token rule of libs/bus (ids end up in subjects on a real fabric). */
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_PROBLEMS = 50;

/** Parses a TASKS file (text or an already parsed value). Throws TaskSetError listing every problem (first 50). */
export function parseTaskSet(input: string | unknown): SimTask[] {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      throw new TaskSetError([`not JSON: ${(err as Error).message}`]);
    }
  }
  if (!Array.isArray(value)) throw new TaskSetError(['the task set must be a JSON array of task objects']);
  if (value.length > MAX_TASKS) throw new TaskSetError([`${value.length} tasks exceed the limit of ${MAX_TASKS}`]);
  const problems: string[] = [];
  const seen = new Set<string>();
  const tasks: SimTask[] = [];
  value.forEach((raw: unknown, i) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const at = (field: string) => `tasks[${i}].${field}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(`tasks[${i}] must be an object`);
      return;
    }
    const t = raw as Record<string, unknown>;
    const before = problems.length;
    for (const key of Object.keys(t)) if (!FIELDS.has(key)) problems.push(`${at(key)} is not a known field (known: ${[...FIELDS].join(', ')})`);
    const id = (field: 'taskId' | 'gameId' | 'roomId' | 'origin'): string => {
      const v = t[field];
      if (typeof v !== 'string' || !TOKEN.test(v)) problems.push(`${at(field)} must be 1-64 letters, digits, "-" or "_", got ${JSON.stringify(v)}`);
      return typeof v === 'string' ? v : '';
    };
    const size = (field: 'cpuCores' | 'memMb' | 'vramMb', fallback: number): number => {
      const v = t[field];
      if (v === undefined) return fallback;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) problems.push(`${at(field)} must be a non-negative number, got ${JSON.stringify(v)}`);
      return typeof v === 'number' ? v : fallback;
    };
    const taskId = id('taskId');
    const gameId = id('gameId');
    const roomId = id('roomId');
    const origin = id('origin');
    const profile = t.profile;
    if (typeof profile !== 'string' || !PROFILES.includes(profile as TaskProfile)) problems.push(`${at('profile')} must be one of ${PROFILES.join(', ')}, got ${JSON.stringify(profile)}`);
    const hints: ResourceHint[] = [];
    if (t.hints !== undefined && !Array.isArray(t.hints)) problems.push(`${at('hints')} must be an array of ${HINTS.join(', ')}`);
    for (const h of Array.isArray(t.hints) ? t.hints : []) {
      if (typeof h !== 'string' || !HINTS.includes(h as ResourceHint)) problems.push(`${at('hints')} has ${JSON.stringify(h)}; known hints: ${HINTS.join(', ')}`);
      else if (!hints.includes(h as ResourceHint)) hints.push(h as ResourceHint);
    }
    const cpuCores = size('cpuCores', DEFAULT_TASK_CPU_CORES);
    const memMb = size('memMb', 0);
    const vramMb = size('vramMb', 0);
    if (taskId && seen.has(taskId)) problems.push(`${at('taskId')} ${JSON.stringify(taskId)} appears more than once`);
    seen.add(taskId);
    if (problems.length === before) tasks.push({ taskId, gameId, roomId, profile: profile as TaskProfile, hints, origin, cpuCores, memMb, vramMb });
  });
  if (problems.length > 0) throw new TaskSetError(problems.length >= MAX_PROBLEMS ? [...problems, '… (further problems not listed)'] : problems);
  return tasks;
}
