import type { CaParams } from '../params';
import type { CellView } from '../types';

export const FanoutReason = {
  ShrunkOnSpike: 'shrunk-relay-load-spike',
  AtFloor: 'at-floor-relay-load-spike',
  GrewWhileCalm: 'grew-relay-load-calm',
  AtCeiling: 'at-ceiling',
  Held: 'held-between-thresholds',
} as const;
export type FanoutReason = (typeof FanoutReason)[keyof typeof FanoutReason];

export interface FanoutDecision {
  readonly fanout: number;
  readonly reason: FanoutReason;
}

/** Relay load over uplink capacity; a node without uplink capacity that relays anything is saturated. */
export function uplinkUtilisation(self: Pick<CellView, 'uplinkMbps' | 'relayLoadMbps'>): number {
  const load = Math.max(0, self.relayLoadMbps);
  if (!(self.uplinkMbps > 0)) return load > 0 ? Infinity : 0;
  return load / self.uplinkMbps;
}

/**
 * AIMD, like TCP congestion control: a spike multiplies the fan-out down at once (with a floor),
 * calm rounds add back a little each round, and in between it holds, so it does not flap.
 */
export function decideFanout(self: CellView, p: CaParams): FanoutDecision {
  const current = Math.min(p.maxFanout, Math.max(p.minFanout, Math.round(self.fanout)));
  const utilisation = uplinkUtilisation(self);
  if (utilisation >= p.saturatedUtilisation) {
    const next = Math.max(p.minFanout, Math.floor(current * p.fanoutShrinkFactor));
    return { fanout: next, reason: next < current ? FanoutReason.ShrunkOnSpike : FanoutReason.AtFloor };
  }
  if (utilisation <= p.calmUtilisation) {
    const next = Math.min(p.maxFanout, current + p.fanoutGrowthPerRound);
    return { fanout: next, reason: next > current ? FanoutReason.GrewWhileCalm : FanoutReason.AtCeiling };
  }
  return { fanout: current, reason: FanoutReason.Held };
}

/** The node's broadcast fan-out limit for the next round. */
export function fanoutLimit(self: CellView, p: CaParams): number {
  return decideFanout(self, p).fanout;
}
