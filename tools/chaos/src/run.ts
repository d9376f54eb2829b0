import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { HUB_DOMAIN, cellServerConfig, keys, provisionAll } from '@cellmesh/bus';
import { generateWorld, toScenarioJson } from '@cellmesh/scenario';
import { startDelayRelay, startNatsServer, type DelayRelay, type RunningNatsServer } from '@cellmesh/testing';
import { readObserved } from './checker';
import { DEFAULT_CHECKER_OPTIONS, invariantsHold, judge, renderMarkdown, type PhaseVerdict, type PhaseWindow } from './core/verdict';
import { leaseHolder, type ChaosContext, type Fault } from './faults';
import { Submitter } from './submitter';
import { NodeSupervisor } from './supervisor';

export interface ChaosOptions {
  nodes: number;
  ratePerSec: number;
  baselineMs: number;
  /** Before the injection, inside the phase (the rate before the fault is part of the phase). */
  leadMs: number;
  /** After the heal: how long the phase keeps running for the fabric to come back. */
  recoverMs: number;
  /** After the last phase: how long to wait for outstanding tasks to be answered. */
  drainMs: number;
  faults: ReadonlyArray<Fault>;
  outDir: string;
  settleTimeoutMs: number;
  /**
   * The cells shape: the fabric's server is a cell (JetStream domain CELL_ID) whose leaf link reaches a hub
   * through an EMULATED WAN relay with this one-way delay (ms); absent: one plain server.
   */
  cellWanDelayMs?: number;
  log?: (line: string) => void;
}

/** The fabric's cell in the cells shape. */
export const CHAOS_CELL_ID = 'chaos-cell';

