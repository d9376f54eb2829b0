import { initialLinkStats, recordProbe, seededRandom, summarize } from '@cellmesh/netcoords';
import { calibratePath, emulatedLinkBetween, initialPathCalibration, JITTER_SPREAD, MAX_PENDING_CALIBRATIONS, planEmulatedReply, recordAppliedDelay, serializationMs, type EmulatedLink } from './emulation';
import { parseScenario } from '@cellmesh/scenario';

const link = (over: Partial<EmulatedLink> = {}): EmulatedLink => ({ rttMs: 80, jitterMs: 0, lossRatio: 0, bandwidthMbps: 1000, ...over });
const fixed = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length];
};

describe('planEmulatedReply', () => {
  it('delays by the emulated RTT minus the real path, never below zero', () => {
    expect(planEmulatedReply({ link: link(), baselineMs: 0.4, paddingBytes: 0, nowMs: 0, linkBusyUntilMs: 0, random: fixed(0.5, 0) })).toEqual({ drop: false, delayMs: 79.6, linkBusyUntilMs: 0 });
    expect(planEmulatedReply({ link: link({ rttMs: 1 }), baselineMs: 3, paddingBytes: 0, nowMs: 0, linkBusyUntilMs: 0, random: fixed(0.5, 0) })).toMatchObject({ delayMs: 0 });
  });

  it('drops a reply with the loss ratio', () => {
    expect(planEmulatedReply({ link: link({ lossRatio: 0.1 }), baselineMs: 0, paddingBytes: 0, nowMs: 0, linkBusyUntilMs: 0, random: fixed(0.05, 0) })).toEqual({ drop: true, reason: 'emulated-loss' });
    expect(planEmulatedReply({ link: link({ lossRatio: 0.1 }), baselineMs: 0, paddingBytes: 0, nowMs: 0, linkBusyUntilMs: 0, random: fixed(0.15, 0) }).drop).toBe(false);
  });

  it('paces a burst by the bandwidth: chunks queue on the link', () => {
    const chunk = 125_000; // 1 ms at 1000 Mbit/s
    const first = planEmulatedReply({ link: link({ rttMs: 10 }), baselineMs: 0, paddingBytes: chunk, nowMs: 0, linkBusyUntilMs: 0, random: fixed(0.5, 0) });
    expect(first).toEqual({ drop: false, delayMs: 11, linkBusyUntilMs: 1 });
    const second = planEmulatedReply({ link: link({ rttMs: 10 }), baselineMs: 0, paddingBytes: chunk, nowMs: 0, linkBusyUntilMs: 1, random: fixed(0.5, 0) });
    expect(second).toEqual({ drop: false, delayMs: 12, linkBusyUntilMs: 2 });
    expect(serializationMs(1_250_000, 100)).toBe(100);
  });

  it('over many seeded replies reproduces the scenario: loss ratio, RFC 3550 jitter, floor', () => {
    const scenarioLink = link({ rttMs: 20, jitterMs: 2, lossRatio: 0.05 });
    const random = seededRandom(42);
    let stats = initialLinkStats({ windowSize: 10_000 });
    let dropped = 0;
    let sumAbsDelta = 0;
    let previous: number | null = null;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const plan = planEmulatedReply({ link: scenarioLink, baselineMs: 0, paddingBytes: 0, nowMs: i, linkBusyUntilMs: 0, random });
      if (plan.drop) dropped++;
      else {
        stats = recordProbe(stats, { atMs: i, rttMs: plan.delayMs });
        if (previous !== null) sumAbsDelta += Math.abs(plan.delayMs - previous);
        previous = plan.delayMs;
      }
    }
    expect(dropped / n).toBeCloseTo(0.05, 2);
    // RFC 3550's J is a running mean of |ΔRTT|; its expectation must be the scenario's jitter.
    expect(sumAbsDelta / (n - dropped - 1)).toBeCloseTo(2, 1);
    const summary = summarize(stats);
    expect(summary.jitterMs).toBeGreaterThan(1);
    expect(summary.jitterMs).toBeLessThan(3);
    expect(summary.minRttMs).toBeGreaterThanOrEqual(20);
    expect(summary.minRttMs).toBeLessThan(20.01);
    expect(JITTER_SPREAD).toBe(3);
  });

  it('is reproducible from a seed', () => {
    const plans = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 50 }, (_, i) => planEmulatedReply({ link: link({ jitterMs: 1, lossRatio: 0.2 }), baselineMs: 0, paddingBytes: 0, nowMs: i, linkBusyUntilMs: 0, random }));
    };
    expect(plans(7)).toEqual(plans(7));
    expect(plans(7)).not.toEqual(plans(8));
  });
});

describe('path calibration', () => {
  it('learns the real path from reported RTTs minus the delays it applied', () => {
    let cal = recordAppliedDelay(initialPathCalibration, 1, 9.5);
    cal = recordAppliedDelay(cal, 2, 9.4);
    expect(cal.pathFloorMs).toBeNull();
    cal = calibratePath(cal, 1, 10.1); // path 0.6
    expect(cal.pathFloorMs).toBeCloseTo(0.6, 9);
    cal = calibratePath(cal, 2, 10.4); // path 1.0
    expect(cal.recentPathMs.map((x) => +x.toFixed(3))).toEqual([0.6, 1]);
    expect(cal.pathFloorMs).toBeCloseTo(0.7, 9); // 25th percentile of [0.6, 1.0]
    expect(cal.appliedDelayMs.size).toBe(0);
  });

  it('ignores reports it cannot match and bounds what it remembers', () => {
    let cal = initialPathCalibration;
    expect(calibratePath(cal, 99, 5)).toBe(cal);
    for (let seq = 0; seq < MAX_PENDING_CALIBRATIONS + 10; seq++) cal = recordAppliedDelay(cal, seq, 1);
    expect(cal.appliedDelayMs.size).toBe(MAX_PENDING_CALIBRATIONS);
    expect(cal.appliedDelayMs.has(0)).toBe(false);
    expect(calibratePath(cal, 20, Number.NaN)).toBe(cal);
  });
});

describe('emulatedLinkBetween', () => {
  const scenario = parseScenario({ nodes: [{ id: 'a' }, { id: 'b' }], rttMs: [[0, 12], [12, 0]], jitterMs: [[0, 1], [1, 0]], lossRatio: [[0, 0.01], [0.01, 0]], bandwidthMbps: [[0, 50], [50, 0]] });
  it('reads the scenario link, or null for a node outside it', () => {
    expect(emulatedLinkBetween(scenario, 'a', 'b')).toEqual({ rttMs: 12, jitterMs: 1, lossRatio: 0.01, bandwidthMbps: 50 });
    expect(emulatedLinkBetween(scenario, 'a', 'zz')).toBeNull();
  });
});
