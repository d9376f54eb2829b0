export { startCpuWorker, statusLabel, SERVICE_NAME, MAX_RESULT_OUTPUT_BYTES, QUEUE_NAME } from './service';
export type { CpuWorkerHandle, CpuWorkerDeps } from './service';
export { compileCpuWorkerOptions, CpuWorkerOptionsError } from './options';
export type { CpuWorkerOptions, CompiledCpuWorkerOptions } from './options';
export { taskKinds, knownTaskKinds, isKnownTaskKind, runTask } from './tasks/registry';
export type { TaskRunOutcome } from './tasks/registry';
export type { TaskKind, TaskOutput, TaskArtifact } from './tasks/types';
export { TaskInputError, UnknownTaskKindError } from './tasks/types';
export { createTaskPool, TASK_WORKER_FILE } from './pool/task-pool';
export type { TaskPool, TaskPoolOptions } from './pool/task-pool';
export { taskResultKey } from './core';
/** Moved to @cellmesh/client (shared with the gpu-hub-runner); re-exported for existing importers. */
export { resultMsgId } from '@cellmesh/client';