export interface ChaosReport {
  command: string;
  startedAt: string;
  nodes: number;
  ratePerSec: number;
  natsServerVersion: string;
  verdicts: PhaseVerdict[];
  invariantsHold: boolean;
  nodeExits: Array<{ nodeId: string; code: number | null; signal: string | null; atS: number }>;
  deadLetters: Record<string, number>;
  unansweredAtEnd: number;
  phases: PhaseWindow[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One chaos run: a real nats-server, a fabric of node processes under a supervisor, a steady load from an
 * independent submitter, one fault at a time, then the checker's table. Everything started is stopped on
 * every exit path (the server and the node processes are killed synchronously on an uncaught error).
 */
export async function runChaos(opts: ChaosOptions): Promise<ChaosReport> {
  const log = opts.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const t0 = Date.now();
  const stamp = (text: string) => log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${text}`);
  mkdirSync(opts.outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'cellmesh-chaos-'));
  const storeDir = join(work, 'store');
  const logDir = join(opts.outDir, 'node-logs');
  mkdirSync(logDir, { recursive: true });

  // The cells shape: a hub, and the fabric's server as a cell linked to it through a delay relay.
  let hub: RunningNatsServer | undefined;
  let relay: DelayRelay | undefined;
  let cellConfig: { jetstreamDomain?: string; extraConfig?: string } = {};
  if (opts.cellWanDelayMs !== undefined) {
    const leafPort = await freePort();
    hub = await startNatsServer({ jetstreamDomain: HUB_DOMAIN, extraConfig: `server_name: chaos-hub\nleafnodes { listen: "127.0.0.1:${leafPort}" }` });
    relay = await startDelayRelay({ targetPort: leafPort, oneWayDelayMs: opts.cellWanDelayMs });
    cellConfig = { jetstreamDomain: CHAOS_CELL_ID, extraConfig: cellServerConfig(CHAOS_CELL_ID, `nats-leaf://127.0.0.1:${relay.port}`) };
  }
  let server = await startNatsServer({ jetstream: true, storeDir, ...cellConfig });
  const port = server.port;
  const startServer = () => startNatsServer({ jetstream: true, storeDir, port, ...cellConfig });
  const scenario = generateWorld({ sites: 1, perSite: opts.nodes, seed: 7, gpuShare: 0 });
  const nodeIds = scenario.nodes.map((n) => n.id);
  const scenarioFile = join(work, 'scenario.json');
  writeFileSync(scenarioFile, toScenarioJson(scenario));
  const supervisor = new NodeSupervisor({ natsUrl: server.url, nodeIds, scenarioFile, logDir, onEvent: stamp });
  let nc: NatsConnection | undefined;
  let submitter: Submitter | undefined;
  // Last resort on a crash of this harness: nothing it started may outlive it.
  const killEverything = () => {
    supervisor.killAllNow();
    for (const pid of [server.pid, hub?.pid]) {
      if (!pid) continue;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', killEverything);
  try {
    nc = await connect({ servers: [server.url], name: 'chaos-checker', maxReconnectAttempts: -1, reconnectTimeWait: 250 });
    await provisionAll(nc);
    stamp(`nats-server ${server.version} on port ${port}${relay ? ` (cell ${CHAOS_CELL_ID}: own JetStream domain, leaf link to a hub through an EMULATED WAN relay, ${opts.cellWanDelayMs} ms each way)` : ''}; starting ${nodeIds.length} node processes (${nodeIds.join(', ')})`);
    supervisor.start();
    const ctx: ChaosContext = {
      get server() {
        return server;
      },
      set server(s) {
        server = s;
      },
      storeDir, port, supervisor, nc, nodeIds, startServer, ...(relay ? { relay } : {}), log: stamp,
    };
    await waitForFabric(nc, nodeIds, opts.settleTimeoutMs);
    stamp(`fabric up: root ${(await leaseHolder(nc, keys.rootLease))?.holder}, committer ${(await leaseHolder(nc, keys.committerLease))?.holder}`);

    const taskPrefix = `chaos-${t0.toString(36)}-`;
    const rooms = [1, 2, 3, 4].map((r, i) => ({ gameId: 'chaos', roomId: `room-${r}`, originNode: nodeIds[i % nodeIds.length]! }));
    submitter = await Submitter.open({ servers: [server.url], ratePerSec: opts.ratePerSec, taskPrefix, rooms });
    submitter.start();
    const phases: PhaseWindow[] = [];
    const baseStart = Date.now();
    await sleep(opts.baselineMs);
    phases.push({ name: 'baseline', detail: 'no fault', startMs: baseStart, injectedAtMs: baseStart, healedAtMs: baseStart, endMs: Date.now() });
    stamp(`baseline: ${opts.baselineMs / 1000}s at ${opts.ratePerSec} tasks/s`);

    for (const fault of opts.faults) {
      const startMs = Date.now();
      await sleep(opts.leadMs);
      await waitForFabric(nc, nodeIds, opts.settleTimeoutMs).catch((err: Error) => stamp(`before ${fault.name}: ${err.message}`));
      const holdMs = await fault.holdMs(ctx);
      const injectedAtMs = Date.now();
      const detail = await fault.inject(ctx);
      stamp(`fault ${fault.name}: ${detail}`);
      await sleep(holdMs);
      await fault.heal(ctx);
      const healedAtMs = Date.now();
      if (holdMs > 0) stamp(`healed ${fault.name}`);
      await sleep(opts.recoverMs);
      phases.push({ name: fault.name, detail, startMs, injectedAtMs, healedAtMs, endMs: Date.now() });
    }

    await submitter.stop();
    stamp(`load stopped: ${submitter.submissions.length} submissions; waiting up to ${opts.drainMs / 1000}s for outstanding answers`);
    const drainUntil = Date.now() + opts.drainMs;
    while (submitter.unanswered() > 0 && Date.now() < drainUntil) await sleep(500);
    const unansweredAtEnd = submitter.unanswered();
    stamp(`drained (${unansweredAtEnd} unanswered); the checker reads the streams`);

    const observed = await readObserved(nc, taskPrefix);
    const verdicts = judge(submitter.submissions, observed, phases, { ...DEFAULT_CHECKER_OPTIONS, submitRatePerSec: opts.ratePerSec });
    return {
      command: process.argv.slice(1).join(' '),
      startedAt: new Date(t0).toISOString(),
      nodes: nodeIds.length,
      ratePerSec: opts.ratePerSec,
      natsServerVersion: server.version,
      verdicts,
      invariantsHold: invariantsHold(verdicts),
      nodeExits: supervisor.exits.map((e) => ({ nodeId: e.nodeId, code: e.code, signal: e.signal, atS: Math.round((e.atMs - t0) / 100) / 10 })),
      deadLetters: Object.fromEntries(observed.deadLetters),
      unansweredAtEnd,
      phases,
    };
  } finally {
    await submitter?.close().catch(() => undefined);
    await supervisor.stop().catch(() => undefined);
    await nc?.close().catch(() => undefined);
    await server.stop({ removeStore: true }).catch(() => undefined);
    await relay?.close().catch(() => undefined);
    await hub?.stop().catch(() => undefined);
    process.removeListener('exit', killEverything);
    rmSync(work, { recursive: true, force: true });
  }
}

/** Ready: a live root lease and a live committer lease, both held by nodes of this fabric. */
async function waitForFabric(nc: NatsConnection, nodeIds: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const root = await leaseHolder(nc, keys.rootLease).catch(() => undefined);
    const committer = await leaseHolder(nc, keys.committerLease).catch(() => undefined);
    if (root && committer && nodeIds.includes(root.holder) && nodeIds.includes(committer.holder)) return;
    last = `root ${root?.holder ?? '(none)'}, committer ${committer?.holder ?? '(none)'}`;
    await sleep(500);
  }
  throw new Error(`the fabric did not elect a root and a committer within ${timeoutMs} ms (${last})`);
}

/** The JSON and markdown files of a run; returns their paths. */
export function writeReport(report: ChaosReport, outDir: string): { json: string; markdown: string } {
  const base = join(outDir, `chaos-${report.startedAt.replace(/[:.]/g, '-')}`);
  const table = renderMarkdown(report.verdicts);
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, `# chaos run ${report.startedAt}\n\n\`${report.command}\` — ${report.nodes} node processes, ${report.ratePerSec} tasks/s, nats-server ${report.natsServerVersion}\n\n${table}\n\ninvariants (lost = 0, committed twice = 0, stale-term accepted = 0): ${report.invariantsHold ? 'hold' : 'VIOLATED'}\n`);
  return { json: `${base}.json`, markdown: `${base}.md` };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}
