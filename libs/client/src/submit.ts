import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { trace, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { codecs, PlacementOutcome, TaskStatus, TaskProfile, ResourceHint, type MessageOf, type InitOf } from '@cellmesh/contracts';
import { subjects, Streams, isValidToken, SPILLED_RECEIPT_REASON, sharedJetStreamManager } from '@cellmesh/bus';
import { startProducerSpan, recordSpanError } from '@cellmesh/telemetry';
import { InvalidTaskError, TaskRejectedError, TaskTimeoutError, TaskFailedError } from './errors';
import { isFinalStatus } from './result-rule';

export type Profile = 'latencySensitive' | 'throughput' | 'batch';
export type Hint = 'gpuRequired' | 'cpuOnly' | 'memoryHeavy';

export interface TaskScope {
  gameId: string;
  roomId: string;
  taskId: string;
}

export interface SubmitOptions {
  kind: string;
  payload?: Uint8Array;
  cpuMillis?: number;
  memoryMib?: number;
  vramMib?: number;
  /** The node or site nearest the client: RTT is scored from there. */
  originNode?: string;
  /** Relative deadline; the task is abandoned on its node after this long. */
  deadlineMs?: number;
  /** Wait for the placement decision (default true). */
  awaitDecision?: boolean;
  /** Also wait for the task's result (committed to DataState by the worker). */
  awaitResult?: boolean;
  decisionTimeoutMs?: number;
  resultTimeoutMs?: number;
  /** Tracer of the submit PRODUCER span (the root of the task's trace); default the global provider's `cellmesh-client`. */
  tracer?: Tracer;
}

export interface SubmitOutcome {
  taskId: string;
  /** Sequence of the accepted submission in the TASKS stream. */
  streamSeq: number;
  duplicate: boolean;
  receipt?: MessageOf<'PlacementReceipt'>;
  /** The home cell spilled the task to another cell (cells topology); the result came back from there. */
  spilled?: boolean;
  result?: MessageOf<'TaskResult'>;
  /**
   * The taskId was submitted before: `receipt` and `result` are that submission's (a task id names one
   * task; re-submitting it never runs it again). Answered at once when the earlier task has finished.
   */
  existing?: boolean;
}

/** Room a dispatch needs around the submission it carries (node id, fencing token, headers, trace context). */
export const DISPATCH_ENVELOPE_BYTES = 4 * 1024;

/**
 * The largest encoded submission a server with this max_payload can carry all the way to a worker: the
 * dispatch wraps the submission, so it must leave the envelope free. Pure.
 */
export function checkSubmissionSize(encodedBytes: number, maxPayloadBytes: number | undefined, taskId: string): void {
  if (!maxPayloadBytes || maxPayloadBytes <= 0) return;
  const limit = maxPayloadBytes - DISPATCH_ENVELOPE_BYTES;
  if (encodedBytes > limit) {
    throw new InvalidTaskError(`task ${taskId}: the submission is ${encodedBytes} bytes, over the ${limit}-byte limit (the server's max_payload ${maxPayloadBytes} less ${DISPATCH_ENVELOPE_BYTES} for the dispatch around it); put large inputs in DataState and pass a reference`);
  }
}

const PROFILES: Record<Profile, TaskProfile> = {
  latencySensitive: TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE,
  throughput: TaskProfile.TASK_PROFILE_THROUGHPUT,
  batch: TaskProfile.TASK_PROFILE_BATCH,
};
const HINTS: Record<Hint, ResourceHint> = {
  gpuRequired: ResourceHint.RESOURCE_HINT_GPU_REQUIRED,
  cpuOnly: ResourceHint.RESOURCE_HINT_CPU_ONLY,
  memoryHeavy: ResourceHint.RESOURCE_HINT_MEMORY_HEAVY,
};

/** Builds the TaskSubmit message; throws InvalidTaskError naming the bad field. Pure. */
export function buildTaskSubmit(scope: TaskScope, profile: Profile, hints: readonly Hint[], opts: SubmitOptions, nowMs: number): InitOf<'TaskSubmit'> {
  for (const field of ['gameId', 'roomId', 'taskId'] as const) {
    if (!isValidToken(scope[field])) throw new InvalidTaskError(`scope.${field} ${JSON.stringify(scope[field])} must be 1-64 letters, digits, "-" or "_"`);
  }
  if (!(profile in PROFILES)) throw new InvalidTaskError(`profile ${JSON.stringify(profile)} must be one of ${Object.keys(PROFILES).join(', ')}`);
  for (const hint of hints) if (!(hint in HINTS)) throw new InvalidTaskError(`hint ${JSON.stringify(hint)} must be one of ${Object.keys(HINTS).join(', ')}`);
  if (hints.includes('gpuRequired') && hints.includes('cpuOnly')) throw new InvalidTaskError('hints gpuRequired and cpuOnly contradict each other');
  if (!opts.kind || opts.kind.length > 64) throw new InvalidTaskError('kind must be a non-empty name of at most 64 characters');
  for (const field of ['cpuMillis', 'memoryMib', 'vramMib', 'deadlineMs'] as const) {
    const v = opts[field];
    if (v !== undefined && (!Number.isInteger(v) || v < 0)) throw new InvalidTaskError(`${field} must be a non-negative integer, got ${v}`);
  }
  if (opts.originNode !== undefined && !isValidToken(opts.originNode)) throw new InvalidTaskError(`originNode ${JSON.stringify(opts.originNode)} is not a valid node id`);
  return {
    scope,
    profile: PROFILES[profile],
    hints: hints.map((h) => HINTS[h]),
    cpuMillis: opts.cpuMillis ?? 100,
    memoryMib: opts.memoryMib ?? 64,
    vramMib: opts.vramMib ?? 0,
    originNode: opts.originNode ?? '',
    deadlineMs: opts.deadlineMs ? nowMs + opts.deadlineMs : 0,
    kind: opts.kind,
    payload: opts.payload ?? new Uint8Array(),
    submittedAtMs: nowMs,
  };
}

/**
 * Submits a task to the fabric: durable publish into TASKS (de-duplicated on taskId), then
 * optionally waits for the placement receipt and the result. Works against any NATS server
 * where the fabric's streams exist.
 */
export async function submitTask(nc: NatsConnection, scope: TaskScope, profile: Profile, hints: readonly Hint[], opts: SubmitOptions): Promise<SubmitOutcome> {
  const message = buildTaskSubmit(scope, profile, hints, opts, Date.now());
  const subject = subjects.taskSubmit(scope.gameId, scope.roomId);
  const payload = codecs.TaskSubmit.encode(message);
  checkSubmissionSize(payload.byteLength, nc.info?.max_payload, scope.taskId);
  // The task's trace starts here: a PRODUCER span (`send task.submit.>`) whose context travels in
  // the headers to the scheduler; it stays open until the awaited receipt / result arrives.
  const { span, headers } = startProducerSpan(opts.tracer ?? trace.getTracer('cellmesh-client'), {
    subject, subjectTemplate: subjects.taskSubmitAll, scope, messageId: scope.taskId, bodySize: payload.byteLength,
  });
  // Subscribe before publishing so neither the receipt nor the result can slip past.
  const receiptSub = opts.awaitDecision === false ? undefined : nc.subscribe(subjects.placementReceipt(scope.taskId), { max: 1 });
  const resultSub = opts.awaitResult ? nc.subscribe(subjects.taskResult(scope.taskId), { max: 1 }) : undefined;
  try {
    // A task id names one task: when it already finished, answer with that outcome at once (nothing is re-run).
    const earlier = receiptSub || resultSub ? await storedMessage(nc, Streams.Results, subjects.taskResult(scope.taskId), codecs.TaskResult.decode) : undefined;
    const existing = earlier !== undefined && isFinalStatus(earlier.status);
    const ack = existing ? { seq: 0, duplicate: true } : await jetstream(nc).publish(subject, payload, { msgID: scope.taskId, headers });
    const outcome: SubmitOutcome = { taskId: scope.taskId, streamSeq: ack.seq, duplicate: ack.duplicate, ...(existing ? { existing: true } : {}) };
    if (existing) {
      outcome.receipt = await storedMessage(nc, Streams.Placements, subjects.placementReceipt(scope.taskId), codecs.PlacementReceipt.decode);
      if (resultSub) {
        outcome.result = earlier;
        if (earlier.status !== TaskStatus.TASK_STATUS_SUCCEEDED) throw new TaskFailedError(scope.taskId, earlier, { existing: true });
      }
      span.setAttribute('cellmesh.task.existing', true);
      span.setStatus({ code: SpanStatusCode.OK });
      return outcome;
    }
    if (receiptSub) {
      const receipt = await nextOrLast(nc, receiptSub, Streams.Placements, subjects.placementReceipt(scope.taskId), opts.decisionTimeoutMs ?? 10_000, codecs.PlacementReceipt.decode);
      if (!receipt) throw new TaskTimeoutError(scope.taskId, 'decision', opts.decisionTimeoutMs ?? 10_000);
      outcome.receipt = receipt;
      // A spilled task is not rejected: its home cell handed it to another cell, and the result comes back here.
      outcome.spilled = receipt.outcome === PlacementOutcome.PLACEMENT_OUTCOME_REJECTED && receipt.rejectReason === SPILLED_RECEIPT_REASON;
      if (receipt.outcome === PlacementOutcome.PLACEMENT_OUTCOME_REJECTED && !(outcome.spilled && resultSub)) throw new TaskRejectedError(scope.taskId, receipt.rejectReason, receipt);
    }
    if (resultSub) {
      const result = await nextOrLast(nc, resultSub, Streams.Results, subjects.taskResult(scope.taskId), opts.resultTimeoutMs ?? 60_000, codecs.TaskResult.decode);
      if (!result) throw new TaskTimeoutError(scope.taskId, 'result', opts.resultTimeoutMs ?? 60_000);
      outcome.result = result;
      if (result.status !== TaskStatus.TASK_STATUS_SUCCEEDED) throw new TaskFailedError(scope.taskId, result);
    }
    span.setStatus({ code: SpanStatusCode.OK });
    return outcome;
  } catch (err) {
    recordSpanError(span, err);
    throw err;
  } finally {
    receiptSub?.unsubscribe();
    resultSub?.unsubscribe();
    span.end();
  }
}

/** The newest message on a subject (direct get), decoded; undefined when there is none or it cannot be read. */
async function storedMessage<T>(nc: NatsConnection, stream: string, subject: string, decode: (b: Uint8Array) => T): Promise<T | undefined> {
  const stored = await (await sharedJetStreamManager(nc)).direct.getMessage(stream, { last_by_subj: subject }).catch(() => null);
  if (!stored) return undefined;
  try {
    return decode(stored.data);
  } catch {
    return undefined;
  }
}

/**
 * Looks in the stream first (a re-submitted task id's receipt is already there: answering from it at
 * once is what turned a 70 s wait into none), then waits for the live message; on timeout, looks in the
 * stream once more in case it was published while this client was reconnecting.
 */
async function nextOrLast<T>(nc: NatsConnection, sub: Subscription, stream: string, subject: string, timeoutMs: number, decode: (b: Uint8Array) => T): Promise<T | undefined> {
  const already = await storedMessage(nc, stream, subject, decode);
  if (already !== undefined) return already;
  const live = (async () => {
    for await (const m of sub) return decode(m.data);
    return undefined;
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
  const got = await Promise.race([live, timeout]);
  clearTimeout(timer);
  if (got !== undefined) return got;
  const stored = await (await sharedJetStreamManager(nc)).direct.getMessage(stream, { last_by_subj: subject }).catch(() => null);
  return stored ? decode(stored.data) : undefined;
}
