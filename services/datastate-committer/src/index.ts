export { startDatastateCommitter, SERVICE_NAME, SERVICE_VERSION } from './service';
export type { DatastateCommitterHandle, CommitterRole, CommitterStats } from './service';
export { compileOptions, DEFAULT_LEASE_TTL_MS, DEFAULT_MAX_HOT_ROOMS, DEFAULT_MAX_HOT_BYTES } from './options';
export type { DatastateCommitterOptions, CompiledDatastateCommitterOptions } from './options';
export { HistoryConflictError, VersionUnavailableError } from './store';
export { PolicyName, POLICY_NAMES, parsePolicyOverrides, resolvePolicy, RejectReason, describeCrdt, snapshotIntervalMs, DEFAULT_WARM_RATE } from './core';
export type { PolicyConfig, WarmRateOptions, CommitLimits } from './core';
