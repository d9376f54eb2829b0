/**
 * What the scheduler publishes: receipts (PLACEMENTS), dispatches (DISPATCH) and the failures of
 * tasks it gave up (RESULTS), each under the fencing token of the current activation, traced.
 */
import { trace, type Span } from '@opentelemetry/api';
import { codecs, TaskStatus, type InitOf } from '@cellmesh/contracts';
import { subjects } from '@cellmesh/bus';
import { ROOT_CLUSTER_ID } from '@cellmesh/leases';
import { PlacementAttr, SpanName, recordPlacementOnSpan, withInternalSpan, withProducerSpan } from '@cellmesh/telemetry';
import { WirePlacementOutcome, boundReceipt, needsGpu, toReceiptFields, type PlacementDecision } from '@cellmesh/placement-core';
import { dispatchMsgId, receiptMsgId, type Decided, type InFlightEntry, type PendingEntry } from './core';
import type { DecisionRecorder } from './recorder';
import type { FencingTokenView, ShellContext, Submit } from './types';

type Receipt = InitOf<'PlacementReceipt'>;

/** The queue-depth gauge's `queue` label: GPU tasks waiting for capacity. */
export const GPU_WAIT_QUEUE = 'gpu-wait';

export interface CarryOutFlags {
  /** A re-placement after the task's node died (never handed to a waiting submission). */
  readonly replacement: boolean;
  /** The task was queued before: its receipt id is the `:queued` one and no decision latency is observed. */
  readonly queuedBefore: boolean;
}

export class Publisher {
  constructor(
    private readonly ctx: ShellContext,
    private readonly recorder: DecisionRecorder,
  ) {}

  private get fencing(): FencingTokenView {
    const { state, deps, opts } = this.ctx;
    return state.fencing ?? { clusterId: opts.activationScope === 'cluster' ? opts.clusterId : ROOT_CLUSTER_ID, holder: deps.nodeId, term: 0 };
  }

  private now(): number {
    return this.ctx.deps.clock.now();
  }

  private receiptOf(submit: Submit, decision: PlacementDecision, attempt: number, startedAtMs: number, span: Span | undefined): Receipt {
    const scope = submit.scope;
    return {
      ...toReceiptFields(boundReceipt(decision, this.ctx.opts.receiptMaxCandidates)),
      scope: { gameId: scope?.gameId ?? '', roomId: scope?.roomId ?? '', taskId: scope?.taskId ?? '' },
      decidedAtMs: this.now(),
      decisionLatencyMs: Math.max(0, this.now() - startedAtMs),
      schedulerNode: this.ctx.deps.nodeId,
      fencing: this.fencing,
      attempt,
      traceId: span?.spanContext().traceId ?? '',
    };
  }

  /** A receipt for a task that never reached the core (bad profile, scope…): outcome REJECTED with the reason. */
  async rejection(submit: Submit, reason: string, attempt: number, replacement: boolean): Promise<void> {
    const scope = submit.scope;
    const receipt: Receipt = {
      scope: { gameId: scope?.gameId ?? '', roomId: scope?.roomId ?? '', taskId: scope?.taskId ?? '' },
      outcome: WirePlacementOutcome.rejected, chosenNode: '', gpuIndex: -1, rule: 'rejected', rejectReason: reason, candidates: [], profile: submit.profile ?? 0,
      decidedAtMs: this.now(), decisionLatencyMs: 0, schedulerNode: this.ctx.deps.nodeId, fencing: this.fencing, attempt,
      traceId: trace.getActiveSpan()?.spanContext().traceId ?? '', candidatesOmitted: 0,
    };
    await this.receipt(receipt, receiptMsgId(scope?.taskId ?? '', attempt, false), replacement);
  }

  private async receipt(receipt: Receipt, msgId: string, replacement: boolean): Promise<void> {
    const { deps, js, log, state } = this.ctx;
    const taskId = receipt.scope?.taskId ?? '';
    const subject = subjects.placementReceipt(taskId);
    await withProducerSpan(deps.tracer, { subject, subjectTemplate: subjects.placementReceiptAll, scope: receipt.scope, nodeId: deps.nodeId, messageId: msgId }, async (headers) => {
      await js.publish(subject, codecs.PlacementReceipt.encode(receipt), { msgID: msgId, headers });
    });
    this.recorder.receipt(receipt, replacement);
    deps.metrics?.setQueueDepth(GPU_WAIT_QUEUE, state.book.queuedCount);
    log.debug({ taskId, outcome: receipt.outcome, node: receipt.chosenNode, rule: receipt.rule, reason: receipt.rejectReason, attempt: receipt.attempt }, 'placement decided');
  }

