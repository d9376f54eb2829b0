/**
 * The commit decision: scope → duplicate → fencing → size → policy (HLC, CRDT, per-key versions).
 * Pure: the shell reads the lease and the room, calls this, and only then writes.
 */
import { checkScope } from './scope';
import { checkFencing, type FencingTokenView, type LeaseView } from './fencing';
import { hasApplied } from './dedupe';
import { isZeroHlc, type HlcStamp } from './hlc';
import { PolicyName } from './policy';
import { RejectReason } from './reasons';
import { isValidYjsUpdate, type AcceptedDelta, type Room } from './room';

/** What the committer needs of a decoded CommitDelta (plain data, so tests and the simulator build it directly). */
export interface CommitDeltaView {
  taskId: string;
  scope: { gameId: string; roomId: string; taskId: string };
  baseVersion: number;
  version: number;
  writes: readonly { key: string; value: Uint8Array; delete: boolean }[];
  crdtUpdate: Uint8Array;
  hlc: HlcStamp;
  fencing: FencingTokenView | undefined;
  nodeId: string;
}

export interface CommitLimits {
  maxWritesPerDelta: number;
  maxValueBytes: number;
  /** Bound on a room's approximate size, so its warm snapshot always fits the KV value limit. */
  maxRoomBytes: number;
  /** Where maxRoomBytes comes from (./transport-limits.ts), named in the rejection. */
  roomLimitNote?: string;
  /** How far an HLC wall clock may run ahead of the committer's clock. */
  maxHlcSkewMs: number;
}

export const DEFAULT_COMMIT_LIMITS: CommitLimits = {
  maxWritesPerDelta: 1024,
  maxValueBytes: 256 * 1024,
  maxRoomBytes: 6 * 1024 * 1024,
  maxHlcSkewMs: 60_000,
};

export interface CommitContext {
  policy: PolicyName;
  nowMs: number;
  limits: CommitLimits;
  /** The room named by the subject's tokens (undefined when the subject has the wrong shape). */
  subjectRoom: { gameId: string; roomId: string } | undefined;
  /** The cluster's current lease, read just before deciding (undefined: no lease, or no token). */
  lease: LeaseView | undefined;
  /** The highest term this committer already accepted for the token's cluster. */
  highestAcceptedTerm: number | undefined;
}

export type CommitDecision =
  | { kind: 'duplicate' }
  | { kind: 'reject'; reason: RejectReason; detail: string }
  | {
      kind: 'apply';
      delta: AcceptedDelta;
      /** Keys written concurrently since baseVersion (merged by the policy rather than rejected). */
      conflictingKeys: string[];
      /** The new fence for the token's cluster (undefined when the delta carried no token). */
      highestTerm: number | undefined;
    };

export function decideCommit(room: Room, delta: CommitDeltaView, ctx: CommitContext): CommitDecision {
  const scope = checkScope({ subjectRoom: ctx.subjectRoom, taskId: delta.taskId, scope: delta.scope, keys: delta.writes.map((w) => w.key) });
  if (!scope.ok) return reject(scope.reason, scope.detail);
  if (hasApplied(room.applied, delta.taskId, delta.version)) return { kind: 'duplicate' };

  const fencing = checkFencing(delta.fencing, ctx.lease, ctx.highestAcceptedTerm);
  if (!fencing.ok) return reject(fencing.reason, fencing.detail);

  const hasCrdt = delta.crdtUpdate.length > 0;
  if (delta.writes.length === 0 && !hasCrdt) return reject(RejectReason.Empty, 'the delta has no writes and no CRDT update');
  if (delta.writes.length > ctx.limits.maxWritesPerDelta) return reject(RejectReason.TooLarge, `${delta.writes.length} writes exceed the limit of ${ctx.limits.maxWritesPerDelta}`);
  let addedBytes = delta.crdtUpdate.length;
  for (const w of delta.writes) {
    if (w.value.length > ctx.limits.maxValueBytes) return reject(RejectReason.TooLarge, `value of ${JSON.stringify(w.key)} is ${w.value.length} bytes, over ${ctx.limits.maxValueBytes}`);
    addedBytes += w.key.length + w.value.length;
  }
  if (room.approxBytes + addedBytes > ctx.limits.maxRoomBytes) {
    const source = ctx.limits.roomLimitNote ? ` (the room limit: ${ctx.limits.roomLimitNote})` : '';
    return reject(RejectReason.TooLarge, `room ${room.gameId}/${room.roomId} would grow to ${room.approxBytes + addedBytes} bytes, past ${ctx.limits.maxRoomBytes} bytes${source}`);
  }

  if (delta.baseVersion > room.version) {
    return reject(RejectReason.BaseVersionAhead, `baseVersion ${delta.baseVersion} is ahead of room version ${room.version}`);
  }
  const conflictingKeys = scope.keys.filter((key) => (room.entries.get(key)?.version ?? 0) > delta.baseVersion);

  if (hasCrdt) {
    if (ctx.policy !== PolicyName.CrdtMerge) return reject(RejectReason.CrdtNotAllowed, `room ${room.gameId}/${room.roomId} uses ${ctx.policy}, not crdt-merge`);
    if (!isValidYjsUpdate(delta.crdtUpdate)) return reject(RejectReason.CrdtInvalid, 'crdtUpdate is not a valid Yjs update');
  }
  if (ctx.policy === PolicyName.RejectStale) {
    if (conflictingKeys.length > 0) {
      return reject(RejectReason.StaleVersion, `keys ${conflictingKeys.map((k) => JSON.stringify(k)).join(', ')} changed after baseVersion ${delta.baseVersion}`);
    }
  } else if (delta.writes.length > 0) {
    // LWW and CRDT scopes order keyed writes by HLC: without a stamp there is no order.
    if (isZeroHlc(delta.hlc) || delta.hlc.nodeId === '') return reject(RejectReason.MissingHlc, `${ctx.policy} writes need an hlc with wallMs and nodeId`);
    if (delta.hlc.wallMs > ctx.nowMs + ctx.limits.maxHlcSkewMs) {
      return reject(RejectReason.HlcFromFuture, `hlc wallMs ${delta.hlc.wallMs} is more than ${ctx.limits.maxHlcSkewMs} ms ahead of ${ctx.nowMs}`);
    }
  }

  const writes = delta.writes.map((w, i) => ({ key: scope.keys[i]!, value: w.value, delete: w.delete }));
  return {
    kind: 'apply',
    delta: { taskId: delta.taskId, version: delta.version, writes, crdtUpdate: hasCrdt ? delta.crdtUpdate : undefined, hlc: delta.hlc },
    conflictingKeys,
    highestTerm: fencing.highestTerm,
  };
}

function reject(reason: RejectReason, detail: string): CommitDecision {
  return { kind: 'reject', reason, detail };
}
