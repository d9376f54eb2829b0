/**
 * The site model behind generated and built-in worlds. Each node belongs to a site at a point on
 * the globe and has a private access delay and uplink; every link property is computed on demand
 * from those, so memory is O(nodes + sites²) whatever the node count.
 *
 *   same site:  rtt = access_i + access_j + 0.3 ms · u               → 0.2–1.5 ms
 *   two sites:  rtt = wan(d) · (1 ± 5%) + access_i + access_j,  wan(d) = 2 · d · 1.5 / 200 km/ms + 2 ms
 *
 * where d is the great-circle distance, 1.5 the fibre path stretch over the great circle, 200 km/ms
 * light in fibre, 2 ms for router hops, and u ∈ [0, 1) a per-pair value hashed from (seed, i, j) so
 * that links are symmetric and reproducible.
 */
import { assertIndex } from './errors';
import { pairFraction } from './random';
import { Scenario, ScenarioNode } from './types';

export interface Site {
  readonly name: string;
  readonly latDeg: number;
  readonly lonDeg: number;
}

/** A node before links exist: its site (by index) and the two numbers links derive from. */
export interface NodeDraft extends ScenarioNode {
  readonly siteIndex: number;
  readonly accessMs: number;
  readonly uplinkMbps: number;
}

const EARTH_RADIUS_KM = 6371;
const FIBRE_KM_PER_MS = 200;
const PATH_STRETCH = 1.5;
const WAN_BASE_MS = 2;
const INTRA_SITE_SPREAD_MS = 0.3;
const WAN_ROUTE_VARIATION = 0.1;
/** WAN capacity at distance 0 and the distance at which it has halved. */
const WAN_CAPACITY_MBPS = 1000;
const WAN_CAPACITY_HALF_KM = 2000;
const WAN_MAX_LOSS = 0.002;
// Salts keep the per-pair draws of different properties independent.
const Salt = { Rtt: 1, Jitter: 2, Loss: 3, Bandwidth: 4 } as const;

export function greatCircleKm(a: Site, b: Site): number {
  const rad = Math.PI / 180;
  const dLat = (b.latDeg - a.latDeg) * rad;
  const dLon = (b.lonDeg - a.lonDeg) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latDeg * rad) * Math.cos(b.latDeg * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function wanRttMs(distanceKm: number): number {
  return (2 * distanceKm * PATH_STRETCH) / FIBRE_KM_PER_MS + WAN_BASE_MS;
}

export function siteWorld(sites: readonly Site[], drafts: readonly NodeDraft[], seed: number): Scenario {
  const s = sites.length;
  const n = drafts.length;
  const siteKm = new Float64Array(s * s);
  for (let a = 0; a < s; a++) for (let b = 0; b < s; b++) siteKm[a * s + b] = greatCircleKm(sites[a], sites[b]);
  const nodes: ScenarioNode[] = drafts.map(({ siteIndex: _siteIndex, accessMs: _accessMs, ...node }) => node);
  const index = new Map(nodes.map((node, i) => [node.id, i]));

  const rttMs = (i: number, j: number): number => {
    assertIndex(i, n);
    assertIndex(j, n);
    if (i === j) return 0;
    const a = drafts[i];
    const b = drafts[j];
    const u = pairFraction(seed, i, j, Salt.Rtt);
    const access = a.accessMs + b.accessMs;
    if (a.siteIndex === b.siteIndex) return access + INTRA_SITE_SPREAD_MS * u;
    return wanRttMs(siteKm[a.siteIndex * s + b.siteIndex]) * (1 + WAN_ROUTE_VARIATION * (u - 0.5)) + access;
  };
  const sameSite = (i: number, j: number) => drafts[i].siteIndex === drafts[j].siteIndex;

  return {
    nodes,
    rttMs,
    // Jitter grows with path length: ~10–50 µs on a LAN, 0.5–1.5 % of the RTT across a WAN.
    jitterMs: (i, j) => {
      const rtt = rttMs(i, j);
      if (i === j) return 0;
      const u = pairFraction(seed, i, j, Salt.Jitter);
      return sameSite(i, j) ? 0.01 + 0.04 * u : rtt * 0.01 * (0.5 + u);
    },
    lossRatio: (i, j) => {
      rttMs(i, j); // validates the indices
      return i === j || sameSite(i, j) ? 0 : WAN_MAX_LOSS * pairFraction(seed, i, j, Salt.Loss);
    },
    bandwidthMbps: (i, j) => {
      rttMs(i, j);
      if (i === j) return Number.POSITIVE_INFINITY;
      const access = Math.min(drafts[i].uplinkMbps, drafts[j].uplinkMbps);
      if (sameSite(i, j)) return access;
      const km = siteKm[drafts[i].siteIndex * s + drafts[j].siteIndex];
      const wan = ((WAN_CAPACITY_MBPS * WAN_CAPACITY_HALF_KM) / (km + WAN_CAPACITY_HALF_KM)) * (0.7 + 0.3 * pairFraction(seed, i, j, Salt.Bandwidth));
      return Math.min(access, wan);
    },
    indexOf: (id) => index.get(id) ?? -1,
    truth: { siteOf: drafts.map((d) => sites[d.siteIndex].name) },
  };
}
