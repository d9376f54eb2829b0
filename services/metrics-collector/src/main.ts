/** metrics-collector process entry: the only place that reads the environment. */
import { readFileSync } from 'node:fs';
import type { NatsConnection } from '@nats-io/transport-node';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { readConfigOrExit, natsUrls, token, int, durationMs, oneOf, optionalStr, securityConfig, natsSecurityOptions } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { runMain, systemClock, type ServiceHandle } from '@cellmesh/runtime';
import { createLogger, setupTracing, startProcessOps, DEFAULT_OPS_PORT, type OpsServer } from '@cellmesh/telemetry';
import { parseScenario } from '@cellmesh/scenario';
import { startMetricsCollector, SERVICE_NAME, type MetricsCollectorOptions } from './index';

const config = readConfigOrExit(
  process.env,
  {
    natsUrls: ['NATS_URL', natsUrls()],
    nodeId: ['CELLMESH_NODE_ID', token()],
    site: ['CELLMESH_SITE', optionalStr()],
    clusterId: ['CELLMESH_CLUSTER_ID', optionalStr()],
    publishIntervalMs: ['METRICS_PUBLISH_INTERVAL', durationMs({ default: 5_000, min: 50, max: 7_500 })],
    snapshotIntervalMs: ['METRICS_SNAPSHOT_INTERVAL', durationMs({ default: 10_000, min: 50, max: 60_000 })],
    probeIntervalMs: ['METRICS_PROBE_INTERVAL', durationMs({ default: 1_000, min: 10 })],
    probeTimeoutMs: ['METRICS_PROBE_TIMEOUT', durationMs({ default: 1_000, min: 1 })],
    probeNeighbours: ['METRICS_PROBE_NEIGHBOURS', int({ default: 8, min: 0, max: 64 })],
    throughputIntervalMs: ['METRICS_THROUGHPUT_INTERVAL', durationMs({ default: 30_000 })],
    scenarioFile: ['CELLMESH_SCENARIO_FILE', optionalStr()],
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
let ops: OpsServer | undefined;

let nc: NatsConnection | undefined;
/** Set once afterStop drains the connection: that close is the planned one, not a lost server. */
let draining = false;

void runMain({
  service: SERVICE_NAME,
  async start() {
    const { scenarioFile, logLevel: _logLevel, otlpEndpoint: _otlp, httpPort: _httpPort, security: _security, natsUrls: servers, nodeId, site, clusterId, ...intervals } = config;
    const options: MetricsCollectorOptions = {
      ...intervals,
      ...(site ? { site } : {}),
      ...(clusterId ? { clusterId } : {}),
      // A scenario file makes this process an EMULATED node (links, CPU, GPUs from the scenario).
      ...(scenarioFile ? { emulation: { scenario: parseScenario(readFileSync(scenarioFile, 'utf8')) } } : {}),
    };
    nc = await connectService({ servers, service: SERVICE_NAME, nodeId, logger, onClosed: () => draining || process.exit(1), ...natsSecurityOptions(config.security) });
    ops = await startProcessOps({ port: config.httpPort, registry, nc, services: () => hosted.map((h) => ({ name: h.name, nodeId: config.nodeId, state: h.state })) });
    logger.info({ url: `${ops.url}/metrics` }, 'operator endpoints: /metrics /healthz /readyz');
    // Least-privilege users cannot create streams: with security on, the operator provisions once as admin.
    if (config.security.provision) await provisionAll(nc);
    const handle = await startMetricsCollector({ nc, nodeId, logger, tracer: tracing.tracer, clock: systemClock }, options);
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
