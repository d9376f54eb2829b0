/**
 * Candidate ranking: network closeness to the cluster and compute headroom, scored in one pass.
 * Every component is normalised into [0, 1] (higher is better), and the final score is Σw·s / Σw,
 * so a final score is comparable across calls and the hysteresis margin is an absolute number.
 */
import { InvalidLeaderInputError, InvalidLeaderParamsError } from './errors';

export interface ComputeInfo {
  cores: number;
  freeMemoryMib: number;
  gpus: number;
  /** Free VRAM summed over the node's GPUs, as measured (nvidia-smi), not declared. */
  freeVramMib: number;
}

export interface CandidateInfo {
  nodeId: string;
  /** Probed RTT from this node to peers, by peer id. */
  measuredRttMs?: Readonly<Record<string, number>>;
  /** Network-coordinate estimates for peers this node has not probed, by peer id. */
  estimatedRttMs?: Readonly<Record<string, number>>;
  compute: ComputeInfo;
  /** False while the node drains or shuts down: it is ranked but never chosen. Default true. */
  eligible?: boolean;
}

export interface ClusterCandidates {
  members: readonly CandidateInfo[];
}

export const RankComponent = {
  RttMean: 'rttMean',
  RttMedian: 'rttMedian',
  RttCoverage: 'rttCoverage',
  Cores: 'cores',
  FreeMemory: 'freeMemory',
  Gpus: 'gpus',
  FreeVram: 'freeVram',
} as const;
export type RankComponent = (typeof RankComponent)[keyof typeof RankComponent];

export type RankScores = Readonly<Record<RankComponent, number>>;
export type RankWeights = Readonly<Record<RankComponent, number>>;

/**
 * The one table of default weights (docs/leader-election.md repeats it). Network 60 %, compute 40 %:
 * a leader's work is coordination, so closeness to every member matters more than raw capacity.
 */
export const DEFAULT_RANK_WEIGHTS: RankWeights = Object.freeze({
  rttMean: 3,
  rttMedian: 2,
  rttCoverage: 1,
  cores: 2,
  freeMemory: 1,
  gpus: 0.5,
  freeVram: 0.5,
});

/**
 * Added to every RTT before comparing (score = (best + floor) / (rtt + floor)), so sub-millisecond
 * LAN differences, which are mostly noise, barely move the score.
 */
export const RTT_FLOOR_MS = 1;

export interface RttSummary {
  /** Undefined when no RTT to any other member is known. */
  meanMs: number | undefined;
  medianMs: number | undefined;
  /** Peers with a probed RTT (either direction), with only a coordinate estimate, and with neither. */
  measured: number;
  estimated: number;
  unknown: number;
}

export interface RankedCandidate {
  nodeId: string;
  /** 0-based place in the ranking. */
  position: number;
  /** Σw·s / Σw, in [0, 1]. */
  final: number;
  scores: RankScores;
  rtt: RttSummary;
  eligible: boolean;
}

/** Merges partial weights over the defaults and rejects ones that cannot rank anything. */
export function compileRankWeights(weights: Partial<RankWeights> = {}, base: RankWeights = DEFAULT_RANK_WEIGHTS): RankWeights {
  const merged: Record<RankComponent, number> = { ...base };
  for (const key of Object.keys(weights) as RankComponent[]) {
    const value = weights[key];
    if (value !== undefined) merged[key] = value;
  }
  const keys = Object.keys(merged) as RankComponent[];
  const unknown = Object.keys(weights).filter((k) => !(Object.values(RankComponent) as string[]).includes(k));
  if (unknown.length > 0) throw new InvalidLeaderParamsError(unknown, 'are not rank components');
  const bad = keys.filter((k) => !Number.isFinite(merged[k]) || merged[k] < 0);
  if (bad.length > 0) throw new InvalidLeaderParamsError(bad, 'must be finite and non-negative');
  if (keys.every((k) => merged[k] === 0)) throw new InvalidLeaderParamsError(keys, 'must not all be zero');
  return Object.freeze(merged);
}

/**
 * Ranks every member as a leader candidate, best first; ties go to the lowest node id so every node
 * that sees the same input computes the same order.
 *
 * RTT from a candidate to a peer: a probe in either direction (candidate → peer, then peer → candidate),
 * else a coordinate estimate (same order). Peers with neither count against `rttCoverage` and are left
 * out of the mean and median. Invalid numbers (negative, NaN) count as unknown RTTs or as zero capacity.
 */
