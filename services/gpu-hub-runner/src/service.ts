/**
 * gpu-hub-runner I/O shell: consume this node's GPU dispatches durably, admit each on measured free
 * VRAM and a free slot, run it as a pinned child process under its time budget, send render output
 * straight to render.<gameId>.<roomId> (chunked) and everything else as a DataState commit, then
 * publish the TaskResult (which releases the scheduler's GPU reservation) and report load.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { headers as natsHeaders } from '@nats-io/transport-node';
import type { JsMsg } from '@nats-io/jetstream';
import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { codecs, TaskStatus, type MessageOf, type InitOf } from '@cellmesh/contracts';
import { consumeDurable, isValidToken, subjects, Streams, Consumers, Headers, PermanentError, RetryableError } from '@cellmesh/bus';
import { CommitRejectedError, LoadReporter, assertDispatchFencingAt, commitDelta, isFinalStatus, lastTaskResult, outcomeOfCommitRejection, publishTaskResult } from '@cellmesh/client';
import { LeaseWatcher } from '@cellmesh/leases';
import { createServiceHandle, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import { injectTraceContext, CellmeshAttr, SpanName, withConsumerSpan, withInternalSpan, type NodeOpsMetrics } from '@cellmesh/telemetry';
import { compileGpuHubRunnerOptions, type GpuHubRunnerOptions, type CompiledGpuHubRunnerOptions } from './options';
import { decideAdmission, planChunks, taskBudgetMs, type AdmissionPolicy, type DeviceView, type Reservation, type DeviceBudget } from './core';
import { resolveGpuTask, type GpuTaskKind } from './tasks/registry';
import { detectedGpuInventory, emulatedGpuInventory, type GpuInventorySource } from './device/inventory';
import { runPinnedGpuTask } from './device/run-pinned';

export const SERVICE_NAME = 'gpu-hub-runner';
export const GPU_TASKS_DIR = join(__dirname, '..', 'gpu-tasks');
/** The queue-depth gauge's `queue` label: GPU dispatches waiting for a slot or VRAM. */
export const QUEUE_NAME = 'gpu-slots';

/** What the runner needs beyond ServiceDeps; both optional so one process can host many nodes cheaply. */
export interface GpuHubRunnerDeps extends ServiceDeps {
  /** The lease view dispatches are fenced against (shared per process); opened and stopped by the runner when absent. */
  leases?: LeaseWatcher;
  /** Operator metrics of this node (createNodeMetrics; a shared registry labelled node=<id>). */
  metrics?: NodeOpsMetrics;
}

/** The operator-metric name of a task status: TASK_STATUS_TIMED_OUT → timed_out. */
function statusLabel(status: TaskStatus): string {
  return (TaskStatus[status] ?? String(status)).replace('TASK_STATUS_', '').toLowerCase();
}

export interface GpuHubRunnerHandle extends ServiceHandle {
  readonly emulated: boolean;
  /** Tasks waiting for a slot or VRAM. */
  readonly queueDepth: number;
  /** Admitted tasks (holding a slot). */
  readonly runningTasks: number;
  readonly options: CompiledGpuHubRunnerOptions;
  /** A fresh sample of the inventory and each GPU's admission budget. */
  inventory(): Promise<{ devices: DeviceView[]; budgets: DeviceBudget[]; source: string; notes: string[] }>;
}

interface CheckedDispatch {
  gameId: string;
  roomId: string;
  taskId: string;
  kind: string;
  payload: Uint8Array;
  deadlineMs: number;
  vramMib: number;
  gpuIndex: number;
  attempt: number;
  fencing: MessageOf<'TaskDispatch'>['fencing'];
  /** The room's home cell when the task was spilled here from another cell ('' otherwise): result and commit go home. */
  homeCell: string;
  /** When DISPATCH accepted this dispatch (its JetStream timestamp, ms): the instant accept-time fencing judges. */
  acceptedAtMs: number;
}

