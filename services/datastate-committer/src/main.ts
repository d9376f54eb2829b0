/**
 * Process entry (one committer per process in deployment): env → options → connect → provision → start → signals.
 * The only file that reads process.env.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { readConfigOrExit, durationMs, int, natsSecurityOptions, natsUrls, oneOf, optionalStr, securityConfig, token } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { createLogger, createNodeMetrics, setupTracing, startProcessOps, DEFAULT_OPS_PORT, type OpsServer } from '@cellmesh/telemetry';
import { runMain, systemClock, type ServiceHandle } from '@cellmesh/runtime';
import { POLICY_NAMES, PolicyName, parsePolicyOverrides } from './core';
import { SERVICE_NAME, startDatastateCommitter } from './service';

const config = readConfigOrExit(
  process.env,
  {
    natsUrls: ['NATS_URL', natsUrls({ default: ['nats://127.0.0.1:4222'] })],
    nodeId: ['CELLMESH_NODE_ID', token()],
    logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error', 'silent'] as const, { default: 'info' })],
    otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
    httpPort: ['CELLMESH_HTTP_PORT', int({ min: 0, max: 65535, default: DEFAULT_OPS_PORT })],
    security: ['CELLMESH_SECURITY', securityConfig()],
    defaultPolicy: ['DATASTATE_POLICY', oneOf(POLICY_NAMES, { default: PolicyName.LastWriterWins })],
    policyOverrides: ['DATASTATE_POLICIES', optionalStr()],
    leaseTtlMs: ['DATASTATE_LEASE_TTL', durationMs({ default: 10_000, min: 200, max: 300_000 })],
    maxHotRooms: ['DATASTATE_HOT_ROOMS', int({ default: 1024, min: 1, max: 1_000_000 })],
    loadReportIntervalMs: ['DATASTATE_LOAD_REPORT_INTERVAL', durationMs({ default: 5_000, min: 100, max: 20_000 })],
  },
  SERVICE_NAME,
);

let overrides: ReturnType<typeof parsePolicyOverrides>;
try {
  overrides = parsePolicyOverrides(config.policyOverrides ?? '');
} catch (err) {
  process.stderr.write(`${SERVICE_NAME}: config error: DATASTATE_POLICIES: ${(err as Error).message}\n`);
  process.exit(78);
}

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
    nc = await connectService({
      servers: config.natsUrls, service: SERVICE_NAME, nodeId: config.nodeId, logger,
      // A connection closed for good (not by our own drain) exits, so the supervisor restarts the process.
      onClosed: () => draining || process.exit(1),
      ...natsSecurityOptions(config.security),
    });
    ops = await startProcessOps({ port: config.httpPort, registry, nc, services: () => hosted.map((h) => ({ name: h.name, nodeId: config.nodeId, state: h.state })) });
    logger.info({ url: `${ops.url}/metrics` }, 'operator endpoints: /metrics /healthz /readyz');
    // Least-privilege users cannot create streams: with security on, the operator provisions once as admin.
    if (config.security.provision) await provisionAll(nc);
    const committer = await startDatastateCommitter(
      { nc, nodeId: config.nodeId, logger, tracer: tracing.tracer, clock: systemClock, metrics: createNodeMetrics(registry, config.nodeId) },
      { policies: { default: config.defaultPolicy, ...overrides }, leaseTtlMs: config.leaseTtlMs, maxHotRooms: config.maxHotRooms, loadReportIntervalMs: config.loadReportIntervalMs },
    );
    hosted.push(committer);
    return [committer];
  },
  async afterStop() {
    await ops?.close();
    await tracing.shutdown();
    draining = true;
    await nc?.drain();
  },
});
