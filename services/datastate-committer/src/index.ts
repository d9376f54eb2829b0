export { startDatastateCommitter, SERVICE_NAME, SERVICE_VERSION, REJECTION_METRIC_PREFIX, MALFORMED_REASON } from './service';
export type { DatastateCommitterDeps, DatastateCommitterHandle, DataStateUsage, CommitterRole, CommitterStats } from './service';
export { compileOptions, DEFAULT_LEASE_TTL_MS, DEFAULT_MAX_HOT_ROOMS, DEFAULT_MAX_HOT_BYTES, DEFAULT_LOAD_REPORT_INTERVAL_MS } from './options';
export type { DatastateCommitterOptions, CompiledDatastateCommitterOptions } from './options';
export { HistoryConflictError, VersionUnavailableError } from './store';
export { PolicyName, POLICY_NAMES, parsePolicyOverrides, resolvePolicy, RejectReason, describeCrdt, snapshotIntervalMs, DEFAULT_WARM_RATE } from './core';
export type { PolicyConfig, WarmRateOptions, CommitLimits } from './core';
