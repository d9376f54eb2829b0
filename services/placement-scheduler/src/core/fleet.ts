/**
 * What the scheduler knows about the fleet, from whatever sources are up: NodeMetrics heartbeats,
 * peer tables (measured or Vivaldi-estimated links), cluster state and neighbour lists. Pure data:
 * the service feeds decoded messages in with the time they arrived; `viewsFrom(origin)` builds
 * the NodeViews one placement runs on. Every source is optional (docs/placement.md, "Degradation").
 */
import { estimateError, estimateRttMs, type NetCoord } from '@cellmesh/netcoords';
import type { GpuView, LinkView, NodeView } from '@cellmesh/placement-core';
import { DefaultBackoffOptions, HEALTHY, observeHealth, probeLossTowards, peerHealthScore, type BackoffOptions, type HealthSample, type PeerHealth } from './backoff';
import { coordOf, num, type ClusterStateFields, type NeighbourListFields, type NodeHeartbeat, type PeerTableFields } from './heartbeat';

export { heartbeatFromMetrics } from './heartbeat';
export type { ClusterStateFields, GpuMeasure, NeighbourListFields, NodeHeartbeat, NodeMetricsFields, PeerLinkFields, PeerTableFields } from './heartbeat';

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
  /** Most nodes kept; a new node beyond it evicts the least recently heard (default 4096). */
  maxNodes?: number;
  /** Slow-peer backoff thresholds (core/backoff.ts). */
  backoff?: BackoffOptions;
}

export const DEFAULT_MAX_NODES = 4096;

export class Fleet {
  private readonly nodes = new Map<string, NodeEntry>();
  private readonly peers = new Map<string, PeerEntry>();
  private readonly leaders = new Map<string, string>();
  private readonly clusterOfNode = new Map<string, string>();
  private readonly computeHeavy = new Map<string, boolean>();
  private readonly health = new Map<string, PeerHealth>();
  private readonly maxNodes: number;
  private readonly backoff: BackoffOptions;

  constructor(private readonly options: FleetOptions) {
    this.maxNodes = Math.max(1, options.maxNodes ?? DEFAULT_MAX_NODES);
    this.backoff = options.backoff ?? DefaultBackoffOptions;
  }

  /**
   * A heartbeat arrived at `seenMs` (scheduler clock; a registry replay passes the entry's own time).
   * The caller has bound it to its subject's node (identity binding); the fleet stays within maxNodes.
   */
  observeHeartbeat(heartbeat: NodeHeartbeat, seenMs: number): void {
    const prev = this.nodes.get(heartbeat.nodeId);
    if (prev && prev.lastSeenMs > seenMs) return;
    if (!prev && this.nodes.size >= this.maxNodes) this.evictLeastRecentlySeen();
    this.nodes.set(heartbeat.nodeId, { heartbeat, lastSeenMs: seenMs, gone: false });
  }

  /** One measured sample of a peer's responsiveness (dispatch overhead, probe loss); `rand` in [0, 1) is the jitter draw. */
  observeHealthSample(nodeId: string, sample: HealthSample, nowMs: number, rand: number): PeerHealth {
    const next = observeHealth(this.health.get(nodeId) ?? HEALTHY, sample, nowMs, rand, this.backoff);
    if (next.strikes === 0 && next.backoffUntilMs <= nowMs) this.health.delete(nodeId);
    else this.health.set(nodeId, next);
    return next;
  }

  private probeAssessedAtMs = -Infinity;

  /**
   * Probe loss towards every known node (median over the observers whose tables list it), one
   * health sample per node at most every `minIntervalMs` (peer tables refresh about that often).
   */
  assessProbeLoss(nowMs: number, rand: () => number, minIntervalMs: number): void {
    if (nowMs - this.probeAssessedAtMs < minIntervalMs) return;
    this.probeAssessedAtMs = nowMs;
    const losses = probeLossTowards([...this.peers].map(([observer, t]) => [observer, t.links] as const), (id) => this.nodes.has(id));
    for (const [nodeId, ratio] of losses) this.observeHealthSample(nodeId, { kind: 'probe-loss', ratio }, nowMs, rand());
  }

  healthOf(nodeId: string): PeerHealth {
    return this.health.get(nodeId) ?? HEALTHY;
  }

  private evictLeastRecentlySeen(): void {
    let oldest: [string, NodeEntry] | undefined;
    for (const e of this.nodes) if (!oldest || e[1].lastSeenMs < oldest[1].lastSeenMs) oldest = e;
    if (oldest) this.forget(oldest[0]);
  }

  private forget(nodeId: string): void {
    this.nodes.delete(nodeId);
    this.peers.delete(nodeId);
    this.clusterOfNode.delete(nodeId);
    this.computeHeavy.delete(nodeId);
    this.health.delete(nodeId);
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
        this.forget(id);
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
      const health = this.health.get(nodeId) ?? HEALTHY;
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
        // "takes cpuOnly work": the node's own operator setting (NodeMetrics.refuses_isolated_compute), not the hub mark.
        acceptsComputeHeavy: !hb.refusesIsolatedCompute,
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
        backoffUntilMs: health.backoffUntilMs,
        uplinkSaturation: hb.uplinkSaturation,
        peerHealth: peerHealthScore(health),
      });
    }
    return views;
  }
}
