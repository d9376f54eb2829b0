/** placement-scheduler process entry: the only place that reads the environment. */
import type { NatsConnection } from '@nats-io/transport-node';
import { readConfigOrExit, natsUrls, token, int, durationMs, oneOf, optionalStr } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { runMain, systemClock } from '@cellmesh/runtime';
import { createLogger, setupTracing } from '@cellmesh/telemetry';
import { startPlacementScheduler, SERVICE_NAME } from './index';

const config = readConfigOrExit(
  process.env,
  {
    natsUrls: ['NATS_URL', natsUrls()],
    nodeId: ['CELLMESH_NODE_ID', token()],
    activation: ['SCHEDULER_ACTIVATION', oneOf(['always', 'root-leader'] as const, { default: 'root-leader' })],
    metricsIntervalMs: ['METRICS_PUBLISH_INTERVAL', durationMs({ default: 5_000 })],
    missedHeartbeats: ['SCHEDULER_MISSED_HEARTBEATS', int({ min: 1, default: 3 })],
    gpuWaitQueueCapacity: ['SCHEDULER_GPU_QUEUE_CAPACITY', int({ min: 0, default: 256 })],
    gpuSlotsPerGpu: ['SCHEDULER_GPU_SLOTS_PER_GPU', int({ min: 1, default: 4 })],
    maxAttempts: ['SCHEDULER_MAX_ATTEMPTS', int({ min: 1, default: 3 })],
    logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error'] as const, { default: 'info' })],
    otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
  },
  SERVICE_NAME,
);

const logger = createLogger({ service: SERVICE_NAME, nodeId: config.nodeId, level: config.logLevel });
const tracing = setupTracing({ serviceName: SERVICE_NAME, otlpEndpoint: config.otlpEndpoint });

let nc: NatsConnection | undefined;

void runMain({
  service: SERVICE_NAME,
  async start() {
    nc = await connectService({ servers: config.natsUrls, service: SERVICE_NAME, nodeId: config.nodeId, logger, onClosed: () => process.exit(1) });
    await provisionAll(nc);
    const handle = await startPlacementScheduler(
      { nc, nodeId: config.nodeId, logger, tracer: tracing.tracer, clock: systemClock },
      {
        activation: config.activation,
        metricsIntervalMs: config.metricsIntervalMs,
        missedHeartbeats: config.missedHeartbeats,
        gpuWaitQueueCapacity: config.gpuWaitQueueCapacity,
        gpuSlotsPerGpu: config.gpuSlotsPerGpu,
        maxAttempts: config.maxAttempts,
      },
    );
    return [handle];
  },
  async afterStop() {
    await tracing.shutdown();
    await nc?.drain();
  },
});
