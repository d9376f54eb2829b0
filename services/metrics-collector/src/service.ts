/**
 * The metrics-collector's I/O shell: samples the node, probes peers, publishes NodeMetrics
 * (event + registry heartbeat), writes warm snapshots at a cadence that degrades with the store's
 * RTT, and serves the Metrics API. Decisions live in ./core and in @cellmesh/netcoords.
 */
import type { KV } from '@nats-io/kv';
import type { Subscription } from '@nats-io/transport-node';
import type { Service } from '@nats-io/services';
import { codecs, type InitOf, type MessageOf } from '@cellmesh/contracts';
import { Buckets, Identity, keys, openBucket, publishMessage, subjects, subscribeMessages, type Logger } from '@cellmesh/bus';
import { createServiceHandle, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import { detectGpus, emulatedGpus, type GpuInfo } from '@cellmesh/gpu';
import type { NetCoord } from '@cellmesh/netcoords';
import {
  aggregateCluster,
  applyLoadReport,
  currentLoad,
  rejectLoadReport,
  smoothStoreRtt,
  snapshotIntervalMs,
  type DataStateUsage,
  type MemberLink,
  type MemberMetrics,
  type MemberPeerTable,
  type PeerLinkView,
  type SourceLoad,
} from './core';
import { compileOptions, type CompiledOptions, type MetricsCollectorOptions } from './options';
import { emulatedSampler, systemSampler, type LocalSampler } from './sampler';
import { startFabricView } from './fabric-view';
import { createPeerProber, type PeerProber } from './prober';
import { startProbeResponder, type ProbeResponder } from './responder';
import { startMetricsApi } from './api';

export const SERVICE_NAME = 'metrics-collector';
/** Bounds a getClusterMetrics reply (the ClusterMetrics codec allows 4 MiB). */
export const MAX_CLUSTER_MEMBERS = 256;
/** LoadReport sources remembered per node (workers + committer; more is a misconfiguration). */
const MAX_LOAD_SOURCES = 64;

export interface LatestMetrics {
  /** The last NodeMetrics published; null before the first sample. */
  node: InitOf<'NodeMetrics'> | null;
  /** The node's current view of its peers (measured links + nearest coordinate estimates). */
  peers: InitOf<'PeerTable'>;
}

export interface CollectorStatus {
  /** Smoothed RTT of writes to the warm store; null before the first write. */
  storeRttMs: number | null;
  /** The snapshot period the degradation rule currently gives. */
  snapshotIntervalMs: number;
  /** Real-path floor per requester, learned and subtracted by the emulated responder (empty on a real node). */
  emulationPathFloorMs: Record<string, number>;
  probeRounds: number;
  knownPeers: number;
  emulated: boolean;
}

export interface MetricsCollectorHandle extends ServiceHandle {
  readonly nodeId: string;
  /** The node's live metrics and peer table, for `cellmesh up` and tests. */
  latest(): LatestMetrics;
  status(): CollectorStatus;
}

export async function startMetricsCollector(deps: ServiceDeps, options: MetricsCollectorOptions = {}): Promise<MetricsCollectorHandle> {
  const { nc, nodeId, clock, tracer } = deps;
  const opts = compileOptions(nodeId, options);
  const emulated = opts.emulation !== null;
  const logger = deps.logger.child({ service: SERVICE_NAME, nodeId, ...(emulated ? { emulated: true } : {}) });
  const [metricsKv, nodesKv, topologyKv] = await Promise.all([openBucket(nc, Buckets.Metrics), openBucket(nc, Buckets.Nodes), openBucket(nc, Buckets.Topology)]);
  const startedAtMs = clock.now();

  // --- GPUs: emulated from the scenario, or detected (never throws; zero GPUs is a normal answer).
  let gpus: GpuInfo[] = [];
  const refreshGpus = async () => {
    if (opts.emulation) return;
    const detection = await detectGpus(opts.gpuDetection);
    if (detection.gpus.length !== gpus.length) logger.info({ gpus: detection.gpus.length, source: detection.source, notes: detection.notes }, 'GPU inventory');
    gpus = detection.gpus;
  };
  if (opts.emulation) {
    const { node } = opts.emulation;
    gpus = emulatedGpus({ nodeId, gpus: node.gpus, vramMb: node.vramMb, gpuModel: node.gpuModel });
    logger.info({ gpus: gpus.length }, 'EMULATED node: CPU, memory, GPUs and links come from the scenario');
  } else await refreshGpus();

  const sampler: LocalSampler = opts.sampler ?? (opts.emulation ? emulatedSampler(opts.emulation.node) : systemSampler((what, err) => logger.warn({ what, err: err.message }, 'local sample failed; keeping the last value')));

  // --- Load reports from this node's workers and committer.
  let loads = new Map<string, SourceLoad>();
  const subscriptions: Subscription[] = [];
  subscriptions.push(
    subscribeMessages(
      nc,
      subjects.metricsLoad(nodeId),
      codecs.LoadReport,
      (report) => {
        const input = { nodeId: report.nodeId, source: report.source, queueDepth: report.queueDepth, runningTasks: report.runningTasks, datastate: report.datastate ? dataStateUsage(report.datastate) : null };
        const rejection = rejectLoadReport(input, nodeId);
        if (rejection) {
          logger.warn({ from: report.nodeId, source: report.source, reason: rejection }, 'ignored a load report');
          return;
        }
        loads = applyLoadReport(loads, input, clock.now(), MAX_LOAD_SOURCES);
      },
      { service: SERVICE_NAME, nodeId, logger, identity: Identity.loadReport },
    ),
  );

  // --- Uplink, downlink, relayed traffic and role (docs/metrics.md).
  const fabric = await startFabricView({ nc, nodeId, clock, logger, ...(opts.trafficSource ? { trafficSource: opts.trafficSource } : {}) });

  // --- Peers, probes, coordinates.
  const prober: PeerProber = createPeerProber({ nc, nodeId, logger, clock, options: opts });
  // Heartbeats are the peer directory. Each virtual node decodes every heartbeat, so a bad one
  // is logged rather than dead-lettered once per subscriber.
  subscriptions.push(subscribeMessages(nc, subjects.metricsNodeAll, codecs.NodeMetrics, (m) => prober.heard(m), { service: SERVICE_NAME, nodeId, logger, deadLetterBadPayloads: false, identity: Identity.nodeMetrics }));
  // Announcements cross the WAN where heartbeats stay in their cell (the cells topology): they name the
  // nodes of other cells, so their links are probed and measured too.
  subscriptions.push(subscribeMessages(nc, subjects.topologyAnnounceAll, codecs.ClusterAnnounce, (a) => prober.heard({ nodeId: a.nodeId, clusterId: a.clusterId, coord: a.coord } as MessageOf<'NodeMetrics'>), { service: SERVICE_NAME, nodeId, logger, deadLetterBadPayloads: false }));
  const responder: ProbeResponder = startProbeResponder({ nc, nodeId, logger, coord: () => prober.coord(), emulation: opts.emulation?.links ? opts.emulation : null });

  let topologyClusterId = '';
  const refreshNeighbours = async () => {
    try {
      const entry = await topologyKv.get(keys.neighbours(nodeId));
      if (!entry || entry.length === 0) return;
      const list = codecs.NeighbourList.decode(entry.value);
      prober.setNeighbours(list.closePeers);
      topologyClusterId = list.clusterId;
      await fabric.refreshRole(list.clusterId);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'could not read the neighbour list; probing the closest known peers');
    }
  };

  // --- Building NodeMetrics and the peer table.
  let latestNode: InitOf<'NodeMetrics'> | null = null;
  const coordInit = (c: NetCoord) => ({ vec: [...c.vec], height: c.height, error: c.error });
  const clusterId = () => topologyClusterId || opts.clusterId;
  const peerTable = (): InitOf<'PeerTable'> => ({ nodeId, coord: coordInit(prober.coord()), links: prober.peerLinks().map(linkInit), updatedAtMs: clock.now() });

  const sampleNode = async (): Promise<InitOf<'NodeMetrics'>> => {
    const nowMs = clock.now();
    const load = currentLoad(loads, nowMs, opts.loadReportTtlMs);
    const local = await sampler.sample({ runningTasks: load.runningTasks });
    const traffic = fabric.sample({ uplinkMbps: local.uplinkMbps, downlinkMbps: local.downlinkMbps });
    return {
      ...traffic,
      downlinkMbps: local.downlinkMbps,
      refusesIsolatedCompute: opts.refusesIsolatedCompute,
      snapshotIntervalMs: currentSnapshotIntervalMs,
      nodeId,
      site: opts.site,
      sampledAtMs: clock.now(),
      cpuCores: local.cpuCores,
      cpuLoadPct: local.cpuLoadPct,
      memTotalBytes: local.memTotalBytes,
      memUsedBytes: local.memUsedBytes,
      queueDepth: load.queueDepth,
      runningTasks: load.runningTasks,
      gpus: gpus.map((g) => ({ ...g })),
      datastate: load.datastate,
      coord: coordInit(prober.coord()),
      uplinkMbps: local.uplinkMbps,
      clusterId: clusterId(),
      emulated: emulated || local.emulated,
      startedAtMs,
      netRxBytesPerS: local.netRxBytesPerS,
      netTxBytesPerS: local.netTxBytesPerS,
    };
  };

  const withTimeout = <T>(promise: Promise<T>, what: string): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${opts.storeTimeoutMs} ms`)), opts.storeTimeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  };

  const publish = async () => {
    const node = await sampleNode();
    latestNode = node;
    publishMessage(nc, subjects.metricsNode(nodeId), codecs.NodeMetrics, node);
    await withTimeout(nodesKv.put(keys.node(nodeId), codecs.NodeMetrics.encode(node)), 'registry heartbeat').catch((err: Error) =>
      logger.warn({ err: err.message }, 'registry heartbeat failed'),
    );
  };

  let storeRttMs: number | null = null;
  let currentSnapshotIntervalMs = opts.snapshotIntervalMs;
  const cadence = { baseIntervalMs: opts.snapshotIntervalMs, rttBudgetMs: opts.snapshotRttBudgetMs, maxIntervalMs: opts.maxSnapshotIntervalMs };
  const snapshot = async () => {
    if (!latestNode) return;
    const started = performance.now();
    let sampleMs: number;
    try {
      await withTimeout(
        Promise.all([metricsKv.put(keys.nodeMetrics(nodeId), codecs.NodeMetrics.encode(latestNode)), metricsKv.put(keys.peers(nodeId), codecs.PeerTable.encode(peerTable()))]),
        'warm snapshot',
      );
      sampleMs = performance.now() - started;
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'warm snapshot failed');
      sampleMs = opts.storeTimeoutMs;
    }
    storeRttMs = smoothStoreRtt(storeRttMs, sampleMs);
    const next = snapshotIntervalMs(storeRttMs, cadence);
    if (next !== currentSnapshotIntervalMs) logger.info({ storeRttMs, snapshotIntervalMs: next }, 'warm-store RTT changed the snapshot period');
    currentSnapshotIntervalMs = next;
  };

  // --- Metrics API.
  const readMember = async (member: string): Promise<{ metrics: MessageOf<'NodeMetrics'> | null; table: MessageOf<'PeerTable'> | null }> => {
    if (member === nodeId) {
      return { metrics: latestNode ? codecs.NodeMetrics.decode(codecs.NodeMetrics.encode(latestNode)) : null, table: codecs.PeerTable.decode(codecs.PeerTable.encode(peerTable())) };
    }
    const [metricsEntry, heartbeat, tableEntry] = await Promise.all([getQuiet(metricsKv, keys.nodeMetrics(member)), getQuiet(nodesKv, keys.node(member)), getQuiet(metricsKv, keys.peers(member))]);
    // The registry heartbeat is fresher than the snapshot when the snapshot period has degraded.
    const candidates = [metricsEntry, heartbeat].map((v) => decodeQuiet(codecs.NodeMetrics, v, logger)).filter((m): m is MessageOf<'NodeMetrics'> => m !== null);
    const metrics = candidates.sort((a, b) => b.sampledAtMs - a.sampledAtMs)[0] ?? null;
    return { metrics, table: decodeQuiet(codecs.PeerTable, tableEntry, logger) };
  };

  const clusterMembers = async (wanted: string): Promise<{ members: string[]; source: string } | null> => {
    const state = decodeQuiet(codecs.ClusterState, await getQuiet(topologyKv, keys.cluster(wanted)), logger);
    if (state && state.members.length > 0) return { members: state.members.slice(0, MAX_CLUSTER_MEMBERS), source: 'topology' };
    const members = prober.knownPeers().filter((p) => prober.clusterOf(p) === wanted);
    if (clusterId() === wanted) members.unshift(nodeId);
    return members.length > 0 ? { members: members.sort().slice(0, MAX_CLUSTER_MEMBERS), source: 'heartbeats' } : null;
  };

  const api: Service = await startMetricsApi(
    { nc, nodeId, logger, tracer, emulated },
    {
      local: () => (latestNode ? { node: latestNode, peers: peerTable() } : null),
      peer: (peerId) => {
        const link = prober.peerLink(peerId);
        return link ? linkInit(link) : null;
      },
      cluster: async (wanted) => {
        const membership = await clusterMembers(wanted);
        if (!membership) return null;
        const read = await Promise.all(membership.members.map(async (m) => [m, await readMember(m)] as const));
        const metrics = new Map<string, MemberMetrics>();
        const tables = new Map<string, MemberPeerTable>();
        const memberSet = new Set(membership.members);
        for (const [member, { metrics: m, table }] of read) {
          if (m) metrics.set(member, memberMetrics(m));
          if (table) tables.set(member, { nodeId: member, links: table.links.map(memberLink) });
        }
        const aggregate = aggregateCluster(membership.members, metrics, tables);
        return {
          clusterId: wanted,
          members: membership.members,
          membershipSource: membership.source,
          nodes: read.flatMap(([, r]) => (r.metrics ? [r.metrics] : [])),
          peerTables: read.flatMap(([member, r]) => (r.table ? [{ ...r.table, links: r.table.links.filter((l) => memberSet.has(l.peerId ?? '') && l.peerId !== member) }] : [])),
          computedAtMs: clock.now(),
          ...aggregate,
        };
      },
    },
  );

  // --- Loops: each reschedules itself after it finishes, so a slow step never overlaps itself.
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;
  let probeRounds = 0;
  const loop = (name: string, step: () => Promise<unknown>, intervalMs: () => number, firstDelayMs = intervalMs()) => {
    const schedule = (ms: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (stopping) return;
        const running = step()
          .catch((err: Error) => logger.error({ loop: name, err: err.message }, 'metrics loop step failed'))
          .finally(() => {
            inFlight.delete(running);
            if (!stopping) schedule(intervalMs());
          });
        inFlight.add(running);
      }, ms);
      timers.add(timer);
    };
    schedule(firstDelayMs);
  };

  await refreshNeighbours();
  await publish();
  loop('publish', publish, () => opts.publishIntervalMs);
  loop('snapshot', snapshot, () => currentSnapshotIntervalMs, 0);
  loop('probe', async () => void (await prober.runRound(), probeRounds++), () => opts.probeIntervalMs, 0);
  loop('neighbours', refreshNeighbours, () => opts.neighboursRefreshMs);
  if (!opts.emulation) loop('gpus', refreshGpus, () => opts.gpuRefreshIntervalMs);
  logger.info({ publishIntervalMs: opts.publishIntervalMs, probeIntervalMs: opts.probeIntervalMs, k: opts.probeNeighbours }, 'metrics-collector started');

  const handle = createServiceHandle(SERVICE_NAME, async ({ graceMs }) => {
    stopping = true;
    prober.stop();
    fabric.stop();
    sampler.close?.();
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    await api.stop().catch(() => undefined);
    await responder.stop();
    await Promise.all(subscriptions.map((s) => s.drain().catch(() => undefined)));
    // In-flight probes end by their own timeouts; wait for them within the grace period.
    await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    logger.info('metrics-collector stopped');
  });

  return Object.assign(handle, {
    nodeId,
    latest: (): LatestMetrics => ({ node: latestNode, peers: peerTable() }),
    status: (): CollectorStatus => ({
      storeRttMs,
      snapshotIntervalMs: currentSnapshotIntervalMs,
      emulationPathFloorMs: Object.fromEntries(responder.pathFloorMs()),
      probeRounds,
      knownPeers: prober.knownPeers().length,
      emulated,
    }),
  });
}

function dataStateUsage(d: InitOf<'DataStateUsage'>): DataStateUsage {
  return { hotBytes: d.hotBytes ?? 0, warmBytes: d.warmBytes ?? 0, coldBytes: d.coldBytes ?? 0, commitBacklog: d.commitBacklog ?? 0 };
}

function memberMetrics(m: MessageOf<'NodeMetrics'>): MemberMetrics {
  // Decoded messages keep default values on the prototype, so fields are read one by one (no spread).
  return {
    nodeId: m.nodeId,
    cpuCores: m.cpuCores,
    cpuLoadPct: m.cpuLoadPct,
    memTotalBytes: m.memTotalBytes,
    memUsedBytes: m.memUsedBytes,
    queueDepth: m.queueDepth,
    runningTasks: m.runningTasks,
    emulated: m.emulated,
    gpus: m.gpus.map((g) => ({ memoryTotalMib: g.memoryTotalMib ?? 0, memoryUsedMib: g.memoryUsedMib ?? 0 })),
  };
}

function memberLink(l: InitOf<'PeerLink'>): MemberLink {
  return { peerId: l.peerId ?? '', rttMs: l.rttMs ?? 0, jitterMs: l.jitterMs ?? 0, lossRatio: l.lossRatio ?? 0, measured: l.measured ?? false };
}

function linkInit(link: PeerLinkView): InitOf<'PeerLink'> {
  return { ...link };
}

async function getQuiet(kv: KV, key: string): Promise<Uint8Array | null> {
  try {
    const entry = await kv.get(key);
    return entry && entry.length > 0 ? entry.value : null;
  } catch {
    return null;
  }
}

function decodeQuiet<M>(codec: { decode(bytes: Uint8Array): M; typeName: string }, bytes: Uint8Array | null, logger: Logger): M | null {
  if (!bytes) return null;
  try {
    return codec.decode(bytes);
  } catch (err) {
    logger.warn({ type: codec.typeName, err: (err as Error).message }, 'ignored an undecodable warm-store entry');
    return null;
  }
}

export type { CompiledOptions };
