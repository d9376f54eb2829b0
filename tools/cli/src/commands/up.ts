import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { connectService, provisionAll, provisionHubViews, subjects } from '@cellmesh/bus';
import { codecs, LeaderChangeReason } from '@cellmesh/contracts';
import { parseDurationMs } from '@cellmesh/config';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { createLogger, setupTracing, startProcessOps } from '@cellmesh/telemetry';
import { seededRandom } from '@cellmesh/netcoords';
import type { NatsConnection } from '@nats-io/transport-node';
import { startFabricNats, type TopologyMode } from '../fabric/fabric-nats';
import { UP_ADMIN_ID } from '../fabric/secure';
import { UsageError } from '../usage';
import { emulationBesideRelays, planCells } from '../fabric/cell-plan';
import { startFabric, type HostedCell } from '../fabric/fabric';
import { chooseWorld } from '../fabric/world';
import { BusView } from '../fabric/bus-view';
import { renderScreen, statusLine } from '../fabric/live-view';
import { startNodeProcesses } from '../fabric/processes';
import { sumCountersByLabel, type CounterSums } from '../fabric/scrape';
import { DEFAULT_MIX, planRooms } from '../workload/plan';
import { payloadFor } from '../workload/payloads';
import { startWorkload } from '../workload/generator';
import { WorkloadStats } from '../workload/stats';
import { LeaseWatcher } from '@cellmesh/leases';
import { startDebugUi } from '../ui';

export interface UpOptions {
  nodes?: number;
  scenarioFile?: string;
  durationMs: number;
  ratePerSec: number;
  /** Submit exactly this many tasks, then stop once every one has ended. */
  taskCount?: number;
  seed: number;
  processes: boolean;
  uiPort?: number;
  reportFile: string;
  natsUrl?: string;
  /** `cells`: one nats-server per site (own JetStream domain) + a hub over EMULATED WAN relays; `single`: one server. */
  topology: TopologyMode;
  /** Multiplies every WAN relay delay (0 = no added delay). */
  wanScale: number;
  /** OTLP/HTTP endpoint for traces (Jaeger); nothing is exported without it. */
  otlpEndpoint?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** How long to wait for the fabric to elect a root before the workload starts anyway. */
  settleTimeoutMs: number;
  /** TLS and generated least-privilege users on the fabric's own servers; every service connects as its own user. */
  secure: boolean;
}

interface RawUpOptions {
  nodes?: string;
  scenario?: string;
  duration: string;
  rate: string;
  tasks?: string;
  seed: string;
  processes?: boolean;
  uiPort?: string;
  ui: boolean;
  report?: string;
  logLevel: string;
  topology?: string;
  wanScale: string;
  secure?: boolean;
}

export function register(program: Command): void {
  program
    .command('up')
    .description('run a local fabric of virtual nodes with a workload flowing through it (embedded nats-server unless NATS_URL is set)')
    .option('--nodes <n>', 'number of virtual nodes (default: the built-in world of 3 sites)')
    .option('--scenario <file>', 'a scenario file (the simulator format) instead of the built-in world')
    .option('--duration <d>', 'how long to run in all, settling included (e.g. 30s, 2m); 0 runs until Ctrl-C', '60s')
    .option('--rate <n>', 'tasks submitted per second by the game-room workload', '4')
    .option('--tasks <n>', 'submit exactly this many tasks, then stop when every one has ended (or at --duration)')
    .option('--seed <n>', 'seed of the workload (rooms, mix, payloads)', '1')
    .option('--processes', 'run each virtual node in its own process (default: all in this process)')
    .option('--ui-port <port>', 'port of the debug web UI (default: a free port)')
    .option('--no-ui', 'do not serve the debug web UI')
    .option('--report <file>', 'where to write the JSON report (default: reports/up-<time>.json)')
    .option('--log-level <level>', 'service log level (logs go to stderr)', 'warn')
    .option('--topology <mode>', 'cells: one nats-server per site with its own JetStream domain, linked to a hub through EMULATED WAN relays; single: one server (default: cells, or single with NATS_URL or --processes)')
    .option('--wan-scale <f>', 'multiplies every emulated WAN relay delay (0 = no added delay)', '1')
    .option('--secure', 'security on: generate a CA, TLS certificates and one least-privilege nkey user per service per node for its own servers (docs/security.md)')
    .action(async (raw: RawUpOptions) => {
      const opts = { ...parseUpOptions(raw, process.env.NATS_URL), otlpEndpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined };
      process.exitCode = await runUp(opts);
    });
}

