/** metrics-collector process entry: the only place that reads the environment. */
import { readFileSync } from 'node:fs';
import { readConfigOrExit, int, durationMs, optionalStr } from '@cellmesh/config';
import { processConfigSpec, runServiceProcess } from '@cellmesh/runtime';
import { parseScenario } from '@cellmesh/scenario';
import { startMetricsCollector, SERVICE_NAME, type MetricsCollectorOptions } from './index';

const config = readConfigOrExit(
  process.env,
  {
    ...processConfigSpec,
    site: ['CELLMESH_SITE', optionalStr()],
    clusterId: ['CELLMESH_CLUSTER_ID', optionalStr()],
    publishIntervalMs: ['METRICS_PUBLISH_INTERVAL', durationMs({ default: 5_000, min: 50, max: 7_500 })],
    snapshotIntervalMs: ['METRICS_SNAPSHOT_INTERVAL', durationMs({ default: 10_000, min: 50, max: 60_000 })],
    probeIntervalMs: ['METRICS_PROBE_INTERVAL', durationMs({ default: 1_000, min: 10 })],
    probeTimeoutMs: ['METRICS_PROBE_TIMEOUT', durationMs({ default: 1_000, min: 1 })],
    probeNeighbours: ['METRICS_PROBE_NEIGHBOURS', int({ default: 8, min: 0, max: 64 })],
    throughputIntervalMs: ['METRICS_THROUGHPUT_INTERVAL', durationMs({ default: 30_000 })],
    scenarioFile: ['CELLMESH_SCENARIO_FILE', optionalStr()],
  },
  SERVICE_NAME,
);

const options: MetricsCollectorOptions = {
  publishIntervalMs: config.publishIntervalMs,
  snapshotIntervalMs: config.snapshotIntervalMs,
  probeIntervalMs: config.probeIntervalMs,
  probeTimeoutMs: config.probeTimeoutMs,
  probeNeighbours: config.probeNeighbours,
  throughputIntervalMs: config.throughputIntervalMs,
  ...(config.site ? { site: config.site } : {}),
  ...(config.clusterId ? { clusterId: config.clusterId } : {}),
  // A scenario file makes this process an EMULATED node (links, CPU, GPUs from the scenario).
  ...(config.scenarioFile ? { emulation: { scenario: parseScenario(readFileSync(config.scenarioFile, 'utf8')) } } : {}),
};

runServiceProcess({
  service: SERVICE_NAME,
  config,
  start: ({ deps }) => startMetricsCollector(deps, options),
});
