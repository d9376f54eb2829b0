import type { CaParams } from '../params';
import type { CellView, NeighbourView } from '../types';
import { LinkBand, candidateRttThresholdMs, classifyLink } from './candidacy';

/** Why a node holds the cluster id it holds; `step` reports it as `because`. */
export const MembershipReason = {
  /** Had no cluster peer yet and adopted a candidate's smaller cluster id. */
  JoinedCluster: 'joined-smaller-cluster-id',
  /** Was in a cluster and a candidate link joins it to a cluster with a smaller id. */
  MergedIntoSmaller: 'merged-into-smaller-cluster-id',
  /** A link to its current cluster is still inside the stay band. */
  StayedAnchored: 'stayed-link-inside-stay-band',
  /** Its cluster id is its own id and no candidate offers a smaller one. */
  StayedOrigin: 'stayed-cluster-origin',
  /** No candidate and no cluster peer: a cluster of one. */
  Alone: 'alone-no-candidate',
  /** Every link to its cluster is beyond the leave threshold T·(1+h): it left. */
  Split: 'split-links-beyond-leave-threshold',
} as const;
export type MembershipReason = (typeof MembershipReason)[keyof typeof MembershipReason];

export interface MembershipDecision {
  readonly clusterId: string;
  readonly reason: MembershipReason;
}

/**
 * Min-id label propagation with hysteresis.
 * 1. merge/join: the smallest cluster id among join-band candidates wins if it is smaller than ours;
 * 2. stay: the node keeps its id while any same-cluster link is inside the stay band (or it is the origin);
 * 3. split: otherwise it leaves, to the smallest candidate id or its own id.
 */
export function decideMembership(self: CellView, nbrs: readonly NeighbourView[], p: CaParams): MembershipDecision {
  const thresholdMs = candidateRttThresholdMs(nbrs, p);
  let smallestCandidateId: string | null = null;
  let anchored = false;
  for (const nb of nbrs) {
    const { band } = classifyLink(nb, thresholdMs, p);
    if (band === LinkBand.Outside) continue;
    if (nb.clusterId === self.clusterId) anchored = true;
    if (band === LinkBand.Join && (smallestCandidateId === null || nb.clusterId < smallestCandidateId)) {
      smallestCandidateId = nb.clusterId;
    }
  }
  if (smallestCandidateId !== null && smallestCandidateId < self.clusterId) {
    return {
      clusterId: smallestCandidateId,
      reason: anchored ? MembershipReason.MergedIntoSmaller : MembershipReason.JoinedCluster,
    };
  }
  if (self.clusterId === self.id) {
    const hasPeers = anchored || smallestCandidateId !== null;
    return { clusterId: self.id, reason: hasPeers ? MembershipReason.StayedOrigin : MembershipReason.Alone };
  }
  if (anchored) return { clusterId: self.clusterId, reason: MembershipReason.StayedAnchored };
  const target = smallestCandidateId !== null && smallestCandidateId < self.id ? smallestCandidateId : self.id;
  return { clusterId: target, reason: MembershipReason.Split };
}
