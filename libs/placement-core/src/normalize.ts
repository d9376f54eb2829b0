/**
 * Min–max normalization into [0, 1] across the feasible candidates of one placement, as kube's
 * DefaultNormalizeScore does for [0, MaxScore]; `reverse` flips it for lower-is-better scores.
 * When every candidate scores the same the scorer cannot discriminate, so all get 1.
 * +Infinity is the top of the scale (e.g. loopback bandwidth), −Infinity the bottom, NaN the worst.
 */
export function minMaxNormalize(raw: readonly number[], reverse: boolean): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const value of raw) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const span = max - min;
  return raw.map((value) => {
    if (Number.isNaN(value)) return 0;
    if (value === Infinity) return reverse ? 0 : 1;
    if (value === -Infinity) return reverse ? 1 : 0;
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
