import fc from 'fast-check';
import { ProbeTargetInput, selectProbeTargets } from './probe-targets';

const peers = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);

function input(overrides: Partial<ProbeTargetInput> = {}): ProbeTargetInput {
  const knownPeers = overrides.knownPeers ?? peers(100);
  return {
    selfId: 'n0',
    neighbours: ['n1', 'n2', 'n3', 'n4', 'n5'],
    knownPeers,
    coordErrors: new Map(knownPeers.map((p, i) => [p, (i % 10) / 10])),
    k: 4,
    randomCount: 3,
    uncertainCount: 2,
    seed: 11,
    round: 0,
    ...overrides,
  };
}

describe('selectProbeTargets', () => {
  it('takes the first k neighbours, then random and most uncertain peers', () => {
    const targets = selectProbeTargets(input());
    expect(targets.filter((t) => t.reason === 'neighbour').map((t) => t.peerId)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(targets.filter((t) => t.reason === 'random')).toHaveLength(3);
    const uncertain = targets.filter((t) => t.reason === 'uncertain').map((t) => t.peerId);
    expect(uncertain).toHaveLength(2);
    // Errors are (i % 10) / 10, so the most uncertain peers end in 9.
    expect(uncertain.every((p) => p.endsWith('9'))).toBe(true);
  });

  it('stays O(k) as the fabric grows from 10 to 10,000 known peers', () => {
    const bound = 4 + 3 + 2;
    const counts = [10, 100, 1_000, 10_000].map((n) => selectProbeTargets(input({ knownPeers: peers(n) })).length);
    expect(counts).toEqual([bound, bound, bound, bound]);
  });

  it('is deterministic for a seed and rotates random picks between rounds', () => {
    expect(selectProbeTargets(input())).toEqual(selectProbeTargets(input()));
    const randomPicks = (round: number) =>
      selectProbeTargets(input({ round, knownPeers: peers(1_000) }))
        .filter((t) => t.reason === 'random')
        .map((t) => t.peerId);
    expect(randomPicks(1)).not.toEqual(randomPicks(2));
  });

  it('returns fewer targets, never self or duplicates, when few peers exist', () => {
    const targets = selectProbeTargets(input({ neighbours: ['n1', 'n1', 'n0'], knownPeers: ['n0', 'n1', 'n2'] }));
    expect(targets.map((t) => t.peerId).sort()).toEqual(['n1', 'n2']);
  });

  it('never exceeds k + randomCount + uncertainCount, never picks self, never repeats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer(),
        (n, k, randomCount, uncertainCount, seed) => {
          const known = peers(n);
          const targets = selectProbeTargets(input({ knownPeers: known, coordErrors: new Map(known.map((p) => [p, 1])), neighbours: known.slice(0, 20), k, randomCount, uncertainCount, seed }));
          const ids = targets.map((t) => t.peerId);
          expect(ids.length).toBeLessThanOrEqual(k + randomCount + uncertainCount);
          expect(ids).not.toContain('n0');
          expect(new Set(ids).size).toBe(ids.length);
          // With enough eligible peers every slot is filled.
          if (n > 1 + 20 + randomCount + uncertainCount) expect(ids.length).toBe(k + randomCount + uncertainCount);
        },
      ),
    );
  });

  it('rejects negative or fractional counts', () => {
    expect(() => selectProbeTargets(input({ k: -1 }))).toThrow('k:');
    expect(() => selectProbeTargets(input({ randomCount: 1.5 }))).toThrow('randomCount');
  });
});
