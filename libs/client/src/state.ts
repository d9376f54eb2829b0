/**
 * Reading a room's state from the committer's `state` / `rebuild` endpoints, including rooms too large
 * for one NATS message: the committer then leaves the RoomState in the object store (ObjectStores.Rooms)
 * and answers 413 with code ROOM_IN_OBJECT_STORE and the object's `<store>/<name>`; this follows it.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { Objm } from '@nats-io/obj';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Headers, ObjectStores, subjects } from '@cellmesh/bus';

/** ErrorReply code of a read whose state was left in the object store; the message is `<store>/<object name>`. */
export const ROOM_IN_OBJECT_STORE = 'in-object-store';

/** The committer answered with an error (400 bad ids, 404 no state, 410 gone, 413 too large, 503 unavailable). */
export class RoomReadError extends Error {
  override readonly name = 'RoomReadError';
  readonly retryable: boolean;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.retryable = status === 503;
  }
}

export interface ReadRoomOptions {
  /** 0 / absent: the current state; N: rebuilt from the cold history at version N. */
  atVersion?: number;
  /** Rebuild from the cold history only (the `rebuild` endpoint). */
  rebuild?: boolean;
  timeoutMs?: number;
}

export async function readRoomState(nc: NatsConnection, gameId: string, roomId: string, opts: ReadRoomOptions = {}): Promise<MessageOf<'RoomState'>> {
  const subject = opts.rebuild ? subjects.datastateReadRebuild : subjects.datastateReadState;
  const reply = await nc.request(subject, codecs.StateQuery.encode({ gameId, roomId, atVersion: opts.atVersion ?? 0 }), { timeout: opts.timeoutMs ?? 10_000 });
  const status = reply.headers?.get(Headers.ServiceErrorCode);
  if (!status) return codecs.RoomState.decode(reply.data);
  let code = 'error';
  let message = reply.headers?.get(Headers.ServiceError) ?? '';
  try {
    const body = codecs.ErrorReply.decode(reply.data);
    code = body.code || code;
    message = body.message || message;
  } catch {
    // no structured body: the header text is all there is
  }
  if (code !== ROOM_IN_OBJECT_STORE) throw new RoomReadError(Number(status), code, message);
  const [store, ...rest] = message.split('/');
  const name = rest.join('/');
  if (store !== ObjectStores.Rooms || !name) throw new RoomReadError(502, 'bad-pointer', `the committer pointed at ${JSON.stringify(message)}, not an object in ${ObjectStores.Rooms}`);
  const bytes = await (await new Objm(nc).open(store)).getBlob(name);
  if (!bytes) throw new RoomReadError(503, 'object-gone', `the state of ${gameId}/${roomId} left at ${message} is gone; read again`);
  return codecs.RoomState.decode(bytes);
}
