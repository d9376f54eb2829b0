/** topology-ca process entry: the only place that reads the environment. */
import { readFileSync } from 'node:fs';
import { readConfigOrExit, int, durationMs, optionalStr } from '@cellmesh/config';
import { LeaseWatcher } from '@cellmesh/leases';
import { processConfigSpec, runServiceProcess } from '@cellmesh/runtime';
import { parseScenario } from '@cellmesh/scenario';
import { startTopologyCa, SERVICE_NAME, type TopologyCaOptions } from './index';

const config = readConfigOrExit(
  process.env,
  {
    ...processConfigSpec,
    site: ['CELLMESH_SITE', optionalStr()],
    roundIntervalMs: ['TOPOLOGY_ROUND_INTERVAL', durationMs({ default: 1_000, min: 10 })],
    livenessRounds: ['TOPOLOGY_LIVENESS_ROUNDS', int({ default: 3, min: 2, max: 100 })],
    peersRefreshMs: ['TOPOLOGY_PEERS_REFRESH', durationMs({ default: 2_000, min: 10 })],
    neighboursClosest: ['TOPOLOGY_NEIGHBOURS', int({ default: 16, min: 1, max: 64 })],
    scenarioFile: ['CELLMESH_SCENARIO_FILE', optionalStr()],
  },
  SERVICE_NAME,
);

const options: TopologyCaOptions = {
  roundIntervalMs: config.roundIntervalMs,
  livenessRounds: config.livenessRounds,
  peersRefreshMs: config.peersRefreshMs,
  neighbours: { closest: config.neighboursClosest },
  ...(config.site ? { site: config.site } : {}),
  // A scenario file makes this process an EMULATED node: its links come from the scenario.
  ...(config.scenarioFile ? { emulation: { scenario: parseScenario(readFileSync(config.scenarioFile, 'utf8')) } } : {}),
};

runServiceProcess({
  service: SERVICE_NAME,
  config,
  async start({ deps, logger, onStop }) {
    const leases = await LeaseWatcher.open(deps.nc, { logger });
    onStop(() => leases.stop());
    return startTopologyCa({ ...deps, leases }, options);
  },
});
