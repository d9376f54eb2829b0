/** topology-ca process entry: the only place that reads the environment. */
import { readFileSync } from 'node:fs';
import type { NatsConnection } from '@nats-io/transport-node';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { readConfigOrExit, natsUrls, token, int, durationMs, oneOf, optionalStr, securityConfig, natsSecurityOptions } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { LeaseWatcher } from '@cellmesh/leases';
import { runMain, systemClock, type ServiceHandle } from '@cellmesh/runtime';
import { createLogger, setupTracing, startProcessOps, DEFAULT_OPS_PORT, type OpsServer } from '@cellmesh/telemetry';
import { parseScenario } from '@cellmesh/scenario';
import { startTopologyCa, SERVICE_NAME, type TopologyCaOptions } from './index';

const config = readConfigOrExit(
  process.env,
  {
    natsUrls: ['NATS_URL', natsUrls()],
    nodeId: ['CELLMESH_NODE_ID', token()],
    site: ['CELLMESH_SITE', optionalStr()],
    roundIntervalMs: ['TOPOLOGY_ROUND_INTERVAL', durationMs({ default: 1_000, min: 10 })],
    livenessRounds: ['TOPOLOGY_LIVENESS_ROUNDS', int({ default: 3, min: 2, max: 100 })],
    peersRefreshMs: ['TOPOLOGY_PEERS_REFRESH', durationMs({ default: 2_000, min: 10 })],
    neighboursClosest: ['TOPOLOGY_NEIGHBOURS', int({ default: 16, min: 1, max: 64 })],
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
let leases: LeaseWatcher | undefined;

void runMain({
  service: SERVICE_NAME,
  async start() {
    const { natsUrls: servers, nodeId, site, scenarioFile, neighboursClosest, roundIntervalMs, livenessRounds, peersRefreshMs } = config;
    const options: TopologyCaOptions = {
      roundIntervalMs,
      livenessRounds,
      peersRefreshMs,
      neighbours: { closest: neighboursClosest },
      ...(site ? { site } : {}),
      // A scenario file makes this process an EMULATED node: its links come from the scenario.
      ...(scenarioFile ? { emulation: { scenario: parseScenario(readFileSync(scenarioFile, 'utf8')) } } : {}),
    };
    nc = await connectService({ servers, service: SERVICE_NAME, nodeId, logger, onClosed: () => draining || process.exit(1), ...natsSecurityOptions(config.security) });
    ops = await startProcessOps({ port: config.httpPort, registry, nc, services: () => hosted.map((h) => ({ name: h.name, nodeId: config.nodeId, state: h.state })) });
    logger.info({ url: `${ops.url}/metrics` }, 'operator endpoints: /metrics /healthz /readyz');
    // Least-privilege users cannot create streams: with security on, the operator provisions once as admin.
    if (config.security.provision) await provisionAll(nc);
    leases = await LeaseWatcher.open(nc, { logger });
    const handle = await startTopologyCa({ nc, nodeId, logger, tracer: tracing.tracer, clock: systemClock, leases }, options);
    hosted.push(handle);
    return [handle];
  },
  async afterStop() {
    await ops?.close();
    await leases?.stop();
    await tracing.shutdown();
    draining = true;
    await nc?.drain();
  },
});
