import type { CaParams } from '../params';
import type { NeighbourView } from '../types';

/**
 * Where a link sits relative to the candidacy threshold T:
 * `join` (clearly inside, rtt < T·(1−h)), `stay` (tolerated for a peer already in the cluster,
 * rtt ≤ T·(1+h)), `outside`.
 */
export const LinkBand = { Join: 'join', Stay: 'stay', Outside: 'outside' } as const;
export type LinkBand = (typeof LinkBand)[keyof typeof LinkBand];

export const CandidacyReason = {
  InsideJoinBand: 'inside-join-band',
  InsideStayBand: 'inside-stay-band-only',
  NotMeasured: 'link-not-measured',
  RttAboveThreshold: 'rtt-above-threshold',
  BandwidthBelowThreshold: 'bandwidth-below-threshold',
} as const;
export type CandidacyReason = (typeof CandidacyReason)[keyof typeof CandidacyReason];

export interface LinkVerdict {
  readonly band: LinkBand;
  readonly reason: CandidacyReason;
}

/** Whether a link may serve as evidence at all (probed, or estimates allowed by params). */
export function isEvidence(nb: Pick<NeighbourView, 'measured' | 'rttMs'>, p: CaParams): boolean {
  return (nb.measured || !p.requireMeasuredLinks) && Number.isFinite(nb.rttMs) && nb.rttMs >= 0;
}

/**
 * The node's candidacy threshold T = clamp(factor × nearest measured RTT, X, cap).
 * The relative part lets a slower LAN (nearest peer 2–3 ms) still form a cluster without
 * raising X for everyone; the cap keeps a lone node from joining a site tens of ms away.
 */
export function candidateRttThresholdMs(neighbours: readonly NeighbourView[], p: CaParams): number {
  let nearest = Infinity;
  for (const nb of neighbours) if (isEvidence(nb, p) && nb.rttMs < nearest) nearest = nb.rttMs;
  if (!Number.isFinite(nearest)) return p.candidateRttMs;
  return Math.min(p.maxCandidateRttMs, Math.max(p.candidateRttMs, p.relativeRttFactor * nearest));
}

/** Classifies one link against threshold T with the hysteresis band of the params. */
export function classifyLink(nb: NeighbourView, thresholdMs: number, p: CaParams): LinkVerdict {
  if (!isEvidence(nb, p)) return { band: LinkBand.Outside, reason: CandidacyReason.NotMeasured };
  const h = p.hysteresis;
  const bandwidthKnown = !Number.isNaN(nb.bandwidthMbps);
  const y = p.minCandidateBandwidthMbps;
  if (nb.rttMs < thresholdMs * (1 - h)) {
    if (!bandwidthKnown || nb.bandwidthMbps > y * (1 + h)) {
      return { band: LinkBand.Join, reason: CandidacyReason.InsideJoinBand };
    }
  }
  if (nb.rttMs > thresholdMs * (1 + h)) return { band: LinkBand.Outside, reason: CandidacyReason.RttAboveThreshold };
  if (bandwidthKnown && !(nb.bandwidthMbps > y * (1 - h))) {
    return { band: LinkBand.Outside, reason: CandidacyReason.BandwidthBelowThreshold };
  }
  return { band: LinkBand.Stay, reason: CandidacyReason.InsideStayBand };
}

/** A peer is a cluster candidate when its link is clearly inside both thresholds (the join band). */
export function isClusterCandidate(nb: NeighbourView, thresholdMs: number, p: CaParams): boolean {
  return classifyLink(nb, thresholdMs, p).band === LinkBand.Join;
}
