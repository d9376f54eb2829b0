import { NodeRole, ZERO_RATES, bytesPerSToMbps, roleOf, saturation, trafficFields, trafficRates, type TrafficCounters } from './traffic';

const c = (inBytes: number, outBytes: number, inMsgs = 0, outMsgs = 0): TrafficCounters => ({ inBytes, outBytes, inMsgs, outMsgs });

describe('traffic rates', () => {
  it.each([
    { name: 'no previous reading', prev: undefined, cur: { atMs: 1_000, counters: c(10, 10) }, want: ZERO_RATES },
    { name: 'one second apart', prev: { atMs: 0, counters: c(0, 0, 0, 0) }, cur: { atMs: 1_000, counters: c(2_000, 500, 4, 2) }, want: { uplinkBytesPerS: 500, downlinkBytesPerS: 2_000, uplinkMsgsPerS: 2, downlinkMsgsPerS: 4 } },
    { name: 'half a second apart', prev: { atMs: 0, counters: c(0, 0) }, cur: { atMs: 500, counters: c(1_000, 1_000) }, want: { uplinkBytesPerS: 2_000, downlinkBytesPerS: 2_000, uplinkMsgsPerS: 0, downlinkMsgsPerS: 0 } },
    { name: 'clock did not advance', prev: { atMs: 5, counters: c(0, 0) }, cur: { atMs: 5, counters: c(9, 9) }, want: ZERO_RATES },
    { name: 'counters went back (reconnect): that direction 0', prev: { atMs: 0, counters: c(1_000, 0) }, cur: { atMs: 1_000, counters: c(10, 300) }, want: { uplinkBytesPerS: 300, downlinkBytesPerS: 0, uplinkMsgsPerS: 0, downlinkMsgsPerS: 0 } },
  ])('$name', ({ prev, cur, want }) => {
    expect(trafficRates(prev, cur)).toEqual(want);
  });

  it.each([
    [125_000, 1, 1],
    [125_000, 10, 0.1],
    [1_250_000, 1, 1],
    [100, 0, 0],
    [0, 100, 0],
  ])('%d B/s over %d Mbit/s is saturation %d', (bytesPerS, mbps, want) => {
    expect(saturation(bytesPerS, mbps)).toBeCloseTo(want, 12);
  });

  it('relay_load is the uplink in Mbit/s; relayed counts the probe traffic answered for others', () => {
    const f = trafficFields(
      { uplinkBytesPerS: 250_000, downlinkBytesPerS: 125_000, uplinkMsgsPerS: 10, downlinkMsgsPerS: 20 },
      { uplinkBytesPerS: 0, downlinkBytesPerS: 4_096, uplinkMsgsPerS: 0, downlinkMsgsPerS: 8 },
      { uplinkMbps: 4, downlinkMbps: 0 },
    );
    expect(f).toEqual({ uplinkBytesPerS: 250_000, downlinkBytesPerS: 125_000, uplinkSaturation: 0.5, downlinkSaturation: 0, relayLoad: bytesPerSToMbps(250_000), relayMsgsPerS: 8, relayBytesPerS: 4_096 });
  });
});

describe('roleOf', () => {
  it.each([
    ['n1', 'n1', 'n1', NodeRole.Root],
    ['n1', 'n2', 'n1', NodeRole.Root],
    ['n1', 'n1', 'n9', NodeRole.Leader],
    ['n1', 'n2', 'n9', NodeRole.Leaf],
    ['n1', undefined, undefined, NodeRole.Leaf],
  ])('%s with cluster leader %s and root %s is %s', (node, leader, root, want) => {
    expect(roleOf(node, leader, root)).toBe(want);
  });
});
