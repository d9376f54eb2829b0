/** Task-set placement for `cellmesh simulate --tasks` (issue 7), with the scheduler's own plugin code. */
export { DEFAULT_TASK_CPU_CORES, MAX_TASKS, TaskSetError, parseTaskSet } from './task-set';
export type { SimTask } from './task-set';
export { UNKNOWN_ORIGIN, placeTaskSet } from './place-task-set';
export type { PlaceTaskSetOptions, TaskSetPlacement, TaskTopology, TaskTiming } from './place-task-set';
