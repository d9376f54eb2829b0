import type { NatsConnection } from '@nats-io/transport-node';
import { trace } from '@opentelemetry/api';
import { codecs } from '@cellmesh/contracts';
import { connectService, openBucket, Buckets, keys, type Logger } from '@cellmesh/bus';
import { createServiceHandle, systemClock, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';

export interface VirtualNodeSpec {
  id: string;
  site?: string;
  cpuCores: number;
  gpus: number;
  vramMb: number;
}

export interface VirtualNode {
  spec: VirtualNodeSpec;
  nc: NatsConnection;
  services: ServiceHandle[];
}

export interface FabricOptions {
  natsUrl: string;
  nodes: VirtualNodeSpec[];
  logger: Logger;
  heartbeatEveryMs?: number;
}

export interface Fabric {
  nodes: VirtualNode[];
  stop(): Promise<void>;
}

/**
 * Hosts every virtual node in this process: one NATS connection per node (as a real node
 * would have), and each node's services started through their start()/stop() lifecycle.
 */
export async function startFabric(opts: FabricOptions): Promise<Fabric> {
  const nodes: VirtualNode[] = [];
  for (const spec of opts.nodes) {
    const logger = opts.logger.child({ nodeId: spec.id });
    const nc = await connectService({ servers: [opts.natsUrl], service: 'node', nodeId: spec.id, logger });
    const deps: ServiceDeps = { nc, nodeId: spec.id, logger, tracer: trace.getTracer('cellmesh'), clock: systemClock };
    const services = [await startRegistryHeartbeat(deps, spec, opts.heartbeatEveryMs ?? 1000)];
    nodes.push({ spec, nc, services });
  }
  return {
    nodes,
    async stop() {
      for (const node of [...nodes].reverse()) {
        for (const handle of [...node.services].reverse()) await handle.stop({ graceMs: 2000 });
        await node.nc.drain().catch(() => undefined);
      }
    },
  };
}

/** The node registry: each node's heartbeat in the cm_nodes bucket (entries expire with the bucket TTL). */
async function startRegistryHeartbeat(deps: ServiceDeps, spec: VirtualNodeSpec, everyMs: number): Promise<ServiceHandle> {
  const kv = await openBucket(deps.nc, Buckets.Nodes);
  const startedAtMs = deps.clock.now();
  const beat = async () => {
    const bytes = codecs.NodeMetrics.encode({ nodeId: spec.id, site: spec.site ?? '', cpuCores: spec.cpuCores, startedAtMs, sampledAtMs: deps.clock.now(), emulated: true });
    await kv.put(keys.node(spec.id), bytes).catch((err: Error) => deps.logger.warn({ err: err.message }, 'heartbeat failed'));
  };
  await beat();
  const timer = setInterval(() => void beat(), everyMs);
  return createServiceHandle('registry-heartbeat', async () => {
    clearInterval(timer);
    await kv.delete(keys.node(spec.id)).catch(() => undefined);
  });
}
