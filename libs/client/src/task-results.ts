/**
 * The result side of the task contract, shared by every executor (cpu-worker, gpu-hub-runner):
 * publish a TaskResult durably (one per task, de-duplicated), and tell a redelivery apart from
 * new work.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, JetStreamApiError } from '@nats-io/jetstream';
import { trace, type Tracer } from '@opentelemetry/api';
import { codecs, TaskStatus, type InitOf, type MessageOf } from '@cellmesh/contracts';
import { subjects, cellSubjects, Streams, Headers, RetryableError, sharedJetStreamManager } from '@cellmesh/bus';
import { CellmeshAttr, withProducerSpan } from '@cellmesh/telemetry';
import { decideResultPublish } from './result-rule';

/**
 * De-duplication id of a task's result: one result per task and status however often the dispatch is
 * redelivered (within the 2-minute window; past it the compare-and-set in publishTaskResult holds).
 */
export function resultMsgId(taskId: string, status?: TaskStatus): string {
  return status === undefined || status === TaskStatus.TASK_STATUS_SUCCEEDED ? `${taskId}:result` : `${taskId}:result:${TaskStatus[status] ?? status}`;
}

/** The newest TaskResult stored for a task and its RESULTS sequence. */
export interface StoredTaskResult {
  seq: number;
  result: MessageOf<'TaskResult'>;
}

const WRONG_LAST_SEQUENCE = 10071;
const MAX_RESULT_CAS_ATTEMPTS = 3;

export interface PublishTaskResultOptions {
  /** Tracer of the PRODUCER span; default the global provider's `cellmesh-client` tracer. */
  tracer?: Tracer;
  /**
   * The room's home cell when it is not this cell (a spilled task): the result stored here is also
   * sent home (`cell.<home>.task.result.<taskId>`, same Nats-Msg-Id), where the submitter waits.
   */
  homeCell?: string;
}

/**
 * Publishes a TaskResult durably into RESULTS inside a PRODUCER span (`send task.result.>`, a
 * child of the caller's active span: the executor's run). Exactly one effect per task at any age: the
 * result already stored is read first, `decideResultPublish` says whether this one may follow it (a
 * finished task takes nothing more), and the publish is a compare-and-set on the subject's last
 * sequence, so two racing deliveries cannot both append. Returns `duplicate: true` (and the stored
 * result as `existing`) when nothing was written.
 */
export async function publishTaskResult(nc: NatsConnection, result: InitOf<'TaskResult'>, options: PublishTaskResultOptions = {}): Promise<{ duplicate: boolean; seq: number; existing?: MessageOf<'TaskResult'> }> {
  const taskId = result.scope?.taskId ?? '';
  const subject = subjects.taskResult(taskId);
  const payload = codecs.TaskResult.encode(result);
  const status = result.status ?? TaskStatus.TASK_STATUS_UNSPECIFIED;
  const msgId = resultMsgId(taskId, status);
  const attributes = { 'cellmesh.task.status': TaskStatus[result.status ?? 0] ?? String(result.status), ...(result.emulated ? { [CellmeshAttr.Emulated]: true } : {}) };
  return withProducerSpan(
    options.tracer ?? trace.getTracer('cellmesh-client'),
    { subject, subjectTemplate: subjects.taskResultAll, scope: result.scope, nodeId: result.nodeId || undefined, messageId: msgId, bodySize: payload.byteLength, attributes },
    async (hdrs) => {
      if (result.emulated) hdrs.set(Headers.Emulated, 'true');
      for (let attempt = 1; ; attempt++) {
        const stored = await lastTaskResult(nc, taskId);
        const decision = decideResultPublish(stored?.result.status, status);
        if (!decision.publish) {
          // The final result is already here; make sure the home cell has it too (idempotent there).
          if (options.homeCell) await sendHome(nc, options.homeCell, taskId, codecs.TaskResult.encode(stored!.result), resultMsgId(taskId, stored!.result.status));
          return { duplicate: true, seq: stored!.seq, existing: stored!.result };
        }
        try {
          const ack = await jetstream(nc).publish(subject, payload, { msgID: msgId, headers: hdrs, expect: { lastSubjectSequence: stored?.seq ?? 0 } });
          if (options.homeCell) await sendHome(nc, options.homeCell, taskId, payload, msgId);
          return { duplicate: ack.duplicate, seq: ack.seq };
        } catch (err) {
          // Another delivery stored a result between the read and the write: read again and re-decide.
          if (err instanceof JetStreamApiError && err.code === WRONG_LAST_SEQUENCE && attempt < MAX_RESULT_CAS_ATTEMPTS) continue;
          throw err;
        }
      }
    },
  );
}

/** A spilled task's result, into its home cell's RESULTS (a failure is retryable: the delivery is redone). */
async function sendHome(nc: NatsConnection, homeCell: string, taskId: string, payload: Uint8Array, msgId: string): Promise<void> {
  try {
    await jetstream(nc).publish(cellSubjects.taskResult(homeCell, taskId), payload, { msgID: msgId });
  } catch (err) {
    throw new RetryableError(`could not send the result of task ${taskId} home to cell ${homeCell}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * The newest result stored for a task (direct get, last by subject); undefined when there is none.
 * A read failure throws RetryableError: "unknown" must never be taken for "none".
 */
export async function lastTaskResult(nc: NatsConnection, taskId: string): Promise<StoredTaskResult | undefined> {
  const jsm = await sharedJetStreamManager(nc);
  let stored;
  try {
    stored = await jsm.direct.getMessage(Streams.Results, { last_by_subj: subjects.taskResult(taskId) });
  } catch (err) {
    throw new RetryableError(`could not read the stored result of task ${taskId}: ${(err as Error).message}`, { cause: err });
  }
  if (stored === null || stored === undefined) return undefined; // "message not found" answers null
  try {
    return { seq: stored.seq, result: codecs.TaskResult.decode(stored.data) };
  } catch {
    // An undecodable result still occupies the subject: a finished task as far as anyone can tell.
    return { seq: stored.seq, result: codecs.TaskResult.decode(codecs.TaskResult.encode({ status: TaskStatus.TASK_STATUS_FAILED, error: 'undecodable stored result' })) };
  }
}

/** True when RESULTS already holds a result for the task (a redelivery after the result went out). */
export async function resultAlreadyPublished(nc: NatsConnection, taskId: string): Promise<boolean> {
  return (await lastTaskResult(nc, taskId).catch(() => undefined)) !== undefined;
}
