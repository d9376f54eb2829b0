import { createHash } from 'node:crypto';
import type { NatsConnection, MsgHdrs } from '@nats-io/transport-node';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { codecs } from '@cellmesh/contracts';
import { Headers, subjects } from './names';

export interface DeadLetterInput {
  service: string;
  nodeId?: string;
  originalSubject: string;
  payload: Uint8Array;
  error: unknown;
  streamSeq?: number;
  deliveryCount?: number;
  headers?: MsgHdrs;
  nowMs?: number;
}

/** Bound on the raw payload kept in a dead letter, so a huge bad message cannot become a huge dead letter. */
export const MAX_DEAD_LETTER_PAYLOAD = 64 * 1024;

/**
 * The dead letter's Nats-Msg-Id: one record per bad input, not one per node that saw it. A stream
 * message is identified by its stream sequence (every redelivery, every node's attempt at it); a core
 * message (a broadcast every node receives) by its subject and a digest of its payload. Within the
 * DEADLETTER duplicate window (2 minutes) the copies collapse into one; past it the stream's
 * per-service and byte limits bound what remains.
 */
export function deadLetterMsgId(input: Pick<DeadLetterInput, 'service' | 'originalSubject' | 'payload' | 'streamSeq'>): string {
  if (input.streamSeq) return `${input.service}:${input.originalSubject}:seq:${input.streamSeq}`;
  const digest = createHash('sha256').update(input.originalSubject).update('\0').update(input.payload).digest('base64url').slice(0, 32);
  return `${input.service}:${digest}`;
}

/**
 * Records a message that could not be processed, with its raw payload, subject and a readable
 * reason, durably in the DEADLETTER stream (nats-server 2.9 has no term(reason)).
 */
export async function publishDeadLetter(nc: NatsConnection, input: DeadLetterInput): Promise<void> {
  const err = input.error instanceof Error ? input.error : new Error(String(input.error));
  const bytes = codecs.DeadLetter.encode({
    service: input.service,
    nodeId: input.nodeId ?? '',
    originalSubject: input.originalSubject,
    streamSeq: input.streamSeq ?? 0,
    deliveryCount: input.deliveryCount ?? 0,
    errorName: err.name,
    errorMessage: err.message,
    traceparent: input.headers?.get(Headers.TraceParent) ?? '',
    payload: input.payload.subarray(0, MAX_DEAD_LETTER_PAYLOAD),
    failedAtMs: input.nowMs ?? Date.now(),
  });
  const hdrs = natsHeaders();
  const traceparent = input.headers?.get(Headers.TraceParent);
  if (traceparent) hdrs.set(Headers.TraceParent, traceparent);
  await jetstream(nc).publish(subjects.deadLetter(input.service), bytes, { headers: hdrs, msgID: deadLetterMsgId(input) });
}
