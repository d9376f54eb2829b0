export { decideAdmission, deviceBudget, marginMib, taskNeedMib, AdmissionReason } from './admission';
export type { DeviceView, ProcessUsage, Reservation, AdmissionPolicy, AdmissionRequest, AdmissionDecision, DeviceBudget, Accounting } from './admission';
export { pinningEnv, pinnedDeviceMatches } from './pinning';
export type { PinningEnv } from './pinning';
export { planChunks, reassemble } from './chunking';
export type { ChunkSlice } from './chunking';
export { parseComputeApps, COMPUTE_APPS_ARGS } from './compute-apps';
export { taskBudgetMs } from './deadline';