/** Checks what every dispatch needs; without usable ids there is no result or commit subject, so it is dead-lettered on its first delivery. */
function checkDispatch(dispatch: MessageOf<'TaskDispatch'>, nodeId: string, acceptedAtMs: number): CheckedDispatch {
  const task = dispatch.task;
  const scope = task?.scope;
  if (!task || !scope?.gameId || !scope.roomId || !scope.taskId) throw new PermanentError('dispatch carries no task scope (gameId, roomId, taskId)', 'bad-scope');
  for (const field of ['gameId', 'roomId', 'taskId'] as const) {
    if (!isValidToken(scope[field] ?? '')) throw new PermanentError(`dispatch scope.${field} ${JSON.stringify(scope[field])} is not a valid id (1-64 letters, digits, "-" or "_")`, 'bad-scope');
  }
  if (dispatch.nodeId !== nodeId) throw new PermanentError(`dispatch for node ${JSON.stringify(dispatch.nodeId)} reached the GPU runner of ${nodeId}`, 'wrong-node');
  return {
    gameId: scope.gameId, roomId: scope.roomId, taskId: scope.taskId, kind: task.kind ?? '', payload: task.payload ?? new Uint8Array(),
    deadlineMs: Number(task.deadlineMs ?? 0), vramMib: task.vramMib ?? 0, gpuIndex: dispatch.gpuIndex ?? -1, attempt: dispatch.attempt ?? 0, fencing: dispatch.fencing ?? undefined, homeCell: task.homeCell ?? '', acceptedAtMs,
  };
}

interface Finished {
  status: TaskStatus;
  error: string;
  device?: DeviceView;
  seenUuid?: string;
  vramUsedMib: number;
  summary?: Record<string, unknown>;
  committedVersion: number;
}

/** Builds the inventory the options ask for (an injected one wins: tests, a fabric with its own detection). */
export function inventoryFor(opts: CompiledGpuHubRunnerOptions, nodeId: string): GpuInventorySource {
  const d = opts.device;
  return d.mode === 'emulated' ? emulatedGpuInventory({ nodeId, gpus: d.gpus, vramMb: d.vramMb, gpuModel: d.gpuModel, foreignUsedMib: d.foreignUsedMib }) : detectedGpuInventory({ nvidiaSmiPath: d.nvidiaSmiPath });
}

