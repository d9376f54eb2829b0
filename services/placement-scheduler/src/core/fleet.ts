/**
 * What the scheduler knows about the fleet, from whatever sources are up: NodeMetrics heartbeats,
 * peer tables (measured or Vivaldi-estimated links), cluster state and neighbour lists. Pure data:
 * the service feeds decoded messages in with the time they arrived; `viewsFrom(origin)` builds
 * the NodeViews one placement runs on. Every source is optional (docs/placement.md, "Degradation").
 */
import { estimateError, estimateRttMs, type NetCoord } from '@cellmesh/netcoords';
import type { GpuView, LinkView, NodeView } from '@cellmesh/placement-core';

export interface GpuMeasure {
  readonly index: number;
  readonly uuid: string;
  readonly vramTotalMib: number;
  readonly vramUsedMib: number;
  readonly emulated: boolean;
}

/** One node's latest heartbeat, in the scheduler's units. */
export interface NodeHeartbeat {
  readonly nodeId: string;
  readonly clusterId: string;
  readonly cores: number;
  /** CPU load in [0, 1] as measured, before cellmesh's in-flight work is folded in. */
  readonly cpuLoadRatio: number;
  /** 0 when the node did not report memory. */
  readonly memTotalMib: number;
  readonly memUsedMib: number;
  readonly queueDepth: number;
  readonly runningTasks: number;
  readonly draining: boolean;
  readonly emulated: boolean;
  readonly gpus: readonly GpuMeasure[];
  readonly coord?: NetCoord;
}

/** Fields of a decoded NodeMetrics this module reads (protobufjs names; longs may be Long-like). */
export interface NodeMetricsFields {
  nodeId?: string | null;
  clusterId?: string | null;
  cpuCores?: number | null;
  cpuLoadPct?: number | null;
  memTotalBytes?: number | { toString(): string } | null;
  memUsedBytes?: number | { toString(): string } | null;
  queueDepth?: number | null;
  runningTasks?: number | null;
  draining?: boolean | null;
  emulated?: boolean | null;
  gpus?: readonly { index?: number | null; uuid?: string | null; memoryTotalMib?: number | null; memoryUsedMib?: number | null; emulated?: boolean | null }[] | null;
  coord?: { vec?: readonly number[] | null; height?: number | null; error?: number | null } | null;
}

export interface PeerLinkFields {
  peerId?: string | null;
  rttMs?: number | null;
  jitterMs?: number | null;
  lossRatio?: number | null;
  throughputMbps?: number | null;
  measured?: boolean | null;
  estimateError?: number | null;
}

export interface PeerTableFields {
  nodeId?: string | null;
  coord?: NodeMetricsFields['coord'];
  links?: readonly PeerLinkFields[] | null;
}

export interface ClusterStateFields {
  clusterId?: string | null;
  members?: readonly string[] | null;
  computeHeavyMembers?: readonly string[] | null;
  leaderId?: string | null;
}

export interface NeighbourListFields {
  nodeId?: string | null;
  clusterId?: string | null;
  acceptsComputeHeavy?: boolean | null;
}

const MIB = 1024 * 1024;

function num(value: number | { toString(): string } | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value.toString());
  return Number.isFinite(n) ? n : 0;
}

function coordOf(c: NodeMetricsFields['coord']): NetCoord | undefined {
  if (!c?.vec || c.vec.length === 0) return undefined;
  return { vec: [...c.vec], height: num(c.height), error: num(c.error) };
}

/** A decoded NodeMetrics in the scheduler's units; undefined when it names no node. */
export function heartbeatFromMetrics(m: NodeMetricsFields): NodeHeartbeat | undefined {
  if (!m.nodeId) return undefined;
  return {
    nodeId: m.nodeId,
    clusterId: m.clusterId ?? '',
    cores: Math.max(0, num(m.cpuCores)),
    cpuLoadRatio: Math.min(1, Math.max(0, num(m.cpuLoadPct) / 100)),
    memTotalMib: Math.floor(num(m.memTotalBytes) / MIB),
    memUsedMib: Math.ceil(num(m.memUsedBytes) / MIB),
    queueDepth: num(m.queueDepth),
    runningTasks: num(m.runningTasks),
    draining: m.draining === true,
    emulated: m.emulated === true,
    gpus: (m.gpus ?? []).map((g, i) => ({
      index: g.index ?? i,
      uuid: g.uuid ?? '',
      vramTotalMib: num(g.memoryTotalMib),
      vramUsedMib: num(g.memoryUsedMib),
      emulated: g.emulated === true,
    })),
    coord: coordOf(m.coord),
  };
}

