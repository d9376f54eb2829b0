import fc from 'fast-check';
import { decideLeadership, type LeadershipAction, type LeadershipView } from './decide';
import { InvalidLeaderInputError } from './errors';
import { VACANT_HOLDER, type LeaseRecord } from './lease';
import { LeaderChangeReason, StayReason } from './names';
import { DEFAULT_LEADER_PARAMS, rttJitterMargin } from './params';
import { rankCandidates, type CandidateInfo } from './rank';
import { hubCluster, lease, mesh, node } from './testing/fixtures';

// Defaults: lease 9 s, renew 3 s, skew 1 s, margin 0.2, tenure 60 s, RTT bound 200 ms, stagger 1 s.
const params = DEFAULT_LEADER_PARAMS;
// b sits 1 ms from a and c, which are 5 ms apart: finals b 0.9, a = c 0.65 (b leads by 0.25).
const clearLeader = hubCluster(['a', 'b', 'c'], 'b');
// b 4 ms from a and c: b still first, but leads by only ≈ 0.045.
const slightLeader = hubCluster(['a', 'b', 'c'], 'b', 4, 5);
const REVISION = 7;

function view(selfId: string, members: readonly CandidateInfo[], record?: LeaseRecord, extra: Partial<LeadershipView> = {}): LeadershipView {
  return { selfId, clusterId: 'c1', members, lease: record === undefined ? undefined : { record, revision: REVISION }, ...extra };
}

/** A lease that `holder` took at `acquiredAtMs` and renewed at `renewedAtMs`. */
function heldBy(holder: string, acquiredAtMs: number, renewedAtMs = acquiredAtMs, term = 3): LeaseRecord {
  return lease({ holder, term, acquiredAtMs, renewedAtMs, expiresAtMs: renewedAtMs + 9_000 });
}

describe('decideLeadership: first election (key absent)', () => {
  it('the best candidate acquires term 1 with a create', () => {
    expect(decideLeadership(view('b', clearLeader), 1_000, params)).toMatchObject({
      kind: 'acquire',
      reason: LeaderChangeReason.Elected,
      expectedRevision: 0,
      previousHolder: undefined,
      lease: { clusterId: 'c1', holder: 'b', term: 1, acquiredAtMs: 1_000, expiresAtMs: 10_000 },
    });
  });

  it('others wait one stagger per ranking position after the vacancy was seen', () => {
    const seen = { vacantSinceMs: 1_000 };
    expect(decideLeadership(view('a', clearLeader, undefined, seen), 1_000, params)).toMatchObject({ kind: 'follow', reason: StayReason.AwaitingTurn, nextCheckAtMs: 2_000 });
    expect(decideLeadership(view('c', clearLeader, undefined, seen), 1_000, params)).toMatchObject({ kind: 'follow', reason: StayReason.AwaitingTurn, nextCheckAtMs: 3_000 });
    expect(decideLeadership(view('a', clearLeader, undefined, seen), 2_000, params)).toMatchObject({ kind: 'acquire', reason: LeaderChangeReason.Elected });
  });

  it('without vacantSinceMs everyone tries at once and compare-and-set picks one', () => {
    expect(decideLeadership(view('c', clearLeader), 1_000, params).kind).toBe('acquire');
  });
});

describe('decideLeadership: vacancy after a lease', () => {
  const lapsed = heldBy('a', 0); // expires 9_000, takeover from 10_000

  it('inside the skew bound the lease is still held', () => {
    expect(decideLeadership(view('b', clearLeader, lapsed), 9_999, params)).toMatchObject({ kind: 'follow', holder: 'a' });
  });

  it('at expiry + skew the best candidate takes term + 1 (LEASE_EXPIRED)', () => {
    expect(decideLeadership(view('b', clearLeader, lapsed), 10_000, params)).toMatchObject({
      kind: 'acquire',
      reason: LeaderChangeReason.LeaseExpired,
      expectedRevision: REVISION,
      previousHolder: 'a',
      lease: { holder: 'b', term: 4, acquiredAtMs: 10_000 },
    });
  });

  it('the others stagger from the takeover instant', () => {
    expect(decideLeadership(view('a', clearLeader, lapsed), 10_000, params)).toMatchObject({ kind: 'follow', reason: StayReason.AwaitingTurn, nextCheckAtMs: 11_000 });
  });

  it('a holder whose own lease lapsed re-acquires with a new term', () => {
    const own = heldBy('b', 0);
    expect(decideLeadership(view('b', clearLeader, own), 10_000, params)).toMatchObject({ kind: 'acquire', reason: LeaderChangeReason.LeaseExpired, lease: { holder: 'b', term: 4 } });
  });

  it('after a release the best candidate acquires at once (RESIGNED)', () => {
    const released = lease({ holder: VACANT_HOLDER, term: 3, expiresAtMs: 5_000 });
    expect(decideLeadership(view('b', clearLeader, released), 5_000, params)).toMatchObject({
      kind: 'acquire',
      reason: LeaderChangeReason.Resigned,
      previousHolder: undefined,
      lease: { term: 4 },
    });
  });
});

