/** cpu-worker process entry: the only place that reads the environment. */
import type { NatsConnection } from '@nats-io/transport-node';
import { readConfigOrExit, natsUrls, token, int, durationMs, oneOf, optionalStr } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { runMain, systemClock } from '@cellmesh/runtime';
import { createLogger, setupTracing } from '@cellmesh/telemetry';
import { startCpuWorker, SERVICE_NAME } from './index';

const config = readConfigOrExit(
  process.env,
  {
    natsUrls: ['NATS_URL', natsUrls()],
    nodeId: ['CELLMESH_NODE_ID', token()],
    maxThreads: ['CPU_WORKER_MAX_THREADS', int({ min: 0, default: 0 })],
    maxTaskMs: ['CPU_WORKER_MAX_TASK_TIME', durationMs({ default: 60_000 })],
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
    const handle = await startCpuWorker(
      { nc, nodeId: config.nodeId, logger, tracer: tracing.tracer, clock: systemClock },
      { maxThreads: config.maxThreads || undefined, maxTaskMs: config.maxTaskMs },
    );
    return [handle];
  },
  async afterStop() {
    await tracing.shutdown();
    await nc?.drain();
  },
});
