import type { NatsConnection } from '@nats-io/transport-node';
import type { Tracer } from '@opentelemetry/api';
import type { Registry } from 'prom-client';
import { createNodeMetrics } from '@cellmesh/telemetry';
import type { Scenario, ScenarioNode } from '@cellmesh/scenario';
import { connectService, type Logger, type ServiceConnectionOptions } from '@cellmesh/bus';
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
  /**
   * `up --secure`: the credentials of a generated user (`<service>@<nodeId>`: its seed and the CA). Then each
   * service connects as its own user, as in a deployment; without it the node's services share one connection.
   */
  credentialsOf?: (service: string, nodeId: string) => Pick<ServiceConnectionOptions, 'service' | 'nodeId' | 'nkeySeedFile' | 'tls'>;
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
  const servers = opts.natsUrl.split(',');
  const connections: NatsConnection[] = [];
  const open = async (service: string): Promise<NatsConnection> => {
    const c = await connectService({ servers, service, nodeId: node.id, logger, ...(opts.credentialsOf ? opts.credentialsOf(service, node.id) : {}) });
    connections.push(c);
    return c;
  };
  const secure = opts.credentialsOf !== undefined;
  const nc = await open(secure ? 'topology-ca' : 'node');
  const deps: ServiceDeps = { nc, nodeId: node.id, logger, tracer: opts.tracer, clock: systemClock };
  // With --secure every service is its own user on its own connection; otherwise they share the node's one.
  const depsOf = async (service: string): Promise<ServiceDeps> => (secure && service !== 'topology-ca' ? { ...deps, nc: await open(service) } : deps);
  // The collector probes from its own inbox (`_INBOX_metrics-collector_<node>`): responders answer a
  // probe only in the prober's own inbox, as in a deployment where each service has its own user.
  const collectorNc = await open('metrics-collector');
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
    const leader = track(await startLeaderElection({ ...(await depsOf('leader-election')), ...(shared.metrics ? { metrics: shared.metrics } : {}) }, {}));
    track(await startDatastateCommitter({ ...(await depsOf('datastate-committer')), ...shared }, {}));
    const cpuWorker = track(await startCpuWorker({ ...(await depsOf('cpu-worker')), ...shared }, { maxThreads: 1, maxQueuedTasks: 4 }));
    const gpuRunner = node.gpus > 0 ? track(await startGpuHubRunner({ ...(await depsOf('gpu-hub-runner')), ...shared }, { device: { mode: 'emulated', gpus: node.gpus, vramMb: node.vramMb, gpuModel: node.gpuModel } })) : undefined;
    const scheduler = track(await startPlacementScheduler({ ...(await depsOf('placement-scheduler')), ...shared }, { activation: 'root-leader', metricsIntervalMs: DEMO_TIMINGS.metricsPublishMs, ...(opts.cellId ? { cellId: opts.cellId } : {}) }));
    return {
      spec: node, nc, metrics, topology, leader, scheduler, cpuWorker, gpuRunner, services,
      async stop() {
        for (const handle of [...services].reverse()) await handle.stop({ graceMs: 2000 }).catch((err: Error) => logger.warn({ err: err.message, service: handle.name }, 'stop failed'));
        for (const c of connections) await c.drain().catch(() => undefined);
        shared.metrics?.remove();
      },
    };
  } catch (err) {
    for (const handle of [...services].reverse()) await handle.stop({ graceMs: 500 }).catch(() => undefined);
    for (const c of connections) await c.close().catch(() => undefined);
    throw err;
  }
}
