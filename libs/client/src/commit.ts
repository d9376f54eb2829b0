import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { trace, type Tracer } from '@opentelemetry/api';
import { codecs, type InitOf } from '@cellmesh/contracts';
import { subjects, Headers, PermanentError } from '@cellmesh/bus';
import { CellmeshAttr, withProducerSpan } from '@cellmesh/telemetry';

export type CommitDeltaInit = InitOf<'CommitDelta'>;

export interface CommitReceipt {
  /** Sequence in the COMMITS stream: the delta is durably accepted. */
  streamSeq: number;
  /** True when the same (taskId, version) was already accepted: it will be applied once. */
  duplicate: boolean;
  msgId: string;
}

export interface CommitDeltaOptions {
  /** Tracer of the PRODUCER span; default the global provider's `cellmesh-client` tracer. */
  tracer?: Tracer;
}

/** De-duplication id of a delta: a task's Nth delta is applied once however often it is re-sent. */
export function commitMsgId(taskId: string, version: number): string {
  return `${taskId}:${version}`;
}

/**
 * The commit contract: `commitDelta({ taskId, scope, version, ... })` publishes durably to
 * datastate.commit.<gameId>.<roomId> with Nats-Msg-Id = taskId:version, inside a PRODUCER span
 * (`send datastate.commit.>`, a child of the caller's active span) whose context travels in the
 * headers. The committer checks scope, fencing term and version, and applies it once.
 */
export async function commitDelta(nc: NatsConnection, delta: CommitDeltaInit, options: CommitDeltaOptions = {}): Promise<CommitReceipt> {
  const scope = delta.scope;
  if (!scope?.gameId || !scope.roomId || !scope.taskId) throw new PermanentError('commitDelta needs scope.gameId, scope.roomId and scope.taskId', 'bad-scope');
  if (delta.taskId !== scope.taskId) throw new PermanentError(`commitDelta taskId ${JSON.stringify(delta.taskId)} differs from scope.taskId ${JSON.stringify(scope.taskId)}`, 'bad-scope');
  const version = Number(delta.version ?? 0);
  const subject = subjects.datastateCommit(scope.gameId, scope.roomId);
  const msgId = commitMsgId(scope.taskId, version);
  const payload = codecs.CommitDelta.encode(delta);
  const term = Number(delta.fencing?.term ?? 0);
  const tracer = options.tracer ?? trace.getTracer('cellmesh-client');
  const attributes = term ? { [CellmeshAttr.Term]: term } : undefined;
  return withProducerSpan(
    tracer,
    { subject, subjectTemplate: subjects.datastateCommitAll, scope, nodeId: delta.nodeId || undefined, messageId: msgId, bodySize: payload.byteLength, ...(attributes ? { attributes } : {}) },
    async (hdrs) => {
      if (term) hdrs.set(Headers.Term, String(term));
      const ack = await jetstream(nc).publish(subject, payload, { msgID: msgId, headers: hdrs });
      return { streamSeq: ack.seq, duplicate: ack.duplicate, msgId };
    },
  );
}
