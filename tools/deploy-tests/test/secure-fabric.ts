/**
 * Test support: a whole secure fabric on real processes. One nats-server with TLS and the
 * generated users, and every service's real src/main.ts spawned as its own process with
 * CELLMESH_SECURITY=on and only its own seed file (libs/testing spawnServiceMain).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { connectService, silentLogger } from '@cellmesh/bus';
import { operatorEndpointsUrl, spawnServiceMain, startNatsServer, type RunningNatsServer, type RunningServiceMain } from '@cellmesh/testing';
import { CELLS_HUB_DOMAIN, generateSecureFabric, renderSecureCellConfigs, type SecureFabric } from '../src/secure-fabric';
import { provisionDeployment } from '../src/provision';
import { NodeServices, type Inventory, type NodeService, type UserEntry } from '../src/permissions';

const REPO = join(__dirname, '..', '..', '..');
export const serviceMain = (service: NodeService) => join(REPO, 'services', service, 'src', 'main.ts');

/** Settings that make a one-node fabric settle in seconds rather than the production defaults. */
const FAST: Partial<Record<NodeService, Record<string, string>>> = {
  'metrics-collector': { METRICS_PUBLISH_INTERVAL: '500ms', METRICS_SNAPSHOT_INTERVAL: '1s', METRICS_PROBE_INTERVAL: '500ms' },
  'topology-ca': { TOPOLOGY_ROUND_INTERVAL: '300ms' },
  'leader-election': { LEADER_LEASE_DURATION: '3s', LEADER_INPUTS_REFRESH: '500ms' },
  'placement-scheduler': { METRICS_PUBLISH_INTERVAL: '500ms' },
  'gpu-hub-runner': { GPU_DEVICE_MODE: 'emulated', GPU_EMULATED_COUNT: '1', GPU_EMULATED_VRAM_MIB: '16384' },
};

export interface RunningProcess {
  service: NodeService;
  nodeId: string;
  run: RunningServiceMain;
  opsUrl: string;
  /** Exit code once it exited; undefined while it runs. */
  exitCode(): number | null | undefined;
}

export interface SecureFabricRun {
  fabric: SecureFabric;
  server: RunningNatsServer;
  /** tls://127.0.0.1:<port> */
  tlsUrl: string;
  processes: RunningProcess[];
  /** Connects as a generated user through TLS, the way services do (own inbox prefix). */
  connectAs(userName: string): Promise<NatsConnection>;
  stop(): Promise<void>;
}

