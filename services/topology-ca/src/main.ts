/** topology-ca process entry: the only place that reads the environment. */
import { readFileSync } from 'node:fs';
import type { NatsConnection } from '@nats-io/transport-node';
import { readConfigOrExit, natsUrls, token, int, durationMs, oneOf, optionalStr } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { LeaseWatcher } from '@cellmesh/leases';
import { runMain, systemClock } from '@cellmesh/runtime';
import { createLogger, setupTracing } from '@cellmesh/telemetry';
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
    logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error'] as const, { default: 'info' })],
    otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
  },
  SERVICE_NAME,
);

const logger = createLogger({ service: SERVICE_NAME, nodeId: config.nodeId, level: config.logLevel });
const tracing = setupTracing({ serviceName: SERVICE_NAME, otlpEndpoint: config.otlpEndpoint });

let nc: NatsConnection | undefined;
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
    nc = await connectService({ servers, service: SERVICE_NAME, nodeId, logger, onClosed: () => process.exit(1) });
    await provisionAll(nc);
    leases = await LeaseWatcher.open(nc, { logger });
    return [await startTopologyCa({ nc, nodeId, logger, tracer: tracing.tracer, clock: systemClock, leases }, options)];
  },
  async afterStop() {
    await leases?.stop();
    await tracing.shutdown();
    await nc?.drain();
  },
});
