import { DEFAULT_CA_PARAMS as p, compileCaParams } from '../params';
import { peer } from '../test-support/builders';
import { CandidacyReason, LinkBand, candidateRttThresholdMs, classifyLink, isClusterCandidate } from './candidacy';

describe('candidateRttThresholdMs', () => {
  it.each([
    { name: 'no neighbours → X', rtts: [], want: 3 },
    { name: 'fast LAN (nearest 0.2 ms) → X', rtts: [0.2, 0.9, 40], want: 3 },
    { name: 'slower LAN (nearest 2 ms) → 3 × nearest', rtts: [2, 2.5], want: 6 },
    { name: 'lone node (nearest 40 ms) → cap', rtts: [40, 90], want: 8 },
  ])('$name', ({ rtts, want }) => {
    expect(candidateRttThresholdMs(rtts.map((rttMs, k) => peer({ id: `p${k}`, rttMs })), p)).toBe(want);
  });

  it('ignores estimated links when measurements are required', () => {
    const nbrs = [peer({ id: 'est', rttMs: 0.1, measured: false }), peer({ id: 'm', rttMs: 2 })];
    expect(candidateRttThresholdMs(nbrs, p)).toBe(6);
    expect(candidateRttThresholdMs(nbrs, compileCaParams({ requireMeasuredLinks: false }))).toBe(3);
  });
});

describe('classifyLink (T = 3 ms, h = 0.25, Y = 50 Mbit/s)', () => {
  it.each([
    { name: 'well inside', rttMs: 2, bw: 1000, band: LinkBand.Join, reason: CandidacyReason.InsideJoinBand },
    { name: 'at T·(1−h) is not join', rttMs: 2.25, bw: 1000, band: LinkBand.Stay, reason: CandidacyReason.InsideStayBand },
    { name: 'at T·(1+h) still stays', rttMs: 3.75, bw: 1000, band: LinkBand.Stay, reason: CandidacyReason.InsideStayBand },
    { name: 'beyond T·(1+h)', rttMs: 3.8, bw: 1000, band: LinkBand.Outside, reason: CandidacyReason.RttAboveThreshold },
    { name: 'bandwidth inside band', rttMs: 1, bw: 60, band: LinkBand.Stay, reason: CandidacyReason.InsideStayBand },
    { name: 'bandwidth too low', rttMs: 1, bw: 30, band: LinkBand.Outside, reason: CandidacyReason.BandwidthBelowThreshold },
    { name: 'unknown bandwidth does not block', rttMs: 1, bw: NaN, band: LinkBand.Join, reason: CandidacyReason.InsideJoinBand },
  ])('$name', ({ rttMs, bw, band, reason }) => {
    expect(classifyLink(peer({ id: 'x', rttMs, bandwidthMbps: bw }), 3, p)).toEqual({ band, reason });
  });

  it('an estimated link is no evidence unless params allow it', () => {
    const estimated = peer({ id: 'x', rttMs: 0.5, measured: false });
    expect(classifyLink(estimated, 3, p).reason).toBe(CandidacyReason.NotMeasured);
    expect(isClusterCandidate(estimated, 3, compileCaParams({ requireMeasuredLinks: false }))).toBe(true);
  });
});
