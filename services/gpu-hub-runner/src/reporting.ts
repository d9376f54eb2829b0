import type { NatsConnection } from '@nats-io/transport-node';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { codecs, type InitOf } from '@cellmesh/contracts';
import { subjects, Streams, Headers, publishMessage, type Logger } from '@cellmesh/bus';
import { injectTraceContext } from '@cellmesh/telemetry';
import type { Clock } from '@cellmesh/runtime';
import { decideLoadReport, type LoadFigures, type LoadReportState } from './core';

/** De-duplication id of a task's result: one result per task however often the dispatch is redelivered. */
export function resultMsgId(taskId: string): string {
  return `${taskId}:result`;
}

/** Publishes a TaskResult durably into RESULTS; returns whether it was a duplicate. */
export async function publishTaskResult(nc: NatsConnection, result: InitOf<'TaskResult'>): Promise<{ duplicate: boolean; seq: number }> {
  const taskId = result.scope?.taskId ?? '';
  const hdrs = injectTraceContext(natsHeaders());
  hdrs.set(Headers.TaskId, taskId);
  if (result.nodeId) hdrs.set(Headers.NodeId, result.nodeId);
  if (result.emulated) hdrs.set(Headers.Emulated, 'true');
  const ack = await jetstream(nc).publish(subjects.taskResult(taskId), codecs.TaskResult.encode(result), { msgID: resultMsgId(taskId), headers: hdrs });
  return { duplicate: ack.duplicate, seq: ack.seq };
}

/** True when RESULTS already holds a result for the task (a redelivery after the result went out). */
export async function resultAlreadyPublished(nc: NatsConnection, taskId: string): Promise<boolean> {
  const jsm = await jetstreamManager(nc);
  try {
    const stored = await jsm.direct.getMessage(Streams.Results, { last_by_subj: subjects.taskResult(taskId) });
    return stored !== null && stored !== undefined;
  } catch {
    return false;
  }
}

/**
 * Sends LoadReport on metrics.load.<nodeId> when the figures change, rate-limited with a
 * trailing send (core/load-report.ts decides).
 */
export class LoadReporter {
  private state: LoadReportState = {};
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly nc: NatsConnection,
    private readonly nodeId: string,
    private readonly source: string,
    private readonly figures: () => LoadFigures,
    private readonly clock: Clock,
    private readonly minIntervalMs: number,
    private readonly logger: Logger,
  ) {}

  /** Call whenever queue depth or running count may have changed. */
  changed(): void {
    if (this.stopped || this.timer) return;
    const current = this.figures();
    const decision = decideLoadReport(this.state, current, this.clock.now(), this.minIntervalMs);
    if (decision.action === 'send') this.send(current);
    else if (decision.action === 'defer') {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.changed();
      }, decision.afterMs);
      this.timer.unref();
    }
  }

  /** Sends the final figures (normally zero) and stops. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const current = this.figures();
    if (this.state.lastSent && decideLoadReport(this.state, current, Infinity, 0).action === 'send') this.send(current);
    this.stopped = true;
  }

  private send(current: LoadFigures): void {
    const nowMs = this.clock.now();
    try {
      publishMessage(this.nc, subjects.metricsLoad(this.nodeId), codecs.LoadReport, { nodeId: this.nodeId, source: this.source, queueDepth: current.queueDepth, runningTasks: current.runningTasks, reportedAtMs: nowMs });
      this.state = { lastSent: current, lastSentAtMs: nowMs };
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'could not publish a load report');
    }
  }
}
