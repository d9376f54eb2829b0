/** Reading JetStream history for the scheduler: bounded windows of a stream, and the last message of a subject. */
import type { NatsConnection } from '@nats-io/transport-node';
import { DeliverPolicy, jetstream, type JsMsg } from '@nats-io/jetstream';
import { sharedJetStreamManager } from '@cellmesh/bus';

const FETCH_BATCH = 512;
const FETCH_EXPIRES_MS = 1_000;

/**
 * Calls `onMessage` for every message of `stream` stored at or after `sinceMs`, in order, and
 * returns once it has read what the stream held when the call began. An ordered consumer: no
 * server-side state is left behind.
 */
export async function readStreamSince(nc: NatsConnection, stream: string, sinceMs: number, onMessage: (m: JsMsg) => void): Promise<number> {
  const jsm = await sharedJetStreamManager(nc);
  const info = await jsm.streams.info(stream);
  const lastSeq = info.state.last_seq;
  if (info.state.messages === 0) return 0;
  const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(Math.max(0, sinceMs)).toISOString() });
  let read = 0;
  for (;;) {
    const batch = await consumer.fetch({ max_messages: FETCH_BATCH, expires: FETCH_EXPIRES_MS });
    let got = 0;
    let done = false;
    for await (const m of batch) {
      got++;
      if (m.seq > lastSeq) {
        done = true;
        continue;
      }
      read++;
      onMessage(m);
      if (m.info.pending === 0 || m.seq === lastSeq) done = true;
    }
    if (done || got === 0) break;
  }
  return read;
}

/** The last message stored on an exact subject, or undefined (direct get; streams are created with allow_direct). */
export async function lastOnSubject(nc: NatsConnection, stream: string, subject: string): Promise<Uint8Array | undefined> {
  const jsm = await sharedJetStreamManager(nc);
  const stored = await jsm.direct.getMessage(stream, { last_by_subj: subject }).catch((err: Error) => {
    if (/no message found|not found|404/i.test(err.message)) return null;
    throw err;
  });
  return stored ? stored.data : undefined;
}
