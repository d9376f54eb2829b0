/**
 * placement-scheduler I/O shell: follow the fleet (heartbeats, peer tables, topology), and while
 * active, consume TASKS durably, decide with placement-core, publish the receipt (PLACEMENTS) and
 * the dispatch (DISPATCH), release on TaskResult (RESULTS) and re-place the work of dead nodes.
 * Every decision is taken synchronously on the books (core/book.ts); this file only moves bytes.
 */
import type { Subscription } from '@nats-io/transport-node';
import { DeliverPolicy, jetstream, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import type { KV, KvWatchEntry } from '@nats-io/kv';
import { trace, type Span } from '@opentelemetry/api';
import { codecs, TaskStatus, type InitOf, type MessageOf } from '@cellmesh/contracts';
import {
  Buckets,
  Consumers,
  Streams,
  PermanentError,
  RetryableError,
  consumeDurable,
  isValidToken,
  keys,
  openBucket,
  subjects,
  subscribeMessages,
  type DurableConsumerHandle,
} from '@cellmesh/bus';
import { LeaseWatcher, ROOT_CLUSTER_ID } from '@cellmesh/leases';
import { createServiceHandle, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import { PlacementAttr, SpanName, recordPlacementOnSpan, withConsumerSpan, withInternalSpan, withProducerSpan, type NodeOpsMetrics } from '@cellmesh/telemetry';
import {
  Rule,
  TaskReason,
  WirePlacementOutcome,
  boundReceipt,
  defaultStack,
  needsGpu,
  taskSpecFromSubmit,
  toReceiptFields,
  type PlacementDecision,
} from '@cellmesh/placement-core';
import { compilePlacementSchedulerOptions, type CompiledPlacementSchedulerOptions, type PlacementSchedulerOptions } from './options';
import { Fleet, SchedulerBook, SchedulerReason, dispatchMsgId, heartbeatFromMetrics, receiptMsgId, type Decided, type InFlightEntry, type PendingEntry } from './core';
import { lastOnSubject, readStreamSince } from './streams';

export const SERVICE_NAME = 'placement-scheduler';
/** The fencing scope of every dispatch and receipt: the root election (one active scheduler per fabric). */
export const FENCING_CLUSTER_ID = ROOT_CLUSTER_ID;

/** The queue-depth gauge's `queue` label: GPU tasks waiting for capacity. */
export const GPU_WAIT_QUEUE = 'gpu-wait';

/** What the scheduler needs beyond ServiceDeps; both optional so one process can host many nodes cheaply. */
export interface PlacementSchedulerDeps extends ServiceDeps {
  /**
   * The lease view that decides activation 'root-leader' (shared per process by `cellmesh up`); the
   * scheduler opens its own on `cm_leases` (and stops it) when absent and the activation needs one.
   */
  leases?: LeaseWatcher;
  /** Operator metrics of this node: placed / queued / rejected by reason, decision latency. */
  metrics?: NodeOpsMetrics;
}

type Submit = MessageOf<'TaskSubmit'>;
type Receipt = InitOf<'PlacementReceipt'>;

export interface FencingTokenView {
  readonly clusterId: string;
  readonly holder: string;
  /** 0 when activation is 'always' (no lease: a single instance per fabric is the operator's promise). */
  readonly term: number;
}

/** One decision as `cellmesh up` shows it live. */
export interface PlacementEvent {
  readonly taskId: string;
  readonly gameId: string;
  readonly roomId: string;
  readonly outcome: 'placed' | 'queued' | 'rejected';
  readonly chosenNode: string;
  readonly gpuIndex: number;
  readonly rule: string;
  readonly reason: string;
  readonly profile: string;
  readonly attempt: number;
  readonly decidedAtMs: number;
  readonly decisionLatencyMs: number;
  /** True for a re-placement after the task's node died. */
  readonly replacement: boolean;
}

export interface SchedulerCounters {
  placed: number;
  queued: number;
  /** Rejections by reason. */
  rejected: Record<string, number>;
  /** Tasks placed again after their node died. */
  replaced: number;
  dispatched: number;
  completed: number;
  /** Redelivered submissions already decided (answered from the books or the PLACEMENTS stream). */
  duplicates: number;
}

export interface PlacementSchedulerHandle extends ServiceHandle {
  readonly options: CompiledPlacementSchedulerOptions;
  /** True while this instance pulls submissions (always, or while it holds the root lease). */
  readonly active: boolean;
  readonly fencing: FencingTokenView | undefined;
  readonly inFlight: number;
  readonly queued: number;
  readonly nodesKnown: number;
  counters(): SchedulerCounters;
  /** The newest decisions, oldest first (bounded by recentReceiptsLimit). */
  recentReceipts(): PlacementEvent[];
  /** Called on every decision; returns the unsubscribe function. */
  onPlacement(listener: (event: PlacementEvent) => void): () => void;
}

interface Waiter {
  resolve(d: Decided<Submit>): void;
  reject(err: Error): void;
}

const PROFILE_NAMES: Record<number, string> = { 1: 'latencySensitive', 2: 'throughput', 3: 'batch' };
const OUTCOME_BY_WIRE: Record<number, PlacementEvent['outcome']> = { [WirePlacementOutcome.placed]: 'placed', [WirePlacementOutcome.queued]: 'queued', [WirePlacementOutcome.rejected]: 'rejected' };
/** CPU rejections that a retry may cure (nodes busy or not heard from yet): the submission is nak'ed until maxDeliver. */
const RETRYABLE_CPU_REASONS: ReadonlySet<string> = new Set([TaskReason.NoFeasibleNode, TaskReason.NoCandidates]);

/**
 * taskSpecFromSubmit over a decoded TaskSubmit whose 64-bit fields are plain numbers: an unset
 * int64 decodes to the generated prototype default, which may be a Long object rather than 0.
 */
function specOf(submit: InitOf<'TaskSubmit'>) {
  return taskSpecFromSubmit({ ...submit, deadlineMs: Number(submit.deadlineMs ?? 0), hints: submit.hints ?? [] } as Parameters<typeof taskSpecFromSubmit>[0]);
}

export async function startPlacementScheduler(deps: PlacementSchedulerDeps, options: PlacementSchedulerOptions = {}): Promise<PlacementSchedulerHandle> {
  const opts = compilePlacementSchedulerOptions(options);
  const { nc, clock } = deps;
  const log = deps.logger.child({ service: SERVICE_NAME, nodeId: deps.nodeId });
  const stack = defaultStack(opts.weights);
  const fleet = new Fleet({ gpuSlotsPerGpu: opts.gpuSlotsPerGpu, assumedMemoryMibPerCore: opts.assumedMemoryMibPerCore });
  const js = jetstream(nc);

  let book = new SchedulerBook<Submit>(stack, opts);
  let fencing: FencingTokenView | undefined;
  let active = false;
  let stopping = false;
  const counters: SchedulerCounters = { placed: 0, queued: 0, rejected: {}, replaced: 0, dispatched: 0, completed: 0, duplicates: 0 };
  const recent: PlacementEvent[] = [];
  const listeners = new Set<(e: PlacementEvent) => void>();
  const waiters = new Map<string, Waiter>();

  // ---- fleet sources (followed by standbys too, so a takeover starts with a warm view) ----------
  const subs: Subscription[] = [];
  const watches: { stop(): void }[] = [];
  const watchLoops: Promise<void>[] = [];

  const applyHeartbeat = (m: MessageOf<'NodeMetrics'>, seenMs: number) => {
    const hb = heartbeatFromMetrics(m);
    if (hb && isValidToken(hb.nodeId)) fleet.observeHeartbeat(hb, seenMs);
  };
  subs.push(
    subscribeMessages(nc, subjects.metricsNodeAll, codecs.NodeMetrics, (m) => applyHeartbeat(m, clock.now()), {
      service: SERVICE_NAME, nodeId: deps.nodeId, logger: log, deadLetterBadPayloads: false,
    }),
  );

  const follow = async (bucket: KV, key: string, apply: (entry: KvWatchEntry) => void) => {
    const iter = await bucket.watch({ key });
    watches.push(iter);
    watchLoops.push(
      (async () => {
        for await (const entry of iter) {
          try {
            apply(entry);
          } catch (err) {
            log.warn({ key: entry.key, err: (err as Error).message }, 'ignoring a malformed value');
          }
        }
      })().catch((err: Error) => log.warn({ err: err.message, key }, 'watch ended')),
    );
  };
  const isPut = (e: KvWatchEntry) => e.operation === 'PUT';
  const [nodesKv, metricsKv, topologyKv] = await Promise.all([openBucket(nc, Buckets.Nodes), openBucket(nc, Buckets.Metrics), openBucket(nc, Buckets.Topology)]);
  const nodeKeyPrefix = keys.node('x').slice(0, -1);
  await follow(nodesKv, `${nodeKeyPrefix}>`, (e) => {
    // A replayed registry entry counts from when it was written, not from when this instance read it.
    if (isPut(e)) applyHeartbeat(codecs.NodeMetrics.decode(e.value), Math.min(clock.now(), e.created.getTime()));
    else fleet.observeGone(e.key.slice(nodeKeyPrefix.length));
  });
  await follow(metricsKv, `${keys.peers('x').slice(0, -1)}>`, (e) => {
    if (isPut(e)) fleet.observePeerTable(codecs.PeerTable.decode(e.value));
  });
  const clusterPrefix = keys.cluster('x').slice(0, -1);
  const neighboursPrefix = keys.neighbours('x').slice(0, -1);
  await follow(topologyKv, '>', (e) => {
    if (!isPut(e)) return;
    if (e.key.startsWith(clusterPrefix)) fleet.observeClusterState(codecs.ClusterState.decode(e.value));
    else if (e.key.startsWith(neighboursPrefix)) fleet.observeNeighbours(codecs.NeighbourList.decode(e.value));
  });

  // ---- publishing: receipts, dispatches, failures ---------------------------------------------
  const emitEvent = (event: PlacementEvent) => {
    if (opts.recentReceiptsLimit > 0) {
      recent.push(event);
      if (recent.length > opts.recentReceiptsLimit) recent.splice(0, recent.length - opts.recentReceiptsLimit);
    }
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'placement listener threw');
      }
    }
  };

  const count = (outcome: PlacementEvent['outcome'], reason: string, profile: string) => {
    if (outcome === 'placed') {
      counters.placed++;
      deps.metrics?.taskPlaced(profile);
    } else if (outcome === 'queued') {
      counters.queued++;
      deps.metrics?.taskQueued(reason || 'unknown');
    } else {
      counters.rejected[reason || 'unknown'] = (counters.rejected[reason || 'unknown'] ?? 0) + 1;
      deps.metrics?.taskRejected(reason || 'unknown');
    }
  };

  const buildReceipt = (submit: Submit, decision: PlacementDecision, attempt: number, startedAtMs: number, span: Span | undefined): Receipt => {
    const fields = toReceiptFields(boundReceipt(decision, opts.receiptMaxCandidates));
    const scope = submit.scope;
    return {
      ...fields,
      scope: { gameId: scope?.gameId ?? '', roomId: scope?.roomId ?? '', taskId: scope?.taskId ?? '' },
      decidedAtMs: clock.now(),
      decisionLatencyMs: Math.max(0, clock.now() - startedAtMs),
      schedulerNode: deps.nodeId,
      fencing: fencing ?? { clusterId: FENCING_CLUSTER_ID, holder: deps.nodeId, term: 0 },
      attempt,
      traceId: span?.spanContext().traceId ?? '',
    };
  };

  /** A receipt for a task that never reached the core (bad profile, scope…): outcome REJECTED with the reason. */
  const rejectionReceipt = (submit: Submit, reason: string, attempt: number): Receipt => ({
    scope: { gameId: submit.scope?.gameId ?? '', roomId: submit.scope?.roomId ?? '', taskId: submit.scope?.taskId ?? '' },
    outcome: WirePlacementOutcome.rejected,
    chosenNode: '',
    gpuIndex: -1,
    rule: 'rejected',
    rejectReason: reason,
    candidates: [],
    profile: submit.profile ?? 0,
    decidedAtMs: clock.now(),
    decisionLatencyMs: 0,
    schedulerNode: deps.nodeId,
    fencing: fencing ?? { clusterId: FENCING_CLUSTER_ID, holder: deps.nodeId, term: 0 },
    attempt,
    traceId: trace.getActiveSpan()?.spanContext().traceId ?? '',
    candidatesOmitted: 0,
  });

  const publishReceipt = async (receipt: Receipt, msgId: string, replacement: boolean): Promise<void> => {
    const taskId = receipt.scope?.taskId ?? '';
    const subject = subjects.placementReceipt(taskId);
    await withProducerSpan(deps.tracer, { subject, subjectTemplate: subjects.placementReceiptAll, scope: receipt.scope, nodeId: deps.nodeId, messageId: msgId }, async (headers) => {
      await js.publish(subject, codecs.PlacementReceipt.encode(receipt), { msgID: msgId, headers });
    });
    const outcome = OUTCOME_BY_WIRE[receipt.outcome ?? 0] ?? 'rejected';
    const profile = PROFILE_NAMES[receipt.profile ?? 0] ?? 'unknown';
    count(outcome, receipt.rejectReason || (outcome === 'queued' ? receipt.rule ?? '' : ''), profile);
    deps.metrics?.setQueueDepth(GPU_WAIT_QUEUE, book.queuedCount);
    if (replacement && outcome === 'placed') counters.replaced++;
    emitEvent({
      taskId, gameId: receipt.scope?.gameId ?? '', roomId: receipt.scope?.roomId ?? '', outcome, chosenNode: receipt.chosenNode ?? '', gpuIndex: receipt.gpuIndex ?? -1,
      rule: receipt.rule ?? '', reason: receipt.rejectReason ?? '', profile, attempt: receipt.attempt ?? 0,
      decidedAtMs: Number(receipt.decidedAtMs ?? 0), decisionLatencyMs: receipt.decisionLatencyMs ?? 0, replacement,
    });
    log.debug({ taskId, outcome, node: receipt.chosenNode, rule: receipt.rule, reason: receipt.rejectReason, attempt: receipt.attempt }, 'placement decided');
  };

  const publishDispatch = async (entry: InFlightEntry<Submit>): Promise<void> => {
    const taskId = entry.task.scope.taskId;
    const subject = needsGpu(entry.task) ? subjects.taskRunGpu(entry.nodeId) : subjects.taskRun(entry.nodeId);
    const msgId = dispatchMsgId(taskId, entry.attempt);
    const dispatch: InitOf<'TaskDispatch'> = {
      task: entry.submit,
      nodeId: entry.nodeId,
      gpuIndex: entry.gpuIndex ?? -1,
      fencing: fencing ?? { clusterId: FENCING_CLUSTER_ID, holder: deps.nodeId, term: 0 },
      attempt: entry.attempt,
      dispatchedAtMs: entry.dispatchedAtMs,
    };
    await withProducerSpan(deps.tracer, { subject, subjectTemplate: subjects.taskRunAll, scope: entry.task.scope, nodeId: entry.nodeId, messageId: msgId }, async (headers) => {
      const ack = await js.publish(subject, codecs.TaskDispatch.encode(dispatch), { msgID: msgId, headers });
      if (!ack.duplicate) counters.dispatched++;
    });
  };

  /** A task the fabric accepted and can no longer run: tell whoever waits for its result. */
  const publishFailure = async (entry: InFlightEntry<Submit> | PendingEntry<Submit>, error: string): Promise<void> => {
    const scope = entry.task.scope;
    const result: InitOf<'TaskResult'> = {
      scope: { gameId: scope.gameId, roomId: scope.roomId, taskId: scope.taskId },
      nodeId: deps.nodeId, status: TaskStatus.TASK_STATUS_FAILED, error, gpuIndex: -1, finishedAtMs: clock.now(), kind: entry.task.kind ?? '',
    };
    await js.publish(subjects.taskResult(scope.taskId), codecs.TaskResult.encode(result), { msgID: `${scope.taskId}:scheduler:${entry.attempt}` });
  };

  /** Publishes what a decision means: receipt, and for a placement the dispatch. Used by every path. */
  const carryOut = async (d: Decided<Submit>, startedAtMs: number, opts2: { replacement: boolean; queuedBefore: boolean }): Promise<void> => {
    const { decision, entry } = d;
    await withInternalSpan(deps.tracer, SpanName.Place, { scope: entry.task.scope, nodeId: deps.nodeId, attributes: { [PlacementAttr.Attempt]: entry.attempt } }, async (span) => {
      const receipt = buildReceipt(entry.submit, decision, entry.attempt, startedAtMs, span);
      if (d.note) receipt.rule = d.note;
      if (fencing) span.setAttribute(PlacementAttr.FencingTerm, fencing.term);
      recordPlacementOnSpan(span, receipt);
      // Only first decisions: a queued task's later placement would count its wait as decision time.
      if (!opts2.queuedBefore && !opts2.replacement) deps.metrics?.observeDecisionLatencyMs(receipt.decisionLatencyMs ?? 0);
      await publishReceipt(receipt, receiptMsgId(entry.taskId, entry.attempt, decision.outcome === 'queued' && !opts2.queuedBefore), opts2.replacement);
    });
    if (decision.outcome === 'placed') {
      const inFlight = book.inFlightTask(entry.taskId);
      if (inFlight) await publishDispatch(inFlight);
    }
  };

  /** Decisions taken outside a submission's handler (queue drained, re-placements): a waiting handler takes them, else they are published here. */
  const deliver = async (decided: readonly Decided<Submit>[], replacement: boolean) => {
    for (const d of decided) {
      const waiter = waiters.get(d.entry.taskId);
      if (waiter && !replacement) {
        waiters.delete(d.entry.taskId);
        waiter.resolve(d);
        continue;
      }
      try {
        await carryOut(d, clock.now(), { replacement, queuedBefore: replacement ? false : true });
        if (d.decision.outcome === 'rejected' && replacement) await publishFailure(d.entry, `re-placement rejected: ${d.decision.rejectReason}`);
      } catch (err) {
        log.error({ taskId: d.entry.taskId, err: (err as Error).message }, 'could not publish a decision');
      }
    }
  };

  // ---- submissions ------------------------------------------------------------------------------
  const handleSubmission = async (submit: Submit, msg: JsMsg): Promise<void> => {
    const startedAtMs = clock.now();
    const scope = submit.scope;
    const taskId = scope?.taskId ?? '';
    // Without a usable task id there is no receipt subject to answer on: dead letter, with the reason.
    if (!taskId) throw new PermanentError('task submission has no scope.taskId (missing-scope)', 'missing-scope');
    if (!isValidToken(taskId)) throw new PermanentError(`task submission scope.taskId ${JSON.stringify(taskId)} is not a valid subject token (${SchedulerReason.InvalidScope})`, SchedulerReason.InvalidScope);

    // Idempotency, cheapest first: the books, then the PLACEMENTS stream (a previous instance's decision).
    const known = book.inFlightTask(taskId);
    if (known) {
      counters.duplicates++;
      await publishDispatch(known);
      return;
    }
    if (book.isQueued(taskId)) {
      counters.duplicates++;
      throw new RetryableError(`task ${taskId} is waiting in the GPU queue under an earlier delivery`, { backoffMs: opts.ackWaitMs });
    }
    const lastBytes = await lastOnSubject(nc, Streams.Placements, subjects.placementReceipt(taskId));
    const last = lastBytes ? codecs.PlacementReceipt.decode(lastBytes) : undefined;
    if (last && last.outcome === WirePlacementOutcome.rejected) {
      counters.duplicates++;
      return;
    }
    if (last && last.outcome === WirePlacementOutcome.placed) {
      counters.duplicates++;
      const finished = await lastOnSubject(nc, Streams.Results, subjects.taskResult(taskId));
      if (finished) return;
      const spec = specOf(submit);
      if (!spec.ok) return;
      const entry: InFlightEntry<Submit> = {
        task: spec.task, submit, nodeId: last.chosenNode, gpuIndex: last.gpuIndex >= 0 ? last.gpuIndex : undefined, attempt: last.attempt || 1, dispatchedAtMs: Number(last.decidedAtMs),
      };
      book.restore(entry, fleet);
      await publishDispatch(entry);
      return;
    }
    const attempt = last?.attempt || 1;

    const subjectTokens = msg.subject.split('.');
    let reason: string | undefined;
    if (!isValidToken(scope?.gameId ?? '') || !isValidToken(scope?.roomId ?? '')) reason = SchedulerReason.InvalidScope;
    else if (subjectTokens[2] !== scope?.gameId || subjectTokens[3] !== scope?.roomId) reason = SchedulerReason.ScopeSubjectMismatch;
    const spec = reason ? undefined : specOf(submit);
    if (spec && !spec.ok) reason = spec.reason;
    if (reason || !spec || !spec.ok) {
      await publishReceipt(rejectionReceipt(submit, reason ?? 'invalid-task', attempt), receiptMsgId(taskId, attempt, false), false);
      return;
    }

    const entry: PendingEntry<Submit> = { taskId, deadlineMs: spec.task.deadlineMs, task: spec.task, submit, attempt };
    const decided = book.decide(entry, fleet, clock.now());
    const { decision } = decided;
    if (decision.outcome === 'rejected' && !needsGpu(spec.task) && RETRYABLE_CPU_REASONS.has(decision.rejectReason ?? '') && msg.info.deliveryCount < opts.maxDeliver) {
      throw new RetryableError(`no node fits task ${taskId} now (${decision.rejectReason}); retrying`, { backoffMs: opts.retryBackoffMs });
    }
    await carryOut(decided, startedAtMs, { replacement: false, queuedBefore: false });
    if (decision.outcome !== 'queued') return;

    // Queued for GPU capacity: hold the submission (progress acks keep it ours) until a release
    // places it; a stop naks it so the next active instance decides again.
    const final = await new Promise<Decided<Submit>>((resolve, reject) => {
      waiters.set(taskId, { resolve, reject });
    });
    await carryOut(final, startedAtMs, { replacement: false, queuedBefore: true });
  };

  // ---- activation, rebuild, results, liveness ---------------------------------------------------
  let consumer: DurableConsumerHandle | undefined;
  let results: ConsumerMessages | undefined;
  let resultsLoop: Promise<void> | undefined;
  let livenessTimer: NodeJS.Timeout | undefined;
  let progressTimer: NodeJS.Timeout | undefined;
  const heldMessages = new Map<string, JsMsg>();
  let ticking = false;

  const onResult = async (result: MessageOf<'TaskResult'>) => {
    const taskId = result.scope?.taskId;
    if (!taskId) return;
    if (book.complete(taskId)) counters.completed++;
    await deliver(book.retryQueued(fleet, clock.now()), false);
  };

  /** DISPATCH minus RESULTS over the rebuild window: the tasks in flight when the previous instance stopped. */
  const rebuild = async (): Promise<void> => {
    const sinceMs = clock.now() - opts.rebuildWindowMs;
    const dispatched = new Map<string, InFlightEntry<Submit>>();
    await readStreamSince(nc, Streams.Dispatch, sinceMs, (m) => {
      try {
        const d = codecs.TaskDispatch.decode(m.data);
        if (!d.task) return;
        const spec = specOf(d.task);
        if (!spec.ok) return;
        const prev = dispatched.get(spec.task.scope.taskId);
        if (prev && prev.attempt >= (d.attempt ?? 0)) return;
        dispatched.set(spec.task.scope.taskId, {
          task: spec.task, submit: d.task as Submit, nodeId: d.nodeId, gpuIndex: d.gpuIndex >= 0 ? d.gpuIndex : undefined, attempt: d.attempt || 1, dispatchedAtMs: Number(d.dispatchedAtMs),
        });
      } catch (err) {
        log.warn({ seq: m.seq, err: (err as Error).message }, 'skipping an undecodable dispatch while rebuilding');
      }
    });
    await readStreamSince(nc, Streams.Results, sinceMs, (m) => {
      try {
        const taskId = codecs.TaskResult.decode(m.data).scope?.taskId;
        if (taskId) dispatched.delete(taskId);
      } catch {
        // an undecodable result cannot finish anything
      }
    });
    let gpuMissing = 0;
    for (const entry of dispatched.values()) if (!book.restore(entry, fleet).gpuRestored) gpuMissing++;
    log.info({ inFlight: dispatched.size, gpuMissing }, 'rebuilt in-flight tasks from DISPATCH minus RESULTS');
  };

  const tick = async () => {
    if (ticking || !active) return;
    ticking = true;
    try {
      const now = clock.now();
      for (const dead of book.deadNodesWithWork(fleet, now)) {
        const loss = book.handleNodeLoss(dead, fleet, now);
        log.warn({ node: dead, replaced: loss.decided.length, exhausted: loss.exhausted.length }, 'node dead: re-placing its unfinished tasks');
        await deliver(loss.decided, true);
        for (const gone of loss.exhausted) {
          await publishReceipt(rejectionReceipt(gone.submit, SchedulerReason.AttemptsExhausted, gone.attempt + 1), receiptMsgId(gone.task.scope.taskId, gone.attempt + 1, false), true).catch(() => undefined);
          await publishFailure(gone, `node ${dead} died and the task used its ${opts.maxAttempts} attempts`).catch(() => undefined);
        }
      }
      await deliver(book.retryPendingReplacements(fleet, now), true);
      for (const expired of book.expireQueued(now)) {
        const waiter = waiters.get(expired.taskId);
        const rejection: Decided<Submit> = {
          entry: expired,
          decision: { taskId: expired.taskId, profile: expired.task.profile, outcome: 'rejected', rule: Rule.Rejected, rejectReason: SchedulerReason.DeadlinePassedWhileQueued as unknown as TaskReason, candidates: [], candidatesOmitted: 0 },
        };
        if (waiter) {
          waiters.delete(expired.taskId);
          waiter.resolve(rejection);
        } else await deliver([rejection], true);
      }
      await deliver(book.retryQueued(fleet, now), false);
      fleet.forgetLongDead(now, Math.max(10 * opts.heartbeatStaleMs, 60_000));
      deps.metrics?.setQueueDepth(GPU_WAIT_QUEUE, book.queuedCount);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'liveness tick failed');
    } finally {
      ticking = false;
    }
  };

  const activate = async (token: FencingTokenView) => {
    fencing = token;
    book = new SchedulerBook<Submit>(stack, opts);
    const resultsFromMs = clock.now() - 1_000;
    await rebuild();
    // Results from just before the rebuild on: none can slip between the rebuild and the follower.
    const follower = await js.consumers.get(Streams.Results, { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(resultsFromMs).toISOString() });
    results = await follower.consume();
    const messages = results;
    resultsLoop = (async () => {
      for await (const m of messages) {
        try {
          await onResult(codecs.TaskResult.decode(m.data));
        } catch (err) {
          log.warn({ seq: m.seq, err: (err as Error).message }, 'ignoring an undecodable task result');
        }
      }
    })().catch((err: Error) => log.error({ err: err.message }, 'results follower ended'));
    consumer = await consumeDurable(nc, {
      service: SERVICE_NAME,
      nodeId: deps.nodeId,
      stream: Streams.Tasks,
      durable: Consumers.scheduler,
      filterSubject: subjects.taskSubmitAll,
      codec: codecs.TaskSubmit,
      logger: log,
      maxDeliver: opts.maxDeliver,
      ackWaitMs: opts.ackWaitMs,
      // Queued GPU tasks hold their message until placed, so room for the whole queue plus a working set.
      maxInFlight: opts.gpuWaitQueueCapacity + 64,
      handler: (submit, msg) =>
        withConsumerSpan(deps.tracer, msg.headers, { subject: msg.subject, subjectTemplate: subjects.taskSubmitAll, scope: submit.scope, nodeId: deps.nodeId, consumerGroup: Consumers.scheduler, messageId: submit.scope?.taskId ?? undefined }, async () => {
          const taskId = submit.scope?.taskId ?? '';
          if (taskId) heldMessages.set(taskId, msg);
          try {
            await handleSubmission(submit, msg);
          } finally {
            if (heldMessages.get(taskId) === msg) heldMessages.delete(taskId);
          }
        }),
    });
    livenessTimer = setInterval(() => void tick(), opts.livenessCheckIntervalMs);
    livenessTimer.unref();
    // Messages held for the GPU queue stay ours while they wait.
    progressTimer = setInterval(() => {
      for (const [taskId, m] of heldMessages) if (waiters.has(taskId)) m.working();
    }, Math.max(100, Math.floor(opts.ackWaitMs / 3)));
    progressTimer.unref();
    active = true;
    log.info({ fencing: token, nodes: fleet.size, inFlight: book.inFlightCount }, 'placement-scheduler active');
  };

  const deactivate = async (graceMs: number) => {
    if (!active && !consumer) return;
    active = false;
    if (livenessTimer) clearInterval(livenessTimer);
    if (progressTimer) clearInterval(progressTimer);
    // Waiting submissions go back to the stream at once, for the next active instance.
    for (const [taskId, waiter] of waiters) {
      waiters.delete(taskId);
      waiter.reject(new RetryableError(`scheduler ${deps.nodeId} stopped while task ${taskId} waited for GPU capacity`, { backoffMs: 0 }));
    }
    await consumer?.stop(graceMs);
    consumer = undefined;
    await results?.close().catch(() => undefined);
    await resultsLoop;
    results = undefined;
    log.info('placement-scheduler inactive');
  };

  // ---- which instance schedules -------------------------------------------------------------------
  let leaseTimer: NodeJS.Timeout | undefined;
  let unwatchLeases: (() => void) | undefined;
  let stopOwnLeases: (() => Promise<void>) | undefined;
  if (opts.activation === 'always') {
    await activate({ clusterId: FENCING_CLUSTER_ID, holder: deps.nodeId, term: 0 });
  } else {
    // The root lease decides: the holder schedules under its term (the fencing token of every
    // receipt and dispatch). The LeaseWatcher (@cellmesh/leases) follows `lease.root` and keeps the
    // fence the executors check, so a takeover is seen here as soon as the watch delivers it.
    const leases = deps.leases ?? (await LeaseWatcher.open(nc, { clock, logger: log }));
    if (!deps.leases) stopOwnLeases = () => leases.stop();
    let switching: Promise<void> = Promise.resolve();
    const reconsider = () => {
      switching = switching.then(async () => {
        if (stopping) return;
        const lease = leases.lease(FENCING_CLUSTER_ID)?.record;
        const holds = lease !== undefined && lease.holder === deps.nodeId && lease.expiresAtMs > clock.now();
        const term = lease?.term ?? 0;
        if (holds && (!active || fencing?.term !== term)) {
          if (active) await deactivate(1_000);
          await activate({ clusterId: FENCING_CLUSTER_ID, holder: deps.nodeId, term });
        } else if (!holds && active) {
          await deactivate(1_000);
        }
      }).catch((err: Error) => log.error({ err: err.message }, 'activation change failed'));
    };
    unwatchLeases = leases.onChange((change) => {
      if (change.clusterId === FENCING_CLUSTER_ID) reconsider();
    });
    reconsider();
    leaseTimer = setInterval(reconsider, opts.livenessCheckIntervalMs);
    leaseTimer.unref();
    log.info('placement-scheduler standing by for the root lease');
  }

  const handle = createServiceHandle(SERVICE_NAME, async ({ graceMs }) => {
    stopping = true;
    if (leaseTimer) clearInterval(leaseTimer);
    unwatchLeases?.();
    await deactivate(graceMs);
    await stopOwnLeases?.();
    for (const s of subs) s.unsubscribe();
    for (const w of watches) w.stop();
    await Promise.all(watchLoops);
    log.info('placement-scheduler stopped');
  });
  return Object.defineProperties(handle, {
    options: { value: opts, enumerable: true },
    active: { get: () => active, enumerable: true },
    fencing: { get: () => fencing, enumerable: true },
    inFlight: { get: () => book.inFlightCount, enumerable: true },
    queued: { get: () => book.queuedCount, enumerable: true },
    nodesKnown: { get: () => fleet.size, enumerable: true },
    counters: { value: () => ({ ...counters, rejected: { ...counters.rejected } }) },
    recentReceipts: { value: () => [...recent] },
    onPlacement: {
      value: (listener: (e: PlacementEvent) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  }) as unknown as PlacementSchedulerHandle;
}