interface NodeEntry {
  heartbeat: NodeHeartbeat;
  lastSeenMs: number;
  /** Removed from the registry (KV delete): dead now, whatever the last heartbeat said. */
  gone: boolean;
}

interface PeerEntry {
  coord?: NetCoord;
  links: Map<string, LinkView>;
}

/** cellmesh work placed on a node and not finished yet, folded into its view. */
export interface NodeReservation {
  cpuMillis: number;
  memoryMib: number;
}

export interface FleetOptions {
  gpuSlotsPerGpu: number;
  assumedMemoryMibPerCore: number;
}

export class Fleet {
  private readonly nodes = new Map<string, NodeEntry>();
  private readonly peers = new Map<string, PeerEntry>();
  private readonly leaders = new Map<string, string>();
  private readonly clusterOfNode = new Map<string, string>();
  private readonly computeHeavy = new Map<string, boolean>();

  constructor(private readonly options: FleetOptions) {}

  /** A heartbeat arrived at `seenMs` (scheduler clock; a registry replay passes the entry's own time). */
  observeHeartbeat(heartbeat: NodeHeartbeat, seenMs: number): void {
    const prev = this.nodes.get(heartbeat.nodeId);
    if (prev && prev.lastSeenMs > seenMs) return;
    this.nodes.set(heartbeat.nodeId, { heartbeat, lastSeenMs: seenMs, gone: false });
  }

  /** The node left the registry (its heartbeat key was deleted). */
  observeGone(nodeId: string): void {
    const entry = this.nodes.get(nodeId);
    if (entry) entry.gone = true;
  }

  observePeerTable(table: PeerTableFields): void {
    if (!table.nodeId) return;
    const links = new Map<string, LinkView>();
    for (const l of table.links ?? []) {
      if (!l.peerId || !(num(l.rttMs) >= 0)) continue;
      links.set(l.peerId, {
        rttMs: num(l.rttMs),
        jitterMs: num(l.jitterMs),
        lossRatio: num(l.lossRatio),
        bandwidthMbps: num(l.throughputMbps),
        measured: l.measured !== false,
        estimateError: num(l.estimateError),
      });
    }
    this.peers.set(table.nodeId, { coord: coordOf(table.coord), links });
  }

  observeClusterState(state: ClusterStateFields): void {
    if (!state.clusterId) return;
    if (state.leaderId) this.leaders.set(state.clusterId, state.leaderId);
    else this.leaders.delete(state.clusterId);
    for (const m of state.members ?? []) this.clusterOfNode.set(m, state.clusterId);
    if (state.computeHeavyMembers && state.computeHeavyMembers.length > 0) {
      const heavy = new Set(state.computeHeavyMembers);
      for (const m of state.members ?? []) if (!this.computeHeavy.has(m)) this.computeHeavy.set(m, heavy.has(m));
    }
  }

  observeNeighbours(list: NeighbourListFields): void {
    if (!list.nodeId) return;
    if (list.clusterId) this.clusterOfNode.set(list.nodeId, list.clusterId);
    if (typeof list.acceptsComputeHeavy === 'boolean') this.computeHeavy.set(list.nodeId, list.acceptsComputeHeavy);
  }

  has(nodeId: string): boolean {
    return this.nodes.has(nodeId);
  }

  get size(): number {
    return this.nodes.size;
  }

  nodeIds(): string[] {
    return [...this.nodes.keys()].sort();
  }

  heartbeat(nodeId: string): NodeHeartbeat | undefined {
    return this.nodes.get(nodeId)?.heartbeat;
  }

  /** Dead: removed from the registry, or its last heartbeat is older than `staleMs`. Unknown nodes are dead too. */
  isDead(nodeId: string, nowMs: number, staleMs: number): boolean {
    const entry = this.nodes.get(nodeId);
    return !entry || entry.gone || nowMs - entry.lastSeenMs > staleMs;
  }

