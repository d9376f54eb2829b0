import { initialLinkStats, recordProbe, recordTimeout } from './link-stats';
import { RTT_FILTER_PERCENTILE, filteredRttMs, percentile } from './latency-filter';

const probed = (rtts: number[]) => rtts.reduce((s, rttMs, k) => recordProbe(s, { atMs: k, rttMs }), initialLinkStats());

describe('latency filter', () => {
  it.each([
    { values: [4, 1, 3, 2], p: 0.25, want: 1.75 },
    { values: [7], p: 0.25, want: 7 },
    { values: [5, 1, 9], p: 0, want: 1 },
    { values: [5, 1, 9], p: 1, want: 9 },
    { values: [5, 1, 9], p: 0.5, want: 5 },
  ])('percentile($values, $p) = $want', ({ values, p, want }) => {
    expect(percentile(values, p)).toBeCloseTo(want, 9);
  });

  it('ignores busy-host spikes: a few heavy-tailed samples do not move the filtered RTT', () => {
    expect(RTT_FILTER_PERCENTILE).toBe(0.25);
    expect(filteredRttMs(probed([1, 1, 1, 50]))).toBe(1);
    expect(filteredRttMs(probed([1, 900, 1.1, 1, 40, 1]))).toBeCloseTo(1, 9);
    expect(filteredRttMs(probed([3, 1, 2]), 0)).toBe(1);
  });

  it('is null before any answered probe', () => {
    expect(filteredRttMs(initialLinkStats())).toBeNull();
    expect(filteredRttMs(recordTimeout(initialLinkStats(), 1))).toBeNull();
  });
});
