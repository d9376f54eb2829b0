/**
 * Pure decisions of the topology-ca service around topology-core's `step`: which peers count as
 * live, which of them are this node's neighbours this round, who a cluster's members are, and
 * whether a KV record changed. No clock (times come in), no I/O.
 */
import { chooseNeighbours, type NeighbourSelection, type NeighbourView } from '@cellmesh/topology-core';

/** One link this node knows: probed (metrics-collector peer table) or injected (emulated links, tests). */
export interface PeerLinkInput {
  readonly peerId: string;
  readonly rttMs: number;
  /** `NaN` when unknown: RTT alone then decides candidacy. */
  readonly bandwidthMbps: number;
  /** False for a coordinate estimate: it may pick a relay but never decides membership. */
  readonly measured: boolean;
  /** True when the link comes from a scenario (emulation), not a real network. */
  readonly emulated: boolean;
}

/** A peer's last announcement, stamped with when THIS node heard it (never the sender's clock). */
export interface PeerAnnouncement {
  readonly nodeId: string;
  readonly clusterId: string;
  readonly clusterHops: number;
  readonly parentId: string | null;
  readonly relayId: string | null;
  readonly acceptsComputeHeavy: boolean;
  readonly fanout: number;
  readonly round: number;
  readonly because: string;
  readonly heardAtMs: number;
}

/**
 * Liveness: a peer counts while its last announcement is younger than `livenessMs`
 * (livenessRounds × roundIntervalMs). A silent peer is neither a neighbour nor a member.
 */
export function isLive(announcement: PeerAnnouncement, nowMs: number, livenessMs: number): boolean {
  return nowMs - announcement.heardAtMs < livenessMs;
}

export interface NeighbourhoodView {
  /** What `step` sees: live neighbours, bounded by the selection, closest first. */
  readonly views: NeighbourView[];
  /** Their ids in the same order (the NeighbourList's close peers). */
  readonly peerIds: string[];
  /** True when any link behind the views is emulated. */
  readonly emulated: boolean;
}

/**
 * The bounded neighbour set of one round: links to live peers only, chosen by topology-core's
 * `chooseNeighbours` (k closest + a few far), each paired with the peer's announced state.
 */
export function neighbourhoodOf(
  selfId: string,
  links: Iterable<PeerLinkInput>,
  announcements: ReadonlyMap<string, PeerAnnouncement>,
  nowMs: number,
  livenessMs: number,
  selection: Partial<NeighbourSelection>,
): NeighbourhoodView {
  const candidates: Array<PeerLinkInput & { id: string }> = [];
  for (const link of links) {
    const heard = announcements.get(link.peerId);
    if (link.peerId === selfId || !heard || !isLive(heard, nowMs, livenessMs)) continue;
    if (!(Number.isFinite(link.rttMs) && link.rttMs >= 0)) continue;
    candidates.push({ ...link, id: link.peerId });
  }
  const chosen = chooseNeighbours(selfId, candidates, selection);
  const views = chosen.map((link): NeighbourView => {
    const peer = announcements.get(link.peerId)!;
    return {
      id: link.peerId,
      clusterId: peer.clusterId,
      clusterHops: peer.clusterHops,
      parentId: peer.parentId,
      acceptsComputeHeavy: peer.acceptsComputeHeavy,
      fanout: peer.fanout,
      rttMs: link.rttMs,
      bandwidthMbps: link.bandwidthMbps,
      measured: link.measured,
    };
  });
  return { views, peerIds: chosen.map((c) => c.peerId), emulated: chosen.some((c) => c.emulated) };
}

/**
 * Merges link sources: injected links win over the peer table for the same peer (an emulated
 * fabric says what its links are); within one source the last entry for a peer wins.
 */
export function mergeLinks(peerTable: readonly PeerLinkInput[], injected: ReadonlyMap<string, PeerLinkInput>): PeerLinkInput[] {
  const merged = new Map<string, PeerLinkInput>();
  for (const link of peerTable) merged.set(link.peerId, link);
  for (const [peerId, link] of injected) merged.set(peerId, link);
  return [...merged.values()];
}

export interface ClusterMembership {
  readonly members: string[];
  readonly computeHeavyMembers: string[];
}

/** A cluster's live members as this node hears them (itself included), sorted for stable comparison. */
export function clusterMembershipOf(
  self: { id: string; clusterId: string; acceptsComputeHeavy: boolean },
  announcements: ReadonlyMap<string, PeerAnnouncement>,
  nowMs: number,
  livenessMs: number,
): ClusterMembership {
  const members = [self.id];
  const heavy = self.acceptsComputeHeavy ? [self.id] : [];
  for (const peer of announcements.values()) {
    if (peer.nodeId === self.id || peer.clusterId !== self.clusterId || !isLive(peer, nowMs, livenessMs)) continue;
    members.push(peer.nodeId);
    if (peer.acceptsComputeHeavy) heavy.push(peer.nodeId);
  }
  return { members: members.sort(), computeHeavyMembers: heavy.sort() };
}

export function sameMembership(a: ClusterMembership | null | undefined, b: ClusterMembership): boolean {
  return !!a && sameStrings(a.members, b.members) && sameStrings(a.computeHeavyMembers, b.computeHeavyMembers);
}

/** The content of a NeighbourList record, without its timestamp (what "changed" compares). */
export interface NeighbourListContent {
  readonly clusterId: string;
  readonly closePeers: readonly string[];
  readonly fallbackRelay: string;
  readonly fanoutLimit: number;
  readonly parentId: string;
  readonly acceptsComputeHeavy: boolean;
}

export function sameNeighbourList(a: NeighbourListContent | null | undefined, b: NeighbourListContent): boolean {
  return (
    !!a &&
    a.clusterId === b.clusterId &&
    a.fallbackRelay === b.fallbackRelay &&
    a.fanoutLimit === b.fanoutLimit &&
    a.parentId === b.parentId &&
    a.acceptsComputeHeavy === b.acceptsComputeHeavy &&
    sameStrings(a.closePeers, b.closePeers)
  );
}

/**
 * Who writes `cluster.<id>`: its origin, the node whose id names the cluster. One writer per
 * cluster at a time (CAS guards the overlap while a ghost label expires).
 */
export function writesClusterState(selfId: string, clusterId: string): boolean {
  return selfId === clusterId;
}

/**
 * A cluster key whose origin is gone must not stay behind. When this node leaves cluster X:
 * X's origin (this node, having merged elsewhere) removes it, or anyone removes it once X's
 * origin has stopped announcing.
 */
export function shouldRemoveClusterKey(
  selfId: string,
  leftClusterId: string,
  announcements: ReadonlyMap<string, PeerAnnouncement>,
  nowMs: number,
  livenessMs: number,
): boolean {
  if (leftClusterId === selfId) return true;
  const origin = announcements.get(leftClusterId);
  return !origin || !isLive(origin, nowMs, livenessMs) || origin.clusterId !== leftClusterId;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
