import { trace } from '@opentelemetry/api';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Registry } from 'prom-client';
import type { Scenario } from '@cellmesh/scenario';
import type { Logger } from '@cellmesh/bus';
import { LeaseWatcher } from '@cellmesh/leases';
import type { MembershipEvent } from '@cellmesh/topology-ca';
import { startVirtualNode, type VirtualNode } from './node';

export interface FabricOptions {
  natsUrl: string;
  /** A connection of the host process (lease view shared by all its virtual nodes). */
  nc: NatsConnection;
  scenario: Scenario;
  logger: Logger;
  registry?: Registry;
  onMembershipChange?: (event: MembershipEvent) => void;
  onNodeStarted?: (node: VirtualNode, index: number) => void;
}

export interface Fabric {
  readonly nodes: readonly VirtualNode[];
  readonly leases: LeaseWatcher;
  stop(): Promise<void>;
}

/** Hosts every node of the scenario in this process, each with its own connection and services. */
export async function startFabric(opts: FabricOptions): Promise<Fabric> {
  const leases = await LeaseWatcher.open(opts.nc, { logger: opts.logger });
  const tracer = trace.getTracer('cellmesh');
  const nodes: VirtualNode[] = [];
  try {
    for (const [index, node] of opts.scenario.nodes.entries()) {
      const started = await startVirtualNode({ natsUrl: opts.natsUrl, scenario: opts.scenario, node, logger: opts.logger, tracer, leases, registry: opts.registry, onMembershipChange: opts.onMembershipChange });
      nodes.push(started);
      opts.onNodeStarted?.(started, index);
    }
  } catch (err) {
    for (const node of [...nodes].reverse()) await node.stop();
    leases.stop();
    throw err;
  }
  return {
    nodes,
    leases,
    async stop() {
      // Schedulers first so no new work is dispatched while workers drain.
      await Promise.all(nodes.map((n) => n.scheduler.stop({ graceMs: 2000 })));
      await Promise.all([...nodes].reverse().map((n) => n.stop()));
      leases.stop();
    },
  };
}