describe('decideLeadership: the holder', () => {
  const own = heldBy('b', 0); // renew due at 3_000, acts before 8_000

  it('leads without writing while the lease is fresh', () => {
    expect(decideLeadership(view('b', clearLeader, own), 2_999, params)).toMatchObject({
      kind: 'lead',
      reason: StayReason.LeaseFresh,
      term: 3,
      mayActFromMs: 0,
      mayActUntilMs: 8_000,
      nextCheckAtMs: 3_000,
    });
  });

  it('renews with the same term when due', () => {
    expect(decideLeadership(view('b', clearLeader, own), 3_000, params)).toMatchObject({
      kind: 'renew',
      reason: StayReason.RenewalDue,
      expectedRevision: REVISION,
      mayActUntilMs: 8_000,
      lease: { holder: 'b', term: 3, acquiredAtMs: 0, renewedAtMs: 3_000, expiresAtMs: 12_000 },
    });
  });

  it('after a pause past its acting deadline, renews but may not act until the write lands', () => {
    const action = decideLeadership(view('b', clearLeader, own), 8_500, params);
    expect(action).toMatchObject({ kind: 'renew', mayActUntilMs: 8_000, lease: { term: 3 } });
  });

  it('keeps leading when a slightly better candidate appears', () => {
    const members = hubCluster(['a', 'b', 'c'], 'a', 4, 5); // a now leads b by ≈ 0.045
    expect(decideLeadership(view('b', members, heldBy('b', 0, 600_000)), 601_000, params).kind).toBe('lead');
  });

  it('steps down (LEFT_CLUSTER) when no longer a member, releasing with the same term', () => {
    const members = clearLeader.filter((m) => m.nodeId !== 'b');
    expect(decideLeadership(view('b', members, own), 1_000, params)).toMatchObject({
      kind: 'step-down',
      reason: LeaderChangeReason.LeftCluster,
      expectedRevision: REVISION,
      lease: { holder: VACANT_HOLDER, term: 3, expiresAtMs: 1_000 },
    });
  });

  it('steps down (RESIGNED) when it marks itself ineligible', () => {
    const members = clearLeader.map((m) => (m.nodeId === 'b' ? { ...m, eligible: false } : m));
    expect(decideLeadership(view('b', members, own), 1_000, params)).toMatchObject({ kind: 'step-down', reason: LeaderChangeReason.Resigned });
  });
});

