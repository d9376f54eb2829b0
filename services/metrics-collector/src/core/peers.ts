/**
 * A node's view of its peers: what it measured (link stats from probes) and what it only knows
 * from coordinates (heartbeats carry each node's Vivaldi coordinate). Pure data in, plain data out.
 */
import { RTT_FILTER_PERCENTILE, estimateError, estimateRttMs, filteredRttMs, percentile, summarize, type LinkStats, type NetCoord } from '@cellmesh/netcoords';

export interface PeerState {
  peerId: string;
  /** Probe statistics; `outcomes` is empty until the first probe to this peer. */
  stats: LinkStats;
  /** Latest coordinate heard (probe reply or heartbeat); null until then. */
  coord: NetCoord | null;
  clusterId: string;
  /** True when replies came from an emulated responder (scenario-driven link). */
  emulated: boolean;
  /** Last heartbeat or probe reply from this peer (collector clock). */
  lastHeardMs: number;
}

/** Same fields as the protobuf PeerLink. */
export interface PeerLinkView {
  peerId: string;
  /** Measured: the filtered RTT (filteredRttMs); estimated: the coordinate estimate. */
  rttMs: number;
  /** RFC 6298 smoothed RTT (queueing included); equals rttMs for an estimate. */
  smoothedRttMs: number;
  jitterMs: number;
  lossRatio: number;
  throughputMbps: number;
  samples: number;
  measured: boolean;
  estimateError: number;
  updatedAtMs: number;
  emulated: boolean;
}

/**
 * What this node can say about a peer: the measured link when a probe was answered, else the
 * coordinate estimate with its error (loss still reported if probes only timed out), else null.
 */
export function peerLink(self: NetCoord, peer: PeerState): PeerLinkView | null {
  const summary = summarize(peer.stats);
  const updatedAtMs = peer.stats.lastAtMs ?? peer.lastHeardMs;
  if (summary.rttMs !== null) {
    return {
      peerId: peer.peerId,
      rttMs: filteredRttMs(peer.stats) ?? summary.rttMs,
      smoothedRttMs: summary.rttMs,
      jitterMs: summary.jitterMs,
      lossRatio: summary.lossRatio,
      throughputMbps: summary.throughputMbps ?? 0,
      samples: summary.samples,
      measured: true,
      estimateError: 0,
      updatedAtMs,
      emulated: peer.emulated,
    };
  }
  if (!peer.coord) return null;
  const rttMs = estimateRttMs(self, peer.coord);
  return {
    peerId: peer.peerId,
    rttMs,
    smoothedRttMs: rttMs,
    jitterMs: 0,
    lossRatio: summary.lossRatio,
    throughputMbps: 0,
    samples: 0,
    measured: false,
    estimateError: estimateError(self, peer.coord),
    updatedAtMs,
    emulated: peer.emulated,
  };
}

// The latency filter is shared with the simulator (`cellmesh simulate --probes`), so it lives in netcoords.
export { RTT_FILTER_PERCENTILE, filteredRttMs, percentile };

/**
 * The compact peer table kept in the warm store: every measured link, plus the `maxEstimated`
 * nearest peers known only by coordinate, each group sorted by RTT.
 */
export function buildPeerLinks(self: NetCoord, peers: Iterable<PeerState>, maxEstimated: number): PeerLinkView[] {
  const measured: PeerLinkView[] = [];
  const estimated: PeerLinkView[] = [];
  for (const peer of peers) {
    const link = peerLink(self, peer);
    if (!link) continue;
    (link.measured || peer.stats.outcomes.length > 0 ? measured : estimated).push(link);
  }
  const byRtt = (a: PeerLinkView, b: PeerLinkView) => a.rttMs - b.rttMs || (a.peerId < b.peerId ? -1 : 1);
  return [...measured.sort(byRtt), ...estimated.sort(byRtt).slice(0, Math.max(0, maxEstimated))];
}

/**
 * Neighbours when topology-ca has not published a list for this node yet: the `count` peers with the
 * lowest RTT (measured where there is one, else estimated), skipping peers whose every probe was lost.
 */
export function closestPeers(self: NetCoord, peers: Iterable<PeerState>, count: number): string[] {
  const ranked: { peerId: string; rttMs: number }[] = [];
  for (const peer of peers) {
    const link = peerLink(self, peer);
    if (!link || (link.lossRatio >= 1 && !link.measured)) continue;
    ranked.push({ peerId: peer.peerId, rttMs: link.rttMs });
  }
  ranked.sort((a, b) => a.rttMs - b.rttMs || (a.peerId < b.peerId ? -1 : 1));
  return ranked.slice(0, count).map((r) => r.peerId);
}

/** Peers not heard from within `expiryMs` are forgotten, then the least recently heard beyond `maxPeers`. */
export function expiredPeers(peers: Iterable<PeerState>, nowMs: number, expiryMs: number, maxPeers: number): string[] {
  const all = [...peers];
  const expired = all.filter((p) => nowMs - p.lastHeardMs > expiryMs).map((p) => p.peerId);
  const alive = all.filter((p) => nowMs - p.lastHeardMs <= expiryMs).sort((a, b) => a.lastHeardMs - b.lastHeardMs);
  const overflow = alive.slice(0, Math.max(0, alive.length - maxPeers)).map((p) => p.peerId);
  return [...expired, ...overflow];
}

/** A coordinate from the wire is usable when it has our dimensions and finite, non-negative parts. */
export function isUsableCoord(coord: { vec?: readonly number[] | null; height?: number | null; error?: number | null } | null | undefined, dims: number): coord is NetCoord {
  if (!coord || !coord.vec || coord.vec.length !== dims) return false;
  if (!coord.vec.every(Number.isFinite)) return false;
  const { height, error } = coord;
  return typeof height === 'number' && Number.isFinite(height) && height >= 0 && typeof error === 'number' && Number.isFinite(error) && error >= 0;
}
