import type { WeightsTable } from './types';

/**
 * The one table of scorer weights per profile (docs/placement.md shows the same table).
 * Final score = Σ w·s / Σ w over scorers with w > 0; a weight of 0 skips the scorer.
 * - latencySensitive: the network dominates (RTT, then jitter/loss), then staying local.
 * - throughput: free capacity and bandwidth dominate; RTT still breaks near-ties.
 * - batch: free capacity and queue depth; RTT barely matters and jitter not at all.
 * gpu-hub-affinity is neutral for tasks that are neither GPU nor cpuOnly, so its weight only acts on those.
 */
export const DefaultWeights: WeightsTable = Object.freeze({
  latencySensitive: Object.freeze({
    'rtt-to-origin': 6,
    'jitter-loss': 3,
    locality: 2,
    'queue-depth': 2,
    'free-capacity': 1,
    bandwidth: 0.5,
    'gpu-hub-affinity': 2,
    'cluster-leader': 0.5,
    'peer-health': 1,
  }),
  throughput: Object.freeze({
    'rtt-to-origin': 1,
    'jitter-loss': 0.5,
    locality: 0.5,
    'queue-depth': 2,
    'free-capacity': 4,
    bandwidth: 3,
    'gpu-hub-affinity': 2,
    'cluster-leader': 0.5,
    'peer-health': 1,
  }),
  batch: Object.freeze({
    'rtt-to-origin': 0.25,
    'jitter-loss': 0,
    locality: 0,
    'queue-depth': 3,
    'free-capacity': 4,
    bandwidth: 0.5,
    'gpu-hub-affinity': 2,
    'cluster-leader': 0.25,
    'peer-health': 1,
  }),
});
