import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { codecs, PlacementOutcome, type MessageOf } from '@cellmesh/contracts';
import { subjects } from '@cellmesh/bus';
import type { LeaseWatcher } from '@cellmesh/leases';

export interface NodeRow {
  nodeId: string;
  site: string;
  clusterId: string;
  because: string;
  relayId: string;
  acceptsComputeHeavy: boolean;
  /** The node's topology round (from its announcements). */
  round: number;
  cpuLoadPct: number;
  queueDepth: number;
  running: number;
  gpus: number;
  gpuEmulated: boolean;
  placed: number;
  lastSeenMs: number;
}

export interface PlacementRow {
  taskId: string;
  outcome: 'placed' | 'queued' | 'rejected';
  node: string;
  rule: string;
  reason: string;
  atMs: number;
}

const RECENT_PLACEMENTS = 50;

/**
 * What the fabric looks like from the bus alone — announcements, heartbeats, leases, receipts —
 * so the view is the same whether the nodes run in this process or in others (`--processes`).
 */
/** One cell as the view reads it: a connection to the cell's server and the cell's lease view. */
export interface ViewedCell {
  cellId: string;
  nc: NatsConnection;
  leases: LeaseWatcher;
}

export class BusView {
  readonly nodes = new Map<string, NodeRow>();
  readonly recent: PlacementRow[] = [];
  readonly rules = new Map<string, number>();
  private readonly subs: Subscription[] = [];
  private readonly cells: readonly ViewedCell[];

  /** One source per cell: receipts, metrics and leases stay in their cell, so the view reads every cell. */
  constructor(
    cells: readonly ViewedCell[] | ViewedCell,
    private readonly now: () => number = Date.now,
  ) {
    this.cells = Array.isArray(cells) ? cells : [cells as ViewedCell];
  }

  start(): void {
    for (const { nc } of this.cells) {
      this.subs.push(nc.subscribe(subjects.topologyAnnounceAll, { callback: (_e, m) => this.safely(() => this.onAnnounce(codecs.ClusterAnnounce.decode(m.data))) }));
      this.subs.push(nc.subscribe(subjects.metricsNodeAll, { callback: (_e, m) => this.safely(() => this.onMetrics(codecs.NodeMetrics.decode(m.data))) }));
      this.subs.push(nc.subscribe(subjects.placementReceiptAll, { callback: (_e, m) => this.safely(() => this.onReceipt(codecs.PlacementReceipt.decode(m.data))) }));
    }
  }

  stop(): void {
    for (const s of this.subs) s.unsubscribe();
  }

  clusters(): Array<{ clusterId: string; members: string[]; leader?: string; term?: number }> {
    const byCluster = new Map<string, string[]>();
    for (const row of this.nodes.values()) if (row.clusterId) byCluster.set(row.clusterId, [...(byCluster.get(row.clusterId) ?? []), row.nodeId]);
    return [...byCluster.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([clusterId, members]) => {
        const held = this.heldLease(clusterId);
        return { clusterId, members: members.sort(), leader: held?.holder, term: held?.term };
      });
  }

  /** The lowest topology round among the nodes heard from (0 until every expected node announced). */
  minRound(expectedNodes: number): number {
    if (this.nodes.size < expectedNodes) return 0;
    let min = Infinity;
    for (const row of this.nodes.values()) min = Math.min(min, row.round);
    return Number.isFinite(min) ? min : 0;
  }

  /**
   * The scheduling root: on one server, the fabric's root; in the cells topology every cell elects its
   * own (the `root` lease in the cell's domain), and this is the first cell's — see cellRoots().
   */
  root(): { holder?: string; term?: number } {
    return this.cellRoots()[0]?.root ?? {};
  }

  /** Each cell's root scheduler (the holder of the `root` lease in the cell's own domain). */
  cellRoots(): Array<{ cellId: string; root: { holder?: string; term?: number } }> {
    return this.cells.map(({ cellId, leases }) => {
      const lease = leases.currentLeader('root');
      return { cellId, root: lease && lease.state === 'held' ? { holder: lease.holder, term: lease.term } : {} };
    });
  }

  /** True once every cell has a root scheduler. */
  everyCellHasRoot(): boolean {
    return this.cellRoots().every((c) => c.root.holder !== undefined);
  }

  private heldLease(clusterId: string) {
    for (const { leases } of this.cells) {
      const lease = leases.currentLeader(clusterId);
      if (lease && lease.state === 'held') return lease;
    }
    return undefined;
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch {
      // A malformed event must not stop the view; the services dead-letter what they consume.
    }
  }

  private row(nodeId: string): NodeRow {
    let row = this.nodes.get(nodeId);
    if (!row) {
      row = { nodeId, site: '', clusterId: '', because: '', relayId: '', acceptsComputeHeavy: false, round: 0, cpuLoadPct: 0, queueDepth: 0, running: 0, gpus: 0, gpuEmulated: false, placed: 0, lastSeenMs: 0 };
      this.nodes.set(nodeId, row);
    }
    return row;
  }

  private onAnnounce(a: MessageOf<'ClusterAnnounce'>): void {
    const row = this.row(a.nodeId);
    row.clusterId = a.clusterId;
    row.because = a.because;
    row.relayId = a.relayId;
    row.acceptsComputeHeavy = a.acceptsComputeHeavy;
    row.round = a.round;
    if (a.site) row.site = a.site;
    row.lastSeenMs = this.now();
  }

  private onMetrics(m: MessageOf<'NodeMetrics'>): void {
    const row = this.row(m.nodeId);
    row.site = m.site || row.site;
    row.cpuLoadPct = m.cpuLoadPct;
    row.queueDepth = m.queueDepth;
    row.running = m.runningTasks;
    row.gpus = m.gpus.length;
    row.gpuEmulated = m.gpus.some((g) => g.emulated);
    row.lastSeenMs = this.now();
  }

  private onReceipt(r: MessageOf<'PlacementReceipt'>): void {
    const outcome = r.outcome === PlacementOutcome.PLACEMENT_OUTCOME_PLACED ? 'placed' : r.outcome === PlacementOutcome.PLACEMENT_OUTCOME_QUEUED ? 'queued' : 'rejected';
    if (outcome === 'placed') {
      this.row(r.chosenNode).placed++;
      this.rules.set(r.rule, (this.rules.get(r.rule) ?? 0) + 1);
    }
    this.recent.push({ taskId: r.scope?.taskId ?? '', outcome, node: r.chosenNode, rule: r.rule, reason: r.rejectReason, atMs: this.now() });
    if (this.recent.length > RECENT_PLACEMENTS) this.recent.shift();
  }
}
