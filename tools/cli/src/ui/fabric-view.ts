/**
 * What the debug UI shows, as plain JSON: built from bus entries (KV values and events decoded
 * with the contracts' codecs) so the browser never sees protobuf.
 */
import { codecs, LeaderChangeReason, PlacementOutcome, type MessageOf } from '@cellmesh/contracts';
import { keys } from '@cellmesh/bus';
import { outcomeName, profileName } from '@cellmesh/telemetry';

export interface NodeJson {
  id: string;
  site: string;
  clusterId: string;
  cpuCores: number;
  cpuLoadPct: number;
  memUsedBytes: number;
  memTotalBytes: number;
  queueDepth: number;
  runningTasks: number;
  gpus: Array<{ index: number; name: string; vramTotalMib: number; vramUsedMib: number; emulated: boolean }>;
  draining: boolean;
  emulated: boolean;
  /** Epoch ms of the last heartbeat or metrics sample seen. */
  lastSeenMs: number;
}

export interface LinkJson {
  from: string;
  to: string;
  rttMs: number;
  jitterMs: number;
  lossRatio: number;
  /** False when the RTT is a coordinate estimate, not a probe. */
  measured: boolean;
}

export interface ClusterJson {
  id: string;
  members: string[];
  computeHeavyMembers: string[];
  leaderId: string;
  leaderTerm: number;
  updatedAtMs: number;
}

export interface NeighboursJson {
  nodeId: string;
  clusterId: string;
  closePeers: string[];
  fallbackRelay: string;
  parentId: string;
  fanoutLimit: number;
}

export interface LeaseJson {
  key: string;
  /** The root lease among cluster leaders. */
  root: boolean;
  clusterId: string;
  holder: string;
  term: number;
  expiresAtMs: number;
}

export interface LeaderChangeJson {
  clusterId: string;
  oldHolder: string;
  newHolder: string;
  term: number;
  reason: string;
  changedAtMs: number;
  detail: string;
}

export interface PlacementJson {
  taskId: string;
  gameId: string;
  roomId: string;
  outcome: string;
  chosenNode: string;
  rule: string;
  rejectReason: string;
  profile: string;
  decidedAtMs: number;
  decisionLatencyMs: number;
  candidatesOmitted: number;
  candidates: Array<{ nodeId: string; feasible: boolean; rejectedBy: string; reason: string; finalScore: number; scores: Array<{ plugin: string; normalized: number; weight: number }> }>;
}

export interface FabricSnapshot {
  nodes: NodeJson[];
  links: LinkJson[];
  clusters: ClusterJson[];
  neighbours: NeighboursJson[];
  leases: LeaseJson[];
  leaderChanges: LeaderChangeJson[];
  placements: PlacementJson[];
  /** Entries the UI could not decode (wrong type under a key), most recent first. */
  problems: string[];
}

/** A change the browser applies to its copy of the snapshot. */
export type FabricUpdate =
  | { kind: 'node'; node: NodeJson }
  | { kind: 'node-removed'; nodeId: string }
  | { kind: 'links'; nodeId: string; links: LinkJson[] }
  | { kind: 'cluster'; cluster: ClusterJson }
  | { kind: 'cluster-removed'; clusterId: string }
  | { kind: 'neighbours'; neighbours: NeighboursJson }
  | { kind: 'lease'; lease: LeaseJson }
  | { kind: 'lease-removed'; key: string }
  | { kind: 'leader-changed'; change: LeaderChangeJson }
  | { kind: 'placement'; placement: PlacementJson }
  | { kind: 'problem'; message: string };

export interface FabricViewOptions {
  /** Recent placements kept (default 50). */
  placementsKept?: number;
  /** Recent leader changes kept (default 50). */
  leaderChangesKept?: number;
}

/** `keys.node('x')` → `node.`: key prefixes come from the bus builders, never spelled here. */
const prefixOf = (build: (id: string) => string) => build('x').slice(0, -1);
const Prefix = {
  node: prefixOf(keys.node),
  nodeMetrics: prefixOf(keys.nodeMetrics),
  peers: prefixOf(keys.peers),
  cluster: prefixOf(keys.cluster),
  neighbours: prefixOf(keys.neighbours),
  lease: prefixOf(keys.lease),
} as const;

const num = (x: number | null | undefined) => Number(x ?? 0);
const pick = <T, K extends keyof T>(o: T, ks: readonly K[]): Pick<T, K> => Object.fromEntries(ks.map((k) => [k, o[k]])) as Pick<T, K>;
const MAX_PROBLEMS = 20;

