import { DEFAULT_CA_PARAMS as p } from '../params';
import { cell } from '../test-support/builders';
import { FanoutReason as R, decideFanout, fanoutLimit, uplinkUtilisation } from './fanout';

describe('uplinkUtilisation', () => {
  it.each([
    { uplinkMbps: 1000, relayLoadMbps: 250, want: 0.25 },
    { uplinkMbps: 0, relayLoadMbps: 1, want: Infinity },
    { uplinkMbps: 0, relayLoadMbps: 0, want: 0 },
    { uplinkMbps: 100, relayLoadMbps: -5, want: 0 },
  ])('$relayLoadMbps of $uplinkMbps → $want', ({ uplinkMbps, relayLoadMbps, want }) => {
    expect(uplinkUtilisation({ uplinkMbps, relayLoadMbps })).toBe(want);
  });
});

describe('decideFanout', () => {
  it.each([
    { name: 'spike halves', load: 900, fanout: 16, want: 16 / 2, reason: R.ShrunkOnSpike },
    { name: 'spike stops at the floor', load: 900, fanout: 3, want: 2, reason: R.ShrunkOnSpike },
    { name: 'at the floor it stays', load: 900, fanout: 2, want: 2, reason: R.AtFloor },
    { name: 'calm grows by one', load: 100, fanout: 8, want: 9, reason: R.GrewWhileCalm },
    { name: 'calm at the ceiling', load: 100, fanout: 16, want: 16, reason: R.AtCeiling },
    { name: 'between the thresholds it holds', load: 600, fanout: 8, want: 8, reason: R.Held },
    { name: 'an out-of-range fan-out is clamped first', load: 600, fanout: 99, want: 16, reason: R.Held },
  ])('$name', ({ load, fanout, want, reason }) => {
    expect(decideFanout(cell({ id: 'a', relayLoadMbps: load, fanout }), p)).toEqual({ fanout: want, reason });
  });

  it('shrinks fast on a spike and grows back slowly', () => {
    let self = cell({ id: 'a', relayLoadMbps: 950 });
    const trace: number[] = [];
    for (let round = 0; round < 4; round++) {
      self = { ...self, fanout: fanoutLimit(self, p) };
      trace.push(self.fanout);
    }
    expect(trace).toEqual([8, 4, 2, 2]);
    self = { ...self, relayLoadMbps: 100 };
    let calmRounds = 0;
    while (self.fanout < p.maxFanout) {
      self = { ...self, fanout: fanoutLimit(self, p) };
      calmRounds++;
    }
    expect(calmRounds).toBe(p.maxFanout - p.minFanout);
  });
});
