import type { NatsConnection } from '@nats-io/transport-node';
import { trace } from '@opentelemetry/api';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Headers, silentLogger, subjects } from '@cellmesh/bus';
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
