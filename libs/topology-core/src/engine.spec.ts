import { iterateToFixedPoint, type LocalWorld } from './engine';
import { InvalidWorldError } from './errors';
import { DEFAULT_CA_PARAMS as p, compileCaParams } from './params';
import { MembershipReason } from './rules/membership';
import { plainNode } from './test-support/builders';
import { jitterLinks, largeSiteWorld, localWorldOf, partition, type MatrixWorld } from './test-support/worlds';

/** Three sites on three continents, RTTs written out by hand. */
function threeSiteWorld(): MatrixWorld {
  const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3'];
  const siteOf = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2];
  const intra: Record<string, number> = { 'a1-a2': 0.3, 'a1-a3': 0.9, 'a1-a4': 1.4, 'a2-a3': 0.5, 'a2-a4': 1.1, 'a3-a4': 0.2, 'b1-b2': 0.6, 'b1-b3': 1.5, 'b2-b3': 0.8, 'c1-c2': 0.25, 'c1-c3': 0.7, 'c2-c3': 1.2 };
  const between = [[0, 40, 150], [40, 0, 90], [150, 90, 0]];
  const rttMs = ids.map((x, i) => ids.map((y, j) => (i === j ? 0 : siteOf[i] === siteOf[j] ? intra[i < j ? `${x}-${y}` : `${y}-${x}`] : between[siteOf[i]][siteOf[j]] + (i + j) % 3)));
  const bandwidthMbps = ids.map((_, i) => ids.map((_, j) => (siteOf[i] === siteOf[j] ? 1000 : 200)));
  const nodes = ids.map((id) =>
    id === 'a2' ? { ...plainNode, gpus: 2, vramMb: 24576 } : id === 'b2' ? { ...plainNode, relayLoadMbps: 900 } : plainNode,
  );
  return { ids, nodes, siteOf, rttMs, bandwidthMbps };
}

function pairWorld(rttMs: number, listedBy: 'both' | 'b-only' = 'both'): LocalWorld {
  const lists = [listedBy === 'both' ? [{ j: 1, rttMs, bandwidthMbps: 1000 }] : [], [{ j: 0, rttMs, bandwidthMbps: 1000 }]];
  return { ids: ['a', 'b'], nodes: [plainNode, plainNode], neighboursOf: (i) => lists[i] };
}

describe('iterateToFixedPoint on a hand-built 3-site world', () => {
  const m = threeSiteWorld();
  const world = localWorldOf(m, 3, 2, 11);
  const r = iterateToFixedPoint(world, p, 50);
  const at = (id: string) => m.ids.indexOf(id);

  it('puts every site in one cluster named by its smallest id, and sites apart', () => {
    expect(r.converged).toBe(true);
    expect(r.clusterOf).toEqual(['a1', 'a1', 'a1', 'a1', 'b1', 'b1', 'b1', 'c1', 'c1', 'c1']);
  });

  it('says why each node is where it is', () => {
    expect(r.because[at('a1')]).toBe(MembershipReason.StayedOrigin);
    expect(r.because[at('a2')]).toBe(MembershipReason.JoinedCluster);
  });

  it('gives every node a relay in another cluster', () => {
    r.relayOf.forEach((relay, i) => {
      expect(relay).not.toBeNull();
      expect(r.clusterOf[at(relay!)]).not.toBe(r.clusterOf[i]);
    });
  });

  it('marks only the GPU-rich node as accepting compute-heavy work', () => {
    expect(m.ids.filter((_, i) => r.computeHeavy[i])).toEqual(['a2']);
  });

  it('puts the saturated node under a parent of its own cluster, with its fan-out at the floor', () => {
    const parent = r.parentOf[at('b2')];
    expect(parent).not.toBeNull();
    expect(r.clusterOf[at(parent!)]).toBe('b1');
    expect(r.fanoutOf[at('b2')]).toBe(p.minFanout);
    expect(r.parentOf.filter((x) => x !== null)).toHaveLength(1);
  });

  it('is already at its fixed point when continued from its own result', () => {
    const again = iterateToFixedPoint(world, p, 50, r);
    expect([again.rounds, again.converged, again.firedRules]).toEqual([1, true, {}]);
    expect(again.clusterOf).toEqual(r.clusterOf);
  });
});

