import fc from 'fast-check';
import { chooseNeighbours } from './neighbours';

const peers = (rtts: number[]) => rtts.map((rttMs, k) => ({ id: `p${String(k).padStart(2, '0')}`, rttMs }));

describe('chooseNeighbours', () => {
  it('takes the k closest, ties to the smaller id, then a few far ones', () => {
    const candidates = peers([5, 1, 1, 90, 80, 70, 60, 50]);
    const chosen = chooseNeighbours('self', candidates, { closest: 3, far: 2, seed: 7 });
    expect(chosen.slice(0, 3).map((c) => c.id)).toEqual(['p01', 'p02', 'p00']);
    expect(chosen).toHaveLength(5);
    const far = chosen.slice(3).map((c) => c.rttMs);
    far.forEach((rtt) => expect(rtt).toBeGreaterThanOrEqual(50));
  });

  it('drops itself and repeated ids (keeping the lower RTT)', () => {
    const chosen = chooseNeighbours('self', [{ id: 'self', rttMs: 0 }, { id: 'a', rttMs: 9 }, { id: 'a', rttMs: 2 }], { closest: 4, far: 0 });
    expect(chosen).toEqual([{ id: 'a', rttMs: 2 }]);
  });

  it('puts unknown (NaN) RTTs last', () => {
    const chosen = chooseNeighbours('self', [{ id: 'a', rttMs: NaN }, { id: 'b', rttMs: 30 }], { closest: 1, far: 0 });
    expect(chosen.map((c) => c.id)).toEqual(['b']);
  });

  it('far picks depend on the seed', () => {
    const candidates = peers(Array.from({ length: 40 }, (_, k) => 10 + k));
    const picks = new Set([1, 2, 3, 4, 5].map((seed) => chooseNeighbours('self', candidates, { closest: 2, far: 3, seed }).slice(2).map((c) => c.id).join()));
    expect(picks.size).toBeGreaterThan(1);
  });

  it('is deterministic and independent of the candidates order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 300, noNaN: true }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer(),
        fc.integer(),
        (rtts, closest, far, seed, shuffleSeed) => {
          const candidates = peers(rtts);
          const shuffled = fc.sample(fc.shuffledSubarray(candidates, { minLength: candidates.length }), { seed: shuffleSeed, numRuns: 1 })[0];
          const a = chooseNeighbours('self', candidates, { closest, far, seed });
          const b = chooseNeighbours('self', shuffled, { closest, far, seed });
          expect(b).toEqual(a);
          expect(a.length).toBe(Math.min(candidates.length, closest + far));
        },
      ),
    );
  });
});
