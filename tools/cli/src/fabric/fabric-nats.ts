import { createServer, type AddressInfo } from 'node:net';
import { startCellTopology, startNatsServer, type DelayRelay, type RunningCellTopology } from '@cellmesh/testing';
import type { Scenario } from '@cellmesh/scenario';
import { HUB_DOMAIN, cellServerConfig } from '@cellmesh/bus';
import { resolveNats, FABRIC_MAX_PAYLOAD_BYTES } from './embedded-nats';
import { guardChildProcess } from './processes';
import { planCells, type CellPlan } from './cell-plan';
import { generateCells, generateSingleServer, type SecureCredentials, type SecureInventory } from './secure';

export type TopologyMode = 'cells' | 'single';

/** One cell of the fabric's NATS: its server's URL and the nodes connected to it. */
export interface FabricCell {
  id: string;
  url: string;
  nodes: string[];
  /** One-way delay of the EMULATED WAN relay between this cell's server and the hub (0 at the hub's site). */
  wanOneWayDelayMs: number;
}

/** The NATS servers a fabric runs on: one per cell plus a hub (cells), or one server (single). */
export interface FabricNats {
  readonly topology: TopologyMode;
  readonly cells: readonly FabricCell[];
  readonly hubUrl?: string;
  readonly hubSite?: string;
  /** Lines that say what was started, for the start-up banner. */
  readonly banner: string[];
  cellOfNode(nodeId: string): FabricCell;
  /** The emulated WAN relay of a cell (cut/heal/setDelay), in the cells topology. */
  relayOf(cellId: string): DelayRelay | undefined;
  /** The hub server, in the cells topology: kill it (a crash) and start it again on its ports and store. */
  readonly hubControl?: { kill(): Promise<void>; restart(): Promise<void> };
  /** With --secure: the generated users (seeds) and the CA every connection verifies the servers against. */
  readonly security?: SecureCredentials;
  stop(): Promise<void>;
}

/** The secure fabric's users: one site per cell (one for a single server), and the workload's game backends. */
function secureInventory(scenario: Scenario, sites: ReadonlyArray<{ id: string; nodes: readonly string[] }>, clients: readonly string[]): SecureInventory {
  const gpus = new Map(scenario.nodes.map((n) => [n.id, n.gpus > 0]));
  return { sites: sites.map((s) => ({ site: s.id, nodes: s.nodes.map((nodeId) => ({ nodeId, gpu: gpus.get(nodeId) === true })) })), clients: [...clients] };
}