describe('message counting', () => {
  it('counts a full announcement in round 1, then only the nodes that changed', () => {
    const r = iterateToFixedPoint(pairWorld(0.5), p, 10);
    // Round 1: b joins a; a, still seeing b as cluster "b", takes it as relay.
    // Round 2: a sees b in its cluster and drops the relay. Round 3: quiet.
    expect(r.messagesByRound).toEqual([2, 2, 1]);
    expect([r.rounds, r.messages, r.converged]).toEqual([3, 5, true]);
    expect(r.firedRules).toEqual({ 'joined-smaller-cluster-id': 1, 'closest-peer-in-other-cluster': 1, 'no-peer-in-other-cluster': 1 });
  });

  it('a link listed by one side only is known to both', () => {
    const r = iterateToFixedPoint(pairWorld(0.5, 'b-only'), p, 10);
    expect(r.clusterOf).toEqual(['a', 'a']);
    expect(r.messagesByRound[0]).toBe(2);
  });

  it('reports no convergence when the round limit comes first', () => {
    const r = iterateToFixedPoint(pairWorld(0.5), p, 1);
    expect([r.rounds, r.converged]).toEqual([1, false]);
  });
});

describe('hysteresis in the engine', () => {
  // T pinned at X = 3 ms (cap = X turns the relative rule off) so the band is easy to read: join < T(1−h), stay ≤ T(1+h).
  const world = (cRttMs: number): LocalWorld => {
    const lists = [
      [{ j: 1, rttMs: 0.3, bandwidthMbps: 1000 }, { j: 2, rttMs: cRttMs, bandwidthMbps: 1000 }],
      [{ j: 2, rttMs: cRttMs, bandwidthMbps: 1000 }],
      [],
    ];
    return { ids: ['a', 'b', 'c'], nodes: [plainNode, plainNode, plainNode], neighboursOf: (i) => lists[i] };
  };
  it.each([
    { name: 'h = 0.25: +20% on a 2.2 ms link keeps c', hysteresis: 0.25, rttMs: 2.2, want: ['a', 'a', 'a'] },
    { name: 'h = 0: +20% on a 2.8 ms link splits c off', hysteresis: 0, rttMs: 2.8, want: ['a', 'a', 'c'] },
  ])('$name', ({ hysteresis, rttMs, want }) => {
    const params = compileCaParams({ hysteresis, maxCandidateRttMs: 3 });
    const settled = iterateToFixedPoint(world(rttMs), params, 20);
    expect(settled.clusterOf).toEqual(['a', 'a', 'a']);
    const jittered = iterateToFixedPoint(jitterLinks(world(rttMs), () => 1.2), params, 20, settled);
    expect(jittered.clusterOf).toEqual(want);
  });
});

describe('validation', () => {
  const ok = pairWorld(1);
  it.each([
    { name: 'duplicate ids', world: { ...ok, ids: ['a', 'a'] } },
    { name: 'attributes missing', world: { ...ok, nodes: [plainNode] } },
    { name: 'a link to itself', world: { ...ok, neighboursOf: () => [{ j: 0, rttMs: 1, bandwidthMbps: 1 }] } },
    { name: 'a link to nowhere', world: { ...ok, neighboursOf: () => [{ j: 5, rttMs: 1, bandwidthMbps: 1 }] } },
    { name: 'a negative RTT', world: { ...ok, neighboursOf: (i: number) => [{ j: 1 - i, rttMs: -1, bandwidthMbps: 1 }] } },
  ])('rejects $name', ({ world }) => {
    expect(() => iterateToFixedPoint(world, p, 10)).toThrow(InvalidWorldError);
  });

  it('rejects a round limit below 1 and a starting state of the wrong size', () => {
    expect(() => iterateToFixedPoint(ok, p, 0)).toThrow(InvalidWorldError);
    const short = { clusterOf: ['a'], clusterHopsOf: [0], parentOf: [null], relayOf: [null], computeHeavy: [false], fanoutOf: [16] };
    expect(() => iterateToFixedPoint(ok, p, 10, short)).toThrow(InvalidWorldError);
  });
});

