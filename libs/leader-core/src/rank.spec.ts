import fc from 'fast-check';
import { InvalidLeaderInputError, InvalidLeaderParamsError } from './errors';
import { compileRankWeights, DEFAULT_RANK_WEIGHTS, rankCandidates, RankComponent, type CandidateInfo, type RankWeights } from './rank';
import { hubCluster, mesh, node, thrownBy } from './testing/fixtures';

const order = (members: CandidateInfo[], weights?: Partial<RankWeights>) => rankCandidates({ members }, weights).map((c) => c.nodeId);

describe('rankCandidates: who ranks first', () => {
  const cases: { name: string; members: CandidateInfo[]; weights?: Partial<RankWeights>; want: string[] }[] = [
    {
      name: 'equal compute: the node closest to everyone wins',
      members: hubCluster(['a', 'b', 'c'], 'b'),
      want: ['b', 'a', 'c'],
    },
    {
      name: 'equal RTT: more cores wins',
      members: mesh([node('a'), node('b', { compute: { cores: 32 } }), node('c')], () => 2),
      want: ['b', 'a', 'c'],
    },
    {
      name: 'GPUs and free VRAM count in the compute score',
      members: mesh([node('a'), node('b'), node('c', { compute: { gpus: 2, freeVramMib: 40_000 } })], () => 2),
      want: ['c', 'a', 'b'],
    },
    {
      name: 'all equal: lowest node id wins (code-unit order)',
      members: mesh([node('n2'), node('N1'), node('n10')], () => 3),
      want: ['N1', 'n10', 'n2'],
    },
    {
      name: 'network outweighs compute under default weights',
      // a: 1 ms to everyone, 8 cores; b and c: 20 ms apart, 16 cores each.
      members: hubCluster(['a', 'b', 'c'], 'a', 1, 20).map((m) => (m.nodeId === 'a' ? m : { ...m, compute: { ...m.compute, cores: 16 } })),
      want: ['a', 'b', 'c'],
    },
    {
      name: 'compute-only weights: the big node wins despite its distance',
      members: mesh([node('a'), node('b', { compute: { cores: 64 } })], () => 1),
      weights: { rttMean: 0, rttMedian: 0, rttCoverage: 0 },
      want: ['b', 'a'],
    },
    {
      name: 'coordinate estimates stand in for unprobed peers',
      members: [
        node('a', { measuredRttMs: { b: 10 } }),
        node('b', { measuredRttMs: { a: 10 } }),
        // c was never probed; its coordinates put it 1 ms from both.
        node('c', { estimatedRttMs: { a: 1, b: 1 } }),
      ],
      want: ['c', 'a', 'b'],
    },
    {
      name: 'a peer with no RTT at all lowers coverage',
      members: [node('a', { measuredRttMs: { b: 1 } }), node('b', { measuredRttMs: { a: 1, c: 1 } }), node('c', { measuredRttMs: { b: 1 } })],
      want: ['b', 'a', 'c'],
    },
  ];
  it.each(cases)('$name', ({ members, weights, want }) => {
    expect(order(members, weights)).toEqual(want);
  });
});

