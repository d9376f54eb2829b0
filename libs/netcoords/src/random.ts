/**
 * Deterministic randomness. Pure code never calls Math.random(): callers pass a seed, so a
 * simulator run, a test and a real node make the same choice from the same inputs.
 */

/** A PRNG returning floats in [0, 1): mulberry32, small and good enough for sampling and tests. */
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

/** Folds ids, rounds and seeds into one 32-bit seed (FNV-1a), e.g. `hashSeed(selfId, peerId, probeCount)`. */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    // A separator keeps ("ab", "c") and ("a", "bc") apart.
    for (const ch of `${String(part)}\u0000`) {
      hash ^= ch.codePointAt(0) ?? 0;
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash >>> 0;
}
