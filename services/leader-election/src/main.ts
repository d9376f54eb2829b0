/** leader-election process entry: the only place that reads the environment. */
import type { NatsConnection } from '@nats-io/transport-node';
import { readConfigOrExit, natsUrls, token, durationMs, num, bool, oneOf, optionalStr, str } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { runMain, systemClock } from '@cellmesh/runtime';
import { createLogger, setupTracing } from '@cellmesh/telemetry';
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
    nc = await connectService({ servers, service: SERVICE_NAME, nodeId, logger, onClosed: () => process.exit(1) });
    await provisionAll(nc);
    return [await startLeaderElection({ nc, nodeId, logger, tracer: tracing.tracer, clock: systemClock }, options)];
  },
  async afterStop() {
    await tracing.shutdown();
    await nc?.drain();
  },
});
