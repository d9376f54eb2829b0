/**
 * The fabric the pipeline bench drives: virtual nodes hosting the same six services, options and
 * demo timings as `cellmesh up --topology single` (tools/cli/src/fabric/node.ts; a bench may not
 * import a tool, so the start order is repeated here), on one LAN site so every node is a
 * candidate. The knobs are the issue 22 headroom changes, so one run can measure before and after.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { Tracer } from '@opentelemetry/api';
import { connectService, silentLogger } from '@cellmesh/bus';
import { systemClock, type ServiceDeps, type ServiceHandle } from '@cellmesh/runtime';
import { LeaseWatcher, ROOT_CLUSTER_ID } from '@cellmesh/leases';
import type { Scenario, ScenarioNode } from '@cellmesh/scenario';
import { startMetricsCollector } from '@cellmesh/metrics-collector';
import { startTopologyCa } from '@cellmesh/topology-ca';
import { startLeaderElection } from '@cellmesh/leader-election';
import { startDatastateCommitter } from '@cellmesh/datastate-committer';
import { startCpuWorker } from '@cellmesh/cpu-worker';
import { startPlacementScheduler, type PlacementSchedulerHandle } from '@cellmesh/placement-scheduler';
import { waitFor } from '@cellmesh/testing';

/** `cellmesh up`'s demo timings (DEMO_TIMINGS in tools/cli/src/fabric/node.ts). */
const DEMO_TIMINGS = { metricsPublishMs: 2000, metricsSnapshotMs: 3000, topologyRoundMs: 1000 } as const;

export interface BenchFabricOptions {
  natsUrl: string;
  /** Node ids are `<prefix>-<i>`: each variant of a run gets fresh ids on the same server. */
  prefix: string;
  nodes: number;
  tracer: Tracer;
  /** nats.js async stack traces on every service connection (the nats.js default; off since issue 22). */
  asyncTraces: boolean;
  /** cpu-worker dispatches held beyond the running one (up runs 1 thread, so the default is 1). */
  maxQueuedTasks?: number;
}

export interface BenchFabric {
  readonly nodeIds: readonly string[];
  readonly rootScheduler: PlacementSchedulerHandle;
  stop(): Promise<void>;
}

/** One site, 0.3 ms LAN links, 4 cores per node: placement has real candidates and no WAN in the way. */
export function lanScenario(prefix: string, count: number): Scenario {
  const nodes: ScenarioNode[] = Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, cpuCores: 4, gpus: 0, vramMb: 0, site: 'bench-lan', memoryMb: 8192 }));
  return {
    nodes,
    rttMs: (i, j) => (i === j ? 0 : 0.3),
    bandwidthMbps: () => 1000,
    jitterMs: () => 0,
    lossRatio: () => 0,
    indexOf: (id) => nodes.findIndex((n) => n.id === id),
  };
}

export async function startBenchFabric(opts: BenchFabricOptions): Promise<BenchFabric> {
  const logger = silentLogger;
  const scenario = lanScenario(opts.prefix, opts.nodes);
  const admin = await connectService({ servers: [opts.natsUrl], service: 'bench', nodeId: `${opts.prefix}-admin`, logger, asyncTraces: opts.asyncTraces });
  const leases = await LeaseWatcher.open(admin, { logger });
  const connections: NatsConnection[] = [admin];
  const services: ServiceHandle[] = [];
  const schedulers: { nodeId: string; handle: PlacementSchedulerHandle }[] = [];
  const stop = async () => {
    await Promise.all(schedulers.map((s) => s.handle.stop({ graceMs: 1000 }).catch(() => undefined)));
    for (const handle of [...services].reverse()) await handle.stop({ graceMs: 1000 }).catch(() => undefined);
    leases.stop();
    await Promise.all(connections.map((nc) => nc.drain().catch(() => undefined)));
  };
  try {
    for (const node of scenario.nodes) {
      const nc = await connectService({ servers: [opts.natsUrl], service: 'node', nodeId: node.id, logger, asyncTraces: opts.asyncTraces });
      connections.push(nc);
      const deps: ServiceDeps = { nc, nodeId: node.id, logger, tracer: opts.tracer, clock: systemClock };
      const track = <H extends ServiceHandle>(h: H): H => (services.push(h), h);
      track(await startMetricsCollector(deps, { site: node.site, publishIntervalMs: DEMO_TIMINGS.metricsPublishMs, snapshotIntervalMs: DEMO_TIMINGS.metricsSnapshotMs, emulation: { scenario } }));
      track(await startTopologyCa({ ...deps, leases }, {
        site: node.site,
        roundIntervalMs: DEMO_TIMINGS.topologyRoundMs,
        attributes: { cpuCores: node.cpuCores, gpus: 0, vramMb: 0, uplinkMbps: 1000, relayLoadMbps: 0 },
      }));
      track(await startLeaderElection(deps, {}));
      track(await startDatastateCommitter({ ...deps, leases }, {}));
      track(await startCpuWorker({ ...deps, leases }, { maxThreads: 1, ...(opts.maxQueuedTasks !== undefined ? { maxQueuedTasks: opts.maxQueuedTasks } : {}) }));
      const handle = await startPlacementScheduler({ ...deps, leases }, { activation: 'root-leader', metricsIntervalMs: DEMO_TIMINGS.metricsPublishMs });
      schedulers.push({ nodeId: node.id, handle });
    }
    // Ready once the root lease is held by one of this variant's nodes and its scheduler has heard them all.
    const rootScheduler = await waitFor(`a root scheduler of ${opts.prefix} that knows all ${opts.nodes} nodes`, () => {
      const lease = leases.currentLeader(ROOT_CLUSTER_ID);
      const holder = schedulers.find((s) => s.nodeId === lease?.holder);
      return lease?.state === 'held' && holder?.handle.active && holder.handle.nodesKnown >= opts.nodes ? holder.handle : undefined;
    }, 90_000);
    return { nodeIds: scenario.nodes.map((n) => n.id), rootScheduler, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
