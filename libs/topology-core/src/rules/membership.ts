import type { CaParams } from '../params';
import type { CellView, NeighbourView } from '../types';
import { LinkBand, candidateRttThresholdMs, classifyLink } from './candidacy';
import { classifyCore, coreViewFromNeighbours, type CoreView } from './core';

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
  /** Every link to its cluster is beyond the leave threshold T·(1+h), or its id expired: it left. */
  Split: 'split-links-beyond-leave-threshold',
  /** Links to its cluster are close, but its core is not (most of it far, or the origin gone): it left. */
  SplitFarFromCore: 'split-far-from-cluster-core',
} as const;
export type MembershipReason = (typeof MembershipReason)[keyof typeof MembershipReason];

export interface MembershipDecision {
  readonly clusterId: string;
  readonly clusterHops: number;
  readonly reason: MembershipReason;
}

/**
 * Min-id label propagation with hysteresis, bounded by the cluster's core. A neighbour offers its
 * cluster id at its hops + 1; offers beyond `maxClusterHops` are void.
 * 1. join/merge: the smallest id offered over a join-band link wins if it is smaller than ours
 *    and this node is inside the join band of that cluster's core (a strict majority of the origin
 *    and the deputies ranked before it within R·(1−h), see `classifyCore`);
 * 2. the origin (cluster id = own id) keeps its id, at 0 hops;
 * 3. stay: a member keeps its id while a same-cluster link is inside the stay band and it is still
 *    inside the core's stay band, at the fewest hops offered over such links;
 * 4. split: otherwise it leaves and becomes the origin of its own cluster.
 * Being close to one member is never enough: no chain of short links can grow a cluster whose
 * members are far from its core.
 */
export function decideMembership(self: CellView, nbrs: readonly NeighbourView[], p: CaParams): MembershipDecision {
  const thresholdMs = candidateRttThresholdMs(nbrs, p);
  const coreOf = (clusterId: string): CoreView | undefined =>
    clusterId === self.id ? undefined : (self.cores?.find((c) => c.clusterId === clusterId) ?? (self.cores === undefined ? coreViewFromNeighbours(clusterId, nbrs, p) : undefined));
  const coreBand = (clusterId: string): LinkBand =>
    clusterId === self.id ? LinkBand.Join : classifyCore(self.id, coreOf(clusterId), thresholdMs, p).band;
  const offers = new Map<string, number>();
  let anchorHops = Infinity;
  for (const nb of nbrs) {
    const { band } = classifyLink(nb, thresholdMs, p);
    const offeredHops = nb.clusterHops + 1;
    if (band === LinkBand.Outside || !(offeredHops <= p.maxClusterHops)) continue;
    if (nb.clusterId === self.clusterId) anchorHops = Math.min(anchorHops, offeredHops);
    if (band !== LinkBand.Join) continue;
    offers.set(nb.clusterId, Math.min(offers.get(nb.clusterId) ?? Infinity, offeredHops));
  }
  let smallestOffer: string | null = null;
  for (const clusterId of offers.keys()) {
    // Only a smaller id can be joined; its core is checked only when it would win.
    if (!(clusterId < self.clusterId) || (smallestOffer !== null && clusterId >= smallestOffer)) continue;
    if (coreBand(clusterId) === LinkBand.Join) smallestOffer = clusterId;
  }
  const linkAnchored = Number.isFinite(anchorHops);
  const anchored = linkAnchored && self.clusterId !== self.id && coreBand(self.clusterId) !== LinkBand.Outside;
  if (smallestOffer !== null && smallestOffer < self.clusterId) {
    return {
      clusterId: smallestOffer,
      clusterHops: offers.get(smallestOffer)!,
      reason: anchored ? MembershipReason.MergedIntoSmaller : MembershipReason.JoinedCluster,
    };
  }
  if (self.clusterId === self.id) {
    const hasPeers = linkAnchored || offers.size > 0;
    return { clusterId: self.id, clusterHops: 0, reason: hasPeers ? MembershipReason.StayedOrigin : MembershipReason.Alone };
  }
  if (anchored) return { clusterId: self.clusterId, clusterHops: anchorHops, reason: MembershipReason.StayedAnchored };
  return { clusterId: self.id, clusterHops: 0, reason: linkAnchored ? MembershipReason.SplitFarFromCore : MembershipReason.Split };
}
