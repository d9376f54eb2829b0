/**
 * The live fabric as a scenario (docs/what-if.md): node capacities from NodeMetrics, links from the
 * peer tables in `cm_metrics`, the recorded topology from `cm_topology`. Pure: decoded messages in,
 * plain data out; the caller reads the buckets.
 *
 * A scenario needs a symmetric link for every pair; the fabric measures some pairs, estimates
 * others with Vivaldi coordinates and knows nothing of the rest. Each pair takes the best source
 * available, and the source is recorded per pair, so a what-if never passes an estimate off as a
 * measurement:
 *   M  measured in both directions: the mean of the two (a scenario link is symmetric);
 *   m  measured in one direction only: that measurement;
 *   e  estimated: a peer table's Vivaldi estimate, else an estimate from both nodes' coordinates;
 *   d  nothing known: DEFAULT_UNKNOWN_RTT_MS, the RTT the live scheduler assumes for such a link.
 */
import { estimateRttMs, type NetCoord } from '@cellmesh/netcoords';
import { DEFAULT_PLACEMENT_OPTIONS } from '@cellmesh/placement-core';
import { SCENARIO_DEFAULTS, parseScenario, toScenarioJson, type Scenario } from '@cellmesh/scenario';

/** RTT for a pair nobody measured or estimated: the live scheduler's `unknownRttMs`, so replay scores it alike. */
export const DEFAULT_UNKNOWN_RTT_MS = DEFAULT_PLACEMENT_OPTIONS.unknownRttMs;
/** Bandwidth for a pair with no throughput measurement and no uplinks known: the scenario format's default. */
export const DEFAULT_BANDWIDTH_MBPS = SCENARIO_DEFAULTS.bandwidthMbps;

export const LinkSource = { MeasuredBoth: 'M', MeasuredOneWay: 'm', Estimated: 'e', Default: 'd' } as const;
export type LinkSource = (typeof LinkSource)[keyof typeof LinkSource];

type Long = number | { toString(): string } | null | undefined;
type CoordFields = { vec?: readonly number[] | null; height?: number | null; error?: number | null } | null | undefined;

/** The NodeMetrics fields read here (protobufjs names). */
export interface NodeRecordFields {
  nodeId?: string | null;
  site?: string | null;
  sampledAtMs?: Long;
  cpuCores?: number | null;
  memTotalBytes?: Long;
  gpus?: readonly { memoryTotalMib?: number | null; name?: string | null }[] | null;
  uplinkMbps?: number | null;
  clusterId?: string | null;
  emulated?: boolean | null;
  coord?: CoordFields;
}

export interface PeerLinkRecordFields {
  peerId?: string | null;
  rttMs?: number | null;
  jitterMs?: number | null;
  lossRatio?: number | null;
  throughputMbps?: number | null;
  measured?: boolean | null;
  emulated?: boolean | null;
}

export interface PeerTableRecordFields {
  nodeId?: string | null;
  coord?: CoordFields;
  links?: readonly PeerLinkRecordFields[] | null;
}

export interface ClusterRecordFields {
  clusterId?: string | null;
  members?: readonly string[] | null;
  computeHeavyMembers?: readonly string[] | null;
  leaderId?: string | null;
}

export interface NeighbourRecordFields {
  nodeId?: string | null;
  clusterId?: string | null;
  acceptsComputeHeavy?: boolean | null;
}

/** Everything read from the KV buckets, decoded. */
export interface FabricRecords {
  /** Registry entries (`cm_nodes`): the nodes alive now (the bucket's TTL expires the rest). */
  readonly registry: readonly NodeRecordFields[];
  /** Warm NodeMetrics (`cm_metrics` `metrics.<id>`): the fuller sample, also kept for nodes that left. */
  readonly metrics: readonly NodeRecordFields[];
  readonly peerTables: readonly PeerTableRecordFields[];
  readonly clusters: readonly ClusterRecordFields[];
  readonly neighbours: readonly NeighbourRecordFields[];
  /** Holder of `lease.root`, when one is held. */
  readonly rootLeader?: string;
}