  /** Forgets nodes dead for much longer than the stale bound, so a churning fleet does not grow the map. */
  forgetLongDead(nowMs: number, forgetAfterMs: number): string[] {
    const forgotten: string[] = [];
    for (const [id, entry] of this.nodes) {
      if (nowMs - entry.lastSeenMs > forgetAfterMs) {
        this.nodes.delete(id);
        forgotten.push(id);
      }
    }
    return forgotten;
  }

  clusterOf(nodeId: string): string {
    return this.clusterOfNode.get(nodeId) ?? this.nodes.get(nodeId)?.heartbeat.clusterId ?? '';
  }

  /**
   * The link origin → node: the origin's own peer table first, then the node's link back to the
   * origin (RTT is symmetric), then a Vivaldi estimate from both coordinates; undefined when none is known.
   */
  linkFrom(originId: string, nodeId: string): LinkView | undefined {
    const fromOrigin = this.peers.get(originId)?.links.get(nodeId);
    if (fromOrigin) return fromOrigin;
    const back = this.peers.get(nodeId)?.links.get(originId);
    if (back) return back;
    const a = this.peers.get(originId)?.coord ?? this.nodes.get(originId)?.heartbeat.coord;
    const b = this.peers.get(nodeId)?.coord ?? this.nodes.get(nodeId)?.heartbeat.coord;
    if (!a || !b || a.vec.length !== b.vec.length) return undefined;
    return { rttMs: estimateRttMs(a, b), jitterMs: 0, lossRatio: 0, bandwidthMbps: 0, measured: false, estimateError: estimateError(a, b) };
  }

  /**
   * One NodeView per known node, as seen from `originId`, with cellmesh's unfinished work folded in
   * (`reservations`: CPU adds to the measured load, memory comes off the measured free). Built as one
   * literal shape: placement-core's hot loop stays monomorphic. GPU slots/reservations are left at 0
   * here: the GpuLedger lays cellmesh's own over them in `place`.
   */
  viewsFrom(originId: string, reservations: ReadonlyMap<string, NodeReservation>): NodeView[] {
    const views: NodeView[] = [];
    for (const [nodeId, entry] of this.nodes) {
      const hb = entry.heartbeat;
      const clusterId = this.clusterOf(nodeId);
      const reserved = reservations.get(nodeId);
      const capacityMillis = hb.cores * 1000;
      const reservedLoad = reserved && capacityMillis > 0 ? reserved.cpuMillis / capacityMillis : 0;
      // A registry-only heartbeat carries no memory: assume a per-core amount rather than reject every task.
      const memTotalMib = hb.memTotalMib > 0 ? hb.memTotalMib : hb.cores * this.options.assumedMemoryMibPerCore;
      const memUsedMib = hb.memTotalMib > 0 ? hb.memUsedMib : 0;
      const gpus: GpuView[] = hb.gpus.map((g) => ({
        index: g.index,
        uuid: g.uuid,
        vramTotalMib: g.vramTotalMib,
        vramUsedMib: g.vramUsedMib,
        slotsTotal: this.options.gpuSlotsPerGpu,
        slotsUsed: 0,
        reservedVramMib: 0,
      }));
      views.push({
        nodeId,
        clusterId,
        isLeader: clusterId !== '' && this.leaders.get(clusterId) === nodeId,
        // topology-ca's compute-heavy mark (GPU-rich and close to its cluster) decides which GPU nodes act as
        // hubs for shared GPU work; it says nothing about isolated CPU work, which every healthy node accepts.
        isGpuHub: gpus.length > 0 && (this.computeHeavy.get(nodeId) ?? true),
        acceptsComputeHeavy: true,
        cores: hb.cores,
        cpuLoadRatio: Math.min(1, hb.cpuLoadRatio + reservedLoad),
        memTotalMib,
        memFreeMib: Math.max(0, memTotalMib - memUsedMib - (reserved?.memoryMib ?? 0)),
        queueDepth: hb.queueDepth,
        runningTasks: hb.runningTasks,
        draining: hb.draining,
        healthy: !entry.gone,
        lastSeenMs: entry.lastSeenMs,
        gpus,
        link: nodeId === originId ? undefined : this.linkFrom(originId, nodeId),
        backoffUntilMs: 0,
      });
    }
    return views;
  }
}
