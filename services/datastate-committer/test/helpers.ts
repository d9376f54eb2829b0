import type { NatsConnection } from '@nats-io/transport-node';
import { trace } from '@opentelemetry/api';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Headers, Streams, silentLogger, subjects } from '@cellmesh/bus';
import { systemClock, type ServiceDeps } from '@cellmesh/runtime';

export function depsFor(nc: NatsConnection, nodeId: string): ServiceDeps {
  return { nc, nodeId, logger: silentLogger, tracer: trace.getTracer('test'), clock: systemClock };
}

export type ReadResult = { ok: true; state: MessageOf<'RoomState'> } | { ok: false; status: string; message: string };

/** Asks the committer's micro endpoint for a room (current, at a version, or rebuilt from cold). */
export async function readRoom(nc: NatsConnection, gameId: string, roomId: string, opts: { atVersion?: number; rebuild?: boolean } = {}): Promise<ReadResult> {
  const subject = opts.rebuild ? subjects.datastateReadRebuild : subjects.datastateReadState;
  const reply = await nc.request(subject, codecs.StateQuery.encode({ gameId, roomId, atVersion: opts.atVersion ?? 0 }), { timeout: 10_000 });
  const status = reply.headers?.get(Headers.ServiceErrorCode);
  if (status) return { ok: false, status, message: reply.headers?.get(Headers.ServiceError) ?? '' };
  return { ok: true, state: codecs.RoomState.decode(reply.data) };
}

/** Plain view of a room's content for equality checks (values as text, no versions or timestamps). */
export function contentOf(state: MessageOf<'RoomState'>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const e of state.entries) out[e.key ?? ''] = e.deleted ? null : new TextDecoder().decode(e.value ?? new Uint8Array(0));
  return out;
}

export const text = (s: string) => new TextEncoder().encode(s);

/** Waits until the committer serves the room at `version` (or later). */
export async function waitForVersion(nc: NatsConnection, gameId: string, roomId: string, version: number, timeoutMs = 20_000): Promise<MessageOf<'RoomState'>> {
  const deadline = Date.now() + timeoutMs;
  let last: ReadResult | undefined;
  while (Date.now() < deadline) {
    last = await readRoom(nc, gameId, roomId).catch(() => undefined);
    if (last?.ok && Number(last.state.version) >= version) return last.state;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`room ${gameId}/${roomId} did not reach version ${version}: ${JSON.stringify(last && (last.ok ? Number(last.state.version) : last))}`);
}

/** Every history entry of a room, in stream order. */
export async function historyOf(nc: NatsConnection, gameId: string, roomId: string): Promise<MessageOf<'HistoryEntry'>[]> {
  const subject = subjects.datastateHistory(gameId, roomId);
  const jsm = await jetstreamManager(nc);
  const last = await jsm.streams.getMessage(Streams.History, { last_by_subj: subject });
  if (!last) return [];
  const consumer = await jetstream(nc).consumers.get(Streams.History, { filter_subjects: subject });
  const out: MessageOf<'HistoryEntry'>[] = [];
  const messages = await consumer.consume();
  for await (const m of messages) {
    out.push(codecs.HistoryEntry.decode(m.data));
    if (m.seq >= last.seq) break;
  }
  await messages.close();
  return out;
}

/**
 * The committer's guarantees over one room's history: versions 1..n without gaps, every
 * (taskId, version) once, and deltas in the order the COMMITS stream received them.
 */
export function checkHistory(entries: readonly MessageOf<'HistoryEntry'>[]): { versions: number; ids: Set<string> } {
  const ids = new Set<string>();
  let lastCommitSeq = 0;
  entries.forEach((e, i) => {
    if (Number(e.roomVersion) !== i + 1) throw new Error(`entry ${i} has room version ${e.roomVersion}`);
    const id = `${e.delta?.taskId}:${e.delta?.version}`;
    if (ids.has(id)) throw new Error(`${id} applied twice`);
    ids.add(id);
    if (Number(e.commitSeq) <= lastCommitSeq) throw new Error(`commit seq ${e.commitSeq} after ${lastCommitSeq}: reordered`);
    lastCommitSeq = Number(e.commitSeq);
  });
  return { versions: entries.length, ids };
}
