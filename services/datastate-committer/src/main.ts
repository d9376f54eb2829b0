/**
 * Process entry (one committer per process in deployment): env → options → connect → provision → start → signals.
 * The only file that reads process.env.
 */
import { readConfigOrExit, durationMs, int, natsUrls, oneOf, optionalStr } from '@cellmesh/config';
import { processConfigSpec, runServiceProcess } from '@cellmesh/runtime';
import { POLICY_NAMES, PolicyName, parsePolicyOverrides } from './core';
import { SERVICE_NAME, startDatastateCommitter } from './service';

const config = readConfigOrExit(
  process.env,
  {
    ...processConfigSpec,
    natsUrls: ['NATS_URL', natsUrls({ default: ['nats://127.0.0.1:4222'] })],
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

runServiceProcess({
  service: SERVICE_NAME,
  config,
  start: ({ deps, metrics }) =>
    startDatastateCommitter(
      { ...deps, metrics },
      { policies: { default: config.defaultPolicy, ...overrides }, leaseTtlMs: config.leaseTtlMs, maxHotRooms: config.maxHotRooms, loadReportIntervalMs: config.loadReportIntervalMs },
    ),
});
