import type { LeaseState } from './lease';
import { LeaderChangeReason, StayReason } from './names';
import { DEFAULT_STABILITY_PARAMS, type StabilityParams } from './params';
import { exceedsRttBound, pickHeir, shouldChallenge } from './stability';
import { ranked } from './testing/fixtures';

const params: StabilityParams = { challengeMargin: 0.2, minTenureMs: 60_000, maxHolderRttMs: 200, acquireStaggerMs: 1_000 };
const longTenure = 10 * 60_000;

describe('shouldChallenge', () => {
  const holder = ranked('h', 0.6);
  const cases: {
    name: string;
    holder?: ReturnType<typeof ranked>;
    state?: LeaseState;
    tenureMs?: number;
    candidate: ReturnType<typeof ranked>;
    want: { challenge: boolean; reason: string };
  }[] = [
    { name: 'a slightly better candidate does not take over', candidate: ranked('c', 0.65), want: { challenge: false, reason: StayReason.WithinMargin } },
    { name: 'just under the margin does not take over', candidate: ranked('c', 0.799), want: { challenge: false, reason: StayReason.WithinMargin } },
    { name: 'a much better candidate after min tenure does', candidate: ranked('c', 0.9), want: { challenge: true, reason: LeaderChangeReason.BetterCandidate } },
    { name: 'exactly the margin at exactly min tenure does', holder: ranked('h', 0.5), candidate: ranked('c', 0.7), tenureMs: 60_000, want: { challenge: true, reason: LeaderChangeReason.BetterCandidate } },
    { name: 'a much better candidate waits out min tenure', candidate: ranked('c', 0.9), tenureMs: 59_999, want: { challenge: false, reason: StayReason.TenureTooShort } },
    { name: 'a worse candidate never does', candidate: ranked('c', 0.2), want: { challenge: false, reason: StayReason.WithinMargin } },
    { name: 'vacant → ELECTED', state: 'vacant', candidate: ranked('c', 0.1), tenureMs: 0, want: { challenge: true, reason: LeaderChangeReason.Elected } },
    { name: 'expired (missed renewals) → LEASE_EXPIRED, even in tenure', state: 'expired', candidate: ranked('c', 0.1), tenureMs: 0, want: { challenge: true, reason: LeaderChangeReason.LeaseExpired } },
    { name: 'holder not a member → LEFT_CLUSTER, even in tenure', holder: undefined, candidate: ranked('c', 0.1), tenureMs: 0, want: { challenge: true, reason: LeaderChangeReason.LeftCluster } },
    { name: 'holder RTT above the bound → UNSTABLE_RTT, even in tenure and from a worse candidate', holder: ranked('h', 0.6, 250), candidate: ranked('c', 0.3, 20), tenureMs: 0, want: { challenge: true, reason: LeaderChangeReason.UnstableRtt } },
    { name: 'holder RTT exactly at the bound is fine', holder: ranked('h', 0.6, 200), candidate: ranked('c', 0.3, 20), want: { challenge: false, reason: StayReason.WithinMargin } },
    { name: 'both above the bound: keep the holder', holder: ranked('h', 0.6, 250), candidate: ranked('c', 0.95, 300), want: { challenge: false, reason: StayReason.ChallengerAlsoUnstable } },
    { name: 'unknown holder RTT is not instability', holder: ranked('h', 0.6, undefined), candidate: ranked('c', 0.65), want: { challenge: false, reason: StayReason.WithinMargin } },
    { name: 'the holder asking about itself', candidate: ranked('h', 0.6), want: { challenge: false, reason: StayReason.IsHolder } },
    { name: 'an ineligible candidate, even for a vacancy', state: 'vacant', candidate: ranked('c', 0.9, 1, false), want: { challenge: false, reason: StayReason.NotEligible } },
  ];
  it.each(cases)('$name', (c) => {
    const current = { holder: 'holder' in c ? c.holder : holder, leaseState: c.state ?? 'held', tenureMs: c.tenureMs ?? longTenure };
    expect(shouldChallenge(current, c.candidate, params)).toMatchObject(c.want);
  });

  it('explains itself in the detail', () => {
    const verdict = shouldChallenge({ holder, leaseState: 'held', tenureMs: longTenure }, ranked('c', 0.65), params);
    expect(verdict.detail).toBe('leads by 0.05, margin 0.2');
  });

  it('defaults: margin 0.2, tenure 60 s, RTT bound 200 ms, stagger 1 s', () => {
    expect(DEFAULT_STABILITY_PARAMS).toEqual(params);
  });
});

describe('pickHeir', () => {
  it('is the best eligible non-holder', () => {
    const ranking = [ranked('h', 0.9), ranked('x', 0.8, 1, false), ranked('a', 0.7), ranked('b', 0.6)];
    expect(pickHeir(ranking, 'h', params)?.nodeId).toBe('a');
  });

  it('skips candidates above the RTT bound when the holder is above it', () => {
    const ranking = [ranked('h', 0.9, 300), ranked('a', 0.8, 250), ranked('b', 0.6, 10)];
    expect(pickHeir(ranking, 'h', params)?.nodeId).toBe('b');
  });

  it('falls back to the best when nobody is within the bound', () => {
    const ranking = [ranked('h', 0.9, 300), ranked('a', 0.8, 250)];
    expect(pickHeir(ranking, 'h', params)?.nodeId).toBe('a');
    expect(exceedsRttBound(ranking[1], params)).toBe(true);
  });

  it('is nobody when the holder stands alone', () => {
    expect(pickHeir([ranked('h', 0.9)], 'h', params)).toBeUndefined();
  });
});
