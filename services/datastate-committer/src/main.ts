/**
 * Process entry (one committer per process in deployment): env → options → connect → provision → start → signals.
 * The only file that reads process.env.
 */
import { readConfigOrExit, durationMs, int, natsUrls, oneOf, optionalStr, token } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { createLogger, setupTracing } from '@cellmesh/telemetry';
import { runMain, systemClock } from '@cellmesh/runtime';
import { POLICY_NAMES, PolicyName, parsePolicyOverrides } from './core';
import { SERVICE_NAME, startDatastateCommitter } from './service';

const config = readConfigOrExit(
  process.env,
  {
    natsUrls: ['NATS_URL', natsUrls({ default: ['nats://127.0.0.1:4222'] })],
    nodeId: ['NODE_ID', token()],
    logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error', 'silent'] as const, { default: 'info' })],
    otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
    credsFile: ['NATS_CREDS', optionalStr()],
    defaultPolicy: ['DATASTATE_POLICY', oneOf(POLICY_NAMES, { default: PolicyName.LastWriterWins })],
    policyOverrides: ['DATASTATE_POLICIES', optionalStr()],
    leaseTtlMs: ['DATASTATE_LEASE_TTL', durationMs({ default: 10_000, min: 200, max: 300_000 })],
    maxHotRooms: ['DATASTATE_HOT_ROOMS', int({ default: 1024, min: 1, max: 1_000_000 })],
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

const afterStopHooks: (() => Promise<void>)[] = [];
let draining = false;

void runMain({
  service: SERVICE_NAME,
  async start() {
    const nc = await connectService({
      servers: config.natsUrls, service: SERVICE_NAME, nodeId: config.nodeId, logger, credsFile: config.credsFile,
      // A connection closed for good (not by our own drain) exits, so the supervisor restarts the process.
      onClosed: () => {
        if (!draining) process.exit(1);
      },
    });
    await provisionAll(nc);
    const committer = await startDatastateCommitter(
      { nc, nodeId: config.nodeId, logger, tracer: tracing.tracer, clock: systemClock },
      { policies: { default: config.defaultPolicy, ...overrides }, leaseTtlMs: config.leaseTtlMs, maxHotRooms: config.maxHotRooms },
    );
    afterStopHooks.push(async () => {
      await tracing.shutdown();
      draining = true;
      await nc.drain();
    });
    return [committer];
  },
  afterStop: async () => {
    for (const hook of afterStopHooks) await hook();
  },
});
