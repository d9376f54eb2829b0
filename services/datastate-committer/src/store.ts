/**
 * The warm and cold layers on JetStream: room snapshots in KV, every applied delta in the history
 * stream. The hot layer (LRU) lives in service.ts; this module only reads and writes durable state.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, DeliverPolicy, JetStreamApiError, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { KV } from '@nats-io/kv';
import { Objm, type ObjectStore } from '@nats-io/obj';
import { codecs, type InitOf } from '@cellmesh/contracts';
import { Buckets, Headers, ObjectStores, Streams, keys, openBucket, subjects } from '@cellmesh/bus';
import { HistoryGapError, Room, replayEntry, roomFromState } from './core';

/** Another committer appended to the room's history since this one last read it. */
export class HistoryConflictError extends Error {
  override readonly name = 'HistoryConflictError';
  readonly retryable = true;
  constructor(readonly subject: string, cause?: unknown) {
    super(`the history of ${subject} moved on: another committer wrote it; reloading the room`, cause === undefined ? undefined : { cause });
  }
}

/** The requested version cannot be rebuilt (never reached, or older than the retained history). */
export class VersionUnavailableError extends Error {
  override readonly name = 'VersionUnavailableError';
  readonly retryable = false;
  constructor(message: string, readonly gone: boolean) {
    super(message);
  }
}

const WRONG_LAST_SEQUENCE = 10071;

/** The Nats-Msg-Id prefix of every history entry a committer appends for a room (`<prefix><task>:<version>`). */
export function historyMsgIdPrefix(gameId: string, roomId: string): string {
  return `${gameId}.${roomId}:`;
}
/** Room a KV put needs around the value (subject, headers). */
const KV_ENVELOPE_BYTES = 4 * 1024;
/** The KV value that says "this room's snapshot is in the object store" (an empty value: no decodable RoomState is empty). */
const IN_OBJECT_STORE = new Uint8Array(0);

export class DurableRoomStore {
  /** Rooms whose current snapshot lives in the object store (so a later small snapshot removes it). */
  private readonly inObjects = new Set<string>();
  /** Told of every history message that no committer wrote (skipped on replay). */
  onForeignEntry: ((entry: { subject: string; seq: number; payload: Uint8Array }) => void) | undefined;

  private constructor(
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly roomsKv: KV,
    private readonly objects: ObjectStore | undefined,
    private readonly maxPayload: () => number,
  ) {}

  static async open(nc: NatsConnection): Promise<DurableRoomStore> {
    // Provisioned by provisionAll; a fabric provisioned by an older release has none, and then rooms stay bounded by max_payload.
    const objects = await new Objm(nc).open(ObjectStores.Rooms).catch(() => undefined);
    return new DurableRoomStore(jetstream(nc), await jetstreamManager(nc), await openBucket(nc, Buckets.Datastate), objects, () => nc.info?.max_payload ?? 1024 * 1024);
  }

  /** True when values larger than one NATS message can be stored and read (the object store exists). */
  get holdsLargeRooms(): boolean {
    return this.objects !== undefined;
  }

  /** The largest value one message carries on this connection. */
  maxSingleMessageBytes(): number {
    return this.maxPayload() - KV_ENVELOPE_BYTES;
  }

  /** Warm snapshot + the history tail after it: the room as of its last applied delta. */
  async load(gameId: string, roomId: string): Promise<Room> {
    const entry = await this.roomsKv.get(keys.room(gameId, roomId));
    let room: Room | undefined;
    if (entry && entry.operation === 'PUT') {
      try {
        const bytes = entry.value.length > 0 ? entry.value : await this.objectSnapshot(gameId, roomId);
        room = bytes ? roomFromState(codecs.RoomState.decode(bytes)) : undefined;
      } catch {
        room = undefined; // an unreadable snapshot is only a cache: the cold history rebuilds the room
      }
    }
    room ??= new Room(gameId, roomId);
    try {
      await this.replay(room, room.coldSeq, undefined);
    } catch (err) {
      if (!(err instanceof HistoryGapError) || room.coldSeq === 0) throw err;
      // The snapshot does not line up with the history (written by a diverged committer): start over from cold.
      room = new Room(gameId, roomId);
      await this.replay(room, 0, undefined);
    }
    return room;
  }

  /** Replays the history from the first entry up to `atVersion` (or the end). */
  async rebuild(gameId: string, roomId: string, atVersion: number | undefined): Promise<Room> {
    const room = new Room(gameId, roomId);
    try {
      await this.replay(room, 0, atVersion);
    } catch (err) {
      if (err instanceof HistoryGapError) throw new VersionUnavailableError(`room ${gameId}/${roomId}: ${err.message}`, true);
      throw err;
    }
    if (atVersion !== undefined && room.version < atVersion) {
      throw new VersionUnavailableError(`room ${gameId}/${roomId} has not reached version ${atVersion} (latest ${room.version})`, false);
    }
    return room;
  }

