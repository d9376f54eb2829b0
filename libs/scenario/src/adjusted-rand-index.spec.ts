import fc from 'fast-check';
import { adjustedRandIndex } from './adjusted-rand-index';

describe('adjustedRandIndex', () => {
  it('is 1 for identical partitions, whatever the label names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], ['a', 'a', 'b', 'b', 'c'])).toBe(1);
    expect(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], ['x', 'x', 'y', 'y', 'z'])).toBe(1);
  });

  it('matches hand-computed values', () => {
    // Contingency {2,1 | 0,1,2}: Σ C(nij,2) = 2, Σ C(ai,2) = 6, Σ C(bj,2) = 3, C(6,2) = 15
    // → (2 - 6·3/15) / ((6 + 3)/2 - 6·3/15) = 0.8 / 3.3
    expect(adjustedRandIndex(['0', '0', '0', '1', '1', '1'], ['0', '0', '1', '1', '2', '2'])).toBeCloseTo(0.8 / 3.3, 12);
    // (1 - 2·1/6) / (1.5 - 1/3) = 4/7
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '0', '1', '2'])).toBeCloseTo(4 / 7, 12);
    // Crossed pairs are worse than chance: (0 - 4/6) / (2 - 4/6) = -0.5
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '1', '0', '1'])).toBeCloseTo(-0.5, 12);
  });

  it('treats identical trivial partitions as agreeing', () => {
    expect(adjustedRandIndex(['a', 'b', 'c'], ['x', 'y', 'z'])).toBe(1);
    expect(adjustedRandIndex(['a', 'a', 'a'], ['b', 'b', 'b'])).toBe(1);
    expect(adjustedRandIndex([], [])).toBe(1);
  });

  it('does not confuse labels that contain separators', () => {
    expect(adjustedRandIndex(['a|b', 'a'], ['c', 'b|c'])).toBe(adjustedRandIndex(['p', 'q'], ['r', 's']));
  });

  it('is symmetric and at most 1', () => {
    const labels = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(labels, fc.array(fc.constantFrom('w', 'x', 'y'), { minLength: 40, maxLength: 40 }), (a, pool) => {
        const b = pool.slice(0, a.length);
        expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12);
        expect(adjustedRandIndex(a, b)).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('rejects partitions of different sizes', () => {
    expect(() => adjustedRandIndex(['a'], ['a', 'b'])).toThrow('labels: partitions differ in size: 1 vs 2');
  });
});
