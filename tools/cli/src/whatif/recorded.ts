/**
 * What the fabric recorded, in the simulator's terms: TaskSubmit messages from the TASKS stream
 * become the task-set format of `cellmesh simulate --tasks`, and PlacementReceipts from the
 * PLACEMENTS stream become the decisions a replay is compared with. Pure.
 */
import { TaskReason, WirePlacementOutcome, taskSpecFromSubmit, type TaskSubmitFields } from '@cellmesh/placement-core';

/** The task-set format's id rule (a NATS subject token, as libs/bus `tok` checks). */
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
const isToken = (value: string): boolean => TOKEN.test(value);

/** One task of the task-set format (libs/simulator `parseTaskSet`): exactly its fields, nothing more. */
export interface TaskSetEntry {
  taskId: string;
  gameId: string;
  roomId: string;
  profile: 'latencySensitive' | 'throughput' | 'batch';
  hints: ('gpuRequired' | 'cpuOnly' | 'memoryHeavy')[];
  origin: string;
  cpuCores: number;
  memMb: number;
  vramMb: number;
}

export interface RecordedTasks {
  /** In submission order (stream order), one per taskId. */
  readonly tasks: TaskSetEntry[];
  /** Submissions that cannot be replayed, with the reason (the scheduler rejected them the same way). */
  readonly skipped: { taskId: string; reason: string }[];
  /** Redeliveries / re-submissions of a taskId already taken (JetStream is at-least-once). */
  readonly duplicates: number;
}

/** Reason for a submission whose ids cannot be written into a task set (no subject token). */
export const INVALID_SCOPE = 'invalid-scope';

/** TaskSubmits (decoded, in stream order) → the task set. Deadlines and payloads are not replayed. */
export function taskSetFromSubmits(submits: readonly TaskSubmitFields[]): RecordedTasks {
  const tasks: TaskSetEntry[] = [];
  const skipped: { taskId: string; reason: string }[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const submit of submits) {
    const taskId = submit.scope?.taskId ?? '';
    if (taskId && seen.has(taskId)) {
      duplicates++;
      continue;
    }
    seen.add(taskId);
    const spec = taskSpecFromSubmit(submit);
    if (!spec.ok) {
      skipped.push({ taskId, reason: spec.reason });
      continue;
    }
    const t = spec.task;
    if (![t.scope.taskId, t.scope.gameId, t.scope.roomId, t.originNode].every(isToken)) {
      skipped.push({ taskId, reason: INVALID_SCOPE });
      continue;
    }
    if (t.hints.includes('cpuOnly') && (t.hints.includes('gpuRequired') || t.vramMib > 0)) {
      skipped.push({ taskId, reason: TaskReason.ConflictingHints });
      continue;
    }
    tasks.push({
      taskId: t.scope.taskId,
      gameId: t.scope.gameId,
      roomId: t.scope.roomId,
      profile: t.profile,
      hints: [...t.hints],
      origin: t.originNode,
      cpuCores: t.cpuMillis / 1000,
      memMb: t.memoryMib,
      vramMb: t.vramMib,
    });
  }
  return { tasks, skipped, duplicates };
}

export type RecordedOutcome = 'placed' | 'queued' | 'rejected';

/** The fabric's last word on one task. */
export interface RecordedPlacement {
  outcome: RecordedOutcome;
  /** The chosen node (placed only). */
  node?: string;
  rule: string;
  reason?: string;
  gpuIndex?: number;
  attempt: number;
  decidedAtMs: number;
  schedulerNode: string;
}

/** The PlacementReceipt fields read here (protobufjs names). */
export interface ReceiptFields {
  scope?: { taskId?: string | null } | null;
  outcome?: number | null;
  chosenNode?: string | null;
  gpuIndex?: number | null;
  rule?: string | null;
  rejectReason?: string | null;
  attempt?: number | null;
  decidedAtMs?: number | { toString(): string } | null;
  schedulerNode?: string | null;
}

