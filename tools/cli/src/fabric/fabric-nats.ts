import { startCellTopology, type DelayRelay, type RunningCellTopology } from '@cellmesh/testing';
import type { Scenario } from '@cellmesh/scenario';
import { HUB_DOMAIN, cellServerConfig } from '@cellmesh/bus';
import { resolveNats, FABRIC_MAX_PAYLOAD_BYTES } from './embedded-nats';
import { guardChildProcess } from './processes';
import { planCells, type CellPlan } from './cell-plan';

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
  stop(): Promise<void>;
}

/**
 * `single`: NATS_URL when given, else one embedded `nats-server -js`. `cells`: a hub server and one
 * server per site with its own JetStream domain, each linked to the hub by a leaf connection through
 * an EMULATED WAN relay (delay = half the scenario's site-to-hub RTT × wanScale).
 */
export async function startFabricNats(scenario: Scenario, opts: { topology: TopologyMode; wanScale: number; natsUrl?: string }): Promise<FabricNats> {
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
  const topo: RunningCellTopology = await startCellTopology({
    cells: plan.cells.map((c) => ({ id: c.id, wanOneWayDelayMs: c.wanOneWayDelayMs })), hubDomain: HUB_DOMAIN, maxPayloadBytes: FABRIC_MAX_PAYLOAD_BYTES,
    cellConfig: (id, relay) => cellServerConfig(id, `nats-leaf://${relay}`),
  });
  // Killed on every exit path of this process, like the single embedded server.
  const releases = [guardChildProcess(topo.hub.pid, 'hub nats-server'), ...[...topo.cells.values()].map((c) => guardChildProcess(c.server.pid, `nats-server of cell ${c.id}`))];
  const cells: FabricCell[] = plan.cells.map((c) => ({ id: c.id, url: topo.urlOf(c.id), nodes: c.nodes, wanOneWayDelayMs: c.wanOneWayDelayMs }));
  const byNode = new Map(cells.flatMap((c) => c.nodes.map((n) => [n, c] as const)));
  return {
    topology: 'cells',
    cells,
    hubUrl: topo.hub.url,
    hubSite: plan.hubSite,
    banner: [
      `nats: cells topology — hub (JetStream domain hub, at site ${plan.hubSite}) at ${topo.hub.url}, ${cells.length} cells, temp stores removed on exit`,
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
    },
  };
}
