export { createServiceHandle, stopAll, DEFAULT_GRACE_MS } from './lifecycle';
export type { ServiceHandle, ServiceState, StopOptions } from './lifecycle';
export { systemClock } from './deps';
export type { Clock, ServiceDeps } from './deps';
export { runMain, SHUTDOWN_SIGNALS } from './main-runner';
export type { RunMainOptions } from './main-runner';
export { runServiceProcess, processConfigSpec } from './service-process';
export type { ProcessConfig, ServiceProcessContext, ServiceProcessOptions } from './service-process';
