import { smoothStoreRtt, snapshotIntervalMs } from './degradation';

const cadence = { baseIntervalMs: 10_000, rttBudgetMs: 50, maxIntervalMs: 40_000 };

describe('snapshotIntervalMs (graceful degradation of warm snapshots)', () => {
  it.each([
    [null, 10_000, 'no write measured yet: base period'],
    [1, 10_000, 'LAN store'],
    [50, 10_000, 'exactly at the budget'],
    [51, 20_000, 'just over: one doubling'],
    [100, 20_000, 'twice the budget'],
    [101, 40_000, 'over twice: two doublings'],
    [200, 40_000, 'four times the budget'],
    [5_000, 40_000, 'unreachable store: capped below the bucket TTL'],
  ] as [number | null, number, string][])('store RTT %p ms → %p ms (%s)', (rtt, want) => {
    expect(snapshotIntervalMs(rtt, cadence)).toBe(want);
  });

  it('never snapshots less often as the store gets closer (monotone in RTT)', () => {
    let previous = 0;
    for (let rtt = 0; rtt <= 2_000; rtt += 7) {
      const interval = snapshotIntervalMs(rtt, cadence);
      expect(interval).toBeGreaterThanOrEqual(previous);
      expect(interval).toBeLessThanOrEqual(cadence.maxIntervalMs);
      previous = interval;
    }
  });

  it('smooths store RTT with a quarter gain', () => {
    expect(smoothStoreRtt(null, 80)).toBe(80);
    expect(smoothStoreRtt(40, 80)).toBe(50);
  });
});
