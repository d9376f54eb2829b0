/**
 * cpu-worker I/O shell: consume this node's dispatches durably, run each task on the thread pool
 * under its deadline, commit the output to DataState, publish the TaskResult, report load.
 */
import { availableParallelism } from 'node:os';
import type { JsMsg } from '@nats-io/jetstream';
import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { codecs, TaskStatus, type MessageOf, type InitOf } from '@cellmesh/contracts';
import { consumeDurable, isValidToken, subjects, Streams, Consumers, PermanentError, RetryableError } from '@cellmesh/bus';
import { CommitRejectedError, LoadReporter, assertDispatchFencingAt, commitDelta, isFinalStatus, lastTaskResult, outcomeOfCommitRejection, publishTaskResult } from '@cellmesh/client';
import { LeaseWatcher } from '@cellmesh/leases';
import { createServiceHandle, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import { CellmeshAttr, SpanName, withConsumerSpan, withInternalSpan, type NodeOpsMetrics } from '@cellmesh/telemetry';
import { compileCpuWorkerOptions, type CpuWorkerOptions, type CompiledCpuWorkerOptions } from './options';
import { planDeadline, describeTimeout, taskResultKey, SUMMARY_KEY_NAME, type DeadlineReason } from './core';
import { isKnownTaskKind, knownTaskKinds } from './tasks/registry';
import { encodeJson } from './tasks/payload';
import { UnknownTaskKindError, type TaskOutput } from './tasks/types';
import { createTaskPool, TaskAbandonedOnStop, TaskDeadlineExceeded, type TaskPool } from './pool/task-pool';

export const SERVICE_NAME = 'cpu-worker';
/** TaskResult.output carries the summary only up to this size; the full output is in DataState. */
export const MAX_RESULT_OUTPUT_BYTES = 64 * 1024;
/** The queue-depth gauge's `queue` label: dispatches waiting for a pool thread. */
export const QUEUE_NAME = 'cpu-pool';
/** Room left in a NATS message for the CommitDelta fields and headers around the writes. */
const COMMIT_ENVELOPE_BYTES = 8 * 1024;

/** What the worker needs beyond ServiceDeps; both optional so one process can host many nodes cheaply. */
export interface CpuWorkerDeps extends ServiceDeps {
  /**
   * The lease view dispatches are fenced against (one per process is enough: `cellmesh up` shares
   * one). Without it the worker opens its own on `cm_leases` and stops it on stop().
   */
  leases?: LeaseWatcher;
  /** Operator metrics of this node (createNodeMetrics; a shared registry labelled node=<id>). */
  metrics?: NodeOpsMetrics;
}

/** The operator-metric name of a task status: TASK_STATUS_TIMED_OUT → timed_out. */
export function statusLabel(status: TaskStatus): string {
  return (TaskStatus[status] ?? String(status)).replace('TASK_STATUS_', '').toLowerCase();
}

export interface CpuWorkerHandle extends ServiceHandle {
  /** Dispatches waiting for a pool thread. */
  readonly queueDepth: number;
  /** Dispatches executing on a pool thread. */
  readonly runningTasks: number;
  readonly options: CompiledCpuWorkerOptions;
}

/** A dispatch whose required fields were checked once, at the door. */
interface CheckedDispatch {
  gameId: string;
  roomId: string;
  taskId: string;
  kind: string;
  payload: Uint8Array;
  deadlineMs: number;
  attempt: number;
  fencing: MessageOf<'TaskDispatch'>['fencing'];
  /** The room's home cell when the task was spilled here from another cell ('' otherwise): result and commit go home. */
  homeCell: string;
  /** When DISPATCH accepted this dispatch (its JetStream timestamp, ms): the instant accept-time fencing judges. */
  acceptedAtMs: number;
}

/**
 * Checks what every dispatch needs; a dispatch without a usable scope cannot even get a result (its
 * ids build the result and commit subjects), so it is dead-lettered on its first delivery, never run.
 */
export function checkDispatch(dispatch: MessageOf<'TaskDispatch'>, nodeId: string, acceptedAtMs = 0): CheckedDispatch {
  const task = dispatch.task;
  const scope = task?.scope;
  if (!task || !scope?.gameId || !scope.roomId || !scope.taskId) throw new PermanentError('dispatch carries no task scope (gameId, roomId, taskId)', 'bad-scope');
  for (const field of ['gameId', 'roomId', 'taskId'] as const) {
    if (!isValidToken(scope[field] ?? '')) throw new PermanentError(`dispatch scope.${field} ${JSON.stringify(scope[field])} is not a valid id (1-64 letters, digits, "-" or "_")`, 'bad-scope');
  }
  if (dispatch.nodeId !== nodeId) throw new PermanentError(`dispatch for node ${JSON.stringify(dispatch.nodeId)} reached the worker of ${nodeId}`, 'wrong-node');
  return {
    gameId: scope.gameId, roomId: scope.roomId, taskId: scope.taskId, kind: task.kind ?? '', payload: task.payload ?? new Uint8Array(),
    deadlineMs: Number(task.deadlineMs ?? 0), attempt: dispatch.attempt ?? 0, fencing: dispatch.fencing ?? undefined, acceptedAtMs, homeCell: task.homeCell ?? '',
  };
}

/** A JetStream message's stored-at time in ms. */
function acceptedAtMsOf(msg: JsMsg): number {
  return Math.floor(Number(msg.info.timestampNanos) / 1_000_000);
}

interface ExecutionOutcome {
  status: TaskStatus;
  error: string;
  output?: TaskOutput;
  computeMs: number;
}

export async function startCpuWorker(deps: CpuWorkerDeps, options: CpuWorkerOptions = {}): Promise<CpuWorkerHandle> {
  const opts = compileCpuWorkerOptions(options, { cores: availableParallelism() });
  const log = deps.logger.child({ service: SERVICE_NAME, nodeId: deps.nodeId });
  for (const warning of opts.warnings) log.warn(warning);
  const pool: TaskPool = createTaskPool({ maxThreads: opts.maxThreads, idleTimeoutMs: opts.idleThreadTimeoutMs });
  /** Abort controllers of the tasks on (or waiting for) the pool, to stop them on shutdown. */
  const inPool = new Map<string, AbortController>();
  const figures = () => ({ queueDepth: pool.queued, runningTasks: Math.max(inPool.size - pool.queued, 0) });
  const reporter = new LoadReporter(deps.nc, deps.nodeId, SERVICE_NAME, figures, deps.clock, opts.loadReportMinIntervalMs, log, (f) => deps.metrics?.setQueueDepth(QUEUE_NAME, f.queueDepth));
  const ownLeases = deps.leases === undefined;
  const leases = deps.leases ?? (await LeaseWatcher.open(deps.nc, { clock: deps.clock, logger: log }));

  const execute = async (task: CheckedDispatch, msg: JsMsg, span: Span): Promise<ExecutionOutcome> => {
    const plan = planDeadline(task.deadlineMs, deps.clock.now(), opts.maxTaskMs);
    if (!plan.run) return { status: TaskStatus.TASK_STATUS_TIMED_OUT, error: describeTimeout(plan.reason, plan.lateByMs), computeMs: 0 };
    if (!isKnownTaskKind(task.kind)) return { status: TaskStatus.TASK_STATUS_FAILED, error: new UnknownTaskKindError(task.kind, knownTaskKinds()).message, computeMs: 0 };
    const taskId = task.taskId;
    const controller = new AbortController();
    const deadlineTimer = setTimeout(() => controller.abort(new TaskDeadlineExceeded(plan.reasonAtStop)), plan.budgetMs);
    // Long tasks keep their message alive; a crashed worker stops heartbeating and JetStream redelivers.
    const heartbeat = setInterval(() => msg.working(), Math.max(Math.floor(opts.ackWaitMs / 3), 100));
    inPool.set(taskId, controller);
    reporter.changed();
    try {
      const outcome = await pool.run(task.kind, task.payload, controller.signal);
      if (outcome.ok) return { status: TaskStatus.TASK_STATUS_SUCCEEDED, error: '', output: outcome.output, computeMs: outcome.computeMs };
      span.setAttribute('cellmesh.task.error_name', outcome.errorName);
      return { status: TaskStatus.TASK_STATUS_FAILED, error: `${outcome.errorName}: ${outcome.message}`, computeMs: outcome.computeMs };
    } catch (err) {
      const reason: unknown = controller.signal.reason;
      if (reason instanceof TaskDeadlineExceeded) {
        return { status: TaskStatus.TASK_STATUS_TIMED_OUT, error: describeTimeout(reason.message as DeadlineReason, plan.budgetMs), computeMs: plan.budgetMs };
      }
      if (reason instanceof TaskAbandonedOnStop) throw new RetryableError(`worker ${deps.nodeId} stopped before task ${taskId} finished; redelivering`, { cause: reason, backoffMs: 0 });
      // The thread itself died (out of memory, a native crash): the task is what killed it.
      return { status: TaskStatus.TASK_STATUS_FAILED, error: `worker thread failed: ${(err as Error).message}`, computeMs: 0 };
    } finally {
      clearTimeout(deadlineTimer);
      clearInterval(heartbeat);
      inPool.delete(taskId);
      reporter.changed();
    }
  };

  /**
   * Commits the output and waits for the committer's verdict: resolves with the delta version once it
   * was applied (or found already applied); CommitRejectedError carries the committer's reason; a
   * missing verdict is a CommitVerdictTimeoutError (retryable). The message is kept alive meanwhile.
   */
  const commitOutput = async (task: CheckedDispatch, output: TaskOutput, msg: JsMsg): Promise<number> => {
    const scope = task;
    const writes = [
      { key: taskResultKey(scope.taskId, SUMMARY_KEY_NAME), value: encodeJson({ kind: task.kind, ...output.summary }) },
      ...output.artifacts.map((a) => ({ key: taskResultKey(scope.taskId, a.name), value: a.bytes })),
    ];
    const bytes = writes.reduce((n, w) => n + w.key.length + w.value.byteLength, 0);
    const limit = (deps.nc.info?.max_payload ?? 1024 * 1024) - COMMIT_ENVELOPE_BYTES;
    if (bytes > limit) throw new PermanentError(`output of ${bytes} bytes exceeds the ${limit}-byte commit limit`, 'output-too-large');
    const version = 1;
    const heartbeat = setInterval(() => msg.working(), Math.max(Math.floor(opts.ackWaitMs / 3), 100));
    try {
      await commitDelta(deps.nc, {
        taskId: scope.taskId,
        scope: { gameId: scope.gameId, roomId: scope.roomId, taskId: scope.taskId },
        version,
        writes,
        // The committer fences by the term in office when DISPATCH accepted the decision (docs/datastate.md).
        // A spilled task was fenced here, at accept time, by this cell's scheduler term; the home cell's
        // committer cannot read this cell's leases, so its commit travels home unfenced (docs/cells.md).
        fencing: task.fencing && !task.homeCell ? { ...task.fencing, acceptedAtMs: task.acceptedAtMs } : undefined,
        nodeId: deps.nodeId,
        hlc: { wallMs: deps.clock.now(), logical: 0, nodeId: deps.nodeId },
      }, { tracer: deps.tracer, ...(task.homeCell ? { homeCell: task.homeCell } : {}), awaitVerdict: { timeoutMs: opts.commitVerdictTimeoutMs } });
    } finally {
      clearInterval(heartbeat);
    }
    return version;
  };

  const processDispatch = async (task: CheckedDispatch, msg: JsMsg, span: Span): Promise<void> => {
    const scope = task;
    const startedAtMs = deps.clock.now();
    const outcome = await execute(task, msg, span);
    let committedVersion = 0;
    if (outcome.status === TaskStatus.TASK_STATUS_SUCCEEDED && outcome.output) {
      try {
        committedVersion = await commitOutput(task, outcome.output, msg);
      } catch (err) {
        if (err instanceof CommitRejectedError) {
          // The committer refused the delta: the task's outcome is what happened to its data.
          const refused = outcomeOfCommitRejection(err.code, err.detail);
          outcome.status = refused.status;
          outcome.error = refused.error;
          deps.metrics?.taskRejected(`commit-${err.code}`);
        } else if ((err as { retryable?: unknown }).retryable !== false) {
          throw new RetryableError(`could not commit the output of task ${scope.taskId}: ${(err as Error).message}`, { cause: err });
        } else {
          outcome.status = TaskStatus.TASK_STATUS_FAILED;
          outcome.error = `output rejected before commit: ${(err as Error).message}`;
        }
      }
    }
    const summaryBytes = outcome.output ? encodeJson(outcome.output.summary) : new Uint8Array();
    const result: InitOf<'TaskResult'> = {
      scope: { gameId: scope.gameId, roomId: scope.roomId, taskId: scope.taskId },
      nodeId: deps.nodeId,
      status: outcome.status,
      error: outcome.error,
      output: summaryBytes.byteLength <= MAX_RESULT_OUTPUT_BYTES ? summaryBytes : new Uint8Array(),
      durationMs: deps.clock.now() - startedAtMs,
      gpuIndex: -1,
      emulated: false,
      finishedAtMs: deps.clock.now(),
      committedVersion,
      kind: task.kind,
    };
    try {
      const published = await publishTaskResult(deps.nc, result, { tracer: deps.tracer, ...(task.homeCell ? { homeCell: task.homeCell } : {}) });
      if (published.existing) {
        log.warn({ taskId: scope.taskId, kept: TaskStatus[published.existing.status], dropped: TaskStatus[outcome.status] }, 'the task already has a final result; this run\'s result was not stored');
      }
    } catch (err) {
      throw new RetryableError(`could not publish the result of task ${scope.taskId}: ${(err as Error).message}`, { cause: err });
    }
    deps.metrics?.taskRun(statusLabel(outcome.status));
    span.setAttribute('cellmesh.task.status', TaskStatus[outcome.status]);
    if (outcome.status !== TaskStatus.TASK_STATUS_SUCCEEDED) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error });
    const level = outcome.status === TaskStatus.TASK_STATUS_SUCCEEDED ? 'info' : 'warn';
    log[level]({ taskId: scope.taskId, kind: task.kind, status: TaskStatus[outcome.status], error: outcome.error || undefined, computeMs: Math.round(outcome.computeMs), committedVersion }, 'task finished');
  };

  /**
   * Fencing at the executor: a dispatch runs only under the current root term. A stale one gets a
   * REJECTED TaskResult (so the scheduler releases what it reserved and the submitter learns why),
   * then the thrown FencingRejectedError (permanent) dead-letters the dispatch with the reason.
   */
  const fenceOrReject = async (task: CheckedDispatch): Promise<void> => {
    try {
      await assertDispatchFencingAt(leases, task.fencing, task.acceptedAtMs);
    } catch (err) {
      const reason = (err as PermanentError).code ?? 'fencing';
      deps.metrics?.taskRejected(`fencing-${reason}`);
      log.warn({ taskId: task.taskId, fencing: task.fencing, reason, err: (err as Error).message }, 'dispatch refused: stale fencing token');
      await publishTaskResult(deps.nc, {
        scope: { gameId: task.gameId, roomId: task.roomId, taskId: task.taskId }, nodeId: deps.nodeId, status: TaskStatus.TASK_STATUS_REJECTED,
        error: (err as Error).message, gpuIndex: -1, emulated: false, finishedAtMs: deps.clock.now(), kind: task.kind,
      }, { tracer: deps.tracer, ...(task.homeCell ? { homeCell: task.homeCell } : {}) }).catch((publishErr: Error) => {
        throw new RetryableError(`could not publish the rejection of task ${task.taskId}: ${publishErr.message}`, { cause: publishErr });
      });
      throw err;
    }
  };

  const durable = Consumers.cpuWorker(deps.nodeId);
  /** Bound to handle.fail once the handle exists: a consumer loop that ends by itself fails the service (readyz, exit). */
  let failService: (err: Error) => void = () => undefined;
  const consumer = await consumeDurable(deps.nc, {
    service: SERVICE_NAME,
    nodeId: deps.nodeId,
    stream: Streams.Dispatch,
    durable,
    filterSubject: subjects.taskRun(deps.nodeId),
    codec: codecs.TaskDispatch,
    logger: log,
    maxDeliver: opts.maxDeliver,
    ackWaitMs: opts.ackWaitMs,
    maxInFlight: opts.maxThreads + opts.maxQueuedTasks,
    onEnd: (err) => failService(err),
    handler: (dispatch, msg) =>
      withConsumerSpan(
        deps.tracer,
        msg.headers,
        {
          subject: msg.subject, subjectTemplate: subjects.taskRunAll, scope: dispatch.task?.scope, nodeId: deps.nodeId, consumerGroup: durable,
          attributes: { 'cellmesh.task.kind': dispatch.task?.kind ?? '', 'cellmesh.task.attempt': dispatch.attempt ?? 0, 'cellmesh.delivery_count': msg.info.deliveryCount, [CellmeshAttr.Term]: Number(dispatch.fencing?.term ?? 0) },
        },
        async (consumerSpan) => {
          const task = checkDispatch(dispatch, deps.nodeId, acceptedAtMsOf(msg));
          // Every delivery, not only redeliveries: a re-dispatch (new attempt), a stall past ack_wait or a
          // restart can all bring a finished task back. Only a rejection may be followed by a newer run.
          const stored = await lastTaskResult(deps.nc, task.taskId);
          if (stored && isFinalStatus(stored.result.status)) {
            log.info({ taskId: task.taskId, delivery: msg.info.deliveryCount, status: TaskStatus[stored.result.status] }, 'task already has a final result; acknowledging the dispatch');
            consumerSpan.setAttribute('cellmesh.task.already_done', true);
            return;
          }
          await fenceOrReject(task);
          await withInternalSpan(deps.tracer, SpanName.Run, { scope: task, nodeId: deps.nodeId, attributes: { 'cellmesh.task.kind': task.kind } }, (span) => processDispatch(task, msg, span));
        },
      ),
  });
  log.info({ threads: opts.maxThreads, queued: opts.maxQueuedTasks, kinds: knownTaskKinds() }, 'cpu-worker running');

  const handle = createServiceHandle(SERVICE_NAME, async ({ graceMs }) => {
    // Stop pulling; give running tasks graceMs; then abandon the rest (nak → redelivered elsewhere or on restart).
    const abandon = setTimeout(() => {
      for (const controller of inPool.values()) controller.abort(new TaskAbandonedOnStop('worker stopping'));
    }, graceMs);
    try {
      await consumer.stop(graceMs + 2_000);
    } finally {
      clearTimeout(abandon);
      for (const controller of inPool.values()) controller.abort(new TaskAbandonedOnStop('worker stopping'));
      reporter.stop();
      if (ownLeases) await leases.stop();
      await pool.destroy();
      log.info('cpu-worker stopped');
    }
  });
  failService = (err) => handle.fail(err);
  return Object.defineProperties(handle, {
    queueDepth: { get: () => figures().queueDepth, enumerable: true },
    runningTasks: { get: () => figures().runningTasks, enumerable: true },
    options: { value: opts, enumerable: true },
  }) as unknown as CpuWorkerHandle;
}