export interface BuildSnapshotOptions {
  /** The snapshot's time, for the staleness bound below. */
  readonly nowMs: number;
  /** A node only in the warm metrics (not in the registry) counts when sampled at most this long ago. Default 60 s. */
  readonly nodeMaxAgeMs?: number;
}

/** The cluster layout the live scheduler saw: what `placeTaskSet` takes as its topology. */
export interface RecordedTopology {
  /** nodeId → clusterId. */
  readonly clusters: Record<string, string>;
  /** clusterId → leader nodeId. */
  readonly leaders: Record<string, string>;
  /** nodeId → topology-ca's compute-heavy mark; the scheduler treats a marked (or unmarked) GPU node as a GPU hub, an explicitly unmarked one not. */
  readonly computeHeavy: Record<string, boolean>;
  readonly rootLeader?: string;
}

export interface LinkProvenance {
  /** Pairs (i < j) per source. */
  readonly counts: Record<'measuredBothWays' | 'measuredOneWay' | 'estimated' | 'default', number>;
  /** Pairs whose bandwidth came from a throughput measurement, from the nodes' uplinks, or the default. */
  readonly bandwidth: Record<'measured' | 'uplinks' | 'default', number>;
  /** One string per node, one character per peer (LinkSource; '-' on the diagonal), in `nodes` order. */
  readonly matrix: readonly string[];
  /** RTT used for 'd' pairs. */
  readonly defaultRttMs: number;
  /** Whether any link was measured against an emulated responder (links then come from a scenario, not a network). */
  readonly emulated: boolean;
}

export interface FabricSnapshot {
  /** The scenario file's text (`toScenarioJson`), loadable by `cellmesh simulate --scenario`. */
  readonly scenarioText: string;
  readonly scenario: Scenario;
  readonly topology: RecordedTopology;
  readonly links: LinkProvenance;
  /** Nodes left out, with the reason. */
  readonly skippedNodes: readonly { nodeId: string; reason: string }[];
  /** Things a reader of the snapshot should know (heterogeneous GPUs, missing cores, ...). */
  readonly notes: readonly string[];
  readonly emulatedNodes: number;
}

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
  readonly retryable = false;
}

const MIB = 1024 * 1024;
const DEFAULT_NODE_MAX_AGE_MS = 60_000;

function num(value: Long): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value.toString());
  return Number.isFinite(n) ? n : 0;
}

