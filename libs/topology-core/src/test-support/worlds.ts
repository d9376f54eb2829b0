import type { LocalWorld, TopologyState, WorldLink } from '../engine';
import { chooseNeighbours } from '../neighbours';
import type { NodeAttributes } from '../types';
import { plainNode } from './builders';

/** mulberry32: a tiny deterministic PRNG for building test worlds. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A full (small) world: symmetric RTT and bandwidth matrices plus attributes and the true site of each node. */
export interface MatrixWorld {
  readonly ids: string[];
  readonly nodes: NodeAttributes[];
  readonly siteOf: number[];
  readonly rttMs: number[][];
  readonly bandwidthMbps: number[][];
}

/** Bounded neighbour lists drawn from the matrices with `chooseNeighbours`, as a deployment would. */
export function localWorldOf(m: MatrixWorld, closest = 16, far = 4, seed = 1): LocalWorld {
  const lists: WorldLink[][] = m.ids.map((selfId, i) => {
    const candidates = m.ids.flatMap((id, j) => (j === i ? [] : [{ id, j, rttMs: m.rttMs[i][j] }]));
    return chooseNeighbours(selfId, candidates, { closest, far, seed }).map((c) => ({
      j: c.j,
      rttMs: c.rttMs,
      bandwidthMbps: m.bandwidthMbps[i][c.j],
    }));
  });
  // Any node can probe any other (a core check probes the cluster's origin and deputies).
  return { ids: m.ids, nodes: m.nodes, neighboursOf: (i) => lists[i], measure: (i, j) => m.rttMs[i][j] };
}

/** The same world with each RTT multiplied by `factor(i, j)` (kept symmetric). */
export function scaleRtts(m: MatrixWorld, factor: (i: number, j: number) => number): MatrixWorld {
  const rttMs = m.rttMs.map((row) => row.slice());
  for (let i = 0; i < m.ids.length; i++) {
    for (let j = i + 1; j < m.ids.length; j++) {
      const f = factor(i, j);
      rttMs[i][j] = m.rttMs[i][j] * f;
      rttMs[j][i] = m.rttMs[j][i] * f;
    }
  }
  return { ...m, rttMs };
}

/** The same world with nodes listed in another order (`order[k]` = old index of new node k). */
export function permuteWorld(m: MatrixWorld, order: readonly number[]): MatrixWorld {
  return {
    ids: order.map((o) => m.ids[o]),
    nodes: order.map((o) => m.nodes[o]),
    siteOf: order.map((o) => m.siteOf[o]),
    rttMs: order.map((a) => order.map((b) => m.rttMs[a][b])),
    bandwidthMbps: order.map((a) => order.map((b) => m.bandwidthMbps[a][b])),
  };
}

export interface SiteWorldSpec {
  readonly siteSizes: readonly number[];
  readonly seed: number;
  /** Inside a site (default 0.2–1.5 ms). */
  readonly intraRttMs?: readonly [number, number];
  /** Between two sites' base RTT (default 10–300 ms), each link ±10% around its pair's base. */
  readonly interRttMs?: readonly [number, number];
  readonly attributes?: (i: number, random: () => number) => NodeAttributes;
}

/** Sites with known truth: LAN-like RTTs inside, WAN-like between. Ids are zero-padded so order is numeric. */
export function siteWorld(spec: SiteWorldSpec): MatrixWorld {
  const random = prng(spec.seed);
  const [intraLo, intraHi] = spec.intraRttMs ?? [0.2, 1.5];
  const [interLo, interHi] = spec.interRttMs ?? [10, 300];
  const siteOf = spec.siteSizes.flatMap((size, s) => new Array<number>(size).fill(s));
  const n = siteOf.length;
  const ids = siteOf.map((_, i) => `n${String(i).padStart(4, '0')}`);
  const nodes = siteOf.map((_, i) => spec.attributes?.(i, random) ?? plainNode);
  const sites = spec.siteSizes.length;
  const base = Array.from({ length: sites }, () => new Array<number>(sites).fill(0));
  for (let a = 0; a < sites; a++) {
    for (let b = a + 1; b < sites; b++) base[a][b] = base[b][a] = interLo + random() * (interHi - interLo);
  }
  const rttMs = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const bandwidthMbps = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const sameSite = siteOf[i] === siteOf[j];
      const rtt = sameSite
        ? intraLo + random() * (intraHi - intraLo)
        : base[siteOf[i]][siteOf[j]] * (0.9 + 0.2 * random());
      const bandwidth = sameSite ? 1000 : 5 + random() * 995;
      rttMs[i][j] = rttMs[j][i] = rtt;
      bandwidthMbps[i][j] = bandwidthMbps[j][i] = bandwidth;
    }
  }
  return { ids, nodes, siteOf, rttMs, bandwidthMbps };
}

