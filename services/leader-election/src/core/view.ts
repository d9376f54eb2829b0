/**
 * What a node believes about an election, for `current()`, the event hook and `cellmesh up`.
 */
import { holderMayAct, leaseState, type LeaseParams, type LeaseRecord } from '@cellmesh/leader-core';

export interface ElectionView {
  clusterId: string;
  /** The live holder; undefined when the lease is vacant or expired. */
  leader: string | undefined;
  /** The newest term known (also when nobody holds it now). */
  term: number | undefined;
  /** This node may act as leader now (its own clock, inside its acting window). */
  isLeader: boolean;
}

export function electionViewOf(clusterId: string, selfId: string, lease: LeaseRecord | undefined, nowMs: number, params: Pick<LeaseParams, 'maxClockSkewMs'>): ElectionView {
  const state = leaseState(lease, nowMs, params);
  return {
    clusterId,
    leader: state === 'held' ? lease?.holder : undefined,
    term: lease?.term,
    isLeader: holderMayAct(lease, selfId, nowMs, params),
  };
}

/** True when two views differ in what an operator would call a leader change (holder or term, or own role). */
export function viewChanged(a: ElectionView | undefined, b: ElectionView): boolean {
  return a === undefined || a.leader !== b.leader || a.term !== b.term || a.isLeader !== b.isLeader;
}
