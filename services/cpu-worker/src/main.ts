/** cpu-worker process entry: the only place that reads the environment. */
import { readConfigOrExit, int, durationMs } from '@cellmesh/config';
import { processConfigSpec, runServiceProcess } from '@cellmesh/runtime';
import { startCpuWorker, SERVICE_NAME } from './index';

const config = readConfigOrExit(
  process.env,
  {
    ...processConfigSpec,
    maxThreads: ['CPU_WORKER_MAX_THREADS', int({ min: 0, default: 0 })],
    maxTaskMs: ['CPU_WORKER_MAX_TASK_TIME', durationMs({ default: 60_000 })],
  },
  SERVICE_NAME,
);

runServiceProcess({
  service: SERVICE_NAME,
  config,
  start: ({ deps, metrics }) => startCpuWorker({ ...deps, metrics }, { maxThreads: config.maxThreads || undefined, maxTaskMs: config.maxTaskMs }),
});