/** Groups node indices by a label, as a set of sorted index lists, for partition comparison. */
export function partition(labels: readonly (string | number)[]): string[] {
  const groups = new Map<string | number, number[]>();
  labels.forEach((label, i) => {
    const group = groups.get(label);
    if (group === undefined) groups.set(label, [i]);
    else group.push(i);
  });
  return [...groups.values()].map((g) => g.join(',')).sort();
}

/** Projects a result onto ids, so results of differently ordered worlds can be compared. */
export function byId(ids: readonly string[], state: TopologyState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ids.forEach((id, i) => {
    out[id] = [state.clusterOf[i], state.parentOf[i], state.relayOf[i], state.computeHeavy[i], state.fanoutOf[i]];
  });
  return out;
}

/** Multiplies every link's RTT by `factor(i, j)`, keeping the neighbour lists as they are. */
export function jitterLinks(world: LocalWorld, factor: (i: number, j: number) => number): LocalWorld {
  const lists = world.ids.map((_, i) => world.neighboursOf(i).map((l) => ({ ...l, rttMs: l.rttMs * factor(i, l.j) })));
  return { ...world, neighboursOf: (i) => lists[i] };
}

/** A symmetric per-pair factor in [lo, hi], deterministic for the seed. */
export function pairFactors(seed: number, lo: number, hi: number): (i: number, j: number) => number {
  const random = prng(seed);
  const memo = new Map<string, number>();
  return (i, j) => {
    const key = i < j ? `${i}:${j}` : `${j}:${i}`;
    let f = memo.get(key);
    if (f === undefined) memo.set(key, (f = lo + random() * (hi - lo)));
    return f;
  };
}

/**
 * A large world built without any n×n structure: each node lists `closest` random peers of its
 * own site (0.2–1.5 ms) and `far` random peers elsewhere (the site pair's 20–300 ms base ±10%).
 */
export function largeSiteWorld(sites: number, perSite: number, closest: number, far: number, seed: number) {
  const random = prng(seed);
  const n = sites * perSite;
  const siteOf = Array.from({ length: n }, (_, i) => Math.floor(i / perSite));
  const ids = siteOf.map((_, i) => `n${String(i).padStart(6, '0')}`);
  const base = Array.from({ length: sites }, () => new Array<number>(sites).fill(0));
  for (let a = 0; a < sites; a++) for (let b = a + 1; b < sites; b++) base[a][b] = base[b][a] = 20 + random() * 280;
  const lists: WorldLink[][] = siteOf.map((site, i) => {
    const links: WorldLink[] = [];
    for (let c = 0; c < closest; c++) {
      const j = site * perSite + Math.floor(random() * perSite);
      if (j !== i) links.push({ j, rttMs: 0.2 + random() * 1.3, bandwidthMbps: 1000 });
    }
    for (let f = 0; f < far && sites > 1; f++) {
      const j = Math.floor(random() * n);
      if (siteOf[j] !== site) links.push({ j, rttMs: base[site][siteOf[j]] * (0.9 + 0.2 * random()), bandwidthMbps: 100 });
    }
    return links;
  });
  // A probe beyond the lists (a core check): a symmetric value hashed from the pair, in the same ranges.
  const measure = (i: number, j: number): number => {
    const u = prng((Math.min(i, j) * 1_000_003 + Math.max(i, j)) ^ seed)();
    return siteOf[i] === siteOf[j] ? 0.2 + u * 1.3 : base[siteOf[i]][siteOf[j]] * (0.9 + 0.2 * u);
  };
  const world: LocalWorld = { ids, nodes: ids.map(() => plainNode), neighboursOf: (i) => lists[i], measure };
  return { world, siteOf };
}
