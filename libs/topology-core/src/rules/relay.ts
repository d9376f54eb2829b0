import type { CaParams } from '../params';
import type { CellView, NeighbourView } from '../types';

export const RelayReason = {
  ClosestInOtherCluster: 'closest-peer-in-other-cluster',
  KeptWithinBand: 'kept-relay-within-hysteresis-band',
  NoPeerInOtherCluster: 'no-peer-in-other-cluster',
} as const;
export type RelayReason = (typeof RelayReason)[keyof typeof RelayReason];

export interface RelayDecision {
  readonly relayId: string | null;
  readonly reason: RelayReason;
}

/**
 * Fallback relay: the closest peer in another cluster (ties to the smaller id). Estimated links
 * count here: the far neighbours are often known only by coordinates. The current relay is kept
 * while its RTT is within (1+h)/(1−h) of the best, the widest swing ±h jitter can cause.
 */
export function decideRelay(self: CellView, nbrs: readonly NeighbourView[], p: CaParams): RelayDecision {
  let best: NeighbourView | null = null;
  let current: NeighbourView | null = null;
  for (const nb of nbrs) {
    if (nb.clusterId === self.clusterId || !Number.isFinite(nb.rttMs)) continue;
    if (nb.id === self.relayId) current = nb;
    if (best === null || nb.rttMs < best.rttMs || (nb.rttMs === best.rttMs && nb.id < best.id)) best = nb;
  }
  if (best === null) return { relayId: null, reason: RelayReason.NoPeerInOtherCluster };
  const keepRatio = (1 + p.hysteresis) / (1 - p.hysteresis);
  if (current !== null && current.rttMs <= best.rttMs * keepRatio) {
    return { relayId: current.id, reason: RelayReason.KeptWithinBand };
  }
  return { relayId: best.id, reason: RelayReason.ClosestInOtherCluster };
}
