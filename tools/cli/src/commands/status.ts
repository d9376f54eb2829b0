import type { Command } from 'commander';
import { connectOperator, operatorCredentials, withConnectionOptions, type ConnectionFlags } from '../connection';
import type { OperatorCredentials } from '@cellmesh/bus';
import type { NatsConnection } from '@nats-io/transport-node';
import { codecs } from '@cellmesh/contracts';
import { Buckets, keys, openBucket, type BucketName } from '@cellmesh/bus';
import { FabricView, type FabricSnapshot, type FabricUpdate } from '../ui/fabric-view';
import { textTable } from '../ui/text-table';
import type { Output } from './explain';

export interface StatusOptions {
  /** --creds/--nkey/--tls-* (or their variables): connect as the operator user. */
  credentials?: OperatorCredentials;
  json: boolean;
  natsUrl?: string;
}

const stdio: Output = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`cellmesh status: ${t}\n`) };

export function register(program: Command): void {
  withConnectionOptions(program
    .command('status'))
    .description('the fabric right now: clusters, leaders and per-node load, read from the KV buckets')
    .option('--json', 'print as JSON', false)
    .option('--nats-url <url>', 'NATS server (default: $NATS_URL)')
    .action(async (raw: { json: boolean; natsUrl?: string } & ConnectionFlags) => {
      process.exitCode = await runStatus({ json: raw.json, natsUrl: raw.natsUrl ?? process.env.NATS_URL, credentials: operatorCredentials(raw) }, stdio);
    });
}

/**
 * The inputs and outputs of the fabric rules per node, in one place: uplink/downlink use and
 * saturation, relayed traffic (docs/metrics.md), the fan-out limit and sub-tree parent topology-ca
 * derives from them (docs/topology.md), and the collector's warm-snapshot cadence.
 */
export interface FabricRuleRow {
  nodeId: string;
  role: string;
  uplinkMbps: number;
  uplinkSaturation: number;
  downlinkMbps: number;
  downlinkSaturation: number;
  relayMsgsPerS: number;
  relayBytesPerS: number;
  fanoutLimit: number;
  parentId: string;
  fallbackRelay: string;
  snapshotIntervalMs: number;
}

export interface FabricStatus {
  nodes: FabricSnapshot['nodes'];
  rules: FabricRuleRow[];
  clusters: Array<FabricSnapshot['clusters'][number] & { lease?: { holder: string; term: number; expiresAtMs: number } }>;
  rootLeader?: { holder: string; term: number; expiresAtMs: number };
  /** Entries that did not decode. */
  problems: string[];
}

export async function runStatus(opts: StatusOptions, io: Output = stdio): Promise<number> {
  if (!opts.natsUrl) {
    io.err('no NATS server: pass --nats-url or set NATS_URL');
    return 1;
  }
  let nc: NatsConnection;
  try {
    nc = await connectOperator({ servers: [opts.natsUrl], command: 'status', credentials: opts.credentials, firstConnectTimeoutMs: 5000 });
  } catch (err) {
    io.err(`cannot reach NATS at ${opts.natsUrl}: ${(err as Error).message}`);
    return 1;
  }
  try {
    const status = await readStatus(nc);
    io.out(opts.json ? JSON.stringify(status, null, 2) : formatStatus(status, Date.now()));
    return 0;
  } catch (err) {
    io.err((err as Error).message);
    return 1;
  } finally {
    await nc.close();
  }
}

