import fc from 'fast-check';
import { DEFAULT_WARM_RATE, nextRttEwma, shouldSnapshot, snapshotIntervalMs } from './warm-rate';

const opts = { minIntervalMs: 200, maxIntervalMs: 30_000, goodRttMs: 2, ewmaAlpha: 0.2 };

describe('warm snapshot rate', () => {
  it.each([
    { rtt: undefined, want: 200 },
    { rtt: 0.5, want: 200 },
    { rtt: 2, want: 200 },
    { rtt: 4, want: 400 },
    { rtt: 20, want: 2000 },
    { rtt: 150, want: 15_000 },
    { rtt: 1000, want: 30_000 },
    { rtt: Number.NaN, want: 200 },
  ])('KV RTT $rtt ms → a snapshot every $want ms at most', ({ rtt, want }) => {
    expect(snapshotIntervalMs(rtt, opts)).toBe(want);
  });

  it('never snapshots faster when the KV gets slower, and stays within bounds', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), fc.double({ min: 0, max: 10_000, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const iLo = snapshotIntervalMs(lo, DEFAULT_WARM_RATE);
        const iHi = snapshotIntervalMs(hi, DEFAULT_WARM_RATE);
        expect(iHi).toBeGreaterThanOrEqual(iLo);
        expect(iLo).toBeGreaterThanOrEqual(DEFAULT_WARM_RATE.minIntervalMs);
        expect(iHi).toBeLessThanOrEqual(DEFAULT_WARM_RATE.maxIntervalMs);
      }),
    );
  });

  it('averages RTT samples', () => {
    expect(nextRttEwma(undefined, 10, 0.2)).toBe(10);
    expect(nextRttEwma(10, 20, 0.2)).toBeCloseTo(12);
  });

  it('snapshots a dirty room once its interval has passed and no write is in flight', () => {
    expect(shouldSnapshot({ dirty: true, writing: false, lastSnapshotAtMs: 1000 }, 1200, 200)).toBe(true);
    expect(shouldSnapshot({ dirty: true, writing: false, lastSnapshotAtMs: 1000 }, 1199, 200)).toBe(false);
    expect(shouldSnapshot({ dirty: false, writing: false, lastSnapshotAtMs: 0 }, 10_000, 200)).toBe(false);
    expect(shouldSnapshot({ dirty: true, writing: true, lastSnapshotAtMs: 0 }, 10_000, 200)).toBe(false);
  });
});
