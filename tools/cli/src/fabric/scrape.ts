/** Sums of Prometheus counters by metric and by one label, from the text exposition format. */
export type CounterSums = Record<string, Record<string, number>>;

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{([^}]*)\}\s+([0-9.eE+-]+|NaN|\+Inf|-Inf)$/;

/** Parses `name{labels} value` samples of the named metrics and sums them by the given label. */
export function sumCountersByLabel(text: string, metrics: readonly string[], label: string): CounterSums {
  const out: CounterSums = Object.fromEntries(metrics.map((m) => [m, {}]));
  for (const line of text.split('\n')) {
    const m = SAMPLE.exec(line.trim());
    if (!m || !(m[1]! in out)) continue;
    const labels = Object.fromEntries([...m[2]!.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    const key = labels[label] ?? '';
    const bucket = out[m[1]!]!;
    bucket[key] = (bucket[key] ?? 0) + Number(m[3]);
  }
  return out;
}
