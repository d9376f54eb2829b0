/**
 * Measurement noise: what a probe sees on top of the scenario's RTT. The busy-host model is the
 * one issue 17 observed (probes measure the event loop as much as the link): a share of hosts is
 * busy, and a probe that crosses a busy host is, with some probability per busy end, delayed by a
 * heavy-tailed (Pareto) amount. Every host also adds a little positive queueing jitter. Delays are
 * only ever added, never subtracted: that is why a low-percentile filter recovers the link.
 * Pure and seeded: the same (seed, pair, sample index) always gives the same sample.
 */
import { hashSeed, seededRandom } from '@cellmesh/netcoords';
import { InvalidSimulationOptionsError } from './errors';

export interface MeasurementNoise {
  /** Share of hosts that are busy (chosen by a hash of seed and id). */
  readonly busyHostShare: number;
  /** Chance that a probe is delayed by each busy end it crosses. */
  readonly busyDelayProbability: number;
  /** Pareto scale (the smallest busy delay), ms. */
  readonly busyDelayScaleMs: number;
  /** Pareto shape α: 1 < α ≤ 2 is heavy-tailed with a finite mean (α = 1.2: mean 6× the scale, a long tail). */
  readonly busyDelayShape: number;
  /** Every sample gains up to this fraction of its RTT as queueing jitter (uniform, positive). */
  readonly jitterFraction: number;
  /** Samples a node takes of each link it measures; the latency filter runs over them. */
  readonly samplesPerLink: number;
}

/** `--noise busy`: a quarter of the hosts busy, half their probes delayed 2 ms or (rarely) far more; links filtered over 20 samples (the collector's window). */
export const BUSY_HOST_NOISE: MeasurementNoise = Object.freeze({
  busyHostShare: 0.25,
  busyDelayProbability: 0.5,
  busyDelayScaleMs: 2,
  busyDelayShape: 1.2,
  jitterFraction: 0.05,
  samplesPerLink: 20,
});

/** Parses `busy` or `busy,busyHostShare=0.5,busyDelayScaleMs=5` (any field of MeasurementNoise). */
export function parseNoiseSpec(spec: string): MeasurementNoise {
  const [preset, ...fields] = spec.split(',').map((s) => s.trim());
  if (preset !== 'busy') throw new InvalidSimulationOptionsError(['noise'], `unknown noise model ${JSON.stringify(preset)} (known: busy)`);
  const out: Record<string, number> = { ...BUSY_HOST_NOISE };
  for (const field of fields) {
    const [key, value] = field.split('=');
    if (!(key in BUSY_HOST_NOISE) || value === undefined || !Number.isFinite(Number(value))) {
      throw new InvalidSimulationOptionsError(['noise'], `expected key=number with a key of ${Object.keys(BUSY_HOST_NOISE).join(', ')}, got ${JSON.stringify(field)}`);
    }
    out[key] = Number(value);
  }
  return compileNoise(out as unknown as MeasurementNoise);
}

export function compileNoise(noise: MeasurementNoise): MeasurementNoise {
  const bad: string[] = [];
  const unit = ['busyHostShare', 'busyDelayProbability'] as const;
  for (const key of unit) if (!(noise[key] >= 0 && noise[key] <= 1)) bad.push(key);
  if (!(noise.busyDelayScaleMs >= 0 && Number.isFinite(noise.busyDelayScaleMs))) bad.push('busyDelayScaleMs');
  if (!(noise.busyDelayShape > 0 && Number.isFinite(noise.busyDelayShape))) bad.push('busyDelayShape');
  if (!(noise.jitterFraction >= 0 && Number.isFinite(noise.jitterFraction))) bad.push('jitterFraction');
  if (!(Number.isInteger(noise.samplesPerLink) && noise.samplesPerLink >= 1 && noise.samplesPerLink <= 64)) bad.push('samplesPerLink');
  if (bad.length > 0) throw new InvalidSimulationOptionsError(bad, 'out of range');
  return Object.freeze({ ...noise });
}

/** Draws noisy samples of links; which hosts are busy is fixed for the run. */
export class NoisySampler {
  private readonly busy: Uint8Array;
  constructor(
    private readonly ids: readonly string[],
    private readonly noise: MeasurementNoise,
    private readonly seed: number,
  ) {
    this.busy = Uint8Array.from(ids, (id) => (seededRandom(hashSeed(seed, 'busy-host', id))() < noise.busyHostShare ? 1 : 0));
  }

  isBusy(i: number): boolean {
    return this.busy[i] === 1;
  }

  /** Sample number `k` of the link i→j whose true RTT is `rttMs`. */
  sampleMs(i: number, j: number, rttMs: number, k: number): number {
    const random = seededRandom(hashSeed(this.seed, 'probe', this.ids[i], this.ids[j], k));
    let sample = rttMs * (1 + this.noise.jitterFraction * random());
    for (const end of [i, j]) {
      if (this.busy[end] === 1 && random() < this.noise.busyDelayProbability) {
        // Inverse-CDF Pareto: scale / U^(1/α), U in (0, 1].
        sample += this.noise.busyDelayScaleMs / Math.pow(1 - random(), 1 / this.noise.busyDelayShape);
      }
    }
    return sample;
  }
}
