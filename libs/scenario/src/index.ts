/** The scenario / world format shared by `cellmesh simulate`, `cellmesh up`, the link emulator and benchmarks. */
export { ScenarioError } from './errors';
export type { Scenario, ScenarioNode } from './types';
export { SCENARIO_DEFAULTS, parseScenario } from './parse';
export type { ParseScenarioOptions } from './parse';
export { DEFAULT_GPU_SHARE, GPU_MODELS, MAX_GENERATED_NODES, MAX_SITES, SITE_CATALOGUE, generateWorld, parseGenerateSpec } from './generate';
export type { GenerateSpec } from './generate';
export { greatCircleKm, wanRttMs } from './world';
export type { Site } from './world';
export { builtInWorld } from './builtin';
export { adjustedRandIndex } from './adjusted-rand-index';
export { MAX_SERIALIZED_NODES, toScenarioJson } from './to-json';
