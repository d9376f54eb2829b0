/**
 * A submission's path through the scheduler, pure: the idempotency ladder (cheapest facts first),
 * validation, and what a decision means for the delivery (publish, hold, retry, spill). The shell
 * reads the facts a step asks for (`read-last-receipt`, `read-result`) and carries out the rest.
 */
import { Rule, TaskReason, needsGpu, taskSpecFromSubmit, type PlacementDecision, type TaskSpec } from '@cellmesh/placement-core';
import type { Decided, InFlightEntry, PendingEntry } from './book';
import { SchedulerReason } from './names';

/** The fields of a decoded TaskSubmit the ladder reads (protobufjs names; int64 may be Long-like). */
export interface SubmitFields {
  scope?: { gameId?: string | null; roomId?: string | null; taskId?: string | null } | null;
  deadlineMs?: number | { toString(): string } | null;
  hints?: readonly number[] | null;
}

/** What the PLACEMENTS stream holds for a task: its last receipt, as far as the ladder cares. */
export interface LastReceiptFacts {
  readonly outcome: 'placed' | 'queued' | 'rejected' | 'unknown';
  readonly chosenNode: string;
  readonly gpuIndex: number;
  readonly attempt: number;
  readonly decidedAtMs: number;
}

export interface SubmissionFacts<S> {
  readonly submit: S & SubmitFields;
  readonly isToken: (value: string) => boolean;
  /** From the books: the task is in flight under an earlier delivery. */
  readonly inFlight: InFlightEntry<S> | undefined;
  /** From the books: the task waits in the GPU queue under an earlier delivery. */
  readonly queued: boolean;
  /** undefined: not read yet; null: the stream holds none. */
  readonly lastReceipt?: LastReceiptFacts | null;
  /** undefined: not read yet. */
  readonly finished?: boolean;
  /** Backoff for a delivery whose task already waits (the ack wait: the earlier delivery holds it). */
  readonly queuedBackoffMs: number;
}

export type LadderStep<S> =
  /** No receipt subject exists for it: dead letter with the reason. */
  | { readonly kind: 'dead-letter'; readonly reason: string; readonly message: string }
  /** Already placed: dispatch again (idempotent by message id); `restore` books it first. */
  | { readonly kind: 'redispatch'; readonly entry: InFlightEntry<S>; readonly restore: boolean }
  /** An earlier delivery holds the queued task: nak this one (it is decided under the earlier one). */
  | { readonly kind: 'wait'; readonly backoffMs: number; readonly message: string }
  | { readonly kind: 'read-last-receipt' }
  | { readonly kind: 'read-result' }
  /** Already decided (rejected, or placed and finished): ack, nothing to publish. */
  | { readonly kind: 'done' }
  /** Not decided before: validate and decide under `attempt`. */
  | { readonly kind: 'decide'; readonly attempt: number };

/** Whether a ladder step answers a redelivery of a decided task (counted as a duplicate). */
export function isDuplicate(step: LadderStep<unknown>): boolean {
  return step.kind === 'redispatch' || step.kind === 'done' || step.kind === 'wait';
}

/** taskSpecFromSubmit over a decoded TaskSubmit: an unset int64 decodes to a Long-like default, not 0. */
export function specOfSubmit(submit: SubmitFields) {
  return taskSpecFromSubmit({ ...submit, deadlineMs: Number(submit.deadlineMs?.toString() ?? 0), hints: submit.hints ?? [] } as Parameters<typeof taskSpecFromSubmit>[0]);
}

/** The idempotency ladder: the books, then the PLACEMENTS stream (a previous instance's decision), then RESULTS. */
export function classifySubmission<S>(f: SubmissionFacts<S>): LadderStep<S> {
  const taskId = f.submit.scope?.taskId ?? '';
  if (!taskId) return { kind: 'dead-letter', reason: 'missing-scope', message: 'task submission has no scope.taskId (missing-scope)' };
  if (!f.isToken(taskId)) {
    return { kind: 'dead-letter', reason: SchedulerReason.InvalidScope, message: `task submission scope.taskId ${JSON.stringify(taskId)} is not a valid subject token (${SchedulerReason.InvalidScope})` };
  }
  if (f.inFlight) return { kind: 'redispatch', entry: f.inFlight, restore: false };
  if (f.queued) return { kind: 'wait', backoffMs: f.queuedBackoffMs, message: `task ${taskId} is waiting in the GPU queue under an earlier delivery` };
  if (f.lastReceipt === undefined) return { kind: 'read-last-receipt' };
  const last = f.lastReceipt;
  if (last?.outcome === 'rejected') return { kind: 'done' };
  if (last?.outcome === 'placed') {
    if (f.finished === undefined) return { kind: 'read-result' };
    if (f.finished) return { kind: 'done' };
    const spec = specOfSubmit(f.submit);
    if (!spec.ok) return { kind: 'done' };
    const entry: InFlightEntry<S> = {
      task: spec.task, submit: f.submit, nodeId: last.chosenNode, gpuIndex: last.gpuIndex >= 0 ? last.gpuIndex : undefined, attempt: last.attempt || 1, dispatchedAtMs: last.decidedAtMs,
    };
    return { kind: 'redispatch', entry, restore: true };
  }
  return { kind: 'decide', attempt: last?.attempt || 1 };
}