export function parseUpOptions(raw: RawUpOptions, natsUrl: string | undefined): UpOptions {
  const nodes = raw.nodes === undefined ? undefined : Number(raw.nodes);
  if (nodes !== undefined && (!Number.isInteger(nodes) || nodes < 1 || nodes > 200)) throw new UsageError(`--nodes ${JSON.stringify(raw.nodes)}: expected an integer between 1 and 200`);
  const durationMs = parseDurationMs(raw.duration);
  if (durationMs === undefined) throw new UsageError(`--duration ${JSON.stringify(raw.duration)}: expected a duration like 10s or 2m`);
  const ratePerSec = Number(raw.rate);
  if (!Number.isFinite(ratePerSec) || ratePerSec < 0 || ratePerSec > 500) throw new UsageError(`--rate ${JSON.stringify(raw.rate)}: expected a number of tasks per second between 0 and 500`);
  const taskCount = raw.tasks === undefined ? undefined : Number(raw.tasks);
  if (taskCount !== undefined && (!Number.isInteger(taskCount) || taskCount < 1)) throw new UsageError(`--tasks ${JSON.stringify(raw.tasks)}: expected a positive integer`);
  const seed = Number(raw.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed ${JSON.stringify(raw.seed)}: expected an integer`);
  const uiPort = raw.uiPort === undefined ? undefined : Number(raw.uiPort);
  if (uiPort !== undefined && (!Number.isInteger(uiPort) || uiPort < 0 || uiPort > 65535)) throw new UsageError(`--ui-port ${JSON.stringify(raw.uiPort)}: expected a port number`);
  const levels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
  const logLevel = levels.find((l) => l === raw.logLevel);
  if (!logLevel) throw new UsageError(`--log-level ${JSON.stringify(raw.logLevel)}: expected one of ${levels.join(', ')}`);
  if (raw.topology !== undefined && raw.topology !== 'cells' && raw.topology !== 'single') throw new UsageError(`--topology ${JSON.stringify(raw.topology)}: expected cells or single`);
  if (raw.topology === 'cells' && natsUrl) throw new UsageError('--topology cells starts its own servers; unset NATS_URL (or use --topology single)');
  const topology: TopologyMode = raw.topology === 'cells' || raw.topology === 'single' ? raw.topology : natsUrl ? 'single' : 'cells';
  if (raw.secure && natsUrl) throw new UsageError('--secure starts its own servers with generated credentials; unset NATS_URL');
  if (raw.secure && raw.processes) throw new UsageError('--secure runs the nodes in this process (each service as its own user); --processes --secure is not supported yet (docs/security.md)');
  const wanScale = Number(raw.wanScale);
  if (!Number.isFinite(wanScale) || wanScale < 0 || wanScale > 100) throw new UsageError(`--wan-scale ${JSON.stringify(raw.wanScale)}: expected a number between 0 and 100`);
  return {
    nodes, scenarioFile: raw.scenario, durationMs, ratePerSec, taskCount, seed, processes: raw.processes === true,
    uiPort: raw.ui === false ? undefined : (uiPort ?? 0), logLevel, natsUrl: natsUrl || undefined, topology, wanScale,
    reportFile: raw.report ?? `reports/up-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    settleTimeoutMs: 40_000, secure: raw.secure === true,
  };
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The game backends of the demo workload (planRooms names them game-1, game-2, …). */
const WORKLOAD_GAMES = ['game-1', 'game-2'] as const;

export async function runUp(opts: UpOptions): Promise<number> {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const { scenario, source } = chooseWorld({ scenarioFile: opts.scenarioFile, nodes: opts.nodes });
  const sites = new Set(scenario.nodes.map((n) => n.site ?? ''));
  const gpuNodes = scenario.nodes.filter((n) => n.gpus > 0);
  say(`cellmesh up: ${scenario.nodes.length} virtual nodes in ${sites.size} sites from the ${source}; ${opts.durationMs ? `runs ${opts.durationMs / 1000}s` : 'runs until Ctrl-C'}`);
  say(`  links and GPUs are EMULATED from the scenario (${gpuNodes.map((n) => `${n.id}: ${n.gpus}× ${n.gpuModel ?? 'GPU'}`).join(', ') || 'no GPUs'}); everything above them is the production code path`);

  // One tracer provider for the whole process: every virtual node's spans, one trace per task.
  const tracing = setupTracing({ serviceName: 'cellmesh', otlpEndpoint: opts.otlpEndpoint });
  if (opts.otlpEndpoint) say(`  traces: exported over OTLP/HTTP to ${opts.otlpEndpoint}`);
  const nats = await startFabricNats(scenario, { topology: opts.topology, wanScale: opts.wanScale, natsUrl: opts.natsUrl, ...(opts.secure ? { secure: { clients: WORKLOAD_GAMES } } : {}) });
  for (const line of nats.banner) say(`  ${line}`);
  const logger = createLogger({ service: 'cellmesh-up', level: opts.logLevel });
  const security = nats.security;
  // With --secure the host is an operator (`admin@up`: provisioning, views, the debug UI) and each game backend a client (`client@<game>`).
  const hostIdentity = (nodeId: string) => (security ? security.connectAs('admin', UP_ADMIN_ID) : { service: 'cli', nodeId });
  // The host's own connection to each cell: provisioning, lease views, the workload of rooms homed there.
  const hosted: HostedCell[] = [];
  for (const cell of nats.cells) hosted.push({ id: cell.id, url: cell.url, nc: await connectService({ servers: [cell.url], logger, ...hostIdentity(`observer-${cell.id}`) }) });
  const observer = hosted[0]!.nc;
  for (const cell of hosted) {
    const provisioned = await provisionAll(cell.nc);
    say(`  streams and buckets${nats.topology === 'cells' ? ` of cell ${cell.id}` : ''}: ${provisioned.created.length} created, ${provisioned.updated.length} updated, ${provisioned.unchanged.length} unchanged`);
  }
  const hostedById = new Map(hosted.map((c) => [c.id, c]));
  // The hub's fabric-wide views: receipts, results, leader changes and rooms of every cell, by JetStream sourcing.
  const hubNc = nats.hubUrl ? await connectService({ servers: [nats.hubUrl], logger, ...hostIdentity('observer-hub') }) : undefined;
  // The game backends of the workload, one connection per game per cell, each its own client user.
  const clients = new Map<string, NatsConnection>();
  if (security) for (const cell of nats.cells) for (const game of WORKLOAD_GAMES) clients.set(`${cell.id}/${game}`, await connectService({ servers: [cell.url], logger, ...security.connectAs('client', game) }));
  // With --secure the hub's views are left out: sourcing each cell's streams through its restricted leaf user
  // (`$JS.<cell>.API.CONSUMER.CREATE…` down, deliveries up) is not in the leaf grants yet (docs/security.md).
  if (hubNc && security) say('  hub views: not provisioned with --secure (cross-domain sourcing is not granted to the restricted leaf users yet; each cell keeps its own streams)');
  else if (hubNc) say(`  hub views (sourced from every cell): ${(await provisionHubViews(hubNc, nats.cells.map((c) => c.id))).join(', ')}`);

  const events: string[] = [];
  const tty = process.stdout.isTTY === true;
  let lastEventAt = Date.now();
  const event = (text: string) => {
    lastEventAt = Date.now();
    const line = `[${(elapsed() / 1000).toFixed(1)}s] ${text}`;
    events.push(line);
    if (events.length > 200) events.shift();
    if (!tty) say(`  ${line}`);
  };

  // One registry for the process: every virtual node's series carry its `node` label.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  say(`  starting ${scenario.nodes.length} nodes ${opts.processes ? 'as separate processes' : 'in this process'} (7 services each)…`);
  const fabric = opts.processes
    ? await startNodeProcesses({
        natsUrl: nats.cells[0]!.url, scenario,
        ...(nats.topology === 'cells' ? { cellOf: (id: string) => nats.cellOfNode(id), wanScale: opts.wanScale } : {}), logLevel: opts.logLevel, onExit: (id, code) => event(`node process ${id} exited (${code})`) })
    : await startFabric({
        cells: hosted, cellOfNode: (id) => nats.cellOfNode(id), cellsTopology: nats.topology === 'cells', scenario, logger, registry,
        emulation: nats.topology === 'cells' ? emulationBesideRelays(scenario, planCells(scenario, opts.wanScale)) : scenario,
        onNodeStarted: (node, i) => process.stdout.write(`\r  nodes started: ${i + 1}/${scenario.nodes.length} (${node.spec.id})${i + 1 === scenario.nodes.length ? '\n' : ''}`),
        onMembershipChange: (e) => { if (e.clusterId !== e.previousClusterId) event(`${e.nodeId} joined cluster ${e.clusterId} (${e.because})`); },
        ...(security ? { credentialsOf: (service: string, nodeId: string) => security.connectAs(service, nodeId) } : {}),
      });
  const leasesByCell = 'leasesByCell' in fabric ? fabric.leasesByCell : new Map(await Promise.all(hosted.map(async (c) => [c.id, await LeaseWatcher.open(c.nc, { logger })] as const)));
  const view = new BusView(hosted.map((c) => ({ cellId: c.id, nc: c.nc, leases: leasesByCell.get(c.id)! })));
  view.start();
  const leaderEvents = hosted.map(({ nc }) => nc.subscribe(subjects.leaderChangedAll, {
    callback: (_e, m) => {
      try {
        const c = codecs.LeaderChanged.decode(m.data);
        event(`leader of ${c.clusterId}: ${c.newHolder || '(none)'} (term ${c.term}, ${LeaderChangeReason[c.reason]?.replace('LEADER_CHANGE_REASON_', '').toLowerCase() ?? c.reason})`);
      } catch {
        // ignore a malformed event in the view
      }
    },
  }));

  const ui = opts.uiPort === undefined ? undefined : await startUi(hosted.map((c) => c.nc), opts.uiPort);
  if (ui) say(`  debug UI: ${ui.url}`);
  const ops = 'nodes' in fabric
    ? await startProcessOps({ port: 0, host: '127.0.0.1', registry, nc: observer, services: () => fabric.nodes.flatMap((n) => n.services.map((h) => ({ name: h.name, nodeId: n.spec.id, state: h.state }))) })
    : undefined;
  if (ops) say(`  operator endpoints: ${ops.url}/metrics ${ops.url}/healthz ${ops.url}/readyz`);

  const stopRequested = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('Ctrl-C'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    if (opts.durationMs > 0) setTimeout(() => resolve('duration reached'), Math.max(0, opts.durationMs - elapsed())).unref();
  });

  // Let the fabric organize itself (clusters, leaders, a root scheduler) before the workload starts.
  const settled = await Promise.race([waitForSettled(view, scenario.nodes.length, () => lastEventAt, opts.settleTimeoutMs), stopRequested.then(() => undefined)]);
  if (settled !== undefined) {
    say(nats.topology === 'cells'
      ? `  fabric settled in ${(elapsed() / 1000).toFixed(1)}s: ${view.clusters().length} clusters; each cell schedules its own tasks: ${view.cellRoots().map((c) => `${c.cellId} → ${c.root.holder} (term ${c.root.term})`).join(', ')}`
      : `  fabric settled in ${(elapsed() / 1000).toFixed(1)}s: ${view.clusters().length} clusters, root scheduler on ${view.root().holder} (term ${view.root().term})`);
  }

  const stats = new WorkloadStats();
  const random = seededRandom(opts.seed);
  const rooms = planRooms(scenario.nodes.map((n) => n.id), WORKLOAD_GAMES.length, 4, random);
  const submitVia = (origin: string, gameId: string) => {
    const cellId = nats.cellOfNode(origin).id;
    return { nc: clients.get(`${cellId}/${gameId}`) ?? hostedById.get(cellId)!.nc, cellId };
  };
  const workload = startWorkload({ submitVia, cellOfNode: (id) => nats.cellOfNode(id).id, rooms, mix: DEFAULT_MIX, ratePerSec: opts.ratePerSec, random, payloadFor, stats, maxTasks: opts.taskCount });
  say(`  workload: ${rooms.length} game rooms submitting ${opts.ratePerSec} tasks/s${opts.taskCount ? `, ${opts.taskCount} tasks in all` : ''} (${DEFAULT_MIX.map((t) => `${t.kind}/${t.profile}`).join(', ')})`);
  const allAccounted = opts.taskCount ? workload.finished.then(() => 'every task accounted for') : new Promise<string>(() => undefined);

  const refresh = setInterval(() => {
    if (tty) process.stdout.write(`\x1b[2J\x1b[H${renderScreen(view, stats, elapsed(), Date.now(), events)}\n`);
    else say(`  ${statusLine(view, stats, elapsed(), Date.now())}`);
  }, tty ? 1000 : 5000);

  const why = await Promise.race([stopRequested, allAccounted]);
  clearInterval(refresh);
  say(`\n  stopping (${why}): draining the workload, then the nodes…`);
  await workload.stop(8000);
  const clusters = view.clusters();
  const root = view.root();
  const cellRoots = view.cellRoots();
  // What an operator's Prometheus would read: scraped over HTTP from the process's /metrics, before the nodes stop.
  const operatorMetrics = ops ? await scrapeOperatorMetrics(ops.url) : undefined;
  for (const sub of leaderEvents) sub.unsubscribe();
  view.stop();
  await ui?.stop();
  await ops?.close();
  await fabric.stop();
  if (!('leasesByCell' in fabric)) for (const l of leasesByCell.values()) l.stop();
  for (const cell of hosted) await cell.nc.drain().catch(() => undefined);
  await hubNc?.drain().catch(() => undefined);
  for (const c of clients.values()) await c.drain().catch(() => undefined);
  await nats.stop();
  await tracing.shutdown();

  const topology = { mode: nats.topology, hubSite: nats.hubSite ?? null, cells: nats.cells.map((c) => ({ id: c.id, nodes: c.nodes, wanOneWayDelayMs: c.wanOneWayDelayMs, wanEmulated: nats.topology === 'cells' })), wanScale: opts.wanScale };
  const report = buildReport(opts, source, scenario.nodes.length, elapsed(), settled, clusters, root, cellRoots, topology, stats, view, operatorMetrics);
  mkdirSync(dirname(opts.reportFile), { recursive: true });
  writeFileSync(opts.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  printSummary(report, opts.reportFile);
  return 0;
}

/** Membership and leadership changes this recently mean the fabric is still organizing itself. */
const QUIET_BEFORE_WORKLOAD_MS = 3000;
/** topology-ca keeps its first rounds to hear its peers (its liveness window) before it moves: wait past them. */
const MIN_TOPOLOGY_ROUNDS = 5;

/**
 * Settled: every node is past topology-ca's start-up rounds, a root scheduler holds its lease,
 * and no membership or leader change happened for a while.
 */
async function waitForSettled(view: BusView, nodes: number, lastEventAt: () => number, timeoutMs: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (view.minRound(nodes) >= MIN_TOPOLOGY_ROUNDS && view.everyCellHasRoot() && Date.now() - lastEventAt() >= QUIET_BEFORE_WORKLOAD_MS) return Date.now();
    await new Promise((r) => setTimeout(r, 200));
  }
  return undefined;
}

