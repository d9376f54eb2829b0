import type { CaParams } from '../params';
import type { CellView, NeighbourView } from '../types';
import { LinkBand, candidateRttThresholdMs, classifyLink, isEvidence } from './candidacy';

/**
 * What a node knows about the core of one cluster: its origin (the node whose id names it) and the
 * origin's deputies (its closest members). Label propagation alone chains: A–B 2.6 ms, B–C 2.6 ms
 * puts A and C in one cluster even when A–C is 123 ms (a triangle-inequality violation). Requiring
 * every member to be close to the core itself bounds the cluster's diameter.
 */
export interface CoreView {
  readonly clusterId: string;
  /** The origin still announces this id as its own cluster; false means the label is a ghost. */
  readonly originHolds: boolean;
  /** This node's measured RTT to the origin; `NaN` when it has not measured it. */
  readonly originRttMs: number;
  /**
   * This node's measured RTTs to the deputies that rank before it (closer to the origin than this
   * node, ties to the smaller id). `NaN` entries are deputies it has not measured (no evidence either way).
   */
  readonly deputyRttsMs: readonly number[];
}

export const CoreReason = {
  IsOrigin: 'is-cluster-origin',
  InsideCoreJoinBand: 'inside-core-join-band',
  InsideCoreStayBand: 'inside-core-stay-band-only',
  OriginLeft: 'origin-left-cluster',
  /** The origin was not measured: the core abstains and the link rules alone decide. */
  OriginNotMeasured: 'origin-not-measured-abstains',
  /** The caller supplied core views but none for this cluster: it is not a cluster the node may hold. */
  CoreNotSupplied: 'core-not-supplied',
  FarFromOrigin: 'far-from-cluster-origin',
  FarFromDeputies: 'far-from-most-of-cluster-core',
} as const;
export type CoreReason = (typeof CoreReason)[keyof typeof CoreReason];

export interface CoreVerdict {
  readonly band: LinkBand;
  readonly reason: CoreReason;
}

/**
 * Core radius R = min(coreRttFactor × T, maxCoreRadiusMs). A node is inside a cluster's core when a
 * strict majority of the core members it checks (the origin and the deputies that rank before it;
 * unmeasured ones do not vote) are within R·(1−h) to join, R·(1+h) to stay. Any two members then
 * share a core member both are close to, so with the triangle inequality no two members are more
 * than 2R·(1+h) apart (40 ms at the cap). A majority, not unanimity: one congested link to one core
 * member does not split a node off; a node close to one member only (a chain, a triangle-inequality
 * violation such as A–B 2.6 ms, B–C 2.6 ms, A–C 123 ms) is outvoted.
 */
export function coreRadiusMs(thresholdMs: number, p: CaParams): number {
  return Math.min(p.maxCoreRadiusMs, p.coreRttFactor * thresholdMs);
}

/** Where this node stands relative to a cluster's core. */
export function classifyCore(selfId: string, core: CoreView | undefined, thresholdMs: number, p: CaParams): CoreVerdict {
  if (core !== undefined && core.clusterId === selfId) return { band: LinkBand.Join, reason: CoreReason.IsOrigin };
  if (core === undefined) return { band: LinkBand.Outside, reason: CoreReason.CoreNotSupplied };
  if (!core.originHolds) return { band: LinkBand.Outside, reason: CoreReason.OriginLeft };
  // No measurement of the origin is no evidence either way: the link rules alone decide, as before the
  // core check existed. The engine and the simulator always measure it; a caller that cannot (the
  // topology-ca service for an origin outside its neighbour list) keeps its old behaviour.
  if (!Number.isFinite(core.originRttMs)) return { band: LinkBand.Join, reason: CoreReason.OriginNotMeasured };
  const h = p.hysteresis;
  const radius = coreRadiusMs(thresholdMs, p);
  let voters = 0;
  let inJoinBand = 0;
  let inStayBand = 0;
  for (const rtt of [core.originRttMs, ...core.deputyRttsMs]) {
    if (Number.isNaN(rtt)) continue;
    voters++;
    if (rtt < radius * (1 - h)) inJoinBand++;
    if (rtt <= radius * (1 + h)) inStayBand++;
  }
  if (2 * inJoinBand > voters) return { band: LinkBand.Join, reason: CoreReason.InsideCoreJoinBand };
  if (2 * inStayBand > voters) return { band: LinkBand.Stay, reason: CoreReason.InsideCoreStayBand };
  return { band: LinkBand.Outside, reason: core.originRttMs > radius * (1 + h) ? CoreReason.FarFromOrigin : CoreReason.FarFromDeputies };
}