/** Starts the server, provisions as admin, spawns every service of every node, waits until each listens. */
export async function startSecureFabric(
  inventory: Inventory,
  opts: {
    services?: readonly NodeService[];
    /** Changes the generated users before the server sees them (negative tests). */
    tamper?: (users: UserEntry[]) => UserEntry[];
    /** 'single' (default): one server. 'cells': a hub (domain hub) and one server per site (domain = site id), linked by restricted leaf users. */
    shape?: 'single' | 'cells';
  } = {},
): Promise<SecureFabricRun> {
  const dir = await mkdtemp(join(tmpdir(), 'cellmesh-secure-'));
  const processes: RunningProcess[] = [];
  const conns: NatsConnection[] = [];
  let server: RunningNatsServer | undefined;
  const extraServers: RunningNatsServer[] = [];
  const stop = async () => {
    await Promise.all(conns.map((nc) => nc.close().catch(() => undefined)));
    await Promise.all(
      processes.map(async (p) => {
        if (p.exitCode() !== undefined) return;
        p.run.child.kill('SIGTERM');
        const timer = setTimeout(() => p.run.child.kill('SIGKILL'), 8000);
        await p.run.exited;
        clearTimeout(timer);
      }),
    );
    if (!extraServers.includes(server!)) await server?.stop();
    for (const s of extraServers.reverse()) await s.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const cells = opts.shape === 'cells';
    const fabric = await generateSecureFabric({ inventory, dir, ...(cells ? { serverNames: [CELLS_HUB_DOMAIN, ...inventory.sites.map((x) => x.site)] } : {}) });
    const siteUrl = new Map<string, string>();
    if (cells) {
      const leafPort = await freePort();
      const configs = renderSecureCellConfigs(fabric, { hub: CELLS_HUB_DOMAIN, hubLeafListen: `127.0.0.1:${leafPort}`, hubLeafAddress: `127.0.0.1:${leafPort}` });
      const hub = await startNatsServer({ jetstreamDomain: CELLS_HUB_DOMAIN, extraConfig: configs.hub });
      extraServers.push(hub);
      for (const site of inventory.sites) {
        const s = await startNatsServer({ jetstreamDomain: site.site, extraConfig: configs.sites.get(site.site)! });
        extraServers.push(s);
        siteUrl.set(site.site, `tls://127.0.0.1:${s.port}`);
      }
      server = extraServers[1]!;
      await waitForLeafs(hub, inventory.sites.length);
    } else {
      server = await startNatsServer({ jetstream: true, extraConfig: fabric.serverConfig(opts.tamper ? { users: opts.tamper(structuredClone(fabric.creds.users)) } : {}) });
      for (const site of inventory.sites) siteUrl.set(site.site, `tls://127.0.0.1:${server.port}`);
    }
    const tlsUrl = siteUrl.get(inventory.sites[0]!.site)!;
    const connectAs = async (userName: string) => {
      const [role, id] = userName.split('@') as [string, string];
      const nc = await connectService({ servers: [tlsUrl], service: role, nodeId: id, logger: silentLogger, nkeySeedFile: fabric.seedFile(userName), tls: { caFile: fabric.caFile }, firstConnectTimeoutMs: 10_000 });
      conns.push(nc);
      return nc;
    };
    // Streams and buckets live in each site's own JetStream on the cells shape: provision every site.
    for (const url of new Set(siteUrl.values())) {
      const admin = await connectService({ servers: [url], service: 'admin', nodeId: inventory.admins![0]!, logger: silentLogger, nkeySeedFile: fabric.seedFile(`admin@${inventory.admins![0]!}`), tls: { caFile: fabric.caFile }, firstConnectTimeoutMs: 10_000 });
      conns.push(admin);
      await provisionDeployment(admin, { replicas: 1 });
    }

    // The nodes are EMULATED (CPU, GPUs and links from a scenario), like `cellmesh up`: GPU nodes get one emulated GPU.
    const nodes = inventory.sites.flatMap((site) => site.nodes.map((n) => ({ id: n.nodeId, site: site.site, cpuCores: 4, gpus: n.gpu ? 1 : 0, ...(n.gpu ? { vramMb: 16384 } : {}) })));
    const scenarioFile = join(dir, 'scenario.json');
    await writeFile(scenarioFile, JSON.stringify({ nodes, rttMs: nodes.map((a) => nodes.map((b) => (a.id === b.id ? 0 : a.site === b.site ? 1 : 40))) }));
    for (const site of inventory.sites) {
      for (const node of site.nodes) {
        for (const service of opts.services ?? NodeServices) {
          if (service === 'gpu-hub-runner' && !node.gpu) continue;
          const env = { ...fabric.serviceEnv(service, node.nodeId), NATS_URL: siteUrl.get(site.site)!, CELLMESH_HTTP_PORT: '0', CELLMESH_SITE: site.site, LOG_LEVEL: 'info', ...(FAST[service] ?? {}), ...(service === 'metrics-collector' ? { CELLMESH_SCENARIO_FILE: scenarioFile } : {}) };
          const run = spawnServiceMain(serviceMain(service), env);
          let code: number | null | undefined;
          void run.exited.then((c) => (code = c));
          processes.push({ service, nodeId: node.nodeId, run, opsUrl: '', exitCode: () => code });
        }
      }
    }
    for (const p of processes) {
      p.opsUrl = await Promise.race([
        operatorEndpointsUrl(p.run, 90_000),
        p.run.exited.then((c) => Promise.reject(new Error(`${p.service}@${p.nodeId} exited with ${c} before its ops endpoints listened:\n${p.run.stderr().slice(-3000)}`))),
      ]);
    }
    return { fabric, server, tlsUrl, processes, connectAs, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** GET <ops>/readyz: status code and body. */
export async function readyz(p: RunningProcess): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${p.opsUrl}/readyz`);
  return { status: res.status, body: await res.json() };
}

/** Waits until every process says ready (200), failing at once when one exits. */
export async function waitAllReady(processes: readonly RunningProcess[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(processes);
  while (pending.size > 0) {
    for (const p of [...pending]) {
      if (p.exitCode() !== undefined) throw new Error(`${p.service}@${p.nodeId} exited with ${p.exitCode()}:\n${p.run.stderr().slice(-3000)}`);
      if ((await readyz(p).catch(() => ({ status: 0 }))).status === 200) pending.delete(p);
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      const report = await Promise.all([...pending].map(async (p) => `${p.service}@${p.nodeId}: ${JSON.stringify((await readyz(p).catch((e: Error) => ({ body: e.message }))).body)}`));
      throw new Error(`not ready after ${timeoutMs} ms:\n${report.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The distinct permission violations a process logged (the server's -ERR, as nats.js reports it). */
export function permissionViolations(p: RunningProcess): string[] {
  const found = new Set<string>();
  for (const m of `${p.run.stdout()}\n${p.run.stderr()}`.matchAll(/Permissions Violation for (\w+) to \\?"([^"\\]+)/g)) found.add(`${m[1]} ${m[2]}`);
  return [...found].sort();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForLeafs(hub: RunningNatsServer, count: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const body = (await (await fetch(`http://127.0.0.1:${hub.monitorPort}/leafz`)).json()) as { leafnodes?: number };
    if ((body.leafnodes ?? 0) >= count) return;
    if (Date.now() > deadline) throw new Error(`the hub has ${body.leafnodes ?? 0} of ${count} leaf connections after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
