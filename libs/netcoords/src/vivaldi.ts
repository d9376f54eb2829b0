/**
 * Vivaldi network coordinates with height vectors (Dabek, Cox, Kaashoek, Morris, SIGCOMM 2004).
 * A coordinate is a point in a low-dimensional Euclidean space plus a non-negative "height" that
 * models the access link every packet crosses; predicted RTT = ||a.vec - b.vec|| + a.height + b.height.
 * Each measured RTT moves only the measuring node, by a step weighted by how sure it is of itself
 * relative to the remote (the adaptive timestep), so a newcomer moves a lot and a settled node little.
 */
import { NetCoordsError } from './errors';
import { seededRandom } from './random';

/** Same field names as the protobuf `NetCoord` message, so the two convert field by field. */
export interface NetCoord {
  vec: number[];
  /** Milliseconds; never below `minHeightMs`. */
  height: number;
  /** Relative error estimate in [0, maxError]; lower is more certain. */
  error: number;
}

export interface VivaldiParams {
  /** Euclidean dimensions, not counting the height. */
  dims: number;
  /** Fraction of the way a node moves toward the position the sample suggests (the paper's c_c). */
  cc: number;
  /** Weight of a new sample in the moving error estimate (the paper's c_e). */
  ce: number;
  /** Floor for heights, so that even coincident coordinates predict a non-zero RTT. */
  minHeightMs: number;
  /** Error of a fresh coordinate and the ceiling for every error estimate. */
  maxError: number;
}

/** Defaults: the paper's cc = ce = 0.25, 3 dimensions + height, Serf/Consul's error ceiling of 1.5. */
export const DEFAULT_VIVALDI_PARAMS: Readonly<VivaldiParams> = Object.freeze({
  dims: 3,
  cc: 0.25,
  ce: 0.25,
  minHeightMs: 0.01,
  maxError: 1.5,
});

/**
 * Per-update options: any parameter may be overridden, and `seed` is required because when two
 * coordinates coincide the push direction must be "random" yet reproducible
 * (use e.g. `hashSeed(selfId, peerId, sampleCount)` so distinct nodes push apart in distinct directions).
 */
export type VivaldiUpdateOptions = Partial<Omit<VivaldiParams, 'dims'>> & { seed: number };

/** Samples below this are clamped to it: relative error divides by the RTT. */
export const MIN_RTT_MS = 0.001;
/** Positions closer than this count as coincident. */
const COINCIDENT_MS = 1e-9;

/** A fresh coordinate: at the origin, minimum height, maximum error (it knows nothing yet). */
export function initialCoord(dims: number = DEFAULT_VIVALDI_PARAMS.dims, params: Partial<VivaldiParams> = {}): NetCoord {
  if (!Number.isInteger(dims) || dims < 1) throw new NetCoordsError(`dims: expected a positive integer, got ${dims}`);
  const p = { ...DEFAULT_VIVALDI_PARAMS, ...params };
  return { vec: new Array<number>(dims).fill(0), height: p.minHeightMs, error: p.maxError };
}

/** Predicted RTT in ms. Symmetric by construction: the heights are summed before the distance is added. */
export function estimateRttMs(a: NetCoord, b: NetCoord): number {
  return euclidean(a.vec, b.vec) + (a.height + b.height);
}

/**
 * Expected relative error of `estimateRttMs(a, b)`: the mean of the two sides' own error estimates,
 * capped like them. A consumer can treat an estimate with error ≥ 1 as "unknown".
 */
export function estimateError(a: NetCoord, b: NetCoord, maxError: number = DEFAULT_VIVALDI_PARAMS.maxError): number {
  return Math.min(maxError, (a.error + b.error) / 2);
}

/** |estimated - actual| / actual: the measure the paper and our benchmarks report. */
export function relativeError(estimatedMs: number, actualMs: number): number {
  return Math.abs(estimatedMs - actualMs) / Math.max(actualMs, MIN_RTT_MS);
}

/** One Vivaldi step: `self` measured `measuredRttMs` to `remote`; returns self's new coordinate. */
export function updateCoord(self: NetCoord, remote: NetCoord, measuredRttMs: number, options: VivaldiUpdateOptions): NetCoord {
  const p = { ...DEFAULT_VIVALDI_PARAMS, ...options };
  if (!Number.isFinite(measuredRttMs) || measuredRttMs < 0) {
    throw new NetCoordsError(`measuredRttMs: expected a non-negative finite number, got ${measuredRttMs}`);
  }
  assertCoord('self', self);
  assertCoord('remote', remote);
  const rtt = Math.max(measuredRttMs, MIN_RTT_MS);
  const predicted = estimateRttMs(self, remote);

  // Adaptive timestep: trust the sample in proportion to how uncertain we are compared with the remote.
  const totalError = self.error + remote.error;
  const weight = totalError > 0 ? self.error / totalError : 0.5;
  const sampleError = Math.abs(predicted - rtt) / rtt;
  const error = Math.min(p.maxError, sampleError * p.ce * weight + self.error * (1 - p.ce * weight));
  const force = p.cc * weight * (rtt - predicted); // > 0 pushes away, < 0 pulls closer

  const diff = self.vec.map((x, i) => x - (remote.vec[i] ?? 0));
  const distance = Math.hypot(...diff);
  if (distance < COINCIDENT_MS) {
    // The paper's rule: coincident points separate along a random direction.
    const direction = randomUnitVector(self.vec.length, p.seed);
    return { vec: self.vec.map((x, i) => x + force * direction[i]), height: Math.max(p.minHeightMs, self.height), error };
  }
  // Unit vector of the height vector [diff, self.height + remote.height], whose norm is distance + heights.
  const heights = self.height + remote.height;
  const norm = distance + heights;
  return {
    vec: self.vec.map((x, i) => x + (force * diff[i]) / norm),
    height: Math.max(p.minHeightMs, self.height + (force * heights) / norm),
    error,
  };
}

function euclidean(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    // Commutative per component, so euclidean(a, b) === euclidean(b, a) bit for bit.
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    sum += d * d;
  }
  return Math.sqrt(sum);
}

function randomUnitVector(dims: number, seed: number): number[] {
  const random = seededRandom(seed);
  for (;;) {
    const v = Array.from({ length: dims }, () => random() * 2 - 1);
    const length = Math.hypot(...v);
    // Rejecting points outside the unit ball keeps the direction uniform.
    if (length > 1e-6 && length <= 1) return v.map((x) => x / length);
  }
}

function assertCoord(role: string, c: NetCoord): void {
  const i = c.vec.findIndex((x) => !Number.isFinite(x));
  if (i >= 0) throw new NetCoordsError(`${role}.vec[${i}]: expected a finite number, got ${c.vec[i]}`);
  if (!Number.isFinite(c.height) || c.height < 0) throw new NetCoordsError(`${role}.height: expected a non-negative finite number, got ${c.height}`);
  if (!Number.isFinite(c.error) || c.error < 0) throw new NetCoordsError(`${role}.error: expected a non-negative finite number, got ${c.error}`);
}
