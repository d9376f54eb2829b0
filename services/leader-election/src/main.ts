/** leader-election process entry: the only place that reads the environment. */
import type { NatsConnection } from '@nats-io/transport-node';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { readConfigOrExit, natsUrls, token, durationMs, num, bool, oneOf, optionalStr, str, int, securityConfig, natsSecurityOptions } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { runMain, systemClock, type ServiceHandle } from '@cellmesh/runtime';
import { createLogger, createNodeMetrics, setupTracing, startProcessOps, DEFAULT_OPS_PORT, type OpsServer } from '@cellmesh/telemetry';
import { startLeaderElection, SERVICE_NAME, type LeaderElectionOptions } from './index';

const config = readConfigOrExit(
  process.env,
  {
    natsUrls: ['NATS_URL', natsUrls()],
    nodeId: ['CELLMESH_NODE_ID', token()],
    clusterId: ['CELLMESH_CLUSTER_ID', optionalStr()],
    staticMembers: ['LEADER_STATIC_MEMBERS', str({ default: '', pattern: /^([A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64})*)?$/, describe: 'comma-separated node ids' })],
    electRoot: ['LEADER_ELECT_ROOT', bool({ default: true })],
    eligible: ['LEADER_ELIGIBLE', bool({ default: true })],
    leaseDurationMs: ['LEADER_LEASE_DURATION', durationMs({ default: 9_000, min: 300 })],
    maxClockSkewMs: ['LEADER_MAX_CLOCK_SKEW', durationMs({ default: 1_000, min: 0 })],
    challengeMargin: ['LEADER_CHALLENGE_MARGIN', num({ default: 0.2, min: 0, max: 0.99 })],
    minTenureMs: ['LEADER_MIN_TENURE', durationMs({ default: 60_000, min: 0 })],
    maxHolderRttMs: ['LEADER_MAX_HOLDER_RTT', durationMs({ default: 200, min: 1 })],
    inputsRefreshMs: ['LEADER_INPUTS_REFRESH', durationMs({ default: 2_000, min: 10 })],
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
    const { natsUrls: servers, nodeId, clusterId, staticMembers } = config;
    const lease = { leaseDurationMs: config.leaseDurationMs, maxClockSkewMs: config.maxClockSkewMs };
    const options: LeaderElectionOptions = {
      ...(clusterId ? { clusterId } : {}),
      ...(staticMembers ? { staticMembers: staticMembers.split(',') } : {}),
      electRoot: config.electRoot,
      eligible: config.eligible,
      leader: { lease, stability: { challengeMargin: config.challengeMargin, minTenureMs: config.minTenureMs, maxHolderRttMs: config.maxHolderRttMs } },
      root: { lease },
      inputsRefreshMs: config.inputsRefreshMs,
    };
    nc = await connectService({ servers, service: SERVICE_NAME, nodeId, logger, onClosed: () => draining || process.exit(1), ...natsSecurityOptions(config.security) });
    ops = await startProcessOps({ port: config.httpPort, registry, nc, services: () => hosted.map((h) => ({ name: h.name, nodeId: config.nodeId, state: h.state })) });
    logger.info({ url: `${ops.url}/metrics` }, 'operator endpoints: /metrics /healthz /readyz');
    // Least-privilege users cannot create streams: with security on, the operator provisions once as admin.
    if (config.security.provision) await provisionAll(nc);
    const handle = await startLeaderElection({ nc, nodeId, logger, tracer: tracing.tracer, clock: systemClock, metrics: createNodeMetrics(registry, nodeId) }, options);
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
