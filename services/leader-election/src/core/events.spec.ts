import { LeaderChangeReason as ProtoReason } from '@cellmesh/contracts';
import { LeaderChangeReason } from '@cellmesh/leader-core';
import { leaderChangedMsgId, protoReasonName } from './events';
import { electionViewOf, viewChanged } from './view';

describe('LeaderChanged mapping and views', () => {
  it('maps every core reason onto a proto enum member', () => {
    for (const reason of Object.values(LeaderChangeReason)) {
      expect(ProtoReason[protoReasonName(reason)]).toBeGreaterThan(0);
    }
  });

  it('gives one message id per (cluster, term, new holder), so a retried publish is de-duplicated', () => {
    expect(leaderChangedMsgId({ clusterId: 'c1', term: 3, newHolder: 'a' })).toBe('c1:3:a');
    expect(leaderChangedMsgId({ clusterId: 'c1', term: 3, newHolder: '' })).toBe('c1:3:-');
  });

  it('reads a live lease as a leader, an expired one as none, and own acting rights only within the window', () => {
    const lease = { clusterId: 'c1', holder: 'a', term: 2, acquiredAtMs: 1000, renewedAtMs: 1000, expiresAtMs: 10_000, holderRank: 0.9 };
    const skew = { maxClockSkewMs: 1000 };
    expect(electionViewOf('c1', 'a', lease, 5000, skew)).toEqual({ clusterId: 'c1', leader: 'a', term: 2, isLeader: true });
    expect(electionViewOf('c1', 'a', lease, 9500, skew)).toMatchObject({ leader: 'a', isLeader: false });
    expect(electionViewOf('c1', 'b', lease, 11_000, skew)).toEqual({ clusterId: 'c1', leader: undefined, term: 2, isLeader: false });
    expect(viewChanged(undefined, electionViewOf('c1', 'b', lease, 5000, skew))).toBe(true);
    expect(viewChanged(electionViewOf('c1', 'b', lease, 5000, skew), electionViewOf('c1', 'b', lease, 6000, skew))).toBe(false);
  });
});
