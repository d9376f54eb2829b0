/** leader-election process entry: the only place that reads the environment. */
import { readConfigOrExit, durationMs, num, bool, optionalStr, str } from '@cellmesh/config';
import { processConfigSpec, runServiceProcess } from '@cellmesh/runtime';
import { startLeaderElection, SERVICE_NAME, type LeaderElectionOptions } from './index';

const config = readConfigOrExit(
  process.env,
  {
    ...processConfigSpec,
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
  },
  SERVICE_NAME,
);

const lease = { leaseDurationMs: config.leaseDurationMs, maxClockSkewMs: config.maxClockSkewMs };
const options: LeaderElectionOptions = {
  ...(config.clusterId ? { clusterId: config.clusterId } : {}),
  ...(config.staticMembers ? { staticMembers: config.staticMembers.split(',') } : {}),
  electRoot: config.electRoot,
  eligible: config.eligible,
  leader: { lease, stability: { challengeMargin: config.challengeMargin, minTenureMs: config.minTenureMs, maxHolderRttMs: config.maxHolderRttMs } },
  root: { lease },
  inputsRefreshMs: config.inputsRefreshMs,
};

runServiceProcess({
  service: SERVICE_NAME,
  config,
  start: ({ deps, metrics }) => startLeaderElection({ ...deps, metrics }, options),
});