export type Validated<S> = { readonly ok: true; readonly entry: PendingEntry<S> } | { readonly ok: false; readonly reason: string };

/** Scope tokens, scope against the subject (`task.submit.<game>.<room>`), then the task itself. */
export function validateSubmission<S>(submit: S & SubmitFields, subject: string, attempt: number, isToken: (value: string) => boolean): Validated<S> {
  const scope = submit.scope;
  const tokens = subject.split('.');
  if (!isToken(scope?.gameId ?? '') || !isToken(scope?.roomId ?? '')) return { ok: false, reason: SchedulerReason.InvalidScope };
  if (tokens[2] !== scope?.gameId || tokens[3] !== scope?.roomId) return { ok: false, reason: SchedulerReason.ScopeSubjectMismatch };
  const spec = specOfSubmit(submit);
  if (!spec.ok) return { ok: false, reason: spec.reason };
  return { ok: true, entry: { taskId: spec.task.scope.taskId, deadlineMs: spec.task.deadlineMs, task: spec.task, submit, attempt } };
}

/** Rejections that mean "no node can take it here now": the spill path's trigger. */
// A GPU larger than any here, or a full GPU queue, is as much "not here" as no feasible node: another cell may serve it.
const NO_FEASIBLE: ReadonlySet<string> = new Set([TaskReason.NoFeasibleNode, TaskReason.NoCandidates, TaskReason.VramExceedsLargestGpu, TaskReason.GpuWaitQueueFull]);

/** A decision's reading: placed, queued, no feasible candidate here, or rejected for the task's own sake. */
export type DecisionClass = 'placed' | 'queued' | 'no-feasible' | 'rejected';

export function classifyDecision(decision: PlacementDecision): DecisionClass {
  if (decision.outcome === 'placed') return 'placed';
  if (decision.outcome === 'queued') return 'queued';
  return NO_FEASIBLE.has(decision.rejectReason ?? '') ? 'no-feasible' : 'rejected';
}

export interface DeliveryContext {
  readonly deliveryCount: number;
  readonly maxDeliver: number;
  readonly retryBackoffMs: number;
  /** A spill handler is configured (the shell offers no-feasible tasks to it). */
  readonly spillConfigured: boolean;
}

/** What the shell does with a submission's first decision, without spilling. */
export type LocalOutcome =
  /** Publish the receipt (and the dispatch when placed); `hold` keeps the message while the task is queued. */
  | { readonly kind: 'publish'; readonly hold: boolean }
  /** A CPU task no node fits now: nak and decide again later, until maxDeliver. */
  | { readonly kind: 'retry'; readonly backoffMs: number; readonly message: string };

export type DeliveryOutcome = LocalOutcome | { readonly kind: 'spill'; readonly local: LocalOutcome };

/** The retry policy of a first decision, and where the spill path plugs in. */
export function outcomeOfDecision(decision: PlacementDecision, task: TaskSpec, ctx: DeliveryContext): DeliveryOutcome {
  const cls = classifyDecision(decision);
  let local: LocalOutcome = { kind: 'publish', hold: cls === 'queued' };
  if (cls === 'no-feasible' && !needsGpu(task) && ctx.deliveryCount < ctx.maxDeliver) {
    local = { kind: 'retry', backoffMs: ctx.retryBackoffMs, message: `no node fits task ${task.scope.taskId} now (${decision.rejectReason}); retrying` };
  }
  return cls === 'no-feasible' && ctx.spillConfigured ? { kind: 'spill', local } : local;
}

/** A spilled task's decision, as its receipt records it: rejected here, with the rule `spilled`. */
export function spilledDecision(decision: PlacementDecision): PlacementDecision {
  return { ...decision, outcome: 'rejected', rejectReason: SchedulerReason.Spilled as unknown as TaskReason };
}

/** Queue entries past their deadline are rejected with `deadline-passed-while-queued`. */
export function expiredDecision<S>(entry: PendingEntry<S>): Decided<S> {
  return {
    entry,
    decision: {
      taskId: entry.taskId, profile: entry.task.profile, outcome: 'rejected', rule: Rule.Rejected,
      rejectReason: SchedulerReason.DeadlinePassedWhileQueued as unknown as TaskReason, candidates: [], candidatesOmitted: 0,
    },
  };
}
