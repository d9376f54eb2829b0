import type { NatsConnection } from '@nats-io/transport-node';
import type { Tracer } from '@opentelemetry/api';
import type { Registry } from 'prom-client';
import { createNodeMetrics } from '@cellmesh/telemetry';
import type { Scenario, ScenarioNode } from '@cellmesh/scenario';
import { connectService, type Logger } from '@cellmesh/bus';
import { systemClock, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import type { LeaseWatcher } from '@cellmesh/leases';
import { startMetricsCollector, type MetricsCollectorHandle } from '@cellmesh/metrics-collector';
import { startTopologyCa, type TopologyCaHandle, type MembershipEvent } from '@cellmesh/topology-ca';
import { startLeaderElection, type LeaderElectionHandle } from '@cellmesh/leader-election';
import { startDatastateCommitter } from '@cellmesh/datastate-committer';
import { startCpuWorker, type CpuWorkerHandle } from '@cellmesh/cpu-worker';
import { startGpuHubRunner, type GpuHubRunnerHandle } from '@cellmesh/gpu-hub-runner';
import { startPlacementScheduler, type PlacementSchedulerHandle } from '@cellmesh/placement-scheduler';

/** Timings for a demo fabric: faster than the production defaults so a newcomer sees it settle in seconds. */
export const DEMO_TIMINGS = {
  metricsPublishMs: 2000,
  metricsSnapshotMs: 3000,
  topologyRoundMs: 1000,
} as const;

export interface VirtualNodeOptions {
  /** One URL, or several separated by commas. */
  natsUrl: string;
  /** The cell the node belongs to (its server's JetStream domain); absent on one server. */
  cellId?: string;
  /** The scenario whose links the probe responder emulates. */
  scenario: Scenario;
  /** False on a real network (namespaces, hosts): probes measure the links as they are; CPU, memory and GPUs still come from the scenario (default true). */
  emulateLinks?: boolean;
  node: ScenarioNode;
  logger: Logger;
  tracer: Tracer;
  leases: LeaseWatcher;
  /** The process's metrics registry: each node's series carry its `node` label. */
  registry?: Registry;
  onMembershipChange?: (event: MembershipEvent) => void;
}

/** One virtual node: its own NATS connection and the seven services, as a real node would run them. */
export interface VirtualNode {
  readonly spec: ScenarioNode;
  readonly nc: NatsConnection;
  readonly metrics: MetricsCollectorHandle;
  readonly topology: TopologyCaHandle;
  readonly leader: LeaderElectionHandle;
  readonly scheduler: PlacementSchedulerHandle;
  readonly cpuWorker: CpuWorkerHandle;
  readonly gpuRunner?: GpuHubRunnerHandle;
  /** Every hosted service, in start order. */
  readonly services: readonly ServiceHandle[];
  stop(): Promise<void>;
}

/**
 * Starts a virtual node's services in dependency order: what measures first, then what organizes,
 * then what stores, then what executes, and the scheduler last (it needs all of them to be useful).
 * Links are emulated from the scenario by the metrics-collector's probe responder (labelled emulated);
 * everything above that is the production code path.
 */
export async function startVirtualNode(opts: VirtualNodeOptions): Promise<VirtualNode> {
  const { node, scenario } = opts;
  const logger = opts.logger.child({ nodeId: node.id });
  const nc = await connectService({ servers: opts.natsUrl.split(','), service: 'node', nodeId: node.id, logger });
  const deps: ServiceDeps = { nc, nodeId: node.id, logger, tracer: opts.tracer, clock: systemClock };
  // The collector probes from its own inbox (`_INBOX_metrics-collector_<node>`): responders answer a
  // probe only in the prober's own inbox, as in a deployment where each service has its own user.
  const collectorNc = await connectService({ servers: opts.natsUrl.split(','), service: 'metrics-collector', nodeId: node.id, logger });
  // One lease view per process (fencing checks at every writer) and one metrics registry, labelled by node.
  const shared = { leases: opts.leases, ...(opts.registry ? { metrics: createNodeMetrics(opts.registry, node.id) } : {}) };
  const services: ServiceHandle[] = [];
  const track = <H extends ServiceHandle>(h: H): H => {
    services.push(h);
    return h;
  };
  try {
    const metrics = track(await startMetricsCollector({ ...deps, nc: collectorNc }, {
      site: node.site,
      publishIntervalMs: DEMO_TIMINGS.metricsPublishMs,
      snapshotIntervalMs: DEMO_TIMINGS.metricsSnapshotMs,
      emulation: { scenario, links: opts.emulateLinks !== false },
    }));
    const topology = track(await startTopologyCa({ ...deps, leases: opts.leases }, {
      site: node.site,
      roundIntervalMs: DEMO_TIMINGS.topologyRoundMs,
      attributes: { cpuCores: node.cpuCores, gpus: node.gpus, vramMb: node.vramMb, uplinkMbps: node.uplinkMbps ?? 1000, relayLoadMbps: 0 },
      onMembershipChange: opts.onMembershipChange,
    }));
    const leader = track(await startLeaderElection({ ...deps, ...(shared.metrics ? { metrics: shared.metrics } : {}) }, {}));
    track(await startDatastateCommitter({ ...deps, ...shared }, {}));
    const cpuWorker = track(await startCpuWorker({ ...deps, ...shared }, { maxThreads: 1, maxQueuedTasks: 4 }));
    const gpuRunner = node.gpus > 0 ? track(await startGpuHubRunner({ ...deps, ...shared }, { device: { mode: 'emulated', gpus: node.gpus, vramMb: node.vramMb, gpuModel: node.gpuModel } })) : undefined;
    const scheduler = track(await startPlacementScheduler({ ...deps, ...shared }, { activation: 'root-leader', metricsIntervalMs: DEMO_TIMINGS.metricsPublishMs, ...(opts.cellId ? { cellId: opts.cellId } : {}) }));
    return {
      spec: node, nc, metrics, topology, leader, scheduler, cpuWorker, gpuRunner, services,
      async stop() {
        for (const handle of [...services].reverse()) await handle.stop({ graceMs: 2000 }).catch((err: Error) => logger.warn({ err: err.message, service: handle.name }, 'stop failed'));
        await nc.drain().catch(() => undefined);
        await collectorNc.drain().catch(() => undefined);
        shared.metrics?.remove();
      },
    };
  } catch (err) {
    for (const handle of [...services].reverse()) await handle.stop({ graceMs: 500 }).catch(() => undefined);
    await nc.close().catch(() => undefined);
    await collectorNc.close().catch(() => undefined);
    throw err;
  }
}
