/** One machine of a world. Optional fields are extras beyond the issue-5 file format. */
export interface ScenarioNode {
  /** Unique; usable as a NATS subject token (no `.`, `*`, `>` or whitespace). */
  readonly id: string;
  readonly cpuCores: number;
  /** GPU count; 0 for a CPU-only node. */
  readonly gpus: number;
  /** Memory of each GPU in MiB (a node's GPUs are alike); 0 when `gpus` is 0. */
  readonly vramMb: number;
  readonly site?: string;
  readonly memoryMb?: number;
  readonly uplinkMbps?: number;
  readonly gpuModel?: string;
}

/**
 * A world: nodes plus pairwise link properties. Links are functions of node indices, not stored
 * matrices, so a generated world of 10,000 nodes costs O(n) memory. All link functions are
 * symmetric and give 0 RTT/jitter/loss from a node to itself.
 */
export interface Scenario {
  readonly nodes: readonly ScenarioNode[];
  rttMs(i: number, j: number): number;
  bandwidthMbps(i: number, j: number): number;
  jitterMs(i: number, j: number): number;
  /** Probability in [0, 1] that a packet on the link is lost. */
  lossRatio(i: number, j: number): number;
  /** Index of the node with this id, or -1. */
  indexOf(id: string): number;
  /** Ground truth for evaluating clustering: the site of each node, by index. */
  readonly truth?: { readonly siteOf: readonly string[] };
}
