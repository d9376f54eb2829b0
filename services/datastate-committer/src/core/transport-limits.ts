/**
 * Rooms never outgrow the transport (pure). A room's warm snapshot is one KV value and a `state` read
 * is one reply, and both are single NATS messages, so a room may not grow past what the server's
 * max_payload carries. The limit is named in every too-large rejection.
 */
import type { CommitLimits } from './decide';

/** Share of max_payload a room's approximate size may use: the rest is the snapshot's envelope (applied versions, tombstone stamps, headers). */
export const ROOM_SHARE_OF_MAX_PAYLOAD = 0.75;

export interface RoomLimit {
  maxRoomBytes: number;
  /** Where the limit comes from, for the rejection's text. */
  note: string;
}

/** The effective room bound: the configured one, lowered to ¾ of the server's max_payload when that is smaller. */
export function roomLimitFor(configuredMaxRoomBytes: number, maxPayloadBytes: number | undefined): RoomLimit {
  if (!maxPayloadBytes || maxPayloadBytes <= 0) return { maxRoomBytes: configuredMaxRoomBytes, note: `limits.maxRoomBytes ${configuredMaxRoomBytes}` };
  const transport = Math.floor(maxPayloadBytes * ROOM_SHARE_OF_MAX_PAYLOAD);
  if (transport >= configuredMaxRoomBytes) return { maxRoomBytes: configuredMaxRoomBytes, note: `limits.maxRoomBytes ${configuredMaxRoomBytes}` };
  return { maxRoomBytes: transport, note: `${ROOM_SHARE_OF_MAX_PAYLOAD * 100}% of the server's max_payload ${maxPayloadBytes}, below limits.maxRoomBytes ${configuredMaxRoomBytes}` };
}

/** The limits a committer decides with on a connection whose server carries at most `maxPayloadBytes`. */
export function limitsForTransport(limits: CommitLimits, maxPayloadBytes: number | undefined): CommitLimits {
  const room = roomLimitFor(limits.maxRoomBytes, maxPayloadBytes);
  return { ...limits, maxRoomBytes: room.maxRoomBytes, roomLimitNote: room.note };
}

/**
 * One warning per key per interval, counting what it held back (the "warm snapshot failed" flood: one
 * line per dirty room per snapshot tick). Returns the number of suppressed repeats to report, or
 * undefined to stay quiet.
 */
export class RateLimitedLog {
  private readonly last = new Map<string, { atMs: number; suppressed: number }>();
  constructor(
    private readonly intervalMs: number,
    private readonly maxKeys = 4096,
  ) {}

  admit(key: string, nowMs: number): number | undefined {
    const seen = this.last.get(key);
    if (seen && nowMs - seen.atMs < this.intervalMs) {
      seen.suppressed++;
      return undefined;
    }
    if (this.last.size >= this.maxKeys && !seen) this.last.clear();
    this.last.set(key, { atMs: nowMs, suppressed: 0 });
    return seen?.suppressed ?? 0;
  }
}
