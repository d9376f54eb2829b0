import { nodeHealthyFilter, nodeNotDrainingFilter, slowPeerBackoffFilter } from './filters/node-state';
import { capacityFilter, cpuOnlyFilter, memoryHeavyFilter } from './filters/resources';
import { gpuPresentFilter, vramAdmissionFilter } from './filters/gpu';
import { bandwidthScorer, jitterLossScorer, localityScorer, rttToOriginScorer } from './scorers/network';
import { freeCapacityScorer, queueDepthScorer } from './scorers/load';
import { clusterLeaderScorer, gpuHubAffinityScorer, peerHealthScorer } from './scorers/roles';
import { DefaultWeights } from './weights';
import type { NodeFilter, NodeScorer, Stack, WeightsTable } from './types';

/**
 * Filters run in this order and stop at the first rejection, so the cheap, most selective
 * checks come first (as in Nomad's stack.go):
 *   1. node-healthy, node-not-draining, slow-peer-backoff: flags and one clock comparison; they
 *      remove dead and leaving nodes before any arithmetic.
 *   2. cpu-only: one flag, only for cpuOnly tasks.
 *   3. capacity, memory-heavy: a few multiplications.
 *   4. gpu-present, then vram-admission last: the only filter that loops over GPUs, and the one
 *      that picks the GPU, so it runs only on nodes that passed everything else.
 */
export const DefaultFilters: readonly NodeFilter[] = Object.freeze([
  nodeHealthyFilter,
  nodeNotDrainingFilter,
  slowPeerBackoffFilter,
  cpuOnlyFilter,
  capacityFilter,
  memoryHeavyFilter,
  gpuPresentFilter,
  vramAdmissionFilter,
]);

/** Scorers run on feasible nodes only; their order is the order of scores in a receipt. */
export const DefaultScorers: readonly NodeScorer[] = Object.freeze([
  rttToOriginScorer,
  jitterLossScorer,
  localityScorer,
  freeCapacityScorer,
  queueDepthScorer,
  bandwidthScorer,
  gpuHubAffinityScorer,
  clusterLeaderScorer,
  peerHealthScorer,
]);

export function defaultStack(weights: WeightsTable = DefaultWeights): Stack {
  return { filters: DefaultFilters, scorers: DefaultScorers, weights };
}