function coordOf(c: CoordFields): NetCoord | undefined {
  if (!c?.vec || c.vec.length === 0) return undefined;
  return { vec: [...c.vec], height: num(c.height), error: num(c.error) };
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** Builds the scenario, the recorded topology and the link provenance. Throws SnapshotError when no node is alive. */
export function buildFabricSnapshot(records: FabricRecords, options: BuildSnapshotOptions): FabricSnapshot {
  const maxAgeMs = options.nodeMaxAgeMs ?? DEFAULT_NODE_MAX_AGE_MS;
  const notes: string[] = [];
  const skippedNodes: { nodeId: string; reason: string }[] = [];

  // The warm metrics carry the full sample; the registry says who is alive now.
  const alive = new Map<string, NodeRecordFields>();
  for (const r of records.registry) if (r.nodeId) alive.set(r.nodeId, r);
  const byId = new Map<string, NodeRecordFields>();
  for (const m of records.metrics) {
    if (!m.nodeId) continue;
    const registered = alive.get(m.nodeId);
    if (registered) byId.set(m.nodeId, { ...registered, ...pickDefined(m) });
    else if (options.nowMs - num(m.sampledAtMs) <= maxAgeMs) byId.set(m.nodeId, m);
    else skippedNodes.push({ nodeId: m.nodeId, reason: `not in the registry and last sampled ${Math.round((options.nowMs - num(m.sampledAtMs)) / 1000)} s ago (gone)` });
  }
  for (const [id, r] of alive) if (!byId.has(id)) byId.set(id, r);
  const ids = [...byId.keys()].sort();
  if (ids.length === 0) throw new SnapshotError('no live node: the registry (cm_nodes) and the warm metrics (cm_metrics) hold no node sampled recently; is the fabric up?');

  const nodes = ids.map((id) => {
    const m = byId.get(id)!;
    let cpuCores = Math.floor(num(m.cpuCores));
    if (cpuCores < 1) {
      notes.push(`${id}: no CPU core count reported; written as 1 core`);
      cpuCores = 1;
    }
    const gpuMemory = (m.gpus ?? []).map((g) => num(g.memoryTotalMib));
    // The scenario format has one VRAM size per node; the smallest GPU keeps admission conservative.
    const vramMb = gpuMemory.length > 0 ? Math.min(...gpuMemory) : 0;
    if (gpuMemory.length > 0 && Math.max(...gpuMemory) !== vramMb) notes.push(`${id}: GPUs of different sizes (${gpuMemory.join(', ')} MiB); written as ${gpuMemory.length} × ${vramMb} MiB`);
    const memoryMb = Math.floor(num(m.memTotalBytes) / MIB);
    const uplinkMbps = num(m.uplinkMbps);
    const gpuModel = m.gpus?.[0]?.name ?? '';
    return {
      id,
      cpuCores,
      gpus: gpuMemory.length,
      vramMb,
      ...(m.site ? { site: m.site } : {}),
      ...(memoryMb > 0 ? { memoryMb } : {}),
      ...(uplinkMbps > 0 ? { uplinkMbps } : {}),
      ...(gpuModel ? { gpuModel } : {}),
    };
  });
  const emulatedNodes = ids.filter((id) => byId.get(id)!.emulated === true).length;

  // Links, pair by pair.
  const tables = new Map<string, PeerTableRecordFields>();
  for (const t of records.peerTables) if (t.nodeId) tables.set(t.nodeId, t);
  const linkOf = (from: string, to: string) => tables.get(from)?.links?.find((l) => l.peerId === to && num(l.rttMs) >= 0);
  const coordOfNode = (id: string) => coordOf(tables.get(id)?.coord) ?? coordOf(byId.get(id)?.coord);
  const n = ids.length;
  const zero = () => Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const rttMs = zero();
  const bandwidthMbps = zero();
  const jitterMs = zero();
  const lossRatio = zero();
  const matrix: string[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? '-' : '')));
  const counts = { measuredBothWays: 0, measuredOneWay: 0, estimated: 0, default: 0 };
  const bandwidth = { measured: 0, uplinks: 0, default: 0 };
  let emulatedLinks = false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const ab = linkOf(ids[i], ids[j]);
      const ba = linkOf(ids[j], ids[i]);
      const measured = [ab, ba].filter((l): l is PeerLinkRecordFields => l !== undefined && l.measured !== false);
      if (measured.some((l) => l.emulated === true)) emulatedLinks = true;
      let source: LinkSource;
      let rtt: number;
      let jitter = 0;
      let loss = 0;
      if (measured.length > 0) {
        source = measured.length === 2 ? LinkSource.MeasuredBoth : LinkSource.MeasuredOneWay;
        rtt = mean(measured.map((l) => num(l.rttMs)));
        jitter = mean(measured.map((l) => num(l.jitterMs)));
        loss = Math.min(1, Math.max(0, mean(measured.map((l) => num(l.lossRatio)))));
      } else {
        const estimates = [ab, ba].filter((l): l is PeerLinkRecordFields => l !== undefined);
        const a = coordOfNode(ids[i]);
        const b = coordOfNode(ids[j]);
        if (estimates.length > 0) {
          source = LinkSource.Estimated;
          rtt = mean(estimates.map((l) => num(l.rttMs)));
        } else if (a && b && a.vec.length === b.vec.length) {
          source = LinkSource.Estimated;
          rtt = estimateRttMs(a, b);
        } else {
          source = LinkSource.Default;
          rtt = DEFAULT_UNKNOWN_RTT_MS;
        }
      }
      counts[source === LinkSource.MeasuredBoth ? 'measuredBothWays' : source === LinkSource.MeasuredOneWay ? 'measuredOneWay' : source === LinkSource.Estimated ? 'estimated' : 'default']++;
      const throughput = measured.map((l) => num(l.throughputMbps)).filter((x) => x > 0);
      const uplinks = [nodes[i].uplinkMbps, nodes[j].uplinkMbps];
      let bw: number;
      if (throughput.length > 0) {
        bw = mean(throughput);
        bandwidth.measured++;
      } else if (uplinks[0] !== undefined && uplinks[1] !== undefined) {
        bw = Math.min(uplinks[0], uplinks[1]);
        bandwidth.uplinks++;
      } else {
        bw = DEFAULT_BANDWIDTH_MBPS;
        bandwidth.default++;
      }
      rttMs[i][j] = rttMs[j][i] = rtt;
      jitterMs[i][j] = jitterMs[j][i] = jitter;
      lossRatio[i][j] = lossRatio[j][i] = loss;
      bandwidthMbps[i][j] = bandwidthMbps[j][i] = bw;
      matrix[i][j] = matrix[j][i] = source;
    }
  }

  // Through the parser, so the file is exactly what `cellmesh simulate --scenario` accepts.
  const scenario = parseScenario({ nodes, rttMs, bandwidthMbps, jitterMs, lossRatio });
  const scenarioText = toScenarioJson(scenario);

  return {
    scenarioText,
    scenario: parseScenario(scenarioText),
    topology: recordedTopology(records, ids, byId),
    links: { counts, bandwidth, matrix: matrix.map((row) => row.join('')), defaultRttMs: DEFAULT_UNKNOWN_RTT_MS, emulated: emulatedLinks },
    skippedNodes,
    notes,
    emulatedNodes,
  };
}

