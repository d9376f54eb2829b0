/**
 * Seeded randomness for world generation (mulberry32 and an integer mixer). Kept private to this lib
 * rather than imported from netcoords: a world format should not depend on measurement code.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value in [0, 1) fixed by (seed, a, b, salt) and independent of the order of a and b. */
export function pairFraction(seed: number, a: number, b: number, salt: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(lo + 1, 0xc2b2ae35) ^ Math.imul(hi + 0x27d4eb2f, 0x165667b1) ^ Math.imul(salt + 1, 0x27d4eb2d);
  // murmur3's finaliser spreads every input bit over the output.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