async function startUi(nc: readonly import('@nats-io/transport-node').NatsConnection[], port: number): Promise<{ url: string; stop(): Promise<void> } | undefined> {
  try {
    const ui = await startDebugUi({ nc, port });
    return { url: ui.url, stop: () => ui.close() };
  } catch (err) {
    say(`  debug UI: not started (${(err as Error).message})`);
    return undefined;
  }
}

interface TopologyReport {
  mode: TopologyMode;
  hubSite: string | null;
  cells: Array<{ id: string; nodes: string[]; wanOneWayDelayMs: number; wanEmulated: boolean }>;
  wanScale: number;
}

function buildReport(opts: UpOptions, source: string, nodeCount: number, elapsedMs: number, settledAt: number | undefined, clusters: ReturnType<BusView['clusters']>, root: ReturnType<BusView['root']>, cellRoots: ReturnType<BusView['cellRoots']>, topology: TopologyReport, stats: WorkloadStats, view: BusView, operatorMetrics: CounterSums | undefined) {
  const byProfile = Object.fromEntries([...stats.byProfile.entries()].map(([p, v]) => [p, { submitted: v.submitted, completed: v.completed }]));
  return {
    world: { source, nodes: nodeCount, emulated: true },
    ranForMs: elapsedMs,
    settled: settledAt !== undefined,
    topology,
    /** --secure: TLS on every server, and every service, client and the host itself its own least-privilege user. */
    security: opts.secure ? { mode: 'on' as const, tls: true, users: 'one nkey user per service per node, client@<game>, admin@up', leafUsers: topology.mode === 'cells' } : { mode: 'off' as const },
    clusters,
    root,
    /** Each cell's scheduling root (one entry on a single server). */
    cellRoots,
    workload: {
      ratePerSec: opts.ratePerSec, seed: opts.seed,
      submitted: stats.submitted, placed: stats.placed, completed: stats.completed, failed: stats.failed, timedOut: stats.timedOut,
      rejectedByReason: Object.fromEntries(stats.rejectedByReason), failedByReason: Object.fromEntries(stats.failedByReason),
      endToEndMs: { p50: stats.endToEndPercentile(50) ?? null, p99: stats.endToEndPercentile(99) ?? null },
      decisionMs: { p50: stats.decisionPercentile(50) ?? null, p99: stats.decisionPercentile(99) ?? null },
      byProfile,
      placedByRule: Object.fromEntries(stats.placedByRule),
      placedByNode: Object.fromEntries(stats.placedByNode),
    },
    nodes: [...view.nodes.values()].sort((a, b) => a.nodeId.localeCompare(b.nodeId)),
    /** Counters scraped from the process's /metrics at the end (in-process fabrics only), summed over nodes. */
    operatorMetrics: operatorMetrics ?? null,
    /** Every submitted task and how it ended: completed (run and committed), failed, timed out, or rejected with a reason. */
    tasks: [...stats.tasks.values()],
  };
}

