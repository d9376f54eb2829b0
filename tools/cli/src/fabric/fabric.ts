import { trace } from '@opentelemetry/api';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Registry } from 'prom-client';
import type { Scenario } from '@cellmesh/scenario';
import type { Logger } from '@cellmesh/bus';
import { LeaseWatcher } from '@cellmesh/leases';
import type { MembershipEvent } from '@cellmesh/topology-ca';
import { startVirtualNode, type VirtualNode, type VirtualNodeOptions } from './node';

/** A cell as the host process sees it: its server and the host's own connection to it. */
export interface HostedCell {
  id: string;
  url: string;
  /** A connection of the host process to the cell's server (the cell's lease view, shared by its nodes). */
  nc: NatsConnection;
}

export interface FabricOptions {
  /** One cell (topology single) or one per site (cells); every node connects to its own cell's server. */
  cells: readonly HostedCell[];
  cellOfNode(nodeId: string): { id: string };
  /** True in the cells topology: each cell's scheduler advertises its cell and spills what it cannot serve. */
  cellsTopology?: boolean;
  scenario: Scenario;
  /** What the probe responders emulate (default: the scenario itself). */
  emulation?: Scenario;
  logger: Logger;
  registry?: Registry;
  onMembershipChange?: (event: MembershipEvent) => void;
  onNodeStarted?: (node: VirtualNode, index: number) => void;
  /** `up --secure`: each service of each node connects as its own generated user. */
  credentialsOf?: VirtualNodeOptions['credentialsOf'];
}

export interface Fabric {
  readonly nodes: readonly VirtualNode[];
  /** Each cell's lease view (leases live in the cell's own JetStream domain). */
  readonly leasesByCell: ReadonlyMap<string, LeaseWatcher>;
  stop(): Promise<void>;
}

/** Hosts every node of the scenario in this process, each with its own connection and services. */
export async function startFabric(opts: FabricOptions): Promise<Fabric> {
  const leasesByCell = new Map<string, LeaseWatcher>();
  for (const cell of opts.cells) leasesByCell.set(cell.id, await LeaseWatcher.open(cell.nc, { logger: opts.logger }));
  const cellById = new Map(opts.cells.map((c) => [c.id, c]));
  const stopLeases = () => {
    for (const l of leasesByCell.values()) l.stop();
  };
  const tracer = trace.getTracer('cellmesh');
  const nodes: VirtualNode[] = [];
  try {
    for (const [index, node] of opts.scenario.nodes.entries()) {
      const cellId = opts.cellOfNode(node.id).id;
      const cell = cellById.get(cellId)!;
      const started = await startVirtualNode({
        natsUrl: cell.url, ...(opts.cellsTopology ? { cellId } : {}), scenario: opts.emulation ?? opts.scenario, node, logger: opts.logger, tracer, leases: leasesByCell.get(cellId)!,
        registry: opts.registry, onMembershipChange: opts.onMembershipChange, ...(opts.credentialsOf ? { credentialsOf: opts.credentialsOf } : {}),
      });
      nodes.push(started);
      opts.onNodeStarted?.(started, index);
    }
  } catch (err) {
    for (const node of [...nodes].reverse()) await node.stop();
    stopLeases();
    throw err;
  }
  return {
    nodes,
    leasesByCell,
    async stop() {
      // Schedulers first so no new work is dispatched while workers drain.
      await Promise.all(nodes.map((n) => n.scheduler.stop({ graceMs: 2000 })));
      await Promise.all([...nodes].reverse().map((n) => n.stop()));
      stopLeases();
    },
  };
}