/** tls://… for a server that requires TLS (nats.js verifies it against the generated CA). */
const tlsUrl = (url: string) => url.replace(/^nats:\/\//, 'tls://');

/**
 * `single`: NATS_URL when given, else one embedded `nats-server -js`. `cells`: a hub server and one
 * server per site with its own JetStream domain, each linked to the hub by a leaf connection through
 * an EMULATED WAN relay (delay = half the scenario's site-to-hub RTT × wanScale).
 */
export async function startFabricNats(scenario: Scenario, opts: { topology: TopologyMode; wanScale: number; natsUrl?: string; secure?: { clients: readonly string[] } }): Promise<FabricNats> {
  if (opts.secure && opts.natsUrl) throw new Error('--secure starts its own servers with generated credentials; unset NATS_URL');
  if (opts.secure && opts.topology === 'single') {
    const nodes = scenario.nodes.map((n) => n.id);
    const security = await generateSingleServer(secureInventory(scenario, [{ id: 'single', nodes }], opts.secure.clients));
    try {
      const server = await startNatsServer({ jetstream: true, extraConfig: [security.config, `max_payload: ${FABRIC_MAX_PAYLOAD_BYTES}`].join('\n') });
      const release = guardChildProcess(server.pid, 'embedded nats-server');
      const cell: FabricCell = { id: 'single', url: tlsUrl(server.url), nodes, wanOneWayDelayMs: 0 };
      return {
        topology: 'single',
        cells: [cell],
        security,
        banner: [`nats: started embedded nats-server ${server.version} at ${cell.url} with TLS and generated least-privilege users (--secure; temp store and credentials removed on exit)`],
        cellOfNode: () => cell,
        relayOf: () => undefined,
        async stop() {
          await server.stop({ removeStore: true });
          release();
          security.remove();
        },
      };
    } catch (err) {
      security.remove();
      throw err;
    }
  }
  if (opts.topology === 'single' || opts.natsUrl) {
    const nats = await resolveNats(opts.natsUrl);
    const cell: FabricCell = { id: 'single', url: nats.url, nodes: scenario.nodes.map((n) => n.id), wanOneWayDelayMs: 0 };
    return {
      topology: 'single',
      cells: [cell],
      banner: [nats.embedded ? `nats: started embedded nats-server ${nats.version} at ${nats.url} (temp store, removed on exit)` : `nats: using NATS_URL ${nats.url} (one server)`],
      cellOfNode: () => cell,
      relayOf: () => undefined,
      stop: () => nats.stop(),
    };
  }
  const plan: CellPlan = planCells(scenario, opts.wanScale);
  const specs = plan.cells.map((c) => ({ id: c.id, wanOneWayDelayMs: c.wanOneWayDelayMs }));
  let security: Awaited<ReturnType<typeof generateCells>> | undefined;
  let topo: RunningCellTopology;
  if (opts.secure) {
    // The hub's leaf port is chosen first: the generated configs name it (the hub's listener, each site's remote through its relay).
    const leafPort = await freePort();
    security = await generateCells(secureInventory(scenario, plan.cells, opts.secure.clients), leafPort);
    const generated = security;
    topo = await startCellTopology({ cells: specs, hubDomain: HUB_DOMAIN, maxPayloadBytes: FABRIC_MAX_PAYLOAD_BYTES, leafPort, hubConfig: () => generated.hubConfig, cellConfig: (id, relay) => generated.siteConfig(id, relay) }).catch((err: Error) => {
      generated.remove();
      throw err;
    });
  } else {
    topo = await startCellTopology({ cells: specs, hubDomain: HUB_DOMAIN, maxPayloadBytes: FABRIC_MAX_PAYLOAD_BYTES, cellConfig: (id, relay) => cellServerConfig(id, `nats-leaf://${relay}`) });
  }
  const urlOf = (id: string) => (security ? tlsUrl(topo.urlOf(id)) : topo.urlOf(id));
  // Killed on every exit path of this process, like the single embedded server.
  const releases = [guardChildProcess(topo.hub.pid, 'hub nats-server'), ...[...topo.cells.values()].map((c) => guardChildProcess(c.server.pid, `nats-server of cell ${c.id}`))];
  const cells: FabricCell[] = plan.cells.map((c) => ({ id: c.id, url: urlOf(c.id), nodes: c.nodes, wanOneWayDelayMs: c.wanOneWayDelayMs }));
  const hubUrl = security ? tlsUrl(topo.hub.url) : topo.hub.url;
  const byNode = new Map(cells.flatMap((c) => c.nodes.map((n) => [n, c] as const)));
  return {
    topology: 'cells',
    cells,
    hubUrl,
    hubSite: plan.hubSite,
    ...(security ? { security } : {}),
    banner: [
      `nats: cells topology — hub (JetStream domain hub, at site ${plan.hubSite}) at ${hubUrl}, ${cells.length} cells, temp stores removed on exit`,
      ...(security ? ['  --secure: TLS (a generated CA) on every server, one least-privilege nkey user per service per node, a restricted leaf user per site (mutual TLS); credentials removed on exit'] : []),
      ...cells.map((c) => `  cell ${c.id.padEnd(10)} ${c.url}  ${c.nodes.length} nodes  leaf link to the hub: EMULATED WAN relay, ${c.wanOneWayDelayMs.toFixed(1)} ms each way`),
    ],
    cellOfNode(nodeId) {
      const cell = byNode.get(nodeId);
      if (!cell) throw new Error(`node ${nodeId} is in no cell`);
      return cell;
    },
    relayOf: (cellId) => topo.cells.get(cellId)?.relay,
    hubControl: { kill: () => topo.killHub(), restart: () => topo.restartHub() },
    async stop() {
      await topo.stop();
      for (const release of releases) release();
      security?.remove();
    },
  };
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