describe('rankCandidates: per-component scores', () => {
  it('reports each component in [0, 1] and the final as Σw·s / Σw', () => {
    const members = mesh([node('a'), node('b', { compute: { cores: 16 } })], () => 1);
    const [first, second] = rankCandidates({ members });
    expect(first).toMatchObject({ nodeId: 'b', position: 0, eligible: true });
    expect(first.scores).toEqual({ rttMean: 1, rttMedian: 1, rttCoverage: 1, cores: 1, freeMemory: 1, gpus: 0, freeVram: 0 });
    expect(second.scores.cores).toBe(0.5);
    // (3 + 2 + 1 + 2·1 + 1) / 10 and (3 + 2 + 1 + 2·0.5 + 1) / 10
    expect(first.final).toBeCloseTo(0.9, 12);
    expect(second.final).toBeCloseTo(0.8, 12);
  });

  it('summarises RTTs with their sources', () => {
    const members = [
      node('a', { measuredRttMs: { b: 2 }, estimatedRttMs: { c: 8, d: 4 } }),
      node('b'),
      node('c'),
      node('d', { measuredRttMs: { a: 6 } }), // a probe in the other direction beats a's estimate
      node('e'),
    ];
    const a = rankCandidates({ members }).find((c) => c.nodeId === 'a');
    expect(a?.rtt).toEqual({ meanMs: (2 + 6 + 8) / 3, medianMs: 6, measured: 2, estimated: 1, unknown: 1 });
    expect(a?.scores.rttCoverage).toBe(0.75);
  });

  it('scores RTT relative to the best, with a 1 ms floor', () => {
    const members = mesh([node('a'), node('b'), node('c')], (x, y) => (x === 'a' || y === 'a' ? 1 : 7));
    const byId = Object.fromEntries(rankCandidates({ members }).map((c) => [c.nodeId, c]));
    expect(byId.a.scores.rttMean).toBe(1);
    expect(byId.b.scores.rttMean).toBeCloseTo((1 + 1) / (4 + 1), 12); // b: mean(1, 7) = 4
  });

  it('gives a lone member full network scores and a member with no RTTs zero', () => {
    expect(rankCandidates({ members: [node('solo')] })[0].scores).toMatchObject({ rttMean: 1, rttMedian: 1, rttCoverage: 1 });
    const blind = rankCandidates({ members: [node('a', { measuredRttMs: { b: 1 } }), node('b'), node('z')] }).find((c) => c.nodeId === 'z');
    expect(blind?.scores).toMatchObject({ rttMean: 0, rttMedian: 0, rttCoverage: 0 });
    expect(blind?.rtt.meanMs).toBeUndefined();
  });

  it('treats invalid measurements as unknown and invalid capacity as zero', () => {
    const members = [node('a', { measuredRttMs: { b: Number.NaN }, compute: { cores: -4 } }), node('b', { measuredRttMs: { a: -1 } })];
    const a = rankCandidates({ members }).find((c) => c.nodeId === 'a');
    expect(a?.rtt.unknown).toBe(1);
    expect(a?.scores.cores).toBe(0);
  });

  it('keeps ineligible members in the ranking, marked', () => {
    const ranking = rankCandidates({ members: mesh([node('a', { eligible: false }), node('b')], () => 1) });
    expect(ranking.map((c) => [c.nodeId, c.eligible])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });
});

describe('rankCandidates: properties', () => {
  const memberArb = fc
    .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 6 })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(fc.record({ cores: fc.integer({ min: 0, max: 64 }), freeMemoryMib: fc.integer({ min: 0, max: 1 << 16 }), gpus: fc.integer({ min: 0, max: 4 }), freeVramMib: fc.integer({ min: 0, max: 80_000 }) }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        fc.array(fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: undefined }), { minLength: ids.length * ids.length, maxLength: ids.length * ids.length }),
      ),
    )
    .map(([ids, computes, rtts]) =>
      ids.map((id, i) => ({
        nodeId: id,
        compute: computes[i],
        measuredRttMs: Object.fromEntries(ids.flatMap((peer, j) => (peer === id || rtts[i * ids.length + j] === undefined ? [] : [[peer, rtts[i * ids.length + j] as number]]))),
      })),
    );

  it('does not depend on the order members are listed in', () => {
    fc.assert(
      fc.property(memberArb, fc.func(fc.integer()), (members, key) => {
        const shuffled = [...members].sort((x, y) => key(x.nodeId) - key(y.nodeId) || (x.nodeId < y.nodeId ? -1 : 1));
        expect(rankCandidates({ members: shuffled })).toEqual(rankCandidates({ members }));
      }),
    );
  });

  it('keeps every score in [0, 1] and orders by final, then id', () => {
    fc.assert(
      fc.property(memberArb, (members) => {
        const ranking = rankCandidates({ members });
        for (const c of ranking) {
          for (const s of [c.final, ...Object.values(c.scores)]) expect(s >= 0 && s <= 1 + 1e-12).toBe(true);
        }
        for (let i = 1; i < ranking.length; i++) {
          const [p, c] = [ranking[i - 1], ranking[i]];
          expect(p.final > c.final || (p.final === c.final && p.nodeId < c.nodeId)).toBe(true);
        }
      }),
    );
  });
});

describe('rank weights', () => {
  it('defaults to the documented table', () => {
    expect(DEFAULT_RANK_WEIGHTS).toEqual({ rttMean: 3, rttMedian: 2, rttCoverage: 1, cores: 2, freeMemory: 1, gpus: 0.5, freeVram: 0.5 });
    expect(Object.keys(DEFAULT_RANK_WEIGHTS).sort()).toEqual(Object.values(RankComponent).sort());
  });

  it('merges partial weights over the defaults', () => {
    expect(compileRankWeights({ gpus: 3 })).toEqual({ ...DEFAULT_RANK_WEIGHTS, gpus: 3 });
  });

  it.each([
    { name: 'negative', weights: { cores: -1 }, fields: ['cores'] },
    { name: 'NaN', weights: { rttMean: Number.NaN }, fields: ['rttMean'] },
    { name: 'unknown component', weights: { latency: 1 } as Partial<RankWeights>, fields: ['latency'] },
    { name: 'all zero', weights: { rttMean: 0, rttMedian: 0, rttCoverage: 0, cores: 0, freeMemory: 0, gpus: 0, freeVram: 0 }, fields: Object.values(RankComponent) },
  ])('rejects $name weights, naming the fields', ({ weights, fields }) => {
    const error = thrownBy(() => compileRankWeights(weights));
    expect(error).toBeInstanceOf(InvalidLeaderParamsError);
    expect([...(error as InvalidLeaderParamsError).fields].sort()).toEqual([...fields].sort());
    expect((error as InvalidLeaderParamsError).retryable).toBe(false);
  });

  it('rejects duplicate member ids', () => {
    expect(() => rankCandidates({ members: [node('a'), node('a')] })).toThrow(InvalidLeaderInputError);
  });
});