export class FabricView {
  private readonly nodes = new Map<string, NodeJson>();
  private readonly links = new Map<string, LinkJson[]>();
  private readonly clusters = new Map<string, ClusterJson>();
  private readonly neighbours = new Map<string, NeighboursJson>();
  private readonly leases = new Map<string, LeaseJson>();
  private leaderChanges: LeaderChangeJson[] = [];
  private placements: PlacementJson[] = [];
  private problems: string[] = [];
  private readonly placementsKept: number;
  private readonly leaderChangesKept: number;

  constructor(opts: FabricViewOptions = {}) {
    this.placementsKept = opts.placementsKept ?? 50;
    this.leaderChangesKept = opts.leaderChangesKept ?? 50;
  }

  snapshot(): FabricSnapshot {
    return {
      nodes: [...this.nodes.values()].sort((a, b) => a.id.localeCompare(b.id)),
      links: [...this.links.values()].flat(),
      clusters: [...this.clusters.values()].sort((a, b) => a.id.localeCompare(b.id)),
      neighbours: [...this.neighbours.values()],
      leases: [...this.leases.values()],
      leaderChanges: [...this.leaderChanges],
      placements: [...this.placements],
      problems: [...this.problems],
    };
  }

  /** An entry of the node registry (cm_nodes) or the warm metrics bucket (cm_metrics). */
  applyNodeOrMetricsEntry(key: string, value: Uint8Array | undefined, nowMs: number): FabricUpdate[] {
    return this.guard(key, () => {
      if (key.startsWith(Prefix.node) || key.startsWith(Prefix.nodeMetrics)) {
        const nodeId = key.slice(key.indexOf('.') + 1);
        if (!value) return key.startsWith(Prefix.node) ? this.removeNode(nodeId) : [];
        // Registry heartbeats carry identity only; keep the load figures the metrics samples gave.
        return this.applyNodeMetrics(codecs.NodeMetrics.decode(value), nowMs, key.startsWith(Prefix.node));
      }
      if (key.startsWith(Prefix.peers)) {
        const nodeId = key.slice(Prefix.peers.length);
        if (!value) {
          this.links.delete(nodeId);
          return [{ kind: 'links', nodeId, links: [] }];
        }
        const table = codecs.PeerTable.decode(value);
        const links: LinkJson[] = (table.links ?? []).filter((l) => !!l.peerId).map((l) => ({ from: nodeId, to: l.peerId ?? '', rttMs: num(l.rttMs), jitterMs: num(l.jitterMs), lossRatio: num(l.lossRatio), measured: !!l.measured }));
        this.links.set(nodeId, links);
        return [{ kind: 'links', nodeId, links }];
      }
      return [];
    });
  }

  /** A `metrics.node.<id>` event or sample; `heartbeatOnly` keeps earlier load figures the message lacks. */
  applyNodeMetrics(m: MessageOf<'NodeMetrics'>, nowMs: number, heartbeatOnly = false): FabricUpdate[] {
    if (!m.nodeId) return [];
    const previous = this.nodes.get(m.nodeId);
    const fresh: NodeJson = {
      id: m.nodeId,
      site: m.site || previous?.site || '',
      clusterId: m.clusterId || previous?.clusterId || '',
      cpuCores: num(m.cpuCores) || previous?.cpuCores || 0,
      cpuLoadPct: num(m.cpuLoadPct),
      memUsedBytes: num(m.memUsedBytes),
      memTotalBytes: num(m.memTotalBytes) || previous?.memTotalBytes || 0,
      queueDepth: num(m.queueDepth),
      runningTasks: num(m.runningTasks),
      gpus: (m.gpus ?? []).map((g) => ({ index: num(g.index), name: g.name ?? '', vramTotalMib: num(g.memoryTotalMib), vramUsedMib: num(g.memoryUsedMib), emulated: !!g.emulated })),
      draining: !!m.draining,
      emulated: !!m.emulated,
      lastSeenMs: nowMs,
    };
    const node: NodeJson = heartbeatOnly && previous ? { ...previous, ...pick(fresh, ['site', 'clusterId', 'cpuCores', 'emulated', 'draining', 'lastSeenMs']) } : fresh;
    this.nodes.set(node.id, node);
    return [{ kind: 'node', node }];
  }

