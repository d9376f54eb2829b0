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
export class BusView {
  readonly nodes = new Map<string, NodeRow>();
  readonly recent: PlacementRow[] = [];
  readonly rules = new Map<string, number>();
  private readonly subs: Subscription[] = [];

  constructor(
    private readonly nc: NatsConnection,
    private readonly leases: LeaseWatcher,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.subs.push(this.nc.subscribe(subjects.topologyAnnounceAll, { callback: (_e, m) => this.safely(() => this.onAnnounce(codecs.ClusterAnnounce.decode(m.data))) }));
    this.subs.push(this.nc.subscribe(subjects.metricsNodeAll, { callback: (_e, m) => this.safely(() => this.onMetrics(codecs.NodeMetrics.decode(m.data))) }));
    this.subs.push(this.nc.subscribe(subjects.placementReceiptAll, { callback: (_e, m) => this.safely(() => this.onReceipt(codecs.PlacementReceipt.decode(m.data))) }));
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
        const lease = this.leases.currentLeader(clusterId);
        const held = lease && lease.state === 'held' ? lease : undefined;
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

  root(): { holder?: string; term?: number } {
    const lease = this.leases.currentLeader('root');
    return lease && lease.state === 'held' ? { holder: lease.holder, term: lease.term } : {};
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
