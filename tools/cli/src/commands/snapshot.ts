import { mkdirSync, writeFileSync } from 'node:fs';
import { connectOperator, operatorCredentials, withConnectionOptions, type ConnectionFlags } from '../connection';
import type { OperatorCredentials } from '@cellmesh/bus';
import { requireNatsUrl, UsageError } from '../usage';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { NatsConnection } from '@nats-io/transport-node';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { codecs, type CodecName } from '@cellmesh/contracts';
import { Buckets, Streams, isValidToken, keys, openBucket, type BucketName } from '@cellmesh/bus';
import { parseDurationMs } from '@cellmesh/config';
import type { Output } from './explain';
import {
  DEFAULT_BANDWIDTH_MBPS,
  SnapshotError,
  buildFabricSnapshot,
  type ClusterRecordFields,
  type FabricRecords,
  type FabricSnapshot,
  type NeighbourRecordFields,
  type NodeRecordFields,
  type PeerTableRecordFields,
} from '../whatif/scenario-from-fabric';
import { recordedPlacements, taskSetFromSubmits, taskTimings, type ReceiptFields, type RecordedPlacement, type RecordedTasks, type ResultFields } from '../whatif/recorded';
import { SNAPSHOT_FORMAT, SnapshotFiles, type SnapshotManifest } from '../whatif/replay';

/**
 * `cellmesh snapshot`: the live fabric in the simulator's format, so recorded tasks can be replayed
 * against changed weights (`cellmesh whatif`, `cellmesh simulate --tasks`) before the change ships.
 * Reads only: KV buckets (registry, warm metrics, topology, leases) and the TASKS, PLACEMENTS and
 * RESULTS streams, through ordered consumers that leave no server state behind. See docs/what-if.md.
 */
export interface SnapshotOptions {
  credentials?: OperatorCredentials;
  out: string;
  natsUrl?: string;
  /** Submissions (and receipts) stored in the last `tasksSinceMs` are recorded. */
  tasksSinceMs: number;
  /** A node missing from the registry still counts when its warm metrics are this recent. */
  nodeMaxAgeMs?: number;
  /** The snapshot's clock (tests pin it). */
  nowMs?: number;
}

export const DEFAULT_TASKS_SINCE = '10m';
const FETCH_BATCH = 512;
const FETCH_EXPIRES_MS = 1_000;

const stdio: Output = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`cellmesh snapshot: ${t}\n`) };

export function register(program: Command): void {
  withConnectionOptions(program
    .command('snapshot'))
    .description('write the live fabric (nodes, measured links, topology) and its recorded tasks and placements in the simulator\'s format, for replay and what-if')
    .requiredOption('--out <dir>', 'directory to write scenario.json, tasks.json, placements.json, timing.json and snapshot.json into (created if missing; files are overwritten)')
    .option('--nats-url <url>', 'NATS server (default: $NATS_URL)')
    .option('--tasks-since <duration>', 'record submissions and receipts stored this long ago or later (e.g. 90s, 10m, 2h)', DEFAULT_TASKS_SINCE)
    .option('--node-max-age <duration>', 'count a node that left the registry if its warm metrics are at most this old', '60s')
    .action(async (raw: { out: string; natsUrl?: string; tasksSince: string; nodeMaxAge: string } & ConnectionFlags) => {
      const tasksSinceMs = parseDurationMs(raw.tasksSince);
      const nodeMaxAgeMs = parseDurationMs(raw.nodeMaxAge);
      if (tasksSinceMs === undefined) throw new UsageError(`--tasks-since ${JSON.stringify(raw.tasksSince)}: expected a duration like 90s, 10m or 2h`);
      if (nodeMaxAgeMs === undefined) throw new UsageError(`--node-max-age ${JSON.stringify(raw.nodeMaxAge)}: expected a duration like 30s or 2m`);
      process.exitCode = await runSnapshot({ out: raw.out, natsUrl: requireNatsUrl(raw.natsUrl, process.env.NATS_URL), tasksSinceMs, nodeMaxAgeMs, credentials: operatorCredentials(raw) }, stdio);
    });
}