  applyTopologyEntry(key: string, value: Uint8Array | undefined): FabricUpdate[] {
    return this.guard(key, () => {
      if (key.startsWith(Prefix.cluster)) {
        const clusterId = key.slice(Prefix.cluster.length);
        if (!value) {
          this.clusters.delete(clusterId);
          return [{ kind: 'cluster-removed', clusterId }];
        }
        const c = codecs.ClusterState.decode(value);
        const cluster: ClusterJson = { id: c.clusterId || clusterId, members: [...(c.members ?? [])], computeHeavyMembers: [...(c.computeHeavyMembers ?? [])], leaderId: c.leaderId ?? '', leaderTerm: num(c.leaderTerm), updatedAtMs: num(c.updatedAtMs) };
        this.clusters.set(clusterId, cluster);
        return [{ kind: 'cluster', cluster }];
      }
      if (key.startsWith(Prefix.neighbours)) {
        const nodeId = key.slice(Prefix.neighbours.length);
        if (!value) return [];
        const n = codecs.NeighbourList.decode(value);
        const neighbours: NeighboursJson = { nodeId: n.nodeId || nodeId, clusterId: n.clusterId ?? '', closePeers: [...(n.closePeers ?? [])], fallbackRelay: n.fallbackRelay ?? '', parentId: n.parentId ?? '', fanoutLimit: num(n.fanoutLimit) };
        this.neighbours.set(nodeId, neighbours);
        return [{ kind: 'neighbours', neighbours }];
      }
      return [];
    });
  }

  applyLeaseEntry(key: string, value: Uint8Array | undefined): FabricUpdate[] {
    return this.guard(key, () => {
      if (!key.startsWith(Prefix.lease) && key !== keys.rootLease) return [];
      if (!value) {
        this.leases.delete(key);
        return [{ kind: 'lease-removed', key }];
      }
      const l = codecs.Lease.decode(value);
      const lease: LeaseJson = { key, root: key === keys.rootLease, clusterId: l.clusterId ?? '', holder: l.holder ?? '', term: num(l.term), expiresAtMs: num(l.expiresAtMs) };
      this.leases.set(key, lease);
      return [{ kind: 'lease', lease }];
    });
  }

  applyLeaderChanged(m: MessageOf<'LeaderChanged'>): FabricUpdate[] {
    const reason = (LeaderChangeReason as unknown as Record<number, string>)[m.reason ?? 0] ?? String(m.reason);
    const change: LeaderChangeJson = {
      clusterId: m.clusterId ?? '', oldHolder: m.oldHolder ?? '', newHolder: m.newHolder ?? '', term: num(m.term),
      reason: reason.replace('LEADER_CHANGE_REASON_', '').toLowerCase(), changedAtMs: num(m.changedAtMs), detail: m.detail ?? '',
    };
    this.leaderChanges = [change, ...this.leaderChanges].slice(0, this.leaderChangesKept);
    return [{ kind: 'leader-changed', change }];
  }

  applyPlacementReceipt(r: MessageOf<'PlacementReceipt'>): FabricUpdate[] {
    const placement: PlacementJson = {
      taskId: r.scope?.taskId ?? '', gameId: r.scope?.gameId ?? '', roomId: r.scope?.roomId ?? '',
      outcome: outcomeName(r.outcome), chosenNode: r.outcome === PlacementOutcome.PLACEMENT_OUTCOME_PLACED ? r.chosenNode ?? '' : '',
      rule: r.rule ?? '', rejectReason: r.rejectReason ?? '', profile: profileName(r.profile), decidedAtMs: num(r.decidedAtMs),
      decisionLatencyMs: num(r.decisionLatencyMs), candidatesOmitted: num(r.candidatesOmitted),
      candidates: (r.candidates ?? []).map((c) => ({
        nodeId: c.nodeId ?? '', feasible: !!c.feasible, rejectedBy: c.rejectedBy ?? '', reason: c.reason ?? '', finalScore: num(c.finalScore),
        scores: (c.scores ?? []).map((s) => ({ plugin: s.plugin ?? '', normalized: num(s.normalized), weight: num(s.weight) })),
      })),
    };
    // A re-placement of the same task replaces its earlier receipt in the list.
    this.placements = [placement, ...this.placements.filter((p) => p.taskId !== placement.taskId)].slice(0, this.placementsKept);
    return [{ kind: 'placement', placement }];
  }

  /** Drops nodes not heard from for `staleAfterMs` (the registry's TTL expiry leaves no delete marker on 2.9). */
  pruneStale(nowMs: number, staleAfterMs: number): FabricUpdate[] {
    const updates: FabricUpdate[] = [];
    for (const node of [...this.nodes.values()]) if (nowMs - node.lastSeenMs > staleAfterMs) updates.push(...this.removeNode(node.id));
    return updates;
  }

  /** Records a payload that does not decode, so the page can say so instead of going blank. */
  problem(message: string): FabricUpdate[] {
    this.problems = [message, ...this.problems].slice(0, MAX_PROBLEMS);
    return [{ kind: 'problem', message }];
  }

  private removeNode(nodeId: string): FabricUpdate[] {
    if (!this.nodes.delete(nodeId)) return [];
    this.links.delete(nodeId);
    return [{ kind: 'node-removed', nodeId }];
  }

  private guard(key: string, apply: () => FabricUpdate[]): FabricUpdate[] {
    try {
      return apply();
    } catch (err) {
      return this.problem(`${key}: ${(err as Error).message}`);
    }
  }
}
