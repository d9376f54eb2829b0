/** A peer a node could probe, with its RTT as measured or estimated (e.g. from coordinates). */
export interface PeerCandidate {
  readonly id: string;
  readonly rttMs: number;
}

export interface NeighbourSelection {
  /** The k closest peers: they decide membership. */
  readonly closest: number;
  /** A few more, picked pseudo-randomly from the rest, so every cell keeps WAN reach (relays). */
  readonly far: number;
  readonly seed: number;
}

export const DEFAULT_NEIGHBOUR_SELECTION: NeighbourSelection = Object.freeze({ closest: 16, far: 4, seed: 0 });

/** FNV-1a over a string, continuing from `h`. */
function fnv1a(h: number, text: string): number {
  for (let c = 0; c < text.length; c++) h = Math.imul(h ^ text.charCodeAt(c), 0x01000193);
  return h;
}

/** murmur3's finaliser, so nearby FNV states spread over the whole 32-bit range. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function byRttThenId(a: PeerCandidate, b: PeerCandidate): number {
  const ra = Number.isNaN(a.rttMs) ? Infinity : a.rttMs;
  const rb = Number.isNaN(b.rttMs) ? Infinity : b.rttMs;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Keeps the `limit` smallest items under `compare`, sorted; O(c·limit) worst case, O(c) typically. */
function insertBounded<T>(kept: T[], item: T, limit: number, compare: (a: T, b: T) => number): void {
  if (limit <= 0 || (kept.length === limit && compare(item, kept[limit - 1]) >= 0)) return;
  let at = kept.length === limit ? limit - 1 : kept.length;
  kept[at] = item;
  while (at > 0 && compare(kept[at], kept[at - 1]) < 0) {
    [kept[at - 1], kept[at]] = [kept[at], kept[at - 1]];
    at--;
  }
}

/**
 * The bounded neighbour set: the `closest` peers by RTT (ties to the smaller id), plus `far`
 * others chosen by a hash of (seed, self, peer). The result depends only on the inputs' content,
 * not their order, and is the same for the same seed. Self and repeated ids are dropped.
 * One pass over the candidates, no full sort: callers may pass thousands.
 */
export function chooseNeighbours<P extends PeerCandidate>(
  selfId: string,
  candidates: readonly P[],
  selection: Partial<NeighbourSelection> = {},
): P[] {
  const { closest, far, seed } = { ...DEFAULT_NEIGHBOUR_SELECTION, ...selection };
  const unique = new Map<string, P>();
  for (const c of candidates) {
    if (c.id === selfId) continue;
    const seen = unique.get(c.id);
    if (seen === undefined || byRttThenId(c, seen) < 0) unique.set(c.id, c);
  }
  const near: P[] = [];
  for (const c of unique.values()) insertBounded(near, c, closest, byRttThenId);
  const nearIds = new Set(near.map((c) => c.id));
  const selfState = fnv1a(0x811c9dc5 ^ (seed >>> 0), `${selfId}\u0000`);
  const ranked: Array<{ rank: number; peer: P }> = [];
  const byRank = (a: { rank: number; peer: P }, b: { rank: number; peer: P }) => a.rank - b.rank || byRttThenId(a.peer, b.peer);
  for (const c of unique.values()) {
    if (!nearIds.has(c.id)) insertBounded(ranked, { rank: mix(fnv1a(selfState, c.id)), peer: c }, far, byRank);
  }
  return near.concat(ranked.map((r) => r.peer));
}
