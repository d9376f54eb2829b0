/**
 * One submission's delivery, moved through the pure ladder (core/submission.ts): the shell reads
 * the facts a step asks for, decides on the books, and carries out the outcome (publish, hold for
 * the GPU queue, nak for a retry, offer to the spill handler).
 */
import type { JsMsg } from '@nats-io/jetstream';
import { codecs } from '@cellmesh/contracts';
import { PermanentError, RetryableError, Streams, isRetryable, isValidToken, subjects } from '@cellmesh/bus';
import { WirePlacementOutcome } from '@cellmesh/placement-core';
import {
  SchedulerReason,
  classifySubmission,
  isDuplicate,
  outcomeOfDecision,
  spilledDecision,
  validateSubmission,
  type Decided,
  type LastReceiptFacts,
  type LocalOutcome,
  type SubmissionFacts,
} from './core';
import type { DecisionRecorder } from './recorder';
import type { Publisher } from './publisher';
import { lastOnSubject } from './streams';
import type { ShellContext, Submit } from './types';

const OUTCOME: Record<number, LastReceiptFacts['outcome']> = { [WirePlacementOutcome.placed]: 'placed', [WirePlacementOutcome.queued]: 'queued', [WirePlacementOutcome.rejected]: 'rejected' };

export function createSubmissionHandler(ctx: ShellContext, publisher: Publisher, recorder: DecisionRecorder) {
  const { nc, clock } = ctx.deps;
  const { opts, state, fleet } = ctx;

  const readLastReceipt = async (taskId: string): Promise<LastReceiptFacts | null> => {
    const bytes = await lastOnSubject(nc, Streams.Placements, subjects.placementReceipt(taskId));
    if (!bytes) return null;
    const r = codecs.PlacementReceipt.decode(bytes);
    return { outcome: OUTCOME[r.outcome] ?? 'unknown', chosenNode: r.chosenNode, gpuIndex: r.gpuIndex, attempt: r.attempt, decidedAtMs: Number(r.decidedAtMs) };
  };

  /** The ladder, fact by fact: returns the attempt to decide under, or undefined when the delivery is answered. */
  const climb = async (submit: Submit): Promise<number | undefined> => {
    const taskId = submit.scope?.taskId ?? '';
    let facts: SubmissionFacts<Submit> = { submit, isToken: isValidToken, inFlight: state.book.inFlightTask(taskId), queued: state.book.isQueued(taskId), queuedBackoffMs: opts.ackWaitMs };
    for (;;) {
      const step = classifySubmission(facts);
      if (isDuplicate(step)) recorder.counters.duplicates++;
      switch (step.kind) {
        case 'dead-letter':
          throw new PermanentError(step.message, step.reason);
        case 'wait':
          throw new RetryableError(step.message, { backoffMs: step.backoffMs });
        case 'redispatch':
          if (step.restore) state.book.restore(step.entry, fleet);
          await publisher.dispatch(step.entry);
          return undefined;
        case 'done':
          return undefined;
        case 'read-last-receipt':
          facts = { ...facts, lastReceipt: await readLastReceipt(taskId) };
          break;
        case 'read-result':
          facts = { ...facts, finished: (await lastOnSubject(nc, Streams.Results, subjects.taskResult(taskId))) !== undefined };
          break;
        case 'decide':
          return step.attempt;
      }
    }
  };

  const local = async (outcome: LocalOutcome, decided: Decided<Submit>, startedAtMs: number): Promise<void> => {
    if (outcome.kind === 'retry') throw new RetryableError(outcome.message, { backoffMs: outcome.backoffMs });
    await publisher.carryOut(decided, startedAtMs, { replacement: false, queuedBefore: false });
    if (!outcome.hold) return;
    // Queued for GPU capacity: hold the submission (progress acks keep it ours) until a release
    // places it; a stop naks it so the next active instance decides again.
    const final = await new Promise<Decided<Submit>>((resolve, reject) => state.waiters.set(decided.entry.taskId, { resolve, reject }));
    await publisher.carryOut(final, startedAtMs, { replacement: false, queuedBefore: true });
  };

  /** Offers a no-feasible task to the spill handler; true when it took it. */
  const spill = async (decided: Decided<Submit>, msg: JsMsg, startedAtMs: number): Promise<boolean> => {
    const handler = opts.spill;
    if (!handler || !state.fencing) return false;
    const result = await handler({ submit: decided.entry.submit, task: decided.entry.task, decision: decided.decision, deliveryCount: msg.info.deliveryCount, fencing: state.fencing }).catch(async (err: Error) => {
      // A retryable refusal (the target cell is unreachable now) keeps the submission: it is naked and offered again,
      // and the first time its receipt says it waits, and why (the submitter then waits for the result).
      if (isRetryable(err)) {
        if (msg.info.deliveryCount === 1) {
          const waiting = { ...decided.decision, outcome: 'queued' as const, rejectReason: SchedulerReason.WaitingForSpillTarget as unknown as typeof decided.decision.rejectReason };
          await publisher.carryOut({ ...decided, decision: waiting }, startedAtMs, { replacement: false, queuedBefore: false }, SchedulerReason.WaitingForSpillTarget);
        }
        throw err;
      }
      ctx.log.warn({ taskId: decided.entry.taskId, err: err.message }, 'spill handler failed; deciding locally');
      return { taken: false as const };
    });
    if (!result.taken) return false;
    recorder.counters.spilled++;
    ctx.log.info({ taskId: decided.entry.taskId, target: result.target }, 'task spilled');
    await publisher.carryOut({ ...decided, decision: spilledDecision(decided.decision) }, startedAtMs, { replacement: false, queuedBefore: false }, SchedulerReason.Spilled);
    return true;
  };

  return async (submit: Submit, msg: JsMsg): Promise<void> => {
    const startedAtMs = clock.now();
    const attempt = await climb(submit);
    if (attempt === undefined) return;
    const valid = validateSubmission(submit, msg.subject, attempt, isValidToken);
    if (!valid.ok) {
      await publisher.rejection(submit, valid.reason, attempt, false);
      return;
    }
    const decided = state.book.decide(valid.entry, fleet, clock.now());
    const outcome = outcomeOfDecision(decided.decision, valid.entry.task, {
      deliveryCount: msg.info.deliveryCount, maxDeliver: opts.maxDeliver, retryBackoffMs: opts.retryBackoffMs, spillConfigured: opts.spill !== undefined,
    });
    if (outcome.kind === 'spill') {
      if (await spill(decided, msg, startedAtMs)) return;
      await local(outcome.local, decided, startedAtMs);
      // It waited for a spill target (a queued receipt went out): the submitter now waits for a result, so it gets one.
      if (msg.info.deliveryCount > 1 && decided.decision.outcome === 'rejected') await publisher.failure(decided.entry, `${decided.decision.rejectReason}: no other cell could take it before its deliveries ran out`);
      return;
    }
    await local(outcome, decided, startedAtMs);
  };
}