/** One deputy as its origin announces it: the member's id and the origin's measured RTT to it. */
export interface Deputy {
  readonly id: string;
  readonly rttMs: number;
}

const byRttThenId = (a: Deputy, b: Deputy) => a.rttMs - b.rttMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A cluster's deputies, computed by its origin from its own neighbour views: the `p.coreDeputies`
 * closest measured neighbours that announce the origin's cluster, closest first (ties to the smaller id).
 */
export function clusterDeputies(originId: string, originNbrs: readonly NeighbourView[], p: CaParams): Deputy[] {
  const members: Deputy[] = [];
  for (const nb of originNbrs) {
    if (nb.clusterId === originId && nb.id !== originId && isEvidence(nb, p)) members.push({ id: nb.id, rttMs: nb.rttMs });
  }
  return members.sort(byRttThenId).slice(0, p.coreDeputies);
}

/**
 * The deputies a node is checked against: those that rank before it (closer to the origin, ties to
 * the smaller id). The first deputy depends only on the origin, the second only on the first, and so
 * on, so the checks have no cycle (see "Why it converges" in docs/topology.md).
 */
export function deputiesBefore(deputies: readonly Deputy[], selfId: string, selfOriginRttMs: number): Deputy[] {
  const self: Deputy = { id: selfId, rttMs: Number.isFinite(selfOriginRttMs) ? selfOriginRttMs : Infinity };
  return deputies.filter((d) => d.id !== selfId && byRttThenId(d, self) < 0);
}

/**
 * Core views when the caller supplies none (e.g. a service that has not probed any core): an origin
 * among the neighbours is measured and its announcement says whether it still holds its id;
 * deputies are unknown. A cluster whose origin is not a neighbour has an unmeasured core, which abstains.
 */
export function coreViewFromNeighbours(clusterId: string, nbrs: readonly NeighbourView[], p: CaParams): CoreView {
  for (const nb of nbrs) {
    if (nb.id !== clusterId) continue;
    return { clusterId, originHolds: nb.clusterId === clusterId, originRttMs: isEvidence(nb, p) ? nb.rttMs : Number.NaN, deputyRttsMs: [] };
  }
  return { clusterId, originHolds: true, originRttMs: Number.NaN, deputyRttsMs: [] };
}

/**
 * The clusters whose cores the membership rule can use, so a node probes only those: its own cluster
 * (unless it is the origin), and every smaller id offered over a join-band link within `maxClusterHops`
 * (membership never moves to a larger id, nor over a weaker link). Sorted, without repeats.
 */
export function coresWanted(self: Pick<CellView, 'id' | 'clusterId'>, nbrs: readonly NeighbourView[], p: CaParams): string[] {
  const wanted = new Set<string>();
  if (self.clusterId !== self.id) wanted.add(self.clusterId);
  const thresholdMs = candidateRttThresholdMs(nbrs, p);
  for (const nb of nbrs) {
    if (!(nb.clusterId < self.clusterId) || nb.clusterId === self.id || !(nb.clusterHops + 1 <= p.maxClusterHops)) continue;
    if (classifyLink(nb, thresholdMs, p).band === LinkBand.Join) wanted.add(nb.clusterId);
  }
  return [...wanted].sort();
}

/** What a cluster's origin announces about its core (an unknown or departed origin: `originHolds` false). */
export interface CoreAnnouncement {
  readonly clusterId: string;
  readonly originHolds: boolean;
  readonly deputies: readonly Deputy[];
}

/**
 * One node's view of a cluster's core: the origin's announcement plus this node's own measurements,
 * `measuredRttMs(peerId)` (`NaN` when it has none). A ghost's core is not measured at all.
 */
export function coreViewOf(selfId: string, announced: CoreAnnouncement, measuredRttMs: (peerId: string) => number): CoreView {
  const { clusterId, originHolds } = announced;
  if (!originHolds) return { clusterId, originHolds, originRttMs: Number.NaN, deputyRttsMs: [] };
  const originRttMs = measuredRttMs(clusterId);
  const before = Number.isFinite(originRttMs) ? deputiesBefore(announced.deputies, selfId, originRttMs) : [];
  return { clusterId, originHolds, originRttMs, deputyRttsMs: before.map((d) => measuredRttMs(d.id)) };
}