/** Reads every bucket once: registry, metrics, topology, leases. A bucket not provisioned yet reads as empty. */
export async function readStatus(nc: NatsConnection): Promise<FabricStatus> {
  const view = new FabricView();
  const read = async (bucket: BucketName, apply: (key: string, value: Uint8Array, createdMs: number) => FabricUpdate[]) => {
    const kv = await openBucket(nc, bucket).catch(() => null);
    if (!kv) return void view.problem(`bucket ${bucket} is missing (run provisioning, e.g. cellmesh up)`);
    const keys: string[] = [];
    for await (const k of await kv.keys()) keys.push(k);
    for (const key of keys.sort()) {
      const entry = await kv.get(key);
      if (entry && entry.operation === 'PUT') apply(key, entry.value, entry.created.getTime());
    }
  };
  const rules = new Map<string, FabricRuleRow>();
  const row = (nodeId: string) => rules.get(nodeId) ?? { nodeId, role: '', uplinkMbps: 0, uplinkSaturation: 0, downlinkMbps: 0, downlinkSaturation: 0, relayMsgsPerS: 0, relayBytesPerS: 0, fanoutLimit: 0, parentId: '', fallbackRelay: '', snapshotIntervalMs: 0 };
  const nodePrefix = keys.node('x').slice(0, -1);
  const neighboursPrefix = keys.neighbours('x').slice(0, -1);
  const ruleInputs = (key: string, value: Uint8Array) => {
    try {
      if (key.startsWith(nodePrefix)) {
        const m = codecs.NodeMetrics.decode(value);
        const mbps = (bytesPerS: number) => (bytesPerS * 8) / 1e6;
        rules.set(m.nodeId, { ...row(m.nodeId), role: m.role, uplinkMbps: mbps(m.uplinkBytesPerS), uplinkSaturation: m.uplinkSaturation, downlinkMbps: mbps(m.downlinkBytesPerS), downlinkSaturation: m.downlinkSaturation, relayMsgsPerS: m.relayMsgsPerS, relayBytesPerS: m.relayBytesPerS, snapshotIntervalMs: m.snapshotIntervalMs });
      } else if (key.startsWith(neighboursPrefix)) {
        const n = codecs.NeighbourList.decode(value);
        rules.set(n.nodeId, { ...row(n.nodeId), fanoutLimit: n.fanoutLimit, parentId: n.parentId, fallbackRelay: n.fallbackRelay });
      }
    } catch {
      // the fabric view reports undecodable entries as problems
    }
    return [];
  };
  await read(Buckets.Nodes, (k, v, at) => (ruleInputs(k, v), view.applyNodeOrMetricsEntry(k, v, at)));
  await read(Buckets.Metrics, (k, v, at) => view.applyNodeOrMetricsEntry(k, v, at));
  await read(Buckets.Topology, (k, v) => (ruleInputs(k, v), view.applyTopologyEntry(k, v)));
  await read(Buckets.Leases, (k, v) => view.applyLeaseEntry(k, v));
  const snap = view.snapshot();
  const leaseOf = (clusterId: string) => snap.leases.find((l) => !l.root && l.clusterId === clusterId);
  const clusterIds = [...new Set([...snap.clusters.map((c) => c.id), ...snap.leases.filter((l) => !l.root).map((l) => l.clusterId)])].sort();
  const clusters = clusterIds.map((id) => {
    const c = snap.clusters.find((x) => x.id === id) ?? { id, members: [], computeHeavyMembers: [], leaderId: '', leaderTerm: 0, updatedAtMs: 0 };
    const lease = leaseOf(id);
    return { ...c, ...(lease ? { lease: { holder: lease.holder, term: lease.term, expiresAtMs: lease.expiresAtMs } } : {}) };
  });
  const root = snap.leases.find((l) => l.root);
  const known = new Set(snap.nodes.map((n) => n.id));
  return { nodes: snap.nodes, rules: [...rules.values()].filter((r) => known.has(r.nodeId)).sort((a, b) => a.nodeId.localeCompare(b.nodeId)), clusters, ...(root ? { rootLeader: { holder: root.holder, term: root.term, expiresAtMs: root.expiresAtMs } } : {}), problems: snap.problems };
}

const ago = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
const gib = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);

