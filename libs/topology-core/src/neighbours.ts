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

/** FNV-1a over the string, then a murmur3 finaliser: a stable, well-spread 32-bit rank. */
function rank(seed: number, selfId: string, peerId: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  const text = `${selfId}\u0000${peerId}`;
  for (let c = 0; c < text.length; c++) h = Math.imul(h ^ text.charCodeAt(c), 0x01000193);
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

/**
 * The bounded neighbour set: the `closest` peers by RTT (ties to the smaller id), plus `far`
 * others chosen by a hash of (seed, self, peer). The result depends only on the inputs' content,
 * not their order, and is the same for the same seed. Self and repeated ids are dropped.
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
  const sorted = [...unique.values()].sort(byRttThenId);
  const near = sorted.slice(0, Math.max(0, closest));
  const rest = sorted.slice(near.length);
  const ranks = new Map(rest.map((c) => [c.id, rank(seed, selfId, c.id)]));
  rest.sort((a, b) => ranks.get(a.id)! - ranks.get(b.id)! || byRttThenId(a, b));
  return near.concat(rest.slice(0, Math.max(0, far)));
}
