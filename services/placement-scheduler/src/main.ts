/** placement-scheduler process entry: the only place that reads the environment. */
import { readFileSync } from 'node:fs';
import { readConfigOrExit, int, durationMs, oneOf, optionalStr } from '@cellmesh/config';
import { parseWeightsOverride, type WeightsTable } from '@cellmesh/placement-core';
import { processConfigSpec, runServiceProcess } from '@cellmesh/runtime';
import { startPlacementScheduler, SERVICE_NAME } from './index';

const config = readConfigOrExit(
  process.env,
  {
    ...processConfigSpec,
    activation: ['SCHEDULER_ACTIVATION', oneOf(['always', 'root-leader'] as const, { default: 'root-leader' })],
    /** Which lease activates a root-leader scheduler: the root's (one per fabric) or its own cluster's (one per cell). */
    activationScope: ['SCHEDULER_ACTIVATION_SCOPE', oneOf(['root', 'cluster'] as const, { default: 'root' })],
    /** This node's cluster (cell) for the cluster scope; learnt from topology when unset. */
    clusterId: ['SCHEDULER_CLUSTER_ID', optionalStr()],
    metricsIntervalMs: ['METRICS_PUBLISH_INTERVAL', durationMs({ default: 5_000 })],
    missedHeartbeats: ['SCHEDULER_MISSED_HEARTBEATS', int({ min: 1, default: 3 })],
    gpuWaitQueueCapacity: ['SCHEDULER_GPU_QUEUE_CAPACITY', int({ min: 0, default: 256 })],
    gpuSlotsPerGpu: ['SCHEDULER_GPU_SLOTS_PER_GPU', int({ min: 1, default: 4 })],
    maxAttempts: ['SCHEDULER_MAX_ATTEMPTS', int({ min: 1, default: 3 })],
    /** A weights override tried first with `cellmesh whatif --weights` (docs/what-if.md). */
    weightsFile: ['SCHEDULER_WEIGHTS_FILE', optionalStr()],
  },
  SERVICE_NAME,
);

let weights: WeightsTable | undefined;
if (config.weightsFile) {
  try {
    weights = parseWeightsOverride(readFileSync(config.weightsFile, 'utf8'));
  } catch (err) {
    process.stderr.write(`${SERVICE_NAME}: config error: SCHEDULER_WEIGHTS_FILE=${JSON.stringify(config.weightsFile)}: ${(err as Error).message}\n`);
    process.exit(78);
  }
}

runServiceProcess({
  service: SERVICE_NAME,
  config,
  start: ({ deps, metrics }) =>
    startPlacementScheduler(
      { ...deps, metrics },
      {
        activation: config.activation,
        activationScope: config.activationScope,
        ...(config.clusterId ? { clusterId: config.clusterId } : {}),
        metricsIntervalMs: config.metricsIntervalMs,
        missedHeartbeats: config.missedHeartbeats,
        gpuWaitQueueCapacity: config.gpuWaitQueueCapacity,
        gpuSlotsPerGpu: config.gpuSlotsPerGpu,
        maxAttempts: config.maxAttempts,
        ...(weights ? { weights } : {}),
      },
    ),
});
