/**
 * Room ↔ protobuf RoomState (warm snapshot and read reply) and history entries ↔ accepted deltas.
 * Entries and tasks are sorted so the same state always encodes to the same bytes.
 */
import { ConflictPolicy, type InitOf, type MessageOf } from '@cellmesh/contracts';
import { hlcOf } from './hlc';
import { PolicyName } from './policy';
import { Room, type AcceptedDelta } from './room';

const POLICY_TO_ENUM: Record<PolicyName, ConflictPolicy> = {
  [PolicyName.LastWriterWins]: ConflictPolicy.CONFLICT_POLICY_LAST_WRITER_WINS,
  [PolicyName.CrdtMerge]: ConflictPolicy.CONFLICT_POLICY_CRDT_MERGE,
  [PolicyName.RejectStale]: ConflictPolicy.CONFLICT_POLICY_REJECT_STALE,
};

export function policyToEnum(policy: PolicyName): ConflictPolicy {
  return POLICY_TO_ENUM[policy];
}

/** Unspecified (an old entry) reads as last-writer-wins, the default policy. */
export function policyFromEnum(value: ConflictPolicy | null | undefined): PolicyName {
  const found = (Object.keys(POLICY_TO_ENUM) as PolicyName[]).find((p) => POLICY_TO_ENUM[p] === value);
  return found ?? PolicyName.LastWriterWins;
}

export function toRoomState(room: Room, policy: PolicyName, nowMs: number): InitOf<'RoomState'> {
  return {
    gameId: room.gameId,
    roomId: room.roomId,
    version: room.version,
    entries: [...room.entries.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, e]) => ({ key, value: e.value, hlc: e.hlc, version: e.version, deleted: e.deleted })),
    crdtState: room.crdtState(),
    updatedAtMs: nowMs,
    policy: policyToEnum(policy),
    coldSeq: room.coldSeq,
    applied: [...room.applied.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([taskId, versions]) => ({ taskId, versions })),
    lastCommitSeq: room.lastCommitSeq,
  };
}

export function roomFromState(state: MessageOf<'RoomState'>): Room {
  const room = new Room(state.gameId, state.roomId);
  room.version = Number(state.version);
  room.coldSeq = Number(state.coldSeq);
  room.lastCommitSeq = Number(state.lastCommitSeq);
  for (const e of state.entries) {
    room.restoreEntry(e.key ?? '', { value: e.value ?? new Uint8Array(0), hlc: hlcOf(e.hlc), version: Number(e.version ?? 0), deleted: e.deleted === true });
  }
  room.restoreCrdt(state.crdtState);
  for (const t of state.applied) room.applied.set(t.taskId ?? '', (t.versions ?? []).map(Number).sort((a, b) => a - b));
  return room;
}

export function historyEntryOf(
  accepted: AcceptedDelta,
  original: { scope: { gameId: string; roomId: string; taskId: string }; baseVersion: number; fencing: InitOf<'FencingToken'> | undefined; nodeId: string },
  meta: { roomVersion: number; commitSeq: number; appliedAtMs: number; committerNodeId: string; policy: PolicyName },
): InitOf<'HistoryEntry'> {
  return {
    delta: {
      taskId: accepted.taskId,
      scope: original.scope,
      baseVersion: original.baseVersion,
      version: accepted.version,
      writes: accepted.writes.map((w) => ({ key: w.key, value: w.value, delete: w.delete })),
      crdtUpdate: accepted.crdtUpdate ?? new Uint8Array(0),
      hlc: accepted.hlc,
      fencing: original.fencing,
      nodeId: original.nodeId,
    },
    roomVersion: meta.roomVersion,
    commitSeq: meta.commitSeq,
    appliedAtMs: meta.appliedAtMs,
    committerNodeId: meta.committerNodeId,
    policy: policyToEnum(meta.policy),
  };
}

/** The accepted delta a history entry recorded (keys are already canonical). */
export function acceptedFromHistory(entry: MessageOf<'HistoryEntry'>): AcceptedDelta {
  const d = entry.delta;
  return {
    taskId: d?.taskId ?? '',
    version: Number(d?.version ?? 0),
    writes: (d?.writes ?? []).map((w) => ({ key: w.key ?? '', value: w.value ?? new Uint8Array(0), delete: w.delete === true })),
    crdtUpdate: d?.crdtUpdate && d.crdtUpdate.length > 0 ? d.crdtUpdate : undefined,
    hlc: hlcOf(d?.hlc),
  };
}

export class HistoryGapError extends Error {
  override readonly name = 'HistoryGapError';
  constructor(
    readonly expectedVersion: number,
    readonly foundVersion: number,
  ) {
    super(`history gap: expected room version ${expectedVersion}, found ${foundVersion} (entries older than the history retention are gone)`);
  }
}

/** Applies one history entry to a room, checking that it is the next version. */
export function replayEntry(room: Room, entry: MessageOf<'HistoryEntry'>, historySeq: number): void {
  const expected = room.version + 1;
  if (Number(entry.roomVersion) !== expected) throw new HistoryGapError(expected, Number(entry.roomVersion));
  room.apply(acceptedFromHistory(entry), policyFromEnum(entry.policy), Number(entry.commitSeq));
  room.coldSeq = historySeq;
}
