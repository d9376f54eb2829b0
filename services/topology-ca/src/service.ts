/**
 * topology-ca's I/O shell: per node, every round it reads its measured links (metrics-collector
 * peer table in KV, plus injected/emulated links), hears its peers' announcements, applies
 * topology-core's `step`, announces its state and writes KV records only when they change.
 * One process may run this for many virtual nodes; everything here is keyed by `deps.nodeId`.
 */
import type { Subscription } from '@nats-io/transport-node';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { Buckets, Identity, isValidToken, keys, openBucket, publishMessage, subjects, subscribeMessages } from '@cellmesh/bus';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { fencedKvUpdate, isCasConflict, termOfClusterState, type LeaseWatcher } from '@cellmesh/leases';
import { createServiceHandle, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import { CellmeshAttr } from '@cellmesh/telemetry';
import { initialCellView, step, type CellDecision, type CellView, type NodeAttributes } from '@cellmesh/topology-core';
import {
  clusterMembershipOf,
  isLive,
  mergeLinks,
  neighbourhoodOf,
  sameMembership,
  sameNeighbourList,
  shouldRemoveClusterKey,
  writesClusterState,
  type ClusterMembership,
  type NeighbourListContent,
  type PeerAnnouncement,
  type PeerLinkInput,
} from './core';
import { compileOptions, type CompiledOptions, type MembershipEvent, type TopologyCaOptions } from './options';

export const SERVICE_NAME = 'topology-ca';

/** Most peers whose announcements are kept (least recently heard dropped first); fake ids cannot grow the process. */
export const MAX_ANNOUNCED_PEERS = 4096;

/** Where the node stands now (what `cellmesh up` prints). */
export interface MembershipSnapshot {
  readonly nodeId: string;
  readonly clusterId: string;
  readonly clusterHops: number;
  /** The membership rule behind `clusterId` (topology-core MembershipReason). */
  readonly because: string;
  /** The reason of every rule in the last round. */
  readonly reasons: CellDecision['reasons'] | null;
  readonly round: number;
  readonly relayId: string | null;
  readonly parentId: string | null;
  readonly fanout: number;
  readonly acceptsComputeHeavy: boolean;
  /** Neighbours used in the last round, closest first. */
  readonly neighbours: readonly string[];
  /** Live peers heard within the liveness window. */
  readonly livePeers: number;
  readonly emulated: boolean;
}

export interface TopologyCaHandle extends ServiceHandle {
  membership(): MembershipSnapshot;
  /** Subscribes to cluster changes of this node; returns the unsubscribe function. */
  onMembershipChange(listener: (event: MembershipEvent) => void): () => void;
  /** Replaces the injected links (emulated links, tests); they win over the peer table per peer. */
  setLinks(links: readonly PeerLinkInput[]): void;
  /** Updates the node's own attributes (e.g. relay load) outside metrics.node events. */
  setAttributes(attributes: Partial<NodeAttributes>): void;
  /** Runs one round now (tests); rounds never overlap. */
  runRound(): Promise<void>;
}

export interface TopologyCaDeps extends ServiceDeps {
  /**
   * Optional lease view (@cellmesh/leases). With it, a cluster's live leader writes its cluster
   * state fenced by its term; without one (or with no live leader) the origin writes with KV CAS.
   */
  leases?: LeaseWatcher;
}

type ClusterStateMessage = MessageOf<'ClusterState'>;

export async function startTopologyCa(deps: TopologyCaDeps, options: TopologyCaOptions = {}): Promise<TopologyCaHandle> {
  const { nc, nodeId, clock, tracer } = deps;
  const opts: CompiledOptions = compileOptions(nodeId, options);
  const logger = deps.logger.child({ service: SERVICE_NAME, nodeId });
  const [metricsKv, topologyKv] = await Promise.all([opts.readPeerTable ? openBucket(nc, Buckets.Metrics) : Promise.resolve(null), openBucket(nc, Buckets.Topology)]);

  let attributes: NodeAttributes = { ...opts.attributes };
  let self: CellView = initialCellView(nodeId, attributes, opts.caParams);
  let because = 'alone-no-candidate';
  let clusterEverChanged = false;
  let lastReasons: CellDecision['reasons'] | null = null;
  let neighbourIds: string[] = [];
  let emulated = opts.links.some((l) => l.emulated);
  let injected = new Map(opts.links.map((l) => [l.peerId, l]));
  let peerTable: PeerLinkInput[] = [];
  let peerTableReadAtMs = -Infinity;
  const announcements = new Map<string, PeerAnnouncement>();
  const listeners = new Set<(event: MembershipEvent) => void>();
  if (opts.onMembershipChange) listeners.add(opts.onMembershipChange);
  let writtenNeighbours: NeighbourListContent | null = null;
  let writtenMembership: { clusterId: string; membership: ClusterMembership; leaderTerm: number } | null = null;
  let roundsSinceClusterCheck = 0;
  const removedClusterKeys = new Set<string>();

  const subs: Subscription[] = [];
  subs.push(
    subscribeMessages(
      nc,
      subjects.topologyAnnounceAll,
      codecs.ClusterAnnounce,
      (m) => {
        if (!isValidToken(m.nodeId) || m.nodeId === nodeId || !m.clusterId) return;
        // Re-inserted on every hearing, so the map's order is least recently heard first; the cap drops those.
        announcements.delete(m.nodeId);
        while (announcements.size >= MAX_ANNOUNCED_PEERS) announcements.delete(announcements.keys().next().value as string);
        announcements.set(m.nodeId, {
          nodeId: m.nodeId,
          clusterId: m.clusterId,
          clusterHops: m.clusterHops,
          parentId: m.parentId || null,
          relayId: m.relayId || null,
          acceptsComputeHeavy: m.acceptsComputeHeavy,
          fanout: m.fanoutLimit,
          round: m.round,
          because: m.because,
          heardAtMs: clock.now(),
        });
      },
      // An announcement speaks only for the cluster of its subject (the server bounds which clusters a node may announce).
      { service: SERVICE_NAME, nodeId, logger, identity: Identity.clusterAnnounce },
    ),
    subscribeMessages(
      nc,
      subjects.metricsNode(nodeId),
      codecs.NodeMetrics,
      (m) => {
        const gpus = m.gpus.length;
        attributes = {
          ...attributes,
          ...(m.cpuCores > 0 ? { cpuCores: m.cpuCores } : {}),
          gpus,
          vramMb: gpus > 0 ? Math.min(...m.gpus.map((g) => g.memoryTotalMib ?? 0)) : 0,
          ...(m.uplinkMbps > 0 ? { uplinkMbps: m.uplinkMbps } : {}),
          // NodeMetrics.relay_load is compared with the uplink as Mbit/s (docs/topology.md).
          relayLoadMbps: Math.max(0, m.relayLoad),
        };
      },
      { service: SERVICE_NAME, nodeId, logger, deadLetterBadPayloads: false, identity: Identity.nodeMetrics },
    ),
  );

  async function refreshPeerTable(nowMs: number): Promise<void> {
    if (!metricsKv || nowMs - peerTableReadAtMs < opts.peersRefreshMs) return;
    peerTableReadAtMs = nowMs;
    try {
      const entry = await metricsKv.get(keys.peers(nodeId));
      if (!entry || entry.operation !== 'PUT') return;
      const table = codecs.PeerTable.decode(entry.value);
      peerTable = table.links
        .filter((l) => !!l.peerId && typeof l.rttMs === 'number')
        .map((l) => ({
          peerId: l.peerId!,
          rttMs: l.rttMs!,
          bandwidthMbps: (l.throughputMbps ?? 0) > 0 ? l.throughputMbps! : Number.NaN,
          measured: l.measured === true,
          emulated: l.emulated === true,
        }));
    } catch (err) {
      // Keep the last table: a missed read only delays, and the next round tries again.
      logger.warn({ err: (err as Error).message }, 'could not read the peer table; keeping the last one');
    }
  }

  function announce(nowMs: number): void {
    publishMessage(nc, subjects.topologyAnnounce(self.clusterId), codecs.ClusterAnnounce, {
      nodeId,
      clusterId: self.clusterId,
      clusterHops: self.clusterHops,
      round: self.round,
      acceptsComputeHeavy: self.acceptsComputeHeavy,
      fanoutLimit: self.fanout,
      relayId: self.relayId ?? '',
      parentId: self.parentId ?? '',
      announcedAtMs: nowMs,
      site: opts.site,
      because,
      emulated,
    });
  }

  async function writeNeighbourList(nowMs: number): Promise<void> {
    const content: NeighbourListContent = {
      clusterId: self.clusterId,
      closePeers: neighbourIds,
      fallbackRelay: self.relayId ?? '',
      fanoutLimit: self.fanout,
      parentId: self.parentId ?? '',
      acceptsComputeHeavy: self.acceptsComputeHeavy,
    };
    if (sameNeighbourList(writtenNeighbours, content)) return;
    await topologyKv.put(keys.neighbours(nodeId), codecs.NeighbourList.encode({ nodeId, ...content, closePeers: [...content.closePeers], updatedAtMs: nowMs }));
    writtenNeighbours = content;
  }

  /** Who writes this cluster's state now: its live leader (fenced by the term), else its origin (CAS). */
  function clusterWriter(nowMs: number): { kind: 'leader'; term: number } | { kind: 'origin' } | null {
    const leader = deps.leases?.currentLeader(self.clusterId);
    const leaderLive = leader && leader.state === 'held' && (leader.holder === nodeId || isLiveMember(leader.holder, nowMs));
    if (leaderLive) return leader.holder === nodeId ? { kind: 'leader', term: leader.term } : null;
    return writesClusterState(nodeId, self.clusterId) ? { kind: 'origin' } : null;
  }

  function isLiveMember(peerId: string, nowMs: number): boolean {
    const peer = announcements.get(peerId);
    return !!peer && peer.clusterId === self.clusterId && isLive(peer, nowMs, opts.livenessMs);
  }

  async function writeClusterState(nowMs: number): Promise<void> {
    // Warm-up: before a liveness window has passed this node has not heard everyone yet.
    if (self.round < opts.livenessRounds) return;
    const writer = clusterWriter(nowMs);
    if (!writer) return;
    const membership = clusterMembershipOf({ id: nodeId, clusterId: self.clusterId, acceptsComputeHeavy: self.acceptsComputeHeavy }, announcements, nowMs, opts.livenessMs);
    const term = writer.kind === 'leader' ? writer.term : 0;
    roundsSinceClusterCheck++;
    const unchanged = writtenMembership?.clusterId === self.clusterId && writtenMembership.leaderTerm === term && sameMembership(writtenMembership.membership, membership);
    // Write only on change; every clusterStateCheckRounds re-read the key and repair it if it differs.
    if (unchanged && roundsSinceClusterCheck < opts.clusterStateCheckRounds) return;
    roundsSinceClusterCheck = 0;
    const key = keys.cluster(self.clusterId);
    await tracer.startActiveSpan(`topology write ${key}`, { kind: SpanKind.PRODUCER, attributes: { [CellmeshAttr.NodeId]: nodeId, [CellmeshAttr.ClusterId]: self.clusterId, [CellmeshAttr.Emulated]: emulated } }, async (span) => {
      try {
        const outcome = writer.kind === 'leader' ? await writeFenced(key, membership, writer.term, nowMs) : await writeCas(key, membership, nowMs);
        span.setAttribute('cellmesh.topology.write', outcome);
        writtenMembership = { clusterId: self.clusterId, membership, leaderTerm: term };
        removedClusterKeys.delete(self.clusterId);
        if (outcome !== 'unchanged') logger.info({ clusterId: self.clusterId, members: membership.members, writer: writer.kind, emulated }, 'cluster state written');
      } catch (err) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
        throw err;
      } finally {
        span.end();
      }
    });
  }

  function clusterStateOf(membership: ClusterMembership, leaderId: string, leaderTerm: number, nowMs: number): Uint8Array {
    return codecs.ClusterState.encode({ clusterId: self.clusterId, ...membership, leaderId, leaderTerm, updatedAtMs: nowMs });
  }

  /** The origin's write: CAS on the revision read, keeping whatever leader fields the stored value carries. */
  async function writeCas(key: string, membership: ClusterMembership, nowMs: number): Promise<'written' | 'unchanged'> {
    for (let attempt = 0; ; attempt++) {
      const entry = await topologyKv.get(key);
      const stored: ClusterStateMessage | null = entry && entry.operation === 'PUT' ? codecs.ClusterState.decode(entry.value) : null;
      if (stored && sameMembership(stored, membership)) return 'unchanged';
      const value = clusterStateOf(membership, stored?.leaderId ?? '', Number(stored?.leaderTerm ?? 0), nowMs);
      try {
        if (entry) await topologyKv.update(key, value, entry.revision);
        else await topologyKv.create(key, value);
        return 'written';
      } catch (err) {
        if (!isCasConflict(err) || attempt >= 3) throw err;
      }
    }
  }

  /** The leader's write: carries its term; refused (FencingRejectedError) when the term is stale. */
  async function writeFenced(key: string, membership: ClusterMembership, term: number, nowMs: number): Promise<'written'> {
    const token = { clusterId: self.clusterId, holder: nodeId, term };
    await fencedKvUpdate(topologyKv, key, clusterStateOf(membership, nodeId, term, nowMs), token, deps.leases!, { storedTermOf: termOfClusterState });
    return 'written';
  }

  async function removeClusterKey(clusterId: string): Promise<void> {
    if (removedClusterKeys.has(clusterId)) return;
    removedClusterKeys.add(clusterId);
    await topologyKv.delete(keys.cluster(clusterId));
    logger.info({ clusterId }, 'removed the state of a cluster whose origin is gone');
  }

  let roundRunning: Promise<void> | null = null;
  async function round(): Promise<void> {
    const nowMs = clock.now();
    await refreshPeerTable(nowMs);
    const links = mergeLinks(peerTable, injected);
    const hood = neighbourhoodOf(nodeId, links, announcements, nowMs, opts.livenessMs, opts.neighbours);
    const decision = step({ ...self, ...attributes, round: self.round + 1 }, hood.views, opts.caParams);
    const previous = self;
    self = {
      ...self,
      ...attributes,
      clusterId: decision.clusterId,
      clusterHops: decision.clusterHops,
      parentId: decision.parentId,
      relayId: decision.relayId,
      acceptsComputeHeavy: decision.acceptsComputeHeavy,
      fanout: decision.fanout,
      round: self.round + 1,
    };
    neighbourIds = hood.peerIds;
    emulated = hood.emulated || (hood.views.length === 0 && emulated);
    lastReasons = decision.reasons;
    // Like the engine: the rule of the last cluster change, or the current reason while it never changed.
    if (decision.clusterId !== previous.clusterId) clusterEverChanged = true;
    if (!clusterEverChanged) because = decision.because;
    if (decision.clusterId !== previous.clusterId || previous.round === 0) {
      because = decision.because;
      const event: MembershipEvent = {
        nodeId,
        clusterId: decision.clusterId,
        previousClusterId: previous.clusterId,
        clusterHops: decision.clusterHops,
        because: decision.because,
        round: self.round,
        atMs: nowMs,
        emulated,
      };
      if (decision.clusterId !== previous.clusterId) {
        logger.info({ ...event }, `joined cluster ${decision.clusterId} (${decision.because})`);
        tracer.startSpan('topology membership change', { attributes: { [CellmeshAttr.NodeId]: nodeId, [CellmeshAttr.ClusterId]: decision.clusterId, [CellmeshAttr.Emulated]: emulated, 'cellmesh.topology.because': decision.because } }).end();
      }
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (err) {
          logger.warn({ err: (err as Error).message }, 'a membership listener threw');
        }
      }
      if (decision.clusterId !== previous.clusterId && shouldRemoveClusterKey(nodeId, previous.clusterId, announcements, nowMs, opts.livenessMs)) {
        await removeClusterKey(previous.clusterId).catch((err: Error) => logger.warn({ err: err.message }, 'could not remove a stale cluster key'));
      }
    }
    announce(nowMs);
    await Promise.all([
      writeNeighbourList(nowMs).catch((err: Error) => logger.warn({ err: err.message }, 'could not write the neighbour list; retrying next round')),
      writeClusterState(nowMs).catch((err: Error) => logger.warn({ err: err.message }, 'could not write the cluster state; retrying next round')),
    ]);
    // Forget peers silent for far longer than the liveness window, so the map stays bounded.
    for (const [peerId, heard] of announcements) if (nowMs - heard.heardAtMs > 10 * opts.livenessMs) announcements.delete(peerId);
  }

  function runRound(): Promise<void> {
    if (!roundRunning) {
      roundRunning = round()
        .catch((err: Error) => logger.error({ err: err.message }, 'round failed'))
        .finally(() => (roundRunning = null));
    }
    return roundRunning;
  }

  let timer: NodeJS.Timeout | undefined = setInterval(() => void runRound(), opts.roundIntervalMs);
  void runRound();
  logger.info({ roundIntervalMs: opts.roundIntervalMs, livenessRounds: opts.livenessRounds, injectedLinks: injected.size, emulated }, 'topology-ca started');

  const handle = createServiceHandle(SERVICE_NAME, async ({ graceMs }) => {
    clearInterval(timer);
    timer = undefined;
    const pending = roundRunning;
    if (pending) await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    for (const sub of subs) sub.unsubscribe();
    listeners.clear();
  });

  return Object.assign(handle, {
    membership(): MembershipSnapshot {
      const nowMs = clock.now();
      let livePeers = 0;
      for (const a of announcements.values()) if (isLive(a, nowMs, opts.livenessMs)) livePeers++;
      return {
        nodeId,
        clusterId: self.clusterId,
        clusterHops: self.clusterHops,
        because,
        reasons: lastReasons,
        round: self.round,
        relayId: self.relayId,
        parentId: self.parentId,
        fanout: self.fanout,
        acceptsComputeHeavy: self.acceptsComputeHeavy,
        neighbours: neighbourIds,
        livePeers,
        emulated,
      };
    },
    onMembershipChange(listener: (event: MembershipEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLinks(links: readonly PeerLinkInput[]) {
      injected = new Map(links.map((l) => [l.peerId, l]));
    },
    setAttributes(partial: Partial<NodeAttributes>) {
      attributes = { ...attributes, ...partial };
    },
    runRound,
  }) as TopologyCaHandle;
}

