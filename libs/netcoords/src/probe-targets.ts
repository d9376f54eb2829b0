/**
 * Which peers a node probes this round. Never all-pairs: at most `k` neighbours, `randomCount`
 * random peers (so coordinates keep seeing far-away nodes, which Vivaldi needs to avoid folding
 * distant clusters onto each other) and `uncertainCount` peers whose coordinate error is highest.
 * Per-node probe traffic is therefore bounded by k + randomCount + uncertainCount whatever the size
 * of the fabric.
 */
import { NetCoordsError } from './errors';
import { hashSeed, seededRandom } from './random';

export const ProbeReason = { Neighbour: 'neighbour', Random: 'random', Uncertain: 'uncertain' } as const;
export type ProbeReason = (typeof ProbeReason)[keyof typeof ProbeReason];

export interface ProbeTarget {
  peerId: string;
  reason: ProbeReason;
}

export interface ProbeTargetInput {
  selfId: string;
  /** Topology neighbours, closest first; the first `k` are probed. */
  neighbours: readonly string[];
  /** Every peer this node has heard of; only sampled from, never walked in full for randomness. */
  knownPeers: readonly string[];
  /** Coordinate error per peer (as `estimateError` gives it); peers absent here are not ranked. */
  coordErrors: ReadonlyMap<string, number>;
  k: number;
  randomCount: number;
  uncertainCount: number;
  seed: number;
  /** Mixed into the seed so the random picks rotate from round to round. */
  round: number;
}

export function selectProbeTargets(input: ProbeTargetInput): ProbeTarget[] {
  const { selfId, k, randomCount, uncertainCount } = input;
  for (const [field, value] of [['k', k], ['randomCount', randomCount], ['uncertainCount', uncertainCount]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new NetCoordsError(`${field}: expected a non-negative integer, got ${value}`);
  }
  const chosen = new Set<string>([selfId]);
  const targets: ProbeTarget[] = [];
  const take = (peerId: string, reason: ProbeReason): void => {
    chosen.add(peerId);
    targets.push({ peerId, reason });
  };

  for (const peerId of input.neighbours) {
    if (targets.length >= k) break;
    if (!chosen.has(peerId)) take(peerId, ProbeReason.Neighbour);
  }

  const random = seededRandom(hashSeed(input.seed, selfId, input.round));
  for (const peerId of samplePeers(input.knownPeers, chosen, randomCount, random)) take(peerId, ProbeReason.Random);

  for (const peerId of mostUncertain(input.coordErrors, chosen, uncertainCount, hashSeed(input.seed, selfId, input.round, 'uncertain'))) {
    take(peerId, ProbeReason.Uncertain);
  }
  return targets;
}

/** Up to `count` distinct peers not in `excluded`, in O(count) expected draws when peers are plentiful. */
function samplePeers(peers: readonly string[], excluded: ReadonlySet<string>, count: number, random: () => number): string[] {
  if (count === 0 || peers.length === 0) return [];
  const picked = new Set<string>();
  // Rejection sampling stays cheap while most peers are eligible; the attempt cap bounds the work.
  const maxAttempts = 8 * count + 16;
  for (let attempt = 0; attempt < maxAttempts && picked.size < count; attempt++) {
    const peerId = peers[Math.floor(random() * peers.length)];
    if (!excluded.has(peerId)) picked.add(peerId);
  }
  if (picked.size < count) {
    // Few eligible peers: a partial Fisher–Yates shuffle of the rest finds them all.
    const rest = peers.filter((p) => !excluded.has(p) && !picked.has(p));
    for (let i = 0; i < rest.length && picked.size < count; i++) {
      const j = i + Math.floor(random() * (rest.length - i));
      [rest[i], rest[j]] = [rest[j], rest[i]];
      picked.add(rest[i]);
    }
  }
  return [...picked];
}

/** The `count` peers with the highest error; equal errors are ordered by a seeded hash so they rotate. */
function mostUncertain(errors: ReadonlyMap<string, number>, excluded: ReadonlySet<string>, count: number, seed: number): string[] {
  if (count === 0) return [];
  const best: { peerId: string; error: number; tie: number }[] = [];
  const before = (a: (typeof best)[number], b: (typeof best)[number]): boolean => a.error > b.error || (a.error === b.error && a.tie < b.tie);
  for (const [peerId, error] of errors) {
    if (excluded.has(peerId) || !Number.isFinite(error)) continue;
    const entry = { peerId, error, tie: hashSeed(seed, peerId) };
    // A bounded insertion keeps this O(peers · count) with no full sort.
    if (best.length === count && !before(entry, best[count - 1])) continue;
    let i = best.length;
    while (i > 0 && before(entry, best[i - 1])) i--;
    best.splice(i, 0, entry);
    if (best.length > count) best.pop();
  }
  return best.map((e) => e.peerId);
}
