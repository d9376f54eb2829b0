/** cpu-worker process entry: the only place that reads the environment. */
import type { NatsConnection } from '@nats-io/transport-node';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { readConfigOrExit, natsUrls, token, int, durationMs, oneOf, optionalStr, securityConfig, natsSecurityOptions } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { runMain, systemClock, type ServiceHandle } from '@cellmesh/runtime';
import { createLogger, createNodeMetrics, setupTracing, startProcessOps, DEFAULT_OPS_PORT, type OpsServer } from '@cellmesh/telemetry';
import { startCpuWorker, SERVICE_NAME } from './index';

const config = readConfigOrExit(
  process.env,
  {
    natsUrls: ['NATS_URL', natsUrls()],
    nodeId: ['CELLMESH_NODE_ID', token()],
    maxThreads: ['CPU_WORKER_MAX_THREADS', int({ min: 0, default: 0 })],
    maxTaskMs: ['CPU_WORKER_MAX_TASK_TIME', durationMs({ default: 60_000 })],
    httpPort: ['CELLMESH_HTTP_PORT', int({ min: 0, max: 65535, default: DEFAULT_OPS_PORT })],
    security: ['CELLMESH_SECURITY', securityConfig()],
    logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error'] as const, { default: 'info' })],
    otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
  },
  SERVICE_NAME,
);

const logger = createLogger({ service: SERVICE_NAME, nodeId: config.nodeId, level: config.logLevel });
const tracing = setupTracing({ serviceName: SERVICE_NAME, otlpEndpoint: config.otlpEndpoint });
const registry = new Registry();
collectDefaultMetrics({ register: registry });
const hosted: ServiceHandle[] = [];

let nc: NatsConnection | undefined;
/** Set once afterStop drains the connection: that close is the planned one, not a lost server. */
let draining = false;
let ops: OpsServer | undefined;

void runMain({
  service: SERVICE_NAME,
  async start() {
    nc = await connectService({ servers: config.natsUrls, service: SERVICE_NAME, nodeId: config.nodeId, logger, onClosed: () => draining || process.exit(1), ...natsSecurityOptions(config.security) });
    ops = await startProcessOps({ port: config.httpPort, registry, nc, services: () => hosted.map((h) => ({ name: h.name, nodeId: config.nodeId, state: h.state })) });
    logger.info({ url: `${ops.url}/metrics` }, 'operator endpoints: /metrics /healthz /readyz');
    // Least-privilege users cannot create streams: with security on, the operator provisions once as admin.
    if (config.security.provision) await provisionAll(nc);
    const handle = await startCpuWorker(
      { nc, nodeId: config.nodeId, logger, tracer: tracing.tracer, clock: systemClock, metrics: createNodeMetrics(registry, config.nodeId) },
      { maxThreads: config.maxThreads || undefined, maxTaskMs: config.maxTaskMs },
    );
    hosted.push(handle);
    return [handle];
  },
  async afterStop() {
    await ops?.close();
    await tracing.shutdown();
    draining = true;
    await nc?.drain();
  },
});
