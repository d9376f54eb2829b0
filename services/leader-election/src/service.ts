/**
 * The leader-election service for one node: a cluster election (membership from the topology-ca or
 * static options; RTTs and compute from the metrics-collector's warm snapshots) and, while this node
 * leads its cluster, the root election among cluster leaders. Decisions are leader-core's; this shell
 * reads KV, writes leases with compare-and-set, publishes LeaderChanged, and arms timers.
 */
import type { KV } from '@nats-io/kv';
import { jetstream } from '@nats-io/jetstream';
import { Buckets, Identity, identityRejection, keys, openBucket, subjects, type Logger } from '@cellmesh/bus';
import { codecs, LeaderChangeReason as ProtoReason, type Codec } from '@cellmesh/contracts';
import { leaseState, type CandidateInfo, type FencingToken } from '@cellmesh/leader-core';
import { LeaseWatcher, ROOT_CLUSTER_ID } from '@cellmesh/leases';
import { createServiceHandle, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import type { NodeOpsMetrics } from '@cellmesh/telemetry';
import { candidateOf, membersOf, rootMembersOf, type MemberSnapshot } from './core/inputs';
import { leaderChangedMsgId, protoReasonName, type LeaderChangedInit } from './core/events';
import { viewChanged, type ElectionView } from './core/view';
import { Election } from './election';
import { compileOptions, type CompiledLeaderElectionOptions, type LeaderElectionOptions } from './options';

export const SERVICE_NAME = 'leader-election';

/** What `current()` returns: enough for `cellmesh up` to show leaders and the root. */
export interface LeaderElectionStatus {
  nodeId: string;
  /** Undefined until the node knows its cluster. */
  clusterId: string | undefined;
  leader: string | undefined;
  term: number | undefined;
  /** This node may act as its cluster's leader now. */
  isLeader: boolean;
  /** This node may act as root now. */
  isRoot: boolean;
  root: { leader: string | undefined; term: number | undefined };
}

export interface LeaderElectionEvent {
  level: 'cluster' | 'root';
  previous: ElectionView | undefined;
  current: ElectionView;
}

/** What the service needs beyond ServiceDeps. */
export interface LeaderElectionDeps extends ServiceDeps {
  /** Operator metrics of this node: every lease change this node's compare-and-set made, by cluster and reason. */
  metrics?: NodeOpsMetrics;
}

export interface LeaderElectionHandle extends ServiceHandle {
  current(): LeaderElectionStatus;
  /** The token to stamp on a write made as cluster leader now; undefined when this node may not act. */
  fencingToken(): FencingToken | undefined;
  /** The root's token, likewise. */
  rootFencingToken(): FencingToken | undefined;
  /** Called with the views known now (previous undefined), then whenever one changes (holder, term, or own role). */
  onChange(listener: (event: LeaderElectionEvent) => void): () => void;
  /** The writers' fence this node keeps (all clusters); share it with co-hosted writers. */
  readonly leases: LeaseWatcher;
  /** Fault injection (SIGSTOP-style): stop all reads, writes and timers, keeping beliefs and tokens. */
  freeze(): void;
  thaw(): void;
}

export async function startLeaderElection(deps: LeaderElectionDeps, options: LeaderElectionOptions = {}): Promise<LeaderElectionHandle> {
  const opts = compileOptions(options);
  const log = deps.logger.child({ service: SERVICE_NAME, nodeId: deps.nodeId });
  const [leasesKv, topologyKv, metricsKv] = await Promise.all([openBucket(deps.nc, Buckets.Leases), openBucket(deps.nc, Buckets.Topology), openBucket(deps.nc, Buckets.Metrics)]);
  const watcher = await LeaseWatcher.forBucket(leasesKv, { clock: deps.clock, maxClockSkewMs: opts.clusterParams.lease.maxClockSkewMs, logger: log });
  const shell = new LeaderElectionShell(deps, opts, log, leasesKv, topologyKv, metricsKv, watcher);
  await shell.start();
  const handle = createServiceHandle(SERVICE_NAME, async () => {
    await shell.stop();
    await watcher.stop();
  });
  return Object.assign(handle, {
    current: () => shell.status(),
    fencingToken: () => shell.cluster?.fencingToken(),
    rootFencingToken: () => shell.root?.fencingToken(),
    onChange: (listener: (event: LeaderElectionEvent) => void) => shell.subscribe(listener),
    leases: watcher,
    freeze: () => shell.freeze(),
    thaw: () => shell.thaw(),
  });
}

class LeaderElectionShell {
  cluster: Election | undefined;
  root: Election | undefined;
  private snapshots = new Map<string, MemberSnapshot>();
  private clusterStateMembers: string[] | undefined;
  private selfDraining = false;
  private stopping = false;
  private frozen = false;
  private refreshTimer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private unwatch: (() => void) | undefined;
  private readonly listeners = new Set<(event: LeaderElectionEvent) => void>();
  private readonly views: { cluster?: ElectionView; root?: ElectionView } = {};
  private readonly js;

  constructor(
    private readonly deps: LeaderElectionDeps,
    private readonly opts: CompiledLeaderElectionOptions,
    private readonly log: Logger,
    private readonly leasesKv: KV,
    private readonly topologyKv: KV,
    private readonly metricsKv: KV,
    private readonly watcher: LeaseWatcher,
  ) {
    this.js = jetstream(deps.nc);
  }

  async start(): Promise<void> {
    await this.refreshInputs();
    if (this.opts.electRoot) this.root = this.makeElection('root', ROOT_CLUSTER_ID);
    this.unwatch = this.watcher.onChange((change) => {
      if (change.clusterId === this.cluster?.clusterId) this.cluster.kick();
      // Any cluster's lease can change who stands for root; only a leader or the root itself re-decides.
      const rootHolder = this.watcher.lease(ROOT_CLUSTER_ID)?.record.holder;
      if (change.clusterId === ROOT_CLUSTER_ID || this.cluster?.view().isLeader || rootHolder === this.deps.nodeId) this.root?.kick();
    });
    this.cluster?.kick();
    this.root?.kick();
    this.scheduleRefresh();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.unwatch?.();
    await this.refreshing;
    // Root first: it is held only while leading the cluster.
    await this.root?.stop(this.opts.releaseOnStop);
    await this.cluster?.stop(this.opts.releaseOnStop);
  }

  freeze(): void {
    this.frozen = true;
    this.cluster?.freeze();
    this.root?.freeze();
  }

  thaw(): void {
    this.frozen = false;
    this.cluster?.thaw();
    this.root?.thaw();
  }

  subscribe(listener: (event: LeaderElectionEvent) => void): () => void {
    this.listeners.add(listener);
    // Replay what is known, so a late subscriber (cellmesh up) starts from the current leaders.
    for (const level of ['cluster', 'root'] as const) {
      const current = this.views[level];
      if (current !== undefined) listener({ level, previous: undefined, current });
    }
    return () => this.listeners.delete(listener);
  }

  status(): LeaderElectionStatus {
    const cluster = this.cluster?.view();
    const root = this.root?.view() ?? this.rootViewFromWatcher();
    return {
      nodeId: this.deps.nodeId,
      clusterId: this.cluster?.clusterId,
      leader: cluster?.leader,
      term: cluster?.term,
      isLeader: cluster?.isLeader ?? false,
      isRoot: root.isLeader,
      root: { leader: root.leader, term: root.term },
    };
  }

  private rootViewFromWatcher(): ElectionView {
    const info = this.watcher.currentLeader(ROOT_CLUSTER_ID);
    return { clusterId: ROOT_CLUSTER_ID, leader: info?.state === 'held' ? info.holder : undefined, term: info?.term, isLeader: false };
  }

  private makeElection(level: 'cluster' | 'root', clusterId: string): Election {
    const params = level === 'root' ? this.opts.rootParams : this.opts.clusterParams;
    return new Election({
      level,
      clusterId,
      selfId: this.deps.nodeId,
      params,
      kv: this.leasesKv,
      clock: this.deps.clock,
      logger: this.log.child({ level, clusterId }),
      tracer: this.deps.tracer,
      members: (holder) => (level === 'root' ? this.rootCandidates() : this.clusterCandidates(holder)),
      publish: (event) => this.publish(event),
      onView: (view) => this.noteView(level, view),
      drainBeforeRelease: this.opts.drainBeforeRelease,
    });
  }

  private selfEligible(): boolean {
    return this.opts.eligible && !this.stopping && !this.selfDraining;
  }

  private clusterCandidates(holder: string | undefined): CandidateInfo[] {
    const members = membersOf(this.deps.nodeId, this.opts.staticMembers, this.clusterStateMembers, holder);
    return members.map((id) => candidateOf(id, this.snapshots.get(id), id === this.deps.nodeId ? this.selfEligible() : undefined));
  }

  /** Root candidates: the live leader of every cluster, this node included only while it may act as one. */
  private rootCandidates(): CandidateInfo[] {
    const now = this.deps.clock.now();
    const leaders: string[] = [];
    for (const clusterId of this.knownClusters()) {
      const lease = this.watcher.lease(clusterId)?.record;
      if (lease && leaseState(lease, now, this.opts.clusterParams.lease) === 'held') leaders.push(lease.holder);
    }
    const selfLeads = this.cluster?.view().isLeader ?? false;
    const members = rootMembersOf(leaders.filter((id) => id !== this.deps.nodeId || selfLeads));
    return members.map((id) => candidateOf(id, this.snapshots.get(id), id === this.deps.nodeId ? this.selfEligible() : undefined));
  }

  private knownClusters(): string[] {
    const ids = new Set<string>();
    for (const id of this.watcher.clusterIds()) if (id !== ROOT_CLUSTER_ID) ids.add(id);
    return [...ids];
  }

  private noteView(level: 'cluster' | 'root', view: ElectionView): void {
    const previous = this.views[level];
    if (!viewChanged(previous, view)) return;
    this.views[level] = view;
    for (const listener of this.listeners) {
      try {
        listener({ level, previous, current: view });
      } catch (err) {
        this.log.warn({ err: (err as Error).message }, 'leader change listener threw');
      }
    }
  }

  private async publish(event: LeaderChangedInit): Promise<void> {
    // Called once per change, by the node whose compare-and-set made it: each change is counted once fabric-wide.
    this.deps.metrics?.leaseChanged(event.clusterId, event.reason.toLowerCase());
    if (!this.opts.publishEvents) return;
    const payload = codecs.LeaderChanged.encode({ ...event, reason: ProtoReason[protoReasonName(event.reason)] });
    for (let attempt = 1; ; attempt++) {
      try {
        await this.js.publish(subjects.leaderChanged(event.clusterId), payload, { msgID: leaderChangedMsgId(event) });
        return;
      } catch (err) {
        // The lease is already written; the event is the audit trail, so retry a few times, then log it.
        if (attempt >= 3) {
          this.log.error({ err: (err as Error).message, event }, 'could not publish LeaderChanged');
          return;
        }
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  }

  private scheduleRefresh(): void {
    if (this.stopping) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshing = this.refreshInputs()
        .catch((err: Error) => this.log.warn({ err: err.message }, 'could not refresh election inputs'))
        .finally(() => {
          this.refreshing = undefined;
          this.scheduleRefresh();
        });
    }, this.opts.inputsRefreshMs);
    this.refreshTimer.unref?.();
  }

  /** Re-reads cluster id, membership, RTTs and compute; starts or moves the cluster election as needed. */
  private async refreshInputs(): Promise<void> {
    if (this.stopping || this.frozen) return;
    const selfId = this.deps.nodeId;
    const clusterId = this.opts.clusterId ?? (await this.discoverClusterId());
    let joined = false;
    if (clusterId !== undefined && clusterId !== ROOT_CLUSTER_ID && clusterId !== this.cluster?.clusterId) {
      const old = this.cluster;
      this.cluster = undefined;
      // The old cluster's member list says nothing about the new one: deciding with it made a node that just
      // joined see the new cluster's leader as "not a member" and challenge it (a LEFT_CLUSTER storm at formation).
      this.clusterStateMembers = undefined;
      if (old) {
        this.log.info({ from: old.clusterId, to: clusterId }, 'node moved clusters: leaving the old election');
        await old.stop(true);
      }
      this.cluster = this.makeElection('cluster', clusterId);
      joined = true;
    }
    if (this.cluster && this.opts.staticMembers === undefined) {
      const state = await getDecoded(this.topologyKv, keys.cluster(this.cluster.clusterId), codecs.ClusterState, this.log);
      this.clusterStateMembers = state?.members;
    }
    // The first decision in a new cluster uses that cluster's members (or, before it has any, self + holder).
    if (joined) this.cluster?.kick();
    const wanted = new Set<string>([selfId, ...(this.cluster ? this.clusterCandidates(this.watcher.lease(this.cluster.clusterId)?.record.holder || undefined).map((c) => c.nodeId) : [])]);
    for (const id of this.knownClusters()) {
      const holder = this.watcher.lease(id)?.record.holder;
      if (holder) wanted.add(holder);
    }
    const next = new Map<string, MemberSnapshot>();
    await Promise.all(
      [...wanted].map(async (id) => {
        const [peers, metrics] = await Promise.all([
          getDecoded(this.metricsKv, keys.peers(id), codecs.PeerTable, this.log),
          getDecoded(this.metricsKv, keys.nodeMetrics(id), codecs.NodeMetrics, this.log),
        ]);
        // A value that speaks for another node than its key is not this member's (identity binding, @cellmesh/bus).
        const ownPeers = peers && !identityRejection(Identity.peersKey, keys.peers(id), peers) ? peers : undefined;
        const ownMetrics = metrics && !identityRejection(Identity.metricsKey, keys.nodeMetrics(id), metrics) ? metrics : undefined;
        if ((peers && !ownPeers) || (metrics && !ownMetrics)) this.log.warn({ member: id }, 'ignored election input that names another node than its key');
        next.set(id, { ...(ownPeers ? { peers: ownPeers } : {}), ...(ownMetrics ? { metrics: ownMetrics } : {}) });
      }),
    );
    this.snapshots = next;
    const draining = next.get(selfId)?.metrics?.draining ?? false;
    if (draining !== this.selfDraining) {
      this.selfDraining = draining;
      this.cluster?.kick();
    }
  }

  private async discoverClusterId(): Promise<string | undefined> {
    const selfId = this.deps.nodeId;
    const neighbours = await getDecoded(this.topologyKv, keys.neighbours(selfId), codecs.NeighbourList, this.log);
    if (neighbours?.clusterId) return neighbours.clusterId;
    const metrics = await getDecoded(this.metricsKv, keys.nodeMetrics(selfId), codecs.NodeMetrics, this.log);
    return metrics?.clusterId || undefined;
  }
}

/** Reads and decodes one KV value; absent, deleted, unreadable or malformed → undefined (logged). */
async function getDecoded<T>(kv: KV, key: string, codec: Codec<unknown, T>, log: Logger): Promise<T | undefined> {
  try {
    const entry = await kv.get(key);
    if (entry === null || entry.operation !== 'PUT') return undefined;
    return codec.decode(entry.value);
  } catch (err) {
    log.debug({ key, err: (err as Error).message }, 'election input unavailable');
    return undefined;
  }
}
