import { createServer } from 'node:net';
import { startNatsServer, type RunningNatsServer } from './nats-server';
import { startDelayRelay, type DelayRelay } from './delay-relay';

/**
 * The cell shape on one machine: a hub server (JetStream domain `hub`) and one server per cell
 * (JetStream domain = cell id), each cell joined to the hub by a leaf connection that runs through
 * an EMULATED WAN relay. What the servers say on the wire (the hub's domain, a cell's leaf remote with
 * its deny lists and mappings) comes from the caller: `cellServerConfig` and `HUB_DOMAIN` in @cellmesh/bus
 * (this lib stays below the bus, whose tests use it).
 */
export interface CellSpec {
  id: string;
  /** One-way delay of the emulated WAN link between this cell's server and the hub. */
  wanOneWayDelayMs: number;
}

export interface CellTopologyOptions {
  cells: readonly CellSpec[];
  /** The hub's JetStream domain (HUB_DOMAIN in @cellmesh/bus). */
  hubDomain: string;
  /** max_payload of every server (bytes); the server default (1 MiB) when absent. */
  maxPayloadBytes?: number;
  /** Extra config lines for every server (e.g. authorization blocks). */
  extraConfig?: string;
  /** Wait this long for every leaf link to come up. */
  readyTimeoutMs?: number;
  /** The hub's leaf listener port on 127.0.0.1 (default: a free port), e.g. when configs were generated for it. */
  leafPort?: number;
  /**
   * The hub's own config lines instead of the default (server_name + a plain leaf listener), e.g. TLS,
   * authorization and a leaf listener with mutual TLS; `common` (max_payload, extraConfig) is still added.
   */
  hubConfig?: (leafPort: number) => string;
  /**
   * A cell server's own config lines (e.g. cellServerConfig() from @cellmesh/bus), given the address
   * (`127.0.0.1:<port>`) of its emulated WAN relay to the hub's leaf listener; `common` is added.
   */
  cellConfig: (cellId: string, relayAddress: string) => string;
}

export interface RunningCell {
  readonly id: string;
  server: RunningNatsServer;
  readonly relay: DelayRelay;
}

export interface RunningCellTopology {
  /** The hub server now (a new handle after restartHub()). */
  readonly hub: RunningNatsServer;
  readonly cells: ReadonlyMap<string, RunningCell>;
  /** Client URL of a cell's server. */
  urlOf(cellId: string): string;
  /** Number of leaf connections the hub has now. */
  leafCount(): Promise<number>;
  /** Waits until the hub has a leaf connection from every cell whose relay is not cut. */
  waitForLeafs(timeoutMs?: number): Promise<void>;
  /** Restarts one cell's server on its port and store (its leaf reconnects through the same relay). */
  restartCell(cellId: string): Promise<void>;
  /** Kills the hub server (a crash: every cell loses its WAN spoke at once). */
  killHub(): Promise<void>;
  /** Starts the hub again on its ports and store; the cells' leaf links reconnect by themselves. */
  restartHub(): Promise<void>;
  stop(): Promise<void>;
}

export async function startCellTopology(opts: CellTopologyOptions): Promise<RunningCellTopology> {
  if (opts.cells.length === 0) throw new Error('a cell topology needs at least one cell');
  const ids = new Set(opts.cells.map((c) => c.id));
  if (ids.size !== opts.cells.length) throw new Error(`cell ids must be unique: ${opts.cells.map((c) => c.id).join(', ')}`);
  const common = [opts.maxPayloadBytes ? `max_payload: ${opts.maxPayloadBytes}` : '', opts.extraConfig ?? ''].join('\n');
  // Both ports at once: two free-port probes in a row can return the same port.
  const [probedLeafPort, hubMonitorPort] = await freePorts(2);
  const leafPort = opts.leafPort ?? probedLeafPort!;
  let hub = await startNatsServer({
    jetstreamDomain: opts.hubDomain,
    // A fixed monitoring port, so the hub keeps it across a restart (the leaf count is read there).
    monitorPort: hubMonitorPort,
    extraConfig: [opts.hubConfig ? opts.hubConfig(leafPort) : [`server_name: cellmesh-hub`, `leafnodes { listen: "127.0.0.1:${leafPort}" }`].join('\n'), common].join('\n'),
  });
  const cells = new Map<string, RunningCell>();
  const stopAll = async () => {
    for (const cell of cells.values()) {
      await cell.relay.close();
      await cell.server.stop();
    }
    await hub.stop();
  };
  try {
    for (const spec of opts.cells) {
      const relay = await startDelayRelay({ targetPort: leafPort, oneWayDelayMs: spec.wanOneWayDelayMs });
      const extraConfig = [opts.cellConfig(spec.id, `127.0.0.1:${relay.port}`), common].join('\n');
      const server = await startNatsServer({ jetstreamDomain: spec.id, extraConfig });
      cells.set(spec.id, { id: spec.id, server, relay });
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  const leafCount = async () => {
    const res = await fetch(`http://127.0.0.1:${hubMonitorPort}/leafz`);
    const body = (await res.json()) as { leafnodes?: number };
    return body.leafnodes ?? 0;
  };
  const topology: RunningCellTopology = {
    get hub() {
      return hub;
    },
    cells,
    urlOf(cellId) {
      const cell = cells.get(cellId);
      if (!cell) throw new Error(`no cell ${JSON.stringify(cellId)} (cells: ${[...cells.keys()].join(', ')})`);
      return cell.server.url;
    },
    leafCount,
    async waitForLeafs(timeoutMs = opts.readyTimeoutMs ?? 20_000) {
      const deadline = Date.now() + timeoutMs;
      const wanted = () => [...cells.values()].filter((c) => !c.relay.isCut).length;
      while ((await leafCount()) < wanted()) {
        if (Date.now() > deadline) throw new Error(`the hub has ${await leafCount()} of ${wanted()} leaf connections after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async restartCell(cellId) {
      const cell = cells.get(cellId);
      if (!cell) throw new Error(`no cell ${JSON.stringify(cellId)}`);
      cell.server = await cell.server.restart();
    },
    async killHub() {
      await hub.kill();
    },
    async restartHub() {
      hub = await hub.restart();
    },
    stop: stopAll,
  };
  await topology.waitForLeafs();
  return topology;
}

/** `n` distinct free ports: every probe socket stays open until all are bound, so none is handed out twice. */
async function freePorts(n: number): Promise<number[]> {
  const servers = Array.from({ length: n }, () => createServer());
  const ports = await Promise.all(servers.map((srv) => new Promise<number>((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      resolve(typeof addr === 'object' && addr ? addr.port : 0);
    });
  })));
  await Promise.all(servers.map((srv) => new Promise<void>((resolve) => srv.close(() => resolve()))));
  return ports;
}