  /**
   * Appends an accepted delta, only if the room's history still ends at `expectedLastSeq`
   * (Nats-Expected-Last-Subject-Sequence): two committers can never both extend the same version.
   * Returns the entry's stream sequence.
   */
  async append(gameId: string, roomId: string, entry: InitOf<'HistoryEntry'>, expectedLastSeq: number): Promise<number> {
    const subject = subjects.datastateHistory(gameId, roomId);
    // The id names the delta, so a re-append is a duplicate; its prefix marks the entry as a committer's (replay skips any other).
    const msgId = `${historyMsgIdPrefix(gameId, roomId)}${entry.delta?.taskId ?? ''}:${Number(entry.delta?.version ?? 0)}`;
    try {
      const ack = await this.js.publish(subject, codecs.HistoryEntry.encode(entry), { msgID: msgId, expect: { lastSubjectSequence: expectedLastSeq } });
      // A duplicate id means this entry was already appended (by an earlier attempt): the room we hold is behind.
      if (ack.duplicate) throw new HistoryConflictError(subject);
      return ack.seq;
    } catch (err) {
      if (err instanceof JetStreamApiError && err.code === WRONG_LAST_SEQUENCE) throw new HistoryConflictError(subject, err);
      throw err;
    }
  }

  /**
   * Writes a room's warm snapshot; returns the round trip in ms. A snapshot that fits one message is a KV
   * value; a larger one goes to the object store (chunked) and the KV value becomes the empty marker.
   */
  async writeSnapshot(gameId: string, roomId: string, state: InitOf<'RoomState'>): Promise<number> {
    const bytes = codecs.RoomState.encode(state);
    const key = keys.room(gameId, roomId);
    const started = performance.now();
    if (bytes.byteLength <= this.maxSingleMessageBytes()) {
      await this.roomsKv.put(key, bytes);
      if (this.inObjects.delete(key)) await this.objects?.delete(keys.roomObject(gameId, roomId)).catch(() => undefined);
    } else {
      if (!this.objects) throw new Error(`room ${gameId}/${roomId} snapshot is ${bytes.byteLength} bytes, more than one message (max_payload) carries, and the ${ObjectStores.Rooms} object store is not provisioned`);
      await this.objects.putBlob({ name: keys.roomObject(gameId, roomId) }, bytes);
      await this.roomsKv.put(key, IN_OBJECT_STORE);
      this.inObjects.add(key);
    }
    return performance.now() - started;
  }

  /**
   * Leaves a read reply too large for one message in the object store for its reader (`read.<g>.<r>`);
   * returns the object name. @cellmesh/client readRoomState follows it.
   */
  async leaveForReader(gameId: string, roomId: string, bytes: Uint8Array): Promise<string> {
    if (!this.objects) throw new Error(`the ${ObjectStores.Rooms} object store is not provisioned`);
    const name = keys.roomReadObject(gameId, roomId);
    await this.objects.putBlob({ name }, bytes);
    return name;
  }

  private async objectSnapshot(gameId: string, roomId: string): Promise<Uint8Array | undefined> {
    const bytes = (await this.objects?.getBlob(keys.roomObject(gameId, roomId))) ?? undefined;
    if (bytes) this.inObjects.add(keys.room(gameId, roomId));
    return bytes ?? undefined;
  }

  /**
   * Bytes held by the warm layer (the cm_datastate bucket's stream) and the cold layer (the history
   * stream), as the server counts them. Fabric-wide figures: only the active committer reports them.
   */
  async warmBytes(): Promise<number> {
    return (await this.roomsKv.status()).size;
  }

  async coldBytes(): Promise<number> {
    return (await this.jsm.streams.info(Streams.History)).state.bytes;
  }

  private async replay(room: Room, afterSeq: number, upToVersion: number | undefined): Promise<void> {
    const subject = subjects.datastateHistory(room.gameId, room.roomId);
    const last = await this.jsm.streams.getMessage(Streams.History, { last_by_subj: subject });
    if (!last || last.seq <= afterSeq) return;
    if (upToVersion !== undefined && room.version >= upToVersion) return;
    const consumer = await this.js.consumers.get(Streams.History, {
      filter_subjects: subject,
      ...(afterSeq > 0 ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: afterSeq + 1 } : { deliver_policy: DeliverPolicy.All }),
    });
    const messages = await consumer.consume({ max_messages: 256 });
    const ownPrefix = historyMsgIdPrefix(room.gameId, room.roomId);
    try {
      for await (const m of messages) {
        // Every entry a committer appends carries its `<game>.<room>:<task>:<version>` id; anything else on the
        // subject was put there by someone else: skipped (reported), and the append guard moves past it.
        if (!m.headers?.get(Headers.MsgId)?.startsWith(ownPrefix)) {
          this.onForeignEntry?.({ subject, seq: m.seq, payload: m.data });
          room.coldSeq = m.seq;
        } else {
          replayEntry(room, codecs.HistoryEntry.decode(m.data), m.seq);
        }
        if (m.seq >= last.seq || (upToVersion !== undefined && room.version >= upToVersion)) break;
      }
    } finally {
      await messages.close().catch(() => undefined);
    }
  }
}