  async dispatch(entry: InFlightEntry<Submit>): Promise<void> {
    const { deps, js } = this.ctx;
    const taskId = entry.task.scope.taskId;
    const subject = needsGpu(entry.task) ? subjects.taskRunGpu(entry.nodeId) : subjects.taskRun(entry.nodeId);
    const msgId = dispatchMsgId(taskId, entry.attempt);
    const dispatch: InitOf<'TaskDispatch'> = {
      task: entry.submit, nodeId: entry.nodeId, gpuIndex: entry.gpuIndex ?? -1, fencing: this.fencing, attempt: entry.attempt, dispatchedAtMs: entry.dispatchedAtMs,
    };
    await withProducerSpan(deps.tracer, { subject, subjectTemplate: subjects.taskRunAll, scope: entry.task.scope, nodeId: entry.nodeId, messageId: msgId }, async (headers) => {
      const ack = await js.publish(subject, codecs.TaskDispatch.encode(dispatch), { msgID: msgId, headers });
      if (!ack.duplicate) this.recorder.counters.dispatched++;
    });
  }

  /** A task the fabric accepted and can no longer run: tell whoever waits for its result. */
  async failure(entry: InFlightEntry<Submit> | PendingEntry<Submit>, error: string): Promise<void> {
    const scope = entry.task.scope;
    const result: InitOf<'TaskResult'> = {
      scope: { gameId: scope.gameId, roomId: scope.roomId, taskId: scope.taskId },
      nodeId: this.ctx.deps.nodeId, status: TaskStatus.TASK_STATUS_FAILED, error, gpuIndex: -1, finishedAtMs: this.now(), kind: entry.task.kind ?? '',
    };
    await this.ctx.js.publish(subjects.taskResult(scope.taskId), codecs.TaskResult.encode(result), { msgID: `${scope.taskId}:scheduler:${entry.attempt}` });
  }

  /** Publishes what a decision means: receipt (with `rule` overridden by a note), and for a placement the dispatch. */
  async carryOut(d: Decided<Submit>, startedAtMs: number, flags: CarryOutFlags, rule?: string): Promise<void> {
    const { decision, entry } = d;
    const { deps, state } = this.ctx;
    await withInternalSpan(deps.tracer, SpanName.Place, { scope: entry.task.scope, nodeId: deps.nodeId, attributes: { [PlacementAttr.Attempt]: entry.attempt } }, async (span) => {
      const receipt = this.receiptOf(entry.submit, decision, entry.attempt, startedAtMs, span);
      if (rule ?? d.note) receipt.rule = rule ?? d.note;
      if (state.fencing) span.setAttribute(PlacementAttr.FencingTerm, state.fencing.term);
      recordPlacementOnSpan(span, receipt);
      // Only first decisions: a queued task's later placement would count its wait as decision time.
      if (!flags.queuedBefore && !flags.replacement) deps.metrics?.observeDecisionLatencyMs(receipt.decisionLatencyMs ?? 0);
      await this.receipt(receipt, receiptMsgId(entry.taskId, entry.attempt, decision.outcome === 'queued' && !flags.queuedBefore), flags.replacement);
    });
    if (decision.outcome === 'placed') {
      const placed = d.placed ?? state.book.inFlightTask(entry.taskId);
      if (placed) await this.dispatch(placed);
    }
  }

  /** Decisions taken outside a submission's handler (queue drained, re-placements): a waiting handler takes them, else they are published here. */
  async deliver(decided: readonly Decided<Submit>[], replacement: boolean): Promise<void> {
    const { state, log } = this.ctx;
    for (const d of decided) {
      const waiter = state.waiters.get(d.entry.taskId);
      if (waiter && !replacement) {
        state.waiters.delete(d.entry.taskId);
        waiter.resolve(d);
        continue;
      }
      try {
        await this.carryOut(d, this.now(), { replacement, queuedBefore: !replacement });
        if (d.decision.outcome === 'rejected' && replacement) await this.failure(d.entry, `re-placement rejected: ${d.decision.rejectReason}`);
      } catch (err) {
        log.error({ taskId: d.entry.taskId, err: (err as Error).message }, 'could not publish a decision');
      }
    }
  }
}
