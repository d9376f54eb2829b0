/**
 * Thresholds the plugins read. Options (partial, from config) → compilePlacementOptions() →
 * CompiledPlacementOptions (complete, validated). The service and the simulator compile the same way.
 */

export interface PlacementOptions {
  /** A node whose last heartbeat is older than this is treated as dead (the detection time). */
  heartbeatStaleMs?: number;
  /** VRAM kept free on every GPU: max(fixed MiB, ratio × total). Covers nvidia-smi lag and CUDA context overhead. */
  vramSafetyMarginMib?: number;
  vramSafetyMarginRatio?: number;
  /** memoryHeavy tasks need free memory ≥ factor × requested (and ≥ the floor). */
  memoryHeavyFactor?: number;
  memoryHeavyMinFreeMib?: number;
  /** The origin node wins when its final score is within this margin of the best (finals are in [0, 1]). */
  localPreferenceMargin?: number;
  /** The origin cluster's leader wins over a peer when within this margin of the best. */
  leaderPreferenceMargin?: number;
  /**
   * A latency-sensitive cpuOnly task keeps off GPU hubs only while the nearest CPU worker is at most this many
   * milliseconds farther from the origin than the nearest node: isolated compute is not worth an ocean of latency.
   */
  cpuWorkerMaxExtraRttMs?: number;
  /** RTT assumed for a node with no link at all (neither measured nor estimated). */
  unknownRttMs?: number;
  /** Relative error assumed for an estimate that carries none. */
  defaultEstimateError?: number;
  /** Milliseconds charged per unit of loss ratio in the jitter-loss scorer. */
  lossPenaltyMs?: number;
}

export type CompiledPlacementOptions = Readonly<Required<PlacementOptions>>;

export const DEFAULT_PLACEMENT_OPTIONS: CompiledPlacementOptions = Object.freeze({
  heartbeatStaleMs: 5_000,
  vramSafetyMarginMib: 256,
  vramSafetyMarginRatio: 0.05,
  memoryHeavyFactor: 2,
  memoryHeavyMinFreeMib: 1_024,
  localPreferenceMargin: 0.1,
  leaderPreferenceMargin: 0.05,
  cpuWorkerMaxExtraRttMs: 20,
  unknownRttMs: 500,
  defaultEstimateError: 0.5,
  lossPenaltyMs: 200,
});

/** Bad configuration is permanent: retrying with the same options cannot succeed. */
export class InvalidPlacementOptionsError extends Error {
  override readonly name = 'InvalidPlacementOptionsError';
  readonly retryable = false;
  constructor(readonly fields: readonly string[]) {
    super(`invalid placement options: [${fields.map((f) => JSON.stringify(f)).join(',')}] must be finite and non-negative`);
  }
}

export function compilePlacementOptions(options: PlacementOptions = {}): CompiledPlacementOptions {
  const merged = { ...DEFAULT_PLACEMENT_OPTIONS };
  for (const key of Object.keys(options) as (keyof PlacementOptions)[]) {
    const value = options[key];
    if (value !== undefined) merged[key] = value;
  }
  const bad = (Object.keys(merged) as (keyof PlacementOptions)[]).filter((k) => !Number.isFinite(merged[k]) || merged[k] < 0);
  if (merged.memoryHeavyFactor < 1 && !bad.includes('memoryHeavyFactor')) bad.push('memoryHeavyFactor');
  if (bad.length > 0) throw new InvalidPlacementOptionsError(bad);
  return Object.freeze(merged);
}

/** The VRAM a GPU of this size keeps free. */
export function vramSafetyMarginFor(vramTotalMib: number, options: CompiledPlacementOptions): number {
  return Math.max(options.vramSafetyMarginMib, Math.ceil(options.vramSafetyMarginRatio * vramTotalMib));
}
