/**
 * Fencing: every action a leader takes on shared state carries the term of the lease it acted under, and
 * every writer rejects a term below the newest one it knows for that cluster. Clocks and pauses make
 * overlapping beliefs in leadership unavoidable; fencing makes them harmless, because a deposed leader's
 * writes carry a term that the writer has already seen superseded.
 */
import { VACANT_HOLDER, type LeaseRecord } from './lease';
import { FencingRejection } from './names';

/** Mirror of the protobuf `cellmesh.v1.FencingToken`. */
export interface FencingToken {
  clusterId: string;
  holder: string;
  term: number;
}

/** The token a holder stamps on every write made under `lease`. */
export function fencingTokenOf(lease: LeaseRecord): FencingToken {
  return { clusterId: lease.clusterId, holder: lease.holder, term: lease.term };
}

/** True when the token's term is below the cluster's current lease term: its holder has been deposed. */
export function isStaleTerm(token: FencingToken, currentLease: Pick<LeaseRecord, 'clusterId' | 'term'> | undefined): boolean {
  return currentLease !== undefined && currentLease.clusterId === token.clusterId && token.term < currentLease.term;
}

/**
 * The newest (term, holder) a writer knows for one cluster: the max of the lease it last read and every
 * token it has accepted. Kept by the writer so a lagging KV read can never let an older term back in.
 */
export interface TermFence {
  clusterId: string;
  term: number;
  /** Empty when the newest known lease was released. */
  holder: string;
}

export type FenceVerdict =
  | { accepted: true; fence: TermFence }
  | { accepted: false; reason: FencingRejection; detail: string; fence: TermFence | undefined };

/** The fence a freshly read lease sets. */
export function fenceOf(lease: LeaseRecord): TermFence {
  return { clusterId: lease.clusterId, term: lease.term, holder: lease.holder };
}

/** Raises a fence to a newer lease; an older lease never lowers it. */
export function raiseFence(fence: TermFence | undefined, lease: LeaseRecord): TermFence {
  if (fence === undefined || lease.term > fence.term) return fenceOf(lease);
  return fence;
}

/**
 * A writer's check, with the fence to keep afterwards:
 * - no cluster, no holder, or a term below 1 → invalid-token;
 * - another cluster → cluster-mismatch;
 * - term below the fence → stale-term;
 * - same term, different holder → holder-mismatch. Impossible while terms come from KV compare-and-set
 *   (each term is created by exactly one successful CAS), except for a released lease, whose holder
 *   field is empty: a holder that resigned is fenced off at once;
 * - term above the fence → accepted, and the fence rises: the writer's lease read was behind.
 * With no fence yet (the cluster never had a lease the writer saw) the first token sets it.
 */
export function checkFencingToken(fence: TermFence | undefined, token: FencingToken): FenceVerdict {
  if (token.clusterId === '' || token.holder === VACANT_HOLDER || !Number.isSafeInteger(token.term) || token.term < 1) {
    return reject(FencingRejection.InvalidToken, `malformed token ${JSON.stringify(token)}`, fence);
  }
  if (fence === undefined) return { accepted: true, fence: { ...token } };
  if (fence.clusterId !== token.clusterId) {
    return reject(FencingRejection.ClusterMismatch, `token for ${JSON.stringify(token.clusterId)}, fence for ${JSON.stringify(fence.clusterId)}`, fence);
  }
  if (token.term < fence.term) return reject(FencingRejection.StaleTerm, `term ${token.term} < current ${fence.term}`, fence);
  if (token.term === fence.term && token.holder !== fence.holder) {
    const released = fence.holder === VACANT_HOLDER ? ' (released)' : '';
    return reject(FencingRejection.HolderMismatch, `term ${token.term} belongs to ${JSON.stringify(fence.holder)}${released}, not ${JSON.stringify(token.holder)}`, fence);
  }
  return { accepted: true, fence: token.term > fence.term ? { ...token } : fence };
}

function reject(reason: FencingRejection, detail: string, fence: TermFence | undefined): FenceVerdict {
  return { accepted: false, reason, detail, fence };
}
