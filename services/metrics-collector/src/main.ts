/** metrics-collector process entry: the only place that reads the environment. */
import { readFileSync } from 'node:fs';
import type { NatsConnection } from '@nats-io/transport-node';
import { readConfigOrExit, natsUrls, token, int, durationMs, oneOf, optionalStr } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { runMain, systemClock } from '@cellmesh/runtime';
import { createLogger, setupTracing } from '@cellmesh/telemetry';
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
    const { scenarioFile, logLevel: _logLevel, otlpEndpoint: _otlp, natsUrls: servers, nodeId, site, clusterId, ...intervals } = config;
    const options: MetricsCollectorOptions = {
      ...intervals,
      ...(site ? { site } : {}),
      ...(clusterId ? { clusterId } : {}),
      // A scenario file makes this process an EMULATED node (links, CPU, GPUs from the scenario).
      ...(scenarioFile ? { emulation: { scenario: parseScenario(readFileSync(scenarioFile, 'utf8')) } } : {}),
    };
    nc = await connectService({ servers, service: SERVICE_NAME, nodeId, logger, onClosed: () => process.exit(1) });
    await provisionAll(nc);
    return [await startMetricsCollector({ nc, nodeId, logger, tracer: tracing.tracer, clock: systemClock }, options)];
  },
  async afterStop() {
    await tracing.shutdown();
    await nc?.drain();
  },
});
