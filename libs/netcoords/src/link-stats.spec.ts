import fc from 'fast-check';
import { NetCoordsError } from './errors';
import { LinkStats, initialLinkStats, recordBurst, recordProbe, recordTimeout, summarize, throughputMbps } from './link-stats';

const feed = (state: LinkStats, rtts: ReadonlyArray<number | 'timeout'>): LinkStats =>
  rtts.reduce<LinkStats>((s, rtt, i) => (rtt === 'timeout' ? recordTimeout(s, i * 100) : recordProbe(s, { atMs: i * 100, rttMs: rtt })), state);

describe('link statistics', () => {
  it('reports nothing measured before the first probe', () => {
    expect(summarize(initialLinkStats())).toEqual({ rttMs: null, minRttMs: null, jitterMs: 0, lossRatio: 0, throughputMbps: null, samples: 0 });
  });

  it('smooths RTT with gain 1/8 and keeps the window minimum', () => {
    const s = summarize(feed(initialLinkStats(), [10, 18, 10]));
    // 10 → 10 + (18-10)/8 = 11 → 11 + (10-11)/8 = 10.875
    expect(s.rttMs).toBeCloseTo(10.875, 10);
    expect(s.minRttMs).toBe(10);
    expect(s.samples).toBe(3);
  });

  it('computes RFC 3550 interarrival jitter J += (|D| - J) / 16', () => {
    // D = 8, then 8: J = 0.5, then 0.5 + (8 - 0.5)/16 = 0.96875
    expect(summarize(feed(initialLinkStats(), [10, 18, 10])).jitterMs).toBeCloseTo(0.96875, 10);
    expect(summarize(feed(initialLinkStats(), [5, 5, 5, 5])).jitterMs).toBe(0);
  });

  it('counts timeouts as lost over the last W probes only', () => {
    const params = { windowSize: 4 };
    expect(summarize(feed(initialLinkStats(params), [1, 'timeout', 1, 'timeout'])).lossRatio).toBe(0.5);
    // The two early timeouts slide out of the 4-probe window.
    expect(summarize(feed(initialLinkStats(params), ['timeout', 'timeout', 1, 1, 1, 1])).lossRatio).toBe(0);
    expect(summarize(feed(initialLinkStats(params), [1, 1, 'timeout', 'timeout', 'timeout', 'timeout'])).lossRatio).toBe(1);
  });

  it('forgets RTTs whose probes left the window for the minimum filter', () => {
    const s = summarize(feed(initialLinkStats({ windowSize: 3 }), [1, 9, 9, 9]));
    expect(s.minRttMs).toBe(9);
    expect(summarize(feed(initialLinkStats({ windowSize: 2 }), [1, 'timeout', 'timeout'])).minRttMs).toBeNull();
  });

  it('does not mutate the state it was given', () => {
    const before = feed(initialLinkStats(), [3, 4]);
    const snapshot = JSON.stringify(before);
    recordTimeout(recordProbe(before, { atMs: 1, rttMs: 50 }), 2);
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('keeps the loss ratio in [0, 1] and the windows bounded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(fc.oneof(fc.constant('timeout' as const), fc.double({ min: 0, max: 500, noNaN: true }))), (windowSize, rtts) => {
        const state = feed(initialLinkStats({ windowSize }), rtts);
        const s = summarize(state);
        expect(s.lossRatio).toBeGreaterThanOrEqual(0);
        expect(s.lossRatio).toBeLessThanOrEqual(1);
        expect(state.outcomes.length).toBeLessThanOrEqual(windowSize);
        expect(state.recentRttsMs.length).toBe(state.outcomes.filter(Boolean).length);
      }),
    );
  });

  it('derives throughput from a timed burst as bytes·8/ms', () => {
    expect(throughputMbps(1_250_000, 10)).toBe(1000); // 10 Mbit in 10 ms = 1 Gbit/s
    const s = summarize(recordBurst(initialLinkStats(), { atMs: 0, bytes: 125_000, durationMs: 100 }));
    expect(s.throughputMbps).toBe(10);
  });

  it('rejects impossible samples and parameters', () => {
    expect(() => recordProbe(initialLinkStats(), { atMs: 0, rttMs: -1 })).toThrow(NetCoordsError);
    expect(() => throughputMbps(100, 0)).toThrow('durationMs');
    expect(() => initialLinkStats({ windowSize: 0 })).toThrow('windowSize');
    expect(() => initialLinkStats({ rttGain: 2 })).toThrow('rttGain');
  });
});
