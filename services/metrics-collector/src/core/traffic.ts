/**
 * A node's fabric traffic and role, pure (docs/metrics.md, "Uplink, downlink, relay").
 *
 * - uplink / downlink: bytes per second the node sent onto / received from the bus, from two
 *   readings of cumulative connection counters (NATS `nc.stats()`), and their saturation against
 *   the uplink / downlink capacity in Mbit/s.
 * - relayed: traffic the node carries for other nodes rather than for itself. cellmesh nodes do not
 *   forward application messages (the NATS servers route), so what a node does for others is
 *   answering their measurements: every probe echo and throughput burst it answers on
 *   `probe.<nodeId>` is relayed traffic, counted in messages and bytes per second.
 * - relay_load, the topology rules' input (docs/topology.md: utilisation = relayLoadMbps /
 *   uplinkMbps), is the uplink in Mbit/s: what saturates the uplink is everything it carries.
 */

/** Cumulative counters (nats.js `Stats`, or a relay counter). */
export interface TrafficCounters {
  readonly inBytes: number;
  readonly outBytes: number;
  readonly inMsgs: number;
  readonly outMsgs: number;
}

export interface TrafficReading {
  readonly atMs: number;
  readonly counters: TrafficCounters;
}

export interface TrafficRates {
  readonly uplinkBytesPerS: number;
  readonly downlinkBytesPerS: number;
  readonly uplinkMsgsPerS: number;
  readonly downlinkMsgsPerS: number;
}

export const ZERO_RATES: TrafficRates = { uplinkBytesPerS: 0, downlinkBytesPerS: 0, uplinkMsgsPerS: 0, downlinkMsgsPerS: 0 };

/** Rates between two readings; zero without a previous one, for a non-advancing clock, or when counters went back (a reconnect). */
export function trafficRates(prev: TrafficReading | undefined, cur: TrafficReading): TrafficRates {
  if (!prev) return ZERO_RATES;
  const dt = (cur.atMs - prev.atMs) / 1000;
  if (!(dt > 0)) return ZERO_RATES;
  const rate = (a: number, b: number) => (b >= a ? (b - a) / dt : 0);
  return {
    uplinkBytesPerS: rate(prev.counters.outBytes, cur.counters.outBytes),
    downlinkBytesPerS: rate(prev.counters.inBytes, cur.counters.inBytes),
    uplinkMsgsPerS: rate(prev.counters.outMsgs, cur.counters.outMsgs),
    downlinkMsgsPerS: rate(prev.counters.inMsgs, cur.counters.inMsgs),
  };
}

export function bytesPerSToMbps(bytesPerS: number): number {
  return (bytesPerS * 8) / 1_000_000;
}

/** Use over capacity in [0, 1] (1 also beyond it); 0 when the capacity is unknown (≤ 0). */
export function saturation(bytesPerS: number, capacityMbps: number): number {
  if (!(capacityMbps > 0)) return 0;
  return Math.min(1, Math.max(0, bytesPerSToMbps(bytesPerS) / capacityMbps));
}

export const NodeRole = { Root: 'root', Leader: 'leader', Leaf: 'leaf' } as const;
export type NodeRole = (typeof NodeRole)[keyof typeof NodeRole];

/** root: holds the root lease (a root is a cluster leader too); leader: leads its cluster; else leaf. */
export function roleOf(nodeId: string, clusterLeaderId: string | undefined, rootLeaderId: string | undefined): NodeRole {
  if (rootLeaderId === nodeId) return NodeRole.Root;
  if (clusterLeaderId === nodeId) return NodeRole.Leader;
  return NodeRole.Leaf;
}

/** The traffic fields of NodeMetrics from this interval's rates. */
export function trafficFields(rates: TrafficRates, relay: TrafficRates, capacity: { uplinkMbps: number; downlinkMbps: number }) {
  return {
    uplinkBytesPerS: rates.uplinkBytesPerS,
    downlinkBytesPerS: rates.downlinkBytesPerS,
    uplinkSaturation: saturation(rates.uplinkBytesPerS, capacity.uplinkMbps),
    downlinkSaturation: saturation(rates.downlinkBytesPerS, capacity.downlinkMbps),
    relayLoad: bytesPerSToMbps(rates.uplinkBytesPerS),
    relayMsgsPerS: relay.downlinkMsgsPerS,
    relayBytesPerS: relay.downlinkBytesPerS + relay.uplinkBytesPerS,
  };
}