const OUTCOMES: ReadonlyMap<number, RecordedOutcome> = new Map([
  [WirePlacementOutcome.placed, 'placed'],
  [WirePlacementOutcome.queued, 'queued'],
  [WirePlacementOutcome.rejected, 'rejected'],
]);

/**
 * Receipts (decoded, in stream order) → taskId → the latest decision. A task has several receipts
 * when it was queued first or re-placed after its node died: the highest attempt wins, and within
 * an attempt the later receipt (a QUEUED one is followed by the final one).
 */
export function recordedPlacements(receipts: readonly ReceiptFields[]): Record<string, RecordedPlacement> {
  const out: Record<string, RecordedPlacement> = {};
  for (const r of receipts) {
    const taskId = r.scope?.taskId;
    const outcome = OUTCOMES.get(r.outcome ?? 0);
    if (!taskId || !outcome) continue;
    const attempt = r.attempt || 1;
    const previous = out[taskId];
    if (previous && previous.attempt > attempt) continue;
    const placed = outcome === 'placed' && !!r.chosenNode;
    out[taskId] = {
      outcome: placed ? 'placed' : outcome === 'placed' ? 'rejected' : outcome,
      ...(placed ? { node: r.chosenNode! } : {}),
      rule: r.rule ?? '',
      ...(r.rejectReason ? { reason: r.rejectReason } : {}),
      ...(placed && (r.gpuIndex ?? -1) >= 0 ? { gpuIndex: r.gpuIndex! } : {}),
      attempt,
      decidedAtMs: Number(r.decidedAtMs ?? 0),
      schedulerNode: r.schedulerNode ?? '',
    };
  }
  return out;
}

/** Reads placements.json back (taskId → RecordedPlacement); throws naming the first bad entry. */
export function parseRecordedPlacementsFile(text: string): Record<string, RecordedPlacement> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`not JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected an object of taskId → { outcome, node?, rule, ... }');
  const out: Record<string, RecordedPlacement> = {};
  for (const [taskId, raw] of Object.entries(value as Record<string, unknown>)) {
    const p = raw as Partial<RecordedPlacement> | null;
    if (typeof p !== 'object' || p === null || !['placed', 'queued', 'rejected'].includes(p.outcome as string)) {
      throw new Error(`${taskId}: expected { outcome: "placed" | "queued" | "rejected", ... }, got ${JSON.stringify(raw)}`);
    }
    if (p.outcome === 'placed' && (typeof p.node !== 'string' || p.node === '')) throw new Error(`${taskId}: a placed task needs its node`);
    out[taskId] = p as RecordedPlacement;
  }
  return out;
}

/** The TaskResult fields read here. */
export interface ResultFields {
  scope?: { taskId?: string | null } | null;
  finishedAtMs?: number | { toString(): string } | null;
}

/**
 * taskId → { submittedAtMs, finishedAtMs? } for the recorded tasks: submission time from the
 * TaskSubmit, finish from the first TaskResult (a redelivered run may report again; the first
 * freed the resources).
 */
export function taskTimings(submits: readonly (TaskSubmitFields & { submittedAtMs?: number | { toString(): string } | null })[], results: readonly ResultFields[], taskIds: readonly string[]): Record<string, { submittedAtMs: number; finishedAtMs?: number }> {
  const wanted = new Set(taskIds);
  const out: Record<string, { submittedAtMs: number; finishedAtMs?: number }> = {};
  for (const s of submits) {
    const id = s.scope?.taskId;
    const at = Number(s.submittedAtMs ?? 0);
    if (id && wanted.has(id) && !out[id] && at > 0) out[id] = { submittedAtMs: at };
  }
  for (const r of results) {
    const id = r.scope?.taskId;
    const at = Number(r.finishedAtMs ?? 0);
    if (id && out[id] && out[id].finishedAtMs === undefined && at > 0) out[id].finishedAtMs = at;
  }
  return out;
}
