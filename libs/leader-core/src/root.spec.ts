import { decideLeadership } from './decide';
import { LeaderChangeReason, StayReason } from './names';
import { DEFAULT_ROOT_LEADER_PARAMS } from './params';
import { electRoot } from './root';
import { shouldChallenge } from './stability';
import { hubCluster, lease, mesh, node } from './testing/fixtures';

// Leaders of four clusters; RTTs are leader-to-leader WAN links.
const leaders = mesh(
  [node('lead-eu'), node('lead-us', { compute: { cores: 32 } }), node('lead-ap'), node('lead-sa')],
  (a, b) => {
    const ms: Record<string, number> = { 'lead-eu|lead-us': 80, 'lead-ap|lead-eu': 160, 'lead-eu|lead-sa': 190, 'lead-ap|lead-us': 120, 'lead-sa|lead-us': 110, 'lead-ap|lead-sa': 300 };
    return ms[[a, b].sort().join('|')];
  },
);

describe('electRoot', () => {
  it('ranks leaders by RTT to the other leaders plus compute, best first', () => {
    const { ranking, best } = electRoot(leaders);
    expect(ranking.map((c) => c.nodeId)).toEqual(['lead-us', 'lead-eu', 'lead-ap', 'lead-sa']);
    expect(best?.nodeId).toBe('lead-us');
    expect(best?.rtt.medianMs).toBe(110);
  });

  it('skips an ineligible leader for best, keeping it in the ranking', () => {
    const draining = leaders.map((l) => (l.nodeId === 'lead-us' ? { ...l, eligible: false } : l));
    const { ranking, best } = electRoot(draining);
    expect(ranking[0].nodeId).toBe('lead-us');
    expect(best?.nodeId).toBe('lead-eu');
  });

  it('uses coordinate estimates for leaders that never probed each other', () => {
    const unprobed = [node('x', { estimatedRttMs: { y: 50, z: 50 } }), node('y', { estimatedRttMs: { z: 200 } }), node('z')];
    expect(electRoot(unprobed).best?.nodeId).toBe('x');
  });

  it('has no best without leaders', () => {
    expect(electRoot([])).toEqual({ ranking: [], best: undefined });
  });

  it('honours custom weights (compute only)', () => {
    expect(electRoot(leaders, { rttMean: 0, rttMedian: 0, rttCoverage: 0 }).best?.nodeId).toBe('lead-us');
  });
});

describe('root hysteresis: the cluster machinery one level up', () => {
  const params = DEFAULT_ROOT_LEADER_PARAMS;
  const now = 1_000_000;

  it('a slightly better leader does not take the root', () => {
    const ranking = electRoot(hubCluster(['r1', 'r2', 'r3'], 'r2', 40, 45)).ranking;
    const [first, second] = ranking;
    const verdict = shouldChallenge({ holder: second, leaseState: 'held', tenureMs: 10 * 60_000 }, first, params.stability);
    expect(verdict).toMatchObject({ challenge: false, reason: StayReason.WithinMargin });
  });

  it('a much better leader takes the root only after the root tenure (120 s)', () => {
    const members = hubCluster(['r1', 'r2', 'r3'], 'r2', 10, 150);
    const young = lease({ clusterId: 'root', holder: 'r1', acquiredAtMs: now - 119_999, renewedAtMs: now - 1_000, expiresAtMs: now + 8_000 });
    const view = (record: typeof young) => ({ selfId: 'r2', clusterId: 'root', members, lease: { record, revision: 4 } });
    expect(decideLeadership(view(young), now, params)).toMatchObject({ kind: 'follow', reason: StayReason.TenureTooShort });
    expect(decideLeadership(view({ ...young, acquiredAtMs: now - 120_000 }), now, params)).toMatchObject({ kind: 'challenge', reason: LeaderChangeReason.BetterCandidate });
  });

  it('tolerates WAN RTTs that would count as unstable inside a cluster', () => {
    // r1 is 400 ms from everyone; r2..r4 are 50 ms apart. r1 holds a young lease.
    const members = mesh([node('r1'), node('r2'), node('r3'), node('r4')], (a, b) => (a === 'r1' || b === 'r1' ? 400 : 50));
    const held = lease({ clusterId: 'root', holder: 'r1', acquiredAtMs: now - 1_000, renewedAtMs: now - 1_000, expiresAtMs: now + 8_000 });
    const view = { selfId: 'r2', clusterId: 'root', members, lease: { record: held, revision: 4 } };
    expect(decideLeadership(view, now, params)).toMatchObject({ kind: 'follow', reason: StayReason.TenureTooShort });
    const clusterBound = { ...params, stability: { ...params.stability, maxHolderRttMs: 200 } };
    expect(decideLeadership(view, now, clusterBound)).toMatchObject({ kind: 'challenge', reason: LeaderChangeReason.UnstableRtt });
  });
});
