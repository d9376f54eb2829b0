/**
 * Network coordinates over a scenario with the metrics-collector's own code: each round every node
 * picks its probe targets with netcoords `selectProbeTargets` (topology neighbours, random peers,
 * the peers with the least certain coordinates), measures each (the scenario's RTT, plus the noise
 * model when one is on), keeps the per-peer link statistics, and moves its Vivaldi coordinate once
 * per answered probe by the filtered RTT (`filteredRttMs`), exactly as services/metrics-collector's
 * prober does. Rounds are synchronous: every node updates against the coordinates its peers had at
 * the start of the round (what their replies carry), so the result does not depend on node order.
 */
import {
  DEFAULT_VIVALDI_PARAMS,
  estimateError,
  filteredRttMs,
  hashSeed,
  initialCoord,
  initialLinkStats,
  recordProbe,
  recordTimeout,
  seededRandom,
  selectProbeTargets,
  updateCoord,
  type LinkStats,
  type NetCoord,
} from '@cellmesh/netcoords';
import { InvalidSimulationOptionsError } from './errors';
import type { LinkMeter } from './measure';

export interface CoordinateOptions {
  /** K: peers each node probes per round (neighbours + random + uncertain). */
  readonly probesPerRound: number;
  /** Probe rounds (one per second in the fabric). */
  readonly rounds: number;
  readonly seed: number;
  /** Euclidean dimensions besides the height (the collector's default, 3). */
  readonly dims: number;
  /**
   * 'rotating' (the collector's behaviour): random picks come from every peer a node has heard of, so
   * the peers probed rotate from round to round. 'fixed': each node draws its non-neighbour peers from
   * a fixed seeded pool, so it probes at most K distinct peers over the whole run (a Vivaldi
   * neighbour set, as in the paper and in Ledlie et al.).
   */
  readonly peerSet?: 'rotating' | 'fixed';
}

/** 150 rounds (2.5 minutes of the collector's 1 s rounds) settle the coordinates; dims as the collector's (`DEFAULT_VIVALDI_PARAMS`). */
export const DEFAULT_COORDINATE_OPTIONS = Object.freeze({ rounds: 150, dims: DEFAULT_VIVALDI_PARAMS.dims });

/** How K splits like the collector's defaults (8 neighbours + 2 random + 2 uncertain = 12). */
export interface ProbeBudget {
  readonly neighbours: number;
  readonly random: number;
  readonly uncertain: number;
}

/**
 * Splits K the way the collector's defaults do (8 : 2 : 2): a sixth each to random and to uncertain
 * peers (at least one random when K ≥ 2: Vivaldi folds distant clusters onto each other without far
 * samples), the rest to topology neighbours.
 */
export function probeBudget(k: number): ProbeBudget {
  if (!Number.isInteger(k) || k < 1) throw new InvalidSimulationOptionsError(['probes'], `expected a positive integer, got ${k}`);
  const random = k >= 2 ? Math.max(1, Math.round(k / 6)) : 0;
  const uncertain = Math.min(k - random, Math.round(k / 6));
  return { neighbours: k - random - uncertain, random, uncertain };
}

export interface CoordinateRun {
  /** Per node, indexed like the scenario's nodes. */
  readonly coords: readonly NetCoord[];
  /** Probe samples taken in all. */
  readonly probes: number;
  /** Per node: how many distinct peers it probed over the run. */
  readonly distinctPeersProbed: readonly number[];
  readonly budget: ProbeBudget;
}

export function simulateCoordinates(
  ids: readonly string[],
  neighbourIndices: readonly Int32Array[],
  meter: LinkMeter,
  options: CoordinateOptions,
): CoordinateRun {
  const { probesPerRound, rounds, seed, dims } = options;
  if (!Number.isInteger(rounds) || rounds < 1) throw new InvalidSimulationOptionsError(['coordinateRounds'], `expected a positive integer, got ${rounds}`);
  const budget = probeBudget(probesPerRound);
  const n = ids.length;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const neighbourIds = neighbourIndices.map((list) => Array.from(list, (j) => ids[j]));
  const knownPeersOf = options.peerSet === 'fixed' ? fixedPools(ids, neighbourIds, budget, seed) : undefined;
  let coords: NetCoord[] = ids.map(() => initialCoord(dims));
  const links: Array<Map<number, LinkStats>> = ids.map(() => new Map());
  let probes = 0;
  for (let round = 1; round <= rounds; round++) {
    const before = coords;
    const next = new Array<NetCoord>(n);
    for (let i = 0; i < n; i++) {
      const mine = links[i];
      const coordErrors = new Map<string, number>();
      for (const j of mine.keys()) coordErrors.set(ids[j], estimateError(before[i], before[j]));
      const targets = selectProbeTargets({
        selfId: ids[i],
        neighbours: neighbourIds[i],
        knownPeers: knownPeersOf?.[i] ?? ids,
        coordErrors,
        k: budget.neighbours,
        randomCount: budget.random,
        uncertainCount: budget.uncertain,
        seed,
        round,
      });
      let coord = before[i];
      for (const target of targets) {
        const j = indexOf.get(target.peerId)!;
        let stats = mine.get(j) ?? initialLinkStats();
        const sample = meter.sampleMs(i, j, stats.samples);
        probes++;
        if (Number.isNaN(sample)) {
          // The data set has no RTT for this pair: to the prober, a probe that timed out.
          mine.set(j, recordTimeout(stats, round));
          continue;
        }
        stats = recordProbe(stats, { atMs: round, rttMs: sample });
        mine.set(j, stats);
        coord = updateCoord(coord, before[j], filteredRttMs(stats) ?? sample, { seed: hashSeed(seed, ids[i], ids[j], stats.samples) });
      }
      next[i] = coord;
    }
    coords = next;
  }
  return { coords, probes, distinctPeersProbed: links.map((m) => m.size), budget };
}

/** Per node: a seeded pool of random + uncertain peers outside its first `neighbours` topology neighbours. */
function fixedPools(ids: readonly string[], neighbourIds: readonly string[][], budget: ProbeBudget, seed: number): string[][] {
  const size = budget.random + budget.uncertain;
  return ids.map((self, i) => {
    const excluded = new Set([self, ...neighbourIds[i].slice(0, budget.neighbours)]);
    const pool = new Set<string>();
    const random = seededRandom(hashSeed(seed, 'peer-pool', self));
    for (let attempt = 0; attempt < 16 * size + 64 && pool.size < size; attempt++) {
      const peer = ids[Math.floor(random() * ids.length)];
      if (!excluded.has(peer)) pool.add(peer);
    }
    return [...pool];
  });
}