export function formatStatus(s: FabricStatus, nowMs: number): string {
  const lines = [`${s.nodes.length} nodes, ${s.clusters.length} clusters${s.rootLeader ? `, root leader ${s.rootLeader.holder} (term ${s.rootLeader.term})` : ''}`];
  lines.push('', 'CLUSTERS');
  if (s.clusters.length === 0) lines.push('  none yet (topology-ca writes them to the topology bucket)');
  else {
    lines.push(textTable([
      ['CLUSTER', 'LEADER', 'TERM', 'LEASE', 'MEMBERS'],
      ...s.clusters.map((c) => {
        const holder = c.lease?.holder || c.leaderId || '—';
        const term = String(c.lease?.term ?? c.leaderTerm ?? '');
        const lease = !c.lease ? 'none' : c.lease.expiresAtMs === 0 ? 'held' : c.lease.expiresAtMs > nowMs ? `expires in ${ago(c.lease.expiresAtMs - nowMs)}` : `expired ${ago(nowMs - c.lease.expiresAtMs)} ago`;
        return [c.id, holder, term, lease, c.members.join(',') || '—'];
      }),
    ]));
  }
  lines.push('', 'NODES');
  if (s.nodes.length === 0) lines.push('  none registered (no heartbeats in the node registry)');
  else {
    const leaders = new Set(s.clusters.map((c) => c.lease?.holder || c.leaderId).filter(Boolean));
    const clusterOf = (id: string, reported: string) => s.clusters.find((c) => c.members.includes(id))?.id ?? reported;
    lines.push(textTable([
      ['NODE', 'CLUSTER', 'ROLE', 'SITE', 'CPU', 'LOAD', 'MEM GiB', 'QUEUE', 'RUNNING', 'GPUS', 'SEEN'],
      ...s.nodes.map((n) => [
        n.id + (n.emulated ? '*' : ''), clusterOf(n.id, n.clusterId) || '—', [leaders.has(n.id) ? 'leader' : '', s.rootLeader?.holder === n.id ? 'root' : '', n.draining ? 'draining' : ''].filter(Boolean).join(',') || '—',
        n.site || '—', String(n.cpuCores), `${n.cpuLoadPct.toFixed(0)}%`, n.memTotalBytes ? `${gib(n.memUsedBytes)}/${gib(n.memTotalBytes)}` : '—',
        String(n.queueDepth), String(n.runningTasks), n.gpus.length ? n.gpus.map((g) => `${g.vramUsedMib}/${g.vramTotalMib}MiB${g.emulated ? '*' : ''}`).join(' ') : '—',
        `${ago(Math.max(0, nowMs - n.lastSeenMs))} ago`,
      ]),
    ]));
    if (s.nodes.some((n) => n.emulated || n.gpus.some((g) => g.emulated))) lines.push('  * emulated (virtual node or emulated GPU)');
  }
  if (s.rules.length > 0) {
    const pct = (x: number) => `${Math.round(100 * x)}%`;
    lines.push('', 'FABRIC RULES (uplink saturation -> sub-tree parent, relay load -> fan-out, store RTT -> snapshot cadence)');
    lines.push(textTable([
      ['NODE', 'ROLE', 'UPLINK Mbit/s', 'UP SAT', 'DOWNLINK Mbit/s', 'DOWN SAT', 'RELAYED msg/s', 'RELAYED KiB/s', 'FAN-OUT', 'PARENT', 'FALLBACK RELAY', 'SNAPSHOT'],
      ...s.rules.map((r) => [
        r.nodeId, r.role || '—', r.uplinkMbps.toFixed(3), pct(r.uplinkSaturation), r.downlinkMbps.toFixed(3), pct(r.downlinkSaturation), r.relayMsgsPerS.toFixed(1), (r.relayBytesPerS / 1024).toFixed(1),
        r.fanoutLimit ? String(r.fanoutLimit) : '—', r.parentId || '—', r.fallbackRelay || '—', r.snapshotIntervalMs ? `every ${ago(r.snapshotIntervalMs)}` : '—',
      ]),
    ]));
  }
  if (s.problems.length) lines.push('', 'PROBLEMS', ...s.problems.map((p) => `  ${p}`));
  return lines.join('\n');
}