export async function startGpuHubRunner(deps: GpuHubRunnerDeps, options: GpuHubRunnerOptions = {}, injected: { inventory?: GpuInventorySource } = {}): Promise<GpuHubRunnerHandle> {
  const opts = compileGpuHubRunnerOptions(options, { scriptsDir: GPU_TASKS_DIR });
  const inventory = injected.inventory ?? inventoryFor(opts, deps.nodeId);
  const emulated = inventory.emulated;
  const log = deps.logger.child({ service: SERVICE_NAME, nodeId: deps.nodeId, emulated });
  const policy: AdmissionPolicy = { slotsPerGpu: opts.slotsPerGpu, safetyMarginMib: opts.safetyMarginMib, safetyMarginPct: opts.safetyMarginPct, perTaskOverheadMib: opts.perTaskOverheadMib };
  const reservations: Reservation[] = [];
  let waiting = 0;
  const stopping = new AbortController();
  /** Woken whenever a reservation is released, so waiting tasks re-check at once. */
  let released: () => void = () => undefined;
  let releasedSignal = new Promise<void>((r) => (released = r));
  const notifyReleased = () => {
    released();
    releasedSignal = new Promise<void>((r) => (released = r));
  };
  /** Admissions run one at a time: sample-then-reserve must not interleave. */
  let admissionLock: Promise<unknown> = Promise.resolve();
  const figures = () => ({ queueDepth: waiting, runningTasks: reservations.length });
  const reporter = new LoadReporter(deps.nc, deps.nodeId, SERVICE_NAME, figures, deps.clock, opts.loadReportMinIntervalMs, log, (f) => deps.metrics?.setQueueDepth(QUEUE_NAME, f.queueDepth));
  const ownLeases = deps.leases === undefined;
  const leases = deps.leases ?? (await LeaseWatcher.open(deps.nc, { clock: deps.clock, logger: log }));

  const first = await inventory.sample();
  log.info({ source: first.source, gpus: first.devices.map((d) => ({ index: d.index, uuid: d.uuid, name: d.name, totalMib: d.memoryTotalMib, usedMib: d.memoryUsedMib, emulated: d.emulated })), notes: first.notes }, emulated ? 'GPU inventory (EMULATED devices)' : 'GPU inventory');

  type Admitted = { ok: true; device: DeviceView; reservation: Reservation; budget: DeviceBudget } | { ok: false; reason: string };

  const admit = async (task: CheckedDispatch, waitUntilMs: number, span: Span): Promise<Admitted> => {
    const waitedFrom = deps.clock.now();
    waiting++;
    reporter.changed();
    try {
      for (;;) {
        const attempt = admissionLock.then(async () => {
          const sample = await inventory.sample();
          const decision = decideAdmission({ taskId: task.taskId, declaredVramMib: task.vramMib, preferredGpu: task.gpuIndex }, sample.devices, reservations, sample.processes, policy);
          if (decision.admit) {
            const reservation: Reservation = { taskId: task.taskId, gpuIndex: decision.gpuIndex, needMib: decision.needMib };
            reservations.push(reservation);
            return { ok: true as const, device: sample.devices.find((d) => d.index === decision.gpuIndex)!, reservation, budget: decision.budget };
          }
          return { ok: false as const, decision };
        });
        admissionLock = attempt.catch(() => undefined);
        const result = await attempt;
        if (result.ok) {
          span.setAttributes({ 'cellmesh.gpu.index': result.device.index, 'cellmesh.gpu.free_mib_before': result.budget.freeMib, 'cellmesh.gpu.accounting': result.budget.accounting, 'cellmesh.gpu.admission_wait_ms': deps.clock.now() - waitedFrom });
          return result;
        }
        const { decision } = result;
        if (decision.verdict === 'never') return { ok: false, reason: decision.reason };
        const now = deps.clock.now();
        if (now >= waitUntilMs) return { ok: false, reason: `${decision.reason}; waited ${now - waitedFrom} ms` };
        if (stopping.signal.aborted) throw new RetryableError(`runner ${deps.nodeId} stopping while task ${task.taskId} waited for admission`, { backoffMs: 0 });
        await Promise.race([releasedSignal, new Promise((r) => setTimeout(r, Math.min(opts.admissionPollMs, waitUntilMs - now)).unref())]);
      }
    } finally {
      waiting--;
      reporter.changed();
    }
  };

  const publishRender = async (task: CheckedDispatch, artifact: Uint8Array, contentType: string): Promise<number> => {
    const subject = subjects.render(task.gameId, task.roomId);
    const slices = planChunks(artifact.byteLength, opts.renderChunkBytes);
    for (const s of slices) {
      const hdrs = injectTraceContext(natsHeaders());
      hdrs.set(Headers.TaskId, task.taskId);
      if (emulated) hdrs.set(Headers.Emulated, 'true');
      deps.nc.publish(subject, codecs.RenderChunk.encode({ scope: { gameId: task.gameId, roomId: task.roomId, taskId: task.taskId }, seq: s.seq, total: s.total, data: artifact.subarray(s.start, s.end), contentType }), { headers: hdrs });
    }
    await deps.nc.flush();
    return slices.length;
  };

  /** Commits and waits for the committer's verdict (CommitRejectedError carries its reason; a missing verdict is retried). */
  const commit = async (task: CheckedDispatch, key: string, value: Record<string, unknown>, msg: JsMsg): Promise<number> => {
    const heartbeat = setInterval(() => msg.working(), Math.max(Math.floor(opts.ackWaitMs / 3), 100));
    try {
      await commitDelta(deps.nc, {
        taskId: task.taskId, scope: { gameId: task.gameId, roomId: task.roomId, taskId: task.taskId }, version: 1,
        writes: [{ key, value: new TextEncoder().encode(JSON.stringify(value)) }],
        // Fenced by the term in office when DISPATCH accepted the decision (docs/datastate.md).
        fencing: task.homeCell || !task.fencing ? undefined : { ...task.fencing, acceptedAtMs: task.acceptedAtMs },
        nodeId: deps.nodeId, hlc: { wallMs: deps.clock.now(), logical: 0, nodeId: deps.nodeId },
      }, { tracer: deps.tracer, ...(task.homeCell ? { homeCell: task.homeCell } : {}), awaitVerdict: { timeoutMs: opts.commitVerdictTimeoutMs } });
      return 1;
    } catch (err) {
      if ((err as { retryable?: unknown }).retryable === false) throw err;
      throw new RetryableError(`could not commit task ${task.taskId}: ${(err as Error).message}`, { cause: err });
    } finally {
      clearInterval(heartbeat);
    }
  };

  /** The committer refused the delta: the task's outcome is what happened to its data. */
  const refusedCommit = (err: unknown, base: Pick<Finished, 'device' | 'vramUsedMib'> & { summary: Record<string, unknown> }): Finished => {
    if (!(err instanceof CommitRejectedError)) throw err;
    deps.metrics?.taskRejected(`commit-${err.code}`);
    return { ...base, committedVersion: 0, ...outcomeOfCommitRejection(err.code, err.detail) };
  };

  const run = async (task: CheckedDispatch, span: Span, msg: JsMsg): Promise<Finished> => {
    const none = { vramUsedMib: 0, committedVersion: 0 };
    let resolved: { kind: GpuTaskKind; params: Record<string, unknown> };
    try {
      resolved = resolveGpuTask(task.kind, task.payload, { emulated });
    } catch (err) {
      return { ...none, status: TaskStatus.TASK_STATUS_FAILED, error: `${(err as Error).name}: ${(err as Error).message}` };
    }
    const startedMs = deps.clock.now();
    const budgetMs = taskBudgetMs(task.deadlineMs, startedMs, opts.maxTaskMs);
    if (budgetMs <= 0) return { ...none, status: TaskStatus.TASK_STATUS_TIMED_OUT, error: `deadline passed ${-budgetMs} ms before the task could start` };
    const admitted = await admit(task, startedMs + Math.min(opts.admissionWaitMs, budgetMs), span);
    if (!admitted.ok) return { ...none, status: TaskStatus.TASK_STATUS_REJECTED, error: `not admitted: ${admitted.reason}` };
    const { device, reservation } = admitted;
    const heartbeat = setInterval(() => msg.working(), Math.max(Math.floor(opts.ackWaitMs / 3), 100));
    let outcome;
    try {
      outcome = await runPinnedGpuTask({
        inventory, device, kind: resolved.kind, params: resolved.params, declaredVramMib: task.vramMib,
        timeoutMs: budgetMs - (deps.clock.now() - startedMs), python: opts.python, scriptsDir: opts.scriptsDir, killGraceMs: opts.killGraceMs,
        signal: stopping.signal, onSpawn: (pid) => (reservation.pid = pid),
      });
    } finally {
      clearInterval(heartbeat);
      reservations.splice(reservations.indexOf(reservation), 1);
      notifyReleased();
      reporter.changed();
    }
    const base = { device, committedVersion: 0, vramUsedMib: 0 };
    if (outcome.status === 'aborted') throw new RetryableError(`runner ${deps.nodeId} stopped before task ${task.taskId} finished; redelivering`, { backoffMs: 0 });
    if (outcome.status !== 'ok') return { ...base, status: outcome.status === 'timed-out' ? TaskStatus.TASK_STATUS_TIMED_OUT : TaskStatus.TASK_STATUS_FAILED, error: outcome.reason };
    const report = outcome.report;
    const summary = { kind: task.kind, ...report.output, device: report.device, vramUsedMib: report.vramUsedMib, computeMs: report.computeMs, wallMs: outcome.wallMs, emulated };
    let committedVersion: number;
    try {
      if (resolved.kind.outputPath === 'render' && outcome.artifact) {
        const contentType = String(report.output.contentType ?? 'application/octet-stream');
        const chunks = await publishRender(task, outcome.artifact, contentType);
        const metadata = { ...summary, subject: subjects.render(task.gameId, task.roomId), chunks, chunkBytes: opts.renderChunkBytes, bytes: outcome.artifact.byteLength, sha256: createHash('sha256').update(outcome.artifact).digest('hex') };
        Object.assign(summary, { chunks, sha256: metadata.sha256 });
        committedVersion = await commit(task, `task.${task.taskId}.render`, metadata, msg);
      } else {
        committedVersion = await commit(task, `task.${task.taskId}.summary`, summary, msg);
      }
    } catch (err) {
      return { ...refusedCommit(err, { device, vramUsedMib: report.vramUsedMib, summary }), seenUuid: report.device.uuid };
    }
    return { status: TaskStatus.TASK_STATUS_SUCCEEDED, error: '', device, seenUuid: report.device.uuid, vramUsedMib: report.vramUsedMib, summary, committedVersion };
  };

  const processDispatch = async (task: CheckedDispatch, msg: JsMsg, span: Span): Promise<void> => {
    const startedMs = deps.clock.now();
    const finished = await run(task, span, msg);
    const result: InitOf<'TaskResult'> = {
      scope: { gameId: task.gameId, roomId: task.roomId, taskId: task.taskId },
      nodeId: deps.nodeId, status: finished.status, error: finished.error,
      output: finished.summary ? new TextEncoder().encode(JSON.stringify(finished.summary)) : new Uint8Array(),
      durationMs: deps.clock.now() - startedMs,
      gpuIndex: finished.device?.index ?? task.gpuIndex, gpuUuid: finished.device?.uuid ?? '',
      vramUsedMib: Math.max(0, Math.round(finished.vramUsedMib)), emulated, finishedAtMs: deps.clock.now(),
      committedVersion: finished.committedVersion, kind: task.kind,
    };
    try {
      const published = await publishTaskResult(deps.nc, result, { tracer: deps.tracer, ...(task.homeCell ? { homeCell: task.homeCell } : {}) });
      if (published.existing) log.warn({ taskId: task.taskId, kept: TaskStatus[published.existing.status], dropped: TaskStatus[finished.status] }, 'the task already has a final result; this run\'s result was not stored');
    } catch (err) {
      throw new RetryableError(`could not publish the result of task ${task.taskId}: ${(err as Error).message}`, { cause: err });
    }
    deps.metrics?.taskRun(statusLabel(finished.status));
    span.setAttributes({ 'cellmesh.task.status': TaskStatus[finished.status], 'cellmesh.gpu.vram_used_mib': result.vramUsedMib ?? 0 });
    if (finished.status !== TaskStatus.TASK_STATUS_SUCCEEDED) span.setStatus({ code: SpanStatusCode.ERROR, message: finished.error });
    const level = finished.status === TaskStatus.TASK_STATUS_SUCCEEDED ? 'info' : 'warn';
    log[level]({ taskId: task.taskId, kind: task.kind, status: TaskStatus[finished.status], error: finished.error || undefined, gpu: finished.device?.index, gpuUuid: finished.device?.uuid, vramUsedMib: result.vramUsedMib, emulated }, emulated ? 'GPU task finished (EMULATED device)' : 'GPU task finished');
  };

  /**
   * Fencing at the executor: a dispatch runs only under the current root term. A stale one gets a
   * REJECTED TaskResult (so the scheduler releases its GPU reservation and the submitter learns why),
   * then the thrown FencingRejectedError (permanent) dead-letters the dispatch with the reason.
   */
  const fenceOrReject = async (task: CheckedDispatch): Promise<void> => {
    try {
      await assertDispatchFencingAt(leases, task.fencing, task.acceptedAtMs);
    } catch (err) {
      const reason = (err as PermanentError).code ?? 'fencing';
      deps.metrics?.taskRejected(`fencing-${reason}`);
      log.warn({ taskId: task.taskId, fencing: task.fencing, reason, err: (err as Error).message }, 'GPU dispatch refused: stale fencing token');
      await publishTaskResult(deps.nc, {
        scope: { gameId: task.gameId, roomId: task.roomId, taskId: task.taskId }, nodeId: deps.nodeId, status: TaskStatus.TASK_STATUS_REJECTED,
        error: (err as Error).message, gpuIndex: task.gpuIndex, emulated, finishedAtMs: deps.clock.now(), kind: task.kind,
      }, { tracer: deps.tracer, ...(task.homeCell ? { homeCell: task.homeCell } : {}) }).catch((publishErr: Error) => {
        throw new RetryableError(`could not publish the rejection of task ${task.taskId}: ${publishErr.message}`, { cause: publishErr });
      });
      throw err;
    }
  };

  const durable = Consumers.gpuRunner(deps.nodeId);
  /** Bound to handle.fail once the handle exists: a consumer loop that ends by itself fails the service (readyz, exit). */
  let failService: (err: Error) => void = () => undefined;
  const consumer = await consumeDurable(deps.nc, {
    service: SERVICE_NAME, nodeId: deps.nodeId, stream: Streams.Dispatch, durable, filterSubject: subjects.taskRunGpu(deps.nodeId),
    codec: codecs.TaskDispatch, logger: log, maxDeliver: opts.maxDeliver, ackWaitMs: opts.ackWaitMs,
    maxInFlight: Math.max(first.devices.length, 1) * opts.slotsPerGpu + opts.maxQueuedTasks,
    onEnd: (err) => failService(err),
    handler: (dispatch, msg) =>
      withConsumerSpan(
        deps.tracer,
        msg.headers,
        {
          subject: msg.subject, subjectTemplate: subjects.taskRunAll, scope: dispatch.task?.scope, nodeId: deps.nodeId, consumerGroup: durable,
          attributes: {
            [CellmeshAttr.Emulated]: emulated, [CellmeshAttr.Term]: Number(dispatch.fencing?.term ?? 0), 'cellmesh.task.kind': dispatch.task?.kind ?? '',
            'cellmesh.task.vram_mib': dispatch.task?.vramMib ?? 0, 'cellmesh.task.attempt': dispatch.attempt ?? 0, 'cellmesh.delivery_count': msg.info.deliveryCount,
          },
        },
        async (consumerSpan) => {
          const task = checkDispatch(dispatch, deps.nodeId, Math.floor(Number(msg.info.timestampNanos) / 1_000_000));
          // Every delivery checks: a re-dispatch, a stall past ack_wait or a restart can bring a finished task back.
          const stored = await lastTaskResult(deps.nc, task.taskId);
          if (stored && isFinalStatus(stored.result.status)) {
            log.info({ taskId: task.taskId, delivery: msg.info.deliveryCount, status: TaskStatus[stored.result.status] }, 'task already has a final result; acknowledging the dispatch');
            consumerSpan.setAttribute('cellmesh.task.already_done', true);
            return;
          }
          await fenceOrReject(task);
          await withInternalSpan(deps.tracer, SpanName.Run, { scope: task, nodeId: deps.nodeId, attributes: { 'cellmesh.task.kind': task.kind, [CellmeshAttr.Emulated]: emulated } }, (span) => processDispatch(task, msg, span));
        },
      ),
  });
  log.info({ slotsPerGpu: opts.slotsPerGpu, safetyMarginMib: opts.safetyMarginMib, safetyMarginPct: opts.safetyMarginPct }, emulated ? 'gpu-hub-runner running on EMULATED devices' : 'gpu-hub-runner running');

  const handle = createServiceHandle(SERVICE_NAME, async ({ graceMs }) => {
    const abandon = setTimeout(() => stopping.abort(), graceMs);
    try {
      await consumer.stop(graceMs + opts.killGraceMs + 2_000);
    } finally {
      clearTimeout(abandon);
      stopping.abort();
      reporter.stop();
      if (ownLeases) await leases.stop();
    }
  });
  failService = (err) => handle.fail(err);
  return Object.defineProperties(handle, {
    emulated: { value: emulated, enumerable: true },
    queueDepth: { get: () => waiting, enumerable: true },
    runningTasks: { get: () => reservations.length, enumerable: true },
    options: { value: opts, enumerable: true },
    inventory: {
      value: async () => {
        const sample = await inventory.sample();
        return { devices: sample.devices, budgets: sample.devices.map((d) => decideAdmission({ taskId: '-', declaredVramMib: 0, preferredGpu: d.index }, [d], reservations, sample.processes, policy).budgets[0]), source: sample.source, notes: sample.notes };
      },
    },
  }) as unknown as GpuHubRunnerHandle;
}
