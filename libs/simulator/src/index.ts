/**
 * The headless simulator behind `cellmesh simulate` and the topology benchmarks: scenario →
 * bounded neighbour lists → the topology-core rules → the leader-core ranking. Pure: no broker,
 * no clock, no I/O; deterministic for a seed. See docs/topology.md ("The simulator").
 */
export { InvalidSimulationOptionsError } from './errors';
export { DEFAULT_SIMULATION_OPTIONS, compileSimulationOptions } from './options';
export type { CompiledSimulationOptions, RoundReport, SimulationOptions, SimulationProgress } from './options';
export { DEFAULT_UPLINK_MBPS, discoverNeighbours, nodeAttributesOf, remeasure, toLocalWorld } from './neighbourhood';
export type { NeighbourDiscovery } from './neighbourhood';
export { electLeaders } from './leaders';
export { BUSY_HOST_NOISE, NoisySampler, compileNoise, parseNoiseSpec } from './noise';
export type { MeasurementNoise } from './noise';
export { linkMeter } from './measure';
export type { LinkMeter } from './measure';
export { DEFAULT_COORDINATE_OPTIONS, probeBudget, simulateCoordinates } from './coordinates';
export type { CoordinateOptions, CoordinateRun, ProbeBudget } from './coordinates';
export type { LeaderOutcome } from './leaders';
export { simulate, thresholdComponents } from './simulate';
export type { Simulation, SimulationReport } from './simulate';
export { DEFAULT_TASK_CPU_CORES, MAX_TASKS, TaskSetError, parseTaskSet, UNKNOWN_ORIGIN, placeTaskSet } from './tasks';
export type { SimTask, PlaceTaskSetOptions, TaskSetPlacement, TaskTopology, TaskTiming } from './tasks';
