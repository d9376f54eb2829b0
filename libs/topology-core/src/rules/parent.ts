import type { CaParams } from '../params';
import type { CellView, NeighbourView } from '../types';
import { isEvidence } from './candidacy';
import { uplinkUtilisation } from './fanout';

export const ParentReason = {
  UplinkNotSaturated: 'no-parent-uplink-not-saturated',
  TookParent: 'took-parent-uplink-saturated',
  KeptParent: 'kept-parent-until-calm',
  NoCandidate: 'no-parent-with-more-fanout-in-cluster',
} as const;
export type ParentReason = (typeof ParentReason)[keyof typeof ParentReason];

export interface ParentDecision {
  readonly parentId: string | null;
  readonly reason: ParentReason;
}

/**
 * A parent must be in the same cluster and announce a strictly larger fan-out than ours.
 * Fan-out values of the same round form a strict order along every parent edge, so the
 * sub-trees have no cycles; the parentId check also guards the asynchronous service.
 */
function canParent(self: CellView, nb: NeighbourView, p: CaParams): boolean {
  return nb.clusterId === self.clusterId && nb.fanout > self.fanout && nb.parentId !== self.id && isEvidence(nb, p);
}

/**
 * Uplink saturation → sub-tree: a saturated node relays through a peer of its cluster with more
 * spare fan-out (largest fan-out, then lowest RTT, then smallest id). It keeps that parent until
 * its uplink is calm again, so load between the two thresholds does not flap the tree.
 */
export function decideParent(self: CellView, nbrs: readonly NeighbourView[], p: CaParams): ParentDecision {
  const utilisation = uplinkUtilisation(self);
  const saturated = utilisation >= p.saturatedUtilisation;
  const holding = self.parentId !== null && utilisation > p.calmUtilisation;
  if (!saturated && !holding) return { parentId: null, reason: ParentReason.UplinkNotSaturated };
  if (self.parentId !== null) {
    const current = nbrs.find((nb) => nb.id === self.parentId);
    if (current !== undefined && canParent(self, current, p)) return { parentId: current.id, reason: ParentReason.KeptParent };
  }
  if (!saturated) return { parentId: null, reason: ParentReason.UplinkNotSaturated };
  let best: NeighbourView | null = null;
  for (const nb of nbrs) {
    if (!canParent(self, nb, p)) continue;
    if (
      best === null ||
      nb.fanout > best.fanout ||
      (nb.fanout === best.fanout && (nb.rttMs < best.rttMs || (nb.rttMs === best.rttMs && nb.id < best.id)))
    ) {
      best = nb;
    }
  }
  return best === null
    ? { parentId: null, reason: ParentReason.NoCandidate }
    : { parentId: best.id, reason: ParentReason.TookParent };
}