export function rankCandidates(cluster: ClusterCandidates, weights: Partial<RankWeights> = DEFAULT_RANK_WEIGHTS): RankedCandidate[] {
  const compiled = compileRankWeights(weights);
  const members = cluster.members;
  assertUniqueIds(members);
  const summaries = members.map((m) => summariseRtt(m, members));

  const bestMean = minDefined(summaries.map((s) => s.meanMs));
  const bestMedian = minDefined(summaries.map((s) => s.medianMs));
  const maxOf = (pick: (c: ComputeInfo) => number) => Math.max(0, ...members.map((m) => nonNegative(pick(m.compute))));
  const maxCores = maxOf((c) => c.cores);
  const maxMemory = maxOf((c) => c.freeMemoryMib);
  const maxGpus = maxOf((c) => c.gpus);
  const maxVram = maxOf((c) => c.freeVramMib);
  const peers = members.length - 1;

  const unordered = members.map((m, i) => {
    const rtt = summaries[i];
    const scores: RankScores = {
      rttMean: lowerIsBetter(rtt.meanMs, bestMean, peers),
      rttMedian: lowerIsBetter(rtt.medianMs, bestMedian, peers),
      rttCoverage: peers === 0 ? 1 : (rtt.measured + rtt.estimated) / peers,
      cores: higherIsBetter(m.compute.cores, maxCores),
      freeMemory: higherIsBetter(m.compute.freeMemoryMib, maxMemory),
      gpus: higherIsBetter(m.compute.gpus, maxGpus),
      freeVram: higherIsBetter(m.compute.freeVramMib, maxVram),
    };
    return { nodeId: m.nodeId, final: weightedMean(scores, compiled), scores, rtt, eligible: m.eligible !== false };
  });

  unordered.sort((a, b) => b.final - a.final || compareIds(a.nodeId, b.nodeId));
  return unordered.map((c, position) => ({ ...c, position }));
}

/** Code-unit order, not localeCompare: the tie-break must not depend on the host's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertUniqueIds(members: readonly CandidateInfo[]): void {
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.nodeId)) throw new InvalidLeaderInputError(`duplicate member id ${JSON.stringify(m.nodeId)}`);
    seen.add(m.nodeId);
  }
}

function summariseRtt(self: CandidateInfo, members: readonly CandidateInfo[]): RttSummary {
  const values: number[] = [];
  let measured = 0;
  let estimated = 0;
  let unknown = 0;
  for (const peer of members) {
    if (peer.nodeId === self.nodeId) continue;
    const probe = validRtt(self.measuredRttMs?.[peer.nodeId]) ?? validRtt(peer.measuredRttMs?.[self.nodeId]);
    const estimate = validRtt(self.estimatedRttMs?.[peer.nodeId]) ?? validRtt(peer.estimatedRttMs?.[self.nodeId]);
    if (probe !== undefined) {
      measured++;
      values.push(probe);
    } else if (estimate !== undefined) {
      estimated++;
      values.push(estimate);
    } else {
      unknown++;
    }
  }
  // Sorted so the floating-point sum does not depend on the order members were listed in.
  values.sort((a, b) => a - b);
  return { meanMs: mean(values), medianMs: medianOfSorted(values), measured, estimated, unknown };
}

function validRtt(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

function lowerIsBetter(value: number | undefined, best: number | undefined, peers: number): number {
  if (peers === 0) return 1; // a lone member is trivially closest to everyone
  if (value === undefined || best === undefined) return 0;
  return (best + RTT_FLOOR_MS) / (value + RTT_FLOOR_MS);
}

function higherIsBetter(value: number, max: number): number {
  return max > 0 ? nonNegative(value) / max : 0;
}

function weightedMean(scores: RankScores, weights: RankWeights): number {
  let sum = 0;
  let total = 0;
  for (const key of Object.keys(weights) as RankComponent[]) {
    sum += weights[key] * scores[key];
    total += weights[key];
  }
  return sum / total;
}

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

function medianOfSorted(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function minDefined(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length === 0 ? undefined : Math.min(...defined);
}
