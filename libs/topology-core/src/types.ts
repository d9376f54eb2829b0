import type { CoreView } from './rules/core';

/**
 * What one node knows at the start of a round: itself, and what its bounded neighbour set
 * announced last round plus the link to each neighbour as this node measured or estimated it.
 * A node never sees the whole RTT matrix.
 */
export interface CellView {
  readonly id: string;
  readonly cpuCores: number;
  readonly gpus: number;
  readonly vramMb: number;
  readonly uplinkMbps: number;
  /** Traffic this node forwards for others; compared with `uplinkMbps` to detect saturation. */
  readonly relayLoadMbps: number;
  readonly clusterId: string;
  /** Candidate-link hops to the cluster's origin (the node whose id names it); 0 at the origin. */
  readonly clusterHops: number;
  /** Sub-tree parent inside the cluster, taken while the uplink is saturated. */
  readonly parentId: string | null;
  /** Fallback relay: a close peer in another cluster. */
  readonly relayId: string | null;
  readonly acceptsComputeHeavy: boolean;
  /** Current broadcast fan-out limit. */
  readonly fanout: number;
  readonly round: number;
  /**
   * What this node measured of the cores (origin and deputies) of the clusters its neighbours offer
   * and of its own. Absent: derived from the neighbour views (an origin among them is measured).
   */
  readonly cores?: readonly CoreView[];
}

/** A neighbour's announced state and the link to it, as seen from the node deciding. */
export interface NeighbourView {
  readonly id: string;
  readonly clusterId: string;
  readonly clusterHops: number;
  readonly parentId: string | null;
  readonly acceptsComputeHeavy: boolean;
  readonly fanout: number;
  readonly rttMs: number;
  /** `NaN` when unknown: RTT alone then decides candidacy. */
  readonly bandwidthMbps: number;
  /** False when the RTT is a coordinate estimate rather than a probe. */
  readonly measured: boolean;
}

/** The static attributes of a node (what the metrics collector reports about itself). */
export interface NodeAttributes {
  readonly cpuCores: number;
  readonly gpus: number;
  readonly vramMb: number;
  readonly uplinkMbps: number;
  readonly relayLoadMbps: number;
}
