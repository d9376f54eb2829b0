/**
 * Normalizers map one scorer's raw values across the feasible candidates of one placement into
 * [0, 1], higher is better; `reverse` is for lower-is-better raws (RTT, queue depth).
 * +Infinity is the top of the scale (loopback bandwidth), −Infinity the bottom, NaN the worst.
 */

function extremes(raw: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of raw) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

function nonFinite(value: number, reverse: boolean): number | undefined {
  if (Number.isNaN(value)) return 0;
  if (value === Infinity) return reverse ? 0 : 1;
  if (value === -Infinity) return reverse ? 1 : 0;
  return undefined;
}

/**
 * The default, as kube's DefaultNormalizeScore: [0, max] maps onto [0, 1] (s = x / max, or
 * 1 − x / max reversed). It keeps proportions, so 75% vs 97% free stays a modest gap instead of
 * becoming 0 vs 1, and the local-node margin keeps its meaning. When every value is 0 the scorer
 * cannot discriminate (0 for all, 1 reversed, as kube). A negative raw falls back to min–max.
 */
export function maxNormalize(raw: readonly number[], reverse: boolean): number[] {
  const { min, max } = extremes(raw);
  if (min < 0) return minMaxNormalize(raw, reverse);
  return raw.map((value) => {
    const special = nonFinite(value, reverse);
    if (special !== undefined) return special;
    if (!(max > 0)) return reverse ? 1 : 0;
    const up = value / max;
    return reverse ? 1 - up : up;
  });
}

/**
 * Min–max: the worst candidate gets 0 and the best 1, whatever the gap between them. Use it for a
 * scorer whose raws sit on an offset scale; when all are equal, all get 1.
 */
export function minMaxNormalize(raw: readonly number[], reverse: boolean): number[] {
  const { min, max } = extremes(raw);
  const span = max - min;
  return raw.map((value) => {
    const special = nonFinite(value, reverse);
    if (special !== undefined) return special;
    if (!(span > 0)) return 1;
    const up = (value - min) / span;
    return reverse ? 1 - up : up;
  });
}

/** For scorers whose raw value already is a score in [0, 1] (flags such as "is the leader"). */
export function identityNormalize(raw: readonly number[], reverse: boolean): number[] {
  return raw.map((value) => {
    const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
    return reverse ? 1 - clamped : clamped;
  });
}