function printSummary(report: ReturnType<typeof buildReport>, file: string): void {
  const w = report.workload;
  say('summary:');
  if (report.security.mode === 'on') say(`  security: on (TLS, ${report.security.users}${report.security.leafUsers ? ', a restricted leaf user per site' : ''})`);
  say(`  fabric: ${report.world.nodes} nodes (${report.world.source}, links and GPUs emulated), ${report.clusters.length} clusters, root ${report.root.holder ?? '(none)'}${report.settled ? '' : ' — did not settle before the workload started'}`);
  for (const c of report.clusters) say(`    ${c.clusterId.padEnd(12)} leader ${(c.leader ?? '(none)').padEnd(10)} members ${c.members.join(' ')}`);
  const pending = report.tasks.filter((t) => t.outcome === 'pending').length;
  say(`  tasks: ${w.submitted} submitted, ${w.placed} placed, ${w.completed} completed, ${w.failed} failed, ${w.timedOut} timed out, rejected ${JSON.stringify(w.rejectedByReason)}${pending ? `, ${pending} still pending at stop` : ''}`);
  say(`  latency (submit → result): p50 ${fmt(w.endToEndMs.p50)}, p99 ${fmt(w.endToEndMs.p99)}; decision p50 ${fmt(w.decisionMs.p50)}, p99 ${fmt(w.decisionMs.p99)}`);
  say(`  placed by rule: ${JSON.stringify(w.placedByRule)}`);
  say(`  placed by node: ${JSON.stringify(w.placedByNode)}`);
  say(`  report: ${file} (explain any task with: npx cellmesh explain <taskId>, while a fabric runs on that NATS)`);
}

async function scrapeOperatorMetrics(url: string): Promise<CounterSums | undefined> {
  try {
    const text = await (await fetch(`${url}/metrics`)).text();
    return {
      ...sumCountersByLabel(text, ['cellmesh_tasks_run_total'], 'status'),
      ...sumCountersByLabel(text, ['cellmesh_tasks_rejected_total'], 'reason'),
      ...sumCountersByLabel(text, ['cellmesh_tasks_placed_total'], 'profile'),
    };
  } catch (err) {
    say(`  operator metrics: scrape failed (${(err as Error).message})`);
    return undefined;
  }
}

const fmt = (v: number | null) => (v === null ? '-' : `${v.toFixed(0)} ms`);