/** The result of a snapshot, for callers that go on with it (tests, `cellmesh whatif`). */
export interface SnapshotResult {
  readonly dir: string;
  readonly fabric: FabricSnapshot;
  readonly tasks: RecordedTasks;
  readonly placements: Record<string, RecordedPlacement>;
  readonly manifest: SnapshotManifest;
}

/** Runs the command; returns the exit code (0 ok, 1 bad input or no fabric). */
export async function runSnapshot(opts: SnapshotOptions, io: Output = stdio): Promise<number> {
  const result = await takeSnapshot(opts, io).catch((err: Error) => err);
  if (result instanceof Error) return fail(io, result.message);
  return 0;
}

export async function takeSnapshot(opts: SnapshotOptions, io: Output = stdio): Promise<SnapshotResult> {
  if (!opts.natsUrl) throw new SnapshotError('no NATS server: pass --nats-url or set NATS_URL');
  if (!(opts.tasksSinceMs >= 0)) throw new SnapshotError('--tasks-since must be a non-negative duration');
  let nc: NatsConnection;
  try {
    nc = await connectOperator({ servers: [opts.natsUrl], command: 'snapshot', credentials: opts.credentials, firstConnectTimeoutMs: 5000 });
  } catch (err) {
    throw new SnapshotError(`cannot reach NATS at ${opts.natsUrl}: ${(err as Error).message}`);
  }
  try {
    const nowMs = opts.nowMs ?? Date.now();
    const sinceMs = nowMs - opts.tasksSinceMs;
    io.out(`cellmesh snapshot: reading the fabric at ${opts.natsUrl}`);
    const undecodable: string[] = [];
    const records = await readFabricRecords(nc, nowMs, undecodable);
    const fabric = buildFabricSnapshot(records, { nowMs, nodeMaxAgeMs: opts.nodeMaxAgeMs });
    const ids = fabric.scenario.nodes.map((n) => n.id);
    io.out(`  nodes: ${ids.length} (${ids.join(', ')})${fabric.emulatedNodes > 0 ? `; ${fabric.emulatedNodes} EMULATED: their capacity and links come from the scenario they were started with` : ''}`);
    for (const s of fabric.skippedNodes) io.out(`    left out ${s.nodeId}: ${s.reason}`);
    const c = fabric.links.counts;
    io.out(`  links: ${c.measuredBothWays + c.measuredOneWay + c.estimated + c.default} pairs: ${c.measuredBothWays} measured both ways (mean of the two), ${c.measuredOneWay} measured one way, ` +
      `${c.estimated} ESTIMATED (Vivaldi coordinates), ${c.default} unknown (default ${fabric.links.defaultRttMs} ms)${fabric.links.emulated ? '; measured over EMULATED links' : ''}`);
    const b = fabric.links.bandwidth;
    io.out(`  bandwidth: ${b.measured} measured, ${b.uplinks} from the nodes' uplinks, ${b.default} default (${DEFAULT_BANDWIDTH_MBPS} Mbit/s)`);
    const topo = fabric.topology;
    const clusterIds = [...new Set(Object.values(topo.clusters))].sort();
    io.out(`  topology: ${clusterIds.length} clusters${clusterIds.length ? ` (${clusterIds.map((id) => `${id} led by ${topo.leaders[id] ?? 'nobody'}`).join(', ')})` : ''}; root scheduler ${topo.rootLeader ?? '(no live root lease)'}`);
    for (const note of fabric.notes) io.out(`    note: ${note}`);

    const submits: unknown[] = [];
    const receipts: ReceiptFields[] = [];
    const read = await readStreamSince(nc, Streams.Tasks, sinceMs, 'TaskSubmit', submits, undecodable);
    const tasks = taskSetFromSubmits(submits as Parameters<typeof taskSetFromSubmits>[0]);
    io.out(`  tasks: ${read} submissions since ${new Date(sinceMs).toISOString()}: ${tasks.tasks.length} recorded, ${tasks.skipped.length} not replayable, ${tasks.duplicates} duplicates`);
    for (const s of tasks.skipped.slice(0, 10)) io.out(`    not replayable ${s.taskId || '(no task id)'}: ${s.reason}`);
    const receiptCount = await readStreamSince(nc, Streams.Placements, sinceMs, 'PlacementReceipt', receipts as unknown[], undecodable);
    const placements = recordedPlacements(receipts);
    const outcomes = { placed: 0, queued: 0, rejected: 0 };
    for (const p of Object.values(placements)) outcomes[p.outcome]++;
    const withoutReceipt = tasks.tasks.filter((t) => !placements[t.taskId]).map((t) => t.taskId);
    io.out(`  placements: ${receiptCount} receipts for ${Object.keys(placements).length} tasks: ${outcomes.placed} placed, ${outcomes.queued} still queued, ${outcomes.rejected} rejected; ${withoutReceipt.length} recorded tasks without a receipt`);
    const results: ResultFields[] = [];
    await readStreamSince(nc, Streams.Results, sinceMs, 'TaskResult', results as unknown[], undecodable);
    const timing = taskTimings(submits as Parameters<typeof taskTimings>[0], results, tasks.tasks.map((t) => t.taskId));
    const finished = Object.values(timing).filter((t) => t.finishedAtMs !== undefined).length;
    io.out(`  timing: ${finished} of ${tasks.tasks.length} recorded tasks have a result (they give their resources back in the timed replay; the others hold them to the end)`);
    if (undecodable.length > 0) io.out(`  ${undecodable.length} entries did not decode and were left out: ${undecodable.slice(0, 5).join('; ')}`);

    const manifest: SnapshotManifest = {
      format: SNAPSHOT_FORMAT,
      takenAtMs: nowMs,
      natsUrl: opts.natsUrl,
      tasksSinceMs: sinceMs,
      nodes: ids,
      emulatedNodes: fabric.emulatedNodes,
      topology: fabric.topology,
      links: fabric.links,
      skippedNodes: [...fabric.skippedNodes],
      skippedTasks: tasks.skipped,
      duplicateSubmissions: tasks.duplicates,
      tasksWithoutReceipt: withoutReceipt,
      tasksWithResult: finished,
      notes: [...fabric.notes, ...undecodable.map((u) => `did not decode: ${u}`)],
    };
    mkdirSync(opts.out, { recursive: true });
    writeFileSync(join(opts.out, SnapshotFiles.scenario), fabric.scenarioText);
    // One task per line: the file diffs and greps well.
    writeFileSync(join(opts.out, SnapshotFiles.tasks), tasks.tasks.length === 0 ? '[]\n' : `[\n${tasks.tasks.map((t) => `  ${JSON.stringify(t)}`).join(',\n')}\n]\n`);
    writeFileSync(join(opts.out, SnapshotFiles.placements), `${JSON.stringify(placements, null, 2)}\n`);
    writeFileSync(join(opts.out, SnapshotFiles.timing), `${JSON.stringify(timing, null, 2)}\n`);
    writeFileSync(join(opts.out, SnapshotFiles.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
    const file = (name: string) => join(opts.out, name);
    io.out(`wrote ${Object.values(SnapshotFiles).map(file).join(', ')}`);
    io.out(`replay:  cellmesh simulate --scenario ${file(SnapshotFiles.scenario)} --tasks ${file(SnapshotFiles.tasks)} [--weights FILE] --json`);
    io.out(`what-if: cellmesh whatif --snapshot ${opts.out} --weights FILE`);
    return { dir: opts.out, fabric, tasks, placements, manifest };
  } finally {
    await nc.close();
  }
}

/** Every bucket once; a missing bucket reads as empty (a fabric that never provisioned it). */
async function readFabricRecords(nc: NatsConnection, nowMs: number, undecodable: string[]): Promise<FabricRecords> {
  const registry: NodeRecordFields[] = [];
  const metrics: NodeRecordFields[] = [];
  const peerTables: PeerTableRecordFields[] = [];
  const clusters: ClusterRecordFields[] = [];
  const neighbours: NeighbourRecordFields[] = [];
  let rootLeader: string | undefined;
  const idOf = (key: string) => key.slice(key.indexOf('.') + 1);
  const is = (key: string, build: (id: string) => string) => isValidToken(idOf(key)) && key === build(idOf(key));
  const decode = <N extends CodecName>(bucket: string, key: string, name: N, value: Uint8Array) => {
    try {
      return codecs[name].decode(value) as ReturnType<(typeof codecs)[N]['decode']>;
    } catch (err) {
      undecodable.push(`${bucket} ${key}: ${(err as Error).message}`);
      return undefined;
    }
  };
  await eachEntry(nc, Buckets.Nodes, (key, value) => {
    if (!is(key, keys.node)) return;
    const m = decode(Buckets.Nodes, key, 'NodeMetrics', value);
    if (m) registry.push(m);
  });
  await eachEntry(nc, Buckets.Metrics, (key, value) => {
    if (is(key, keys.nodeMetrics)) {
      const m = decode(Buckets.Metrics, key, 'NodeMetrics', value);
      if (m) metrics.push(m);
    } else if (is(key, keys.peers)) {
      const t = decode(Buckets.Metrics, key, 'PeerTable', value);
      if (t) peerTables.push(t);
    }
  });
  await eachEntry(nc, Buckets.Topology, (key, value) => {
    if (is(key, keys.cluster)) {
      const c = decode(Buckets.Topology, key, 'ClusterState', value);
      if (c) clusters.push(c);
    } else if (is(key, keys.neighbours)) {
      const l = decode(Buckets.Topology, key, 'NeighbourList', value);
      if (l) neighbours.push(l);
    }
  });
  await eachEntry(nc, Buckets.Leases, (key, value) => {
    if (key !== keys.rootLease) return;
    const lease = decode(Buckets.Leases, key, 'Lease', value);
    if (lease?.holder && Number(lease.expiresAtMs ?? 0) > nowMs) rootLeader = lease.holder;
  });
  return { registry, metrics, peerTables, clusters, neighbours, ...(rootLeader ? { rootLeader } : {}) };
}

async function eachEntry(nc: NatsConnection, bucket: BucketName, visit: (key: string, value: Uint8Array) => void): Promise<void> {
  const kv = await openBucket(nc, bucket).catch(() => null);
  if (!kv) return;
  const names: string[] = [];
  for await (const k of await kv.keys()) names.push(k);
  for (const key of names.sort()) {
    const entry = await kv.get(key);
    if (entry && entry.operation === 'PUT') visit(key, entry.value);
  }
}

/**
 * Decodes every message of `stream` stored at or after `sinceMs`, up to what the stream held when
 * the call began, into `into`; returns how many were read. An ordered consumer: nothing is left on the server.
 */
async function readStreamSince(nc: NatsConnection, stream: string, sinceMs: number, codec: CodecName, into: unknown[], undecodable: string[]): Promise<number> {
  const jsm = await jetstreamManager(nc);
  const info = await jsm.streams.info(stream).catch(() => null);
  if (!info || info.state.messages === 0) return 0;
  const lastSeq = info.state.last_seq;
  const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(Math.max(0, sinceMs)).toISOString() });
  let read = 0;
  for (;;) {
    const batch = await consumer.fetch({ max_messages: FETCH_BATCH, expires: FETCH_EXPIRES_MS });
    let got = 0;
    let done = false;
    for await (const m of batch) {
      got++;
      if (m.seq > lastSeq) {
        done = true;
        continue;
      }
      read++;
      try {
        into.push(codecs[codec].decode(m.data));
      } catch (err) {
        undecodable.push(`${stream} seq ${m.seq} (${m.subject}): ${(err as Error).message}`);
      }
      if (m.info.pending === 0 || m.seq === lastSeq) done = true;
    }
    if (done || got === 0) break;
  }
  return read;
}

function fail(io: Output, message: string): number {
  io.err(message);
  return 1;
}