describe('scale', () => {
  it('10,000 nodes with k = 16 + 4 converge to their sites, with messages per node per round bounded by the degree', () => {
    const small = largeSiteWorld(10, 100, 16, 4, 7);
    const large = largeSiteWorld(10, 1000, 16, 4, 7);
    const perNodeRound = (n: number, r: { messages: number; rounds: number }) => r.messages / n / r.rounds;
    const smallResult = iterateToFixedPoint(small.world, p, 100);
    const largeResult = iterateToFixedPoint(large.world, p, 100);
    expect(largeResult.converged).toBe(true);
    expect(partition(largeResult.clusterOf)).toEqual(partition(large.siteOf));
    expect(largeResult.rounds).toBeLessThan(20);
    // Every node lists 20 peers and is listed by about 20: announcements per node per round stay under 2·(16 + 4).
    expect(perNodeRound(10_000, largeResult)).toBeLessThan(40);
    expect(perNodeRound(10_000, largeResult)).toBeLessThan(1.5 * perNodeRound(1_000, smallResult));
  });
});

describe('bounded diameter', () => {
  /**
   * A metro chain: 12 nodes in a line, 4 ms between neighbours (inside the join band), so
   * label propagation alone would put both ends, 44 ms apart, in one cluster.
   */
  it('a chain of short links does not make one cluster; every cluster stays within 2R·(1+h) of its core', () => {
    const n = 12;
    const ids = Array.from({ length: n }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const rtt = (i: number, j: number) => (i === j ? 0 : 4 * Math.abs(i - j));
    const lists = ids.map((_, i) => [i - 1, i + 1].filter((j) => j >= 0 && j < n).map((j) => ({ j, rttMs: rtt(i, j), bandwidthMbps: 1000 })));
    const world = { ids, nodes: ids.map(() => plainNode), neighboursOf: (i: number) => lists[i], measure: rtt };
    const r = iterateToFixedPoint(world, p, 100);
    expect(r.converged).toBe(true);
    const members = new Map<string, number[]>();
    r.clusterOf.forEach((c, i) => members.set(c, [...(members.get(c) ?? []), i]));
    expect(members.size).toBeGreaterThan(1);
    for (const list of members.values()) expect(4 * (Math.max(...list) - Math.min(...list))).toBeLessThanOrEqual(2 * 16 * 1.25); // T = 8 ms (the cap), R = 16 ms
    expect(r.coreProbes).toBeGreaterThan(0);
  });

  it('a triangle-inequality violation: A–B and B–C 2.6 ms, A–C 123 ms never share a cluster', () => {
    const ids = ['a', 'b', 'c'];
    const m = [[0, 2.6, 123], [2.6, 0, 2.6], [123, 2.6, 0]];
    const lists = ids.map((_, i) => ids.flatMap((__, j) => (j === i ? [] : [{ j, rttMs: m[i][j], bandwidthMbps: 1000 }])));
    const r = iterateToFixedPoint({ ids, nodes: ids.map(() => plainNode), neighboursOf: (i) => lists[i], measure: (i, j) => m[i][j] }, p, 50);
    expect(r.converged).toBe(true);
    expect(r.clusterOf[0]).not.toBe(r.clusterOf[2]);
    // The origin keeps the closer one (its first deputy), ties to the smaller id: a joins, c does not.
    expect(r.clusterOf).toEqual(['a', 'a', 'c']);
  });
});
