import { DEFAULT_HOST_DELAY_PARAMS, linkSample, NO_CLEAN_SAMPLES, StallLog, stallFromTick, stallOverlapMs, type CleanSamples } from './host-delay';

describe('host delay: a slow host is not a slow link', () => {
  it('infers stalls from a late ticker and merges touching ones', () => {
    expect(stallFromTick(10, 10.3, 0.5)).toBeUndefined();
    expect(stallFromTick(10, 14, 0.5)).toEqual({ startMs: 10, endMs: 14 });
    const log = new StallLog(8, 1000);
    log.add({ startMs: 0, endMs: 2 });
    log.add({ startMs: 2, endMs: 5 });
    log.add({ startMs: 9, endMs: 10 });
    expect(log.size).toBe(2);
    expect(stallOverlapMs([{ startMs: 0, endMs: 5 }, { startMs: 9, endMs: 10 }], 4, 9.5)).toBe(1.5);
    expect(log.overlapMs(4, 9.5)).toBe(1.5);
  });

  it('counts as a hold only the stall in progress when the reply was handled', () => {
    const log = new StallLog();
    log.add({ startMs: 1, endMs: 3 }); // before the reply arrived: costs nothing
    log.add({ startMs: 6, endMs: 10 });
    expect(log.heldMs(0, 10, 1)).toBe(4);
    expect(log.heldMs(0, 5, 1)).toBe(0);
    // A stall still going on (the ticker has not fired yet) counts too.
    expect(log.heldMs(0, 12, 1, { startMs: 11, endMs: 12 })).toBe(1);
  });

  it('records a clean sample as measured, and a held one as the tightest recent estimate', () => {
    let clean: CleanSamples = NO_CLEAN_SAMPLES;
    const exact = linkSample(4.5, 0.1, 0, clean);
    expect(exact).toMatchObject({ rttMs: 4.5, hostDelayed: false });
    clean = exact.clean;
    // Held 5 ms of an 8 ms sample: the link took at least 3 ms; never reported above the raw sample.
    const held = linkSample(8, 5, 10, clean);
    expect(held.hostDelayed).toBe(true);
    expect(held.rttMs).toBeGreaterThanOrEqual(3);
    expect(held.rttMs).toBeLessThanOrEqual(8);
    expect(held.clean.lowerBoundsMs).toEqual([3]);
  });

  it('keeps a busy host near the link: held samples do not drag the estimate up, clean ones cap it', () => {
    let clean: CleanSamples = NO_CLEAN_SAMPLES;
    const recorded: number[] = [];
    // True link 4 ms. Every other reply is held 1–6 ms, arriving 0–2 ms into the stall.
    for (let i = 0; i < 40; i++) {
      const hold = i % 2 ? 1 + (i % 6) : 0;
      const into = i % 2 ? (i % 3) * 0.7 : 0;
      const raw = 4 + (hold ? hold - into : 0);
      const s = linkSample(raw, hold, i * 100, clean);
      clean = s.clean;
      recorded.push(s.rttMs);
    }
    const tail = recorded.slice(-20).sort((a, b) => a - b);
    expect(tail[Math.floor(tail.length / 4)]!).toBeGreaterThan(4 * 0.8);
    expect(tail[Math.floor(tail.length / 4)]!).toBeLessThan(4 * 1.2);
  });

  it('caps a one-off spike of a clean sample, so it moves neither estimate nor jitter much', () => {
    let clean: CleanSamples = NO_CLEAN_SAMPLES;
    for (let i = 0; i < 5; i++) clean = linkSample(4, 0, i, clean).clean;
    expect(linkSample(80, 0, 6, clean).rttMs).toBe(DEFAULT_HOST_DELAY_PARAMS.spikeFactor * 4);
    // Old samples no longer count: no cap, no stand-in.
    expect(linkSample(80, 0, 6 + DEFAULT_HOST_DELAY_PARAMS.cleanMaxAgeMs + 10, clean).rttMs).toBe(80);
  });
});
