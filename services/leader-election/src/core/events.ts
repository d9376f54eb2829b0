/**
 * LeaderChanged events: one per change, published by the node whose compare-and-set made it
 * (acquire, challenge, or its own step-down).
 */
import type { LeaderChangeReason } from '@cellmesh/leader-core';

export interface LeaderChangedInit {
  clusterId: string;
  oldHolder: string;
  newHolder: string;
  term: number;
  reason: LeaderChangeReason;
  changedAtMs: number;
  detail: string;
}

/** The proto enum's member name for a core reason (the core spells reasons as the enum's suffix). */
export function protoReasonName(reason: LeaderChangeReason): `LEADER_CHANGE_REASON_${LeaderChangeReason}` {
  return `LEADER_CHANGE_REASON_${reason}`;
}

/** Nats-Msg-Id: a retried publish of the same change is dropped by the stream's duplicate window. */
export function leaderChangedMsgId(e: Pick<LeaderChangedInit, 'clusterId' | 'term' | 'newHolder'>): string {
  return `${e.clusterId}:${e.term}:${e.newHolder || '-'}`;
}