describe('decideLeadership: followers and hysteresis', () => {
  const now = 600_000;
  const aHeldLong = heldBy('a', 0, now - 1_000); // tenure 10 min, fresh lease

  it('a slightly better candidate does not take over', () => {
    expect(decideLeadership(view('b', slightLeader, aHeldLong), now, params)).toMatchObject({ kind: 'follow', reason: StayReason.WithinMargin, holder: 'a', term: 3 });
  });

  it('a much better candidate after min tenure challenges, acting only once the old lease is visibly expired', () => {
    expect(decideLeadership(view('b', clearLeader, aHeldLong), now, params)).toMatchObject({
      kind: 'challenge',
      reason: LeaderChangeReason.BetterCandidate,
      expectedRevision: REVISION,
      previousHolder: 'a',
      // Tenure starts when a's lease is visibly expired: renewed at now − 1 s, + 9 s lease, + 1 s skew.
      lease: { holder: 'b', term: 4, acquiredAtMs: now + 9_000, renewedAtMs: now, expiresAtMs: now + 9_000 },
    });
  });

  it('after a challenge, the new holder leads but may act only from its tenure start', () => {
    const challenge = decideLeadership(view('b', clearLeader, aHeldLong), now, params);
    const taken = challenge.kind === 'challenge' ? challenge.lease : undefined;
    expect(decideLeadership(view('b', clearLeader, taken), now + 1, params)).toMatchObject({ kind: 'lead', mayActFromMs: now + 9_000, mayActUntilMs: now + 8_000 });
    // Renewals stretch the acting window past its start.
    expect(decideLeadership(view('b', clearLeader, taken), now + 3_000, params)).toMatchObject({ kind: 'renew', lease: { expiresAtMs: now + 12_000 } });
    expect(decideLeadership(view('a', clearLeader, taken), now + 1, params)).toMatchObject({ kind: 'follow', holder: 'b', term: 4 });
  });

  it('only the heir challenges; others follow', () => {
    expect(decideLeadership(view('c', clearLeader, aHeldLong), now, params)).toMatchObject({ kind: 'follow', reason: StayReason.NotHeir });
    expect(decideLeadership(view('a', clearLeader, aHeldLong), now, params).kind).toBe('lead');
  });

  it('a much better candidate waits out min tenure', () => {
    const young = heldBy('a', now - 59_999, now - 1_000);
    expect(decideLeadership(view('b', clearLeader, young), now, params)).toMatchObject({ kind: 'follow', reason: StayReason.TenureTooShort });
    const grown = heldBy('a', now - 60_000, now - 1_000);
    expect(decideLeadership(view('b', clearLeader, grown), now, params)).toMatchObject({ kind: 'challenge', reason: LeaderChangeReason.BetterCandidate });
  });

  it('a holder that left the cluster is replaced at once (LEFT_CLUSTER)', () => {
    const young = heldBy('z', now - 1_000);
    expect(decideLeadership(view('b', clearLeader, young), now, params)).toMatchObject({ kind: 'challenge', reason: LeaderChangeReason.LeftCluster, previousHolder: 'z' });
  });

  it('a holder with RTT above the bound is replaced at once (UNSTABLE_RTT)', () => {
    // a is 250 ms from everyone; b, c, d are 1 ms apart and d has the most cores.
    const members = mesh([node('a'), node('b'), node('c'), node('d', { compute: { cores: 64 } })], (x, y) => (x === 'a' || y === 'a' ? 250 : 1));
    const young = heldBy('a', now - 1_000);
    expect(decideLeadership(view('d', members, young), now, params)).toMatchObject({ kind: 'challenge', reason: LeaderChangeReason.UnstableRtt });
    expect(decideLeadership(view('b', members, young), now, params)).toMatchObject({ kind: 'follow', reason: StayReason.NotHeir });
  });

  it('follows when not a member or not eligible', () => {
    expect(decideLeadership(view('x', clearLeader, aHeldLong), now, params)).toMatchObject({ kind: 'follow', reason: StayReason.NotAMember });
    const members = clearLeader.map((m) => (m.nodeId === 'b' ? { ...m, eligible: false } : m));
    expect(decideLeadership(view('b', members, undefined), now, params)).toMatchObject({ kind: 'follow', reason: StayReason.NotEligible });
  });

  it('re-checks at least once per renewal interval', () => {
    const action = decideLeadership(view('b', slightLeader, aHeldLong), now, params);
    expect(action.nextCheckAtMs).toBe(now + params.lease.renewIntervalMs);
  });

  it('carries the ranking it used', () => {
    const action = decideLeadership(view('b', clearLeader, aHeldLong), now, params);
    expect(action.ranking.map((c) => c.nodeId)).toEqual(['b', 'a', 'c']);
    expect(action.leaseState).toBe('held');
  });

  it('rejects a lease of another cluster', () => {
    expect(() => decideLeadership({ ...view('b', clearLeader), lease: { record: lease({ clusterId: 'c2' }), revision: 1 } }, now, params)).toThrow(InvalidLeaderInputError);
  });
});

describe('decideLeadership: no flapping under RTT jitter (property)', () => {
  it('the default margin covers ±20 % jitter', () => {
    expect(rttJitterMargin(params.weights, 0.2)).toBeCloseTo(1 / 6, 12);
    expect(params.stability.challengeMargin).toBeGreaterThan(rttJitterMargin(params.weights, 0.2));
  });

  // Any cluster, the true best holding the lease long past its tenure, every measurement jittered by up to
  // ±20 % (adversarially if fast-check likes): nobody challenges.
  it('never challenges the true best when every RTT is jittered by up to ±20 %', () => {
    const ids = ['n1', 'n2', 'n3', 'n4', 'n5'];
    const clusterArb = fc.record({
      size: fc.integer({ min: 2, max: ids.length }),
      rtt: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 25, maxLength: 25 }),
      cores: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 5, maxLength: 5 }),
      jitter: fc.array(fc.double({ min: 0.8, max: 1.2, noNaN: true }), { minLength: 25, maxLength: 25 }),
    });
    fc.assert(
      fc.property(clusterArb, ({ size, rtt, cores, jitter }) => {
        const members = ids.slice(0, size);
        const pairMs = (i: number, j: number) => rtt[Math.min(i, j) * 5 + Math.max(i, j)];
        const build = (factor: (i: number, j: number) => number): CandidateInfo[] =>
          members.map((id, i) =>
            node(id, {
              compute: { cores: cores[i] },
              measuredRttMs: Object.fromEntries(members.flatMap((peer, j) => (i === j ? [] : [[peer, pairMs(i, j) * factor(i, j)]]))),
            }),
          );
        const truth = build(() => 1);
        const jittered = build((i, j) => jitter[i * 5 + j]);
        const best = rankCandidates({ members: truth }, params.weights)[0].nodeId;
        const record = heldBy(best, 0, 999_000);
        for (const self of members) {
          const action: LeadershipAction = decideLeadership(view(self, jittered, record), 1_000_000, params);
          expect(action.kind).not.toBe('challenge');
        }
      }),
      { numRuns: 300 },
    );
  });
});
