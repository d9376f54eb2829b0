import type { NatsConnection } from '@nats-io/transport-node';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { codecs, type InitOf } from '@cellmesh/contracts';
import { subjects, Headers, PermanentError } from '@cellmesh/bus';
import { injectTraceContext } from '@cellmesh/telemetry';

export type CommitDeltaInit = InitOf<'CommitDelta'>;

export interface CommitReceipt {
  /** Sequence in the COMMITS stream: the delta is durably accepted. */
  streamSeq: number;
  /** True when the same (taskId, version) was already accepted: it will be applied once. */
  duplicate: boolean;
  msgId: string;
}

/** De-duplication id of a delta: a task's Nth delta is applied once however often it is re-sent. */
export function commitMsgId(taskId: string, version: number): string {
  return `${taskId}:${version}`;
}

/**
 * The commit contract: `commitDelta({ taskId, scope, version, ... })` publishes durably to
 * datastate.commit.<gameId>.<roomId> with Nats-Msg-Id = taskId:version and the caller's trace
 * context. The committer checks scope, fencing term and version, and applies it once.
 */
export async function commitDelta(nc: NatsConnection, delta: CommitDeltaInit): Promise<CommitReceipt> {
  const scope = delta.scope;
  if (!scope?.gameId || !scope.roomId || !scope.taskId) throw new PermanentError('commitDelta needs scope.gameId, scope.roomId and scope.taskId', 'bad-scope');
  if (delta.taskId !== scope.taskId) throw new PermanentError(`commitDelta taskId ${JSON.stringify(delta.taskId)} differs from scope.taskId ${JSON.stringify(scope.taskId)}`, 'bad-scope');
  const version = Number(delta.version ?? 0);
  const subject = subjects.datastateCommit(scope.gameId, scope.roomId);
  const hdrs = injectTraceContext(natsHeaders());
  hdrs.set(Headers.TaskId, scope.taskId);
  if (delta.fencing?.term) hdrs.set(Headers.Term, String(delta.fencing.term));
  const msgId = commitMsgId(scope.taskId, version);
  const ack = await jetstream(nc).publish(subject, codecs.CommitDelta.encode(delta), { msgID: msgId, headers: hdrs });
  return { streamSeq: ack.seq, duplicate: ack.duplicate, msgId };
}