/** The same precedence as the scheduler's Fleet: neighbour lists, then cluster state, then the heartbeat's cluster id. */
function recordedTopology(records: FabricRecords, ids: readonly string[], byId: ReadonlyMap<string, NodeRecordFields>): RecordedTopology {
  const known = new Set(ids);
  const clusters: Record<string, string> = {};
  const leaders: Record<string, string> = {};
  const computeHeavy: Record<string, boolean> = {};
  for (const id of ids) {
    const fromHeartbeat = byId.get(id)?.clusterId;
    if (fromHeartbeat) clusters[id] = fromHeartbeat;
  }
  for (const c of [...records.clusters].sort((a, b) => (a.clusterId ?? '').localeCompare(b.clusterId ?? ''))) {
    if (!c.clusterId) continue;
    if (c.leaderId) leaders[c.clusterId] = c.leaderId;
    const heavy = new Set(c.computeHeavyMembers ?? []);
    for (const m of c.members ?? []) {
      if (!known.has(m)) continue;
      clusters[m] = c.clusterId;
      if (heavy.size > 0) computeHeavy[m] = heavy.has(m);
    }
  }
  for (const l of records.neighbours) {
    if (!l.nodeId || !known.has(l.nodeId)) continue;
    if (l.clusterId) clusters[l.nodeId] = l.clusterId;
    if (typeof l.acceptsComputeHeavy === 'boolean') computeHeavy[l.nodeId] = l.acceptsComputeHeavy;
  }
  return { clusters, leaders, computeHeavy, ...(records.rootLeader ? { rootLeader: records.rootLeader } : {}) };
}

/** Fields with a value, so a sparse warm sample does not blank what the registry said. */
function pickDefined(m: NodeRecordFields): NodeRecordFields {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) if (v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0 && k !== 'gpus')) out[k] = v;
  return out as NodeRecordFields;
}
