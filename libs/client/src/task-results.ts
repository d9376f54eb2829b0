/**
 * The result side of the task contract, shared by every executor (cpu-worker, gpu-hub-runner):
 * publish a TaskResult durably (one per task, de-duplicated), and tell a redelivery apart from
 * new work.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { trace, type Tracer } from '@opentelemetry/api';
import { codecs, TaskStatus, type InitOf } from '@cellmesh/contracts';
import { subjects, Streams, Headers } from '@cellmesh/bus';
import { CellmeshAttr, withProducerSpan } from '@cellmesh/telemetry';

/** De-duplication id of a task's result: one result per task however often the dispatch is redelivered. */
export function resultMsgId(taskId: string): string {
  return `${taskId}:result`;
}

export interface PublishTaskResultOptions {
  /** Tracer of the PRODUCER span; default the global provider's `cellmesh-client` tracer. */
  tracer?: Tracer;
}

/**
 * Publishes a TaskResult durably into RESULTS inside a PRODUCER span (`send task.result.>`, a
 * child of the caller's active span: the executor's run); returns whether it was a duplicate.
 */
export async function publishTaskResult(nc: NatsConnection, result: InitOf<'TaskResult'>, options: PublishTaskResultOptions = {}): Promise<{ duplicate: boolean; seq: number }> {
  const taskId = result.scope?.taskId ?? '';
  const subject = subjects.taskResult(taskId);
  const payload = codecs.TaskResult.encode(result);
  const msgId = resultMsgId(taskId);
  const attributes = { 'cellmesh.task.status': TaskStatus[result.status ?? 0] ?? String(result.status), ...(result.emulated ? { [CellmeshAttr.Emulated]: true } : {}) };
  return withProducerSpan(
    options.tracer ?? trace.getTracer('cellmesh-client'),
    { subject, subjectTemplate: subjects.taskResultAll, scope: result.scope, nodeId: result.nodeId || undefined, messageId: msgId, bodySize: payload.byteLength, attributes },
    async (hdrs) => {
      if (result.emulated) hdrs.set(Headers.Emulated, 'true');
      const ack = await jetstream(nc).publish(subject, payload, { msgID: msgId, headers: hdrs });
      return { duplicate: ack.duplicate, seq: ack.seq };
    },
  );
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
