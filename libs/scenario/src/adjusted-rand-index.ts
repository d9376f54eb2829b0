/**
 * Adjusted Rand index (Hubert & Arabie 1985): agreement of two partitions of the same items,
 * corrected for chance. 1 = identical up to renaming, ~0 = no better than random, < 0 = worse.
 */
import { invalid } from './errors';

export function adjustedRandIndex(labelsA: readonly string[], labelsB: readonly string[]): number {
  if (labelsA.length !== labelsB.length) throw invalid('labels', `partitions differ in size: ${labelsA.length} vs ${labelsB.length}`);
  const n = labelsA.length;
  const together = new Map<string, number>();
  const sizesA = new Map<string, number>();
  const sizesB = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    // JSON keeps ("a|b","c") and ("a","b|c") apart without assuming a separator never occurs.
    const key = JSON.stringify([labelsA[i], labelsB[i]]);
    together.set(key, (together.get(key) ?? 0) + 1);
    sizesA.set(labelsA[i], (sizesA.get(labelsA[i]) ?? 0) + 1);
    sizesB.set(labelsB[i], (sizesB.get(labelsB[i]) ?? 0) + 1);
  }
  const pairs = (k: number) => (k * (k - 1)) / 2;
  const sumPairs = (sizes: Map<string, number>) => [...sizes.values()].reduce((sum, k) => sum + pairs(k), 0);
  const index = sumPairs(together);
  const pairsA = sumPairs(sizesA);
  const pairsB = sumPairs(sizesB);
  const expected = n < 2 ? 0 : (pairsA * pairsB) / pairs(n);
  const max = (pairsA + pairsB) / 2;
  // Zero only when both partitions are the same trivial one (all singletons or one block).
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
