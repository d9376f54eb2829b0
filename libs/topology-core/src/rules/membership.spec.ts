import { DEFAULT_CA_PARAMS as p } from '../params';
import { cell, peer } from '../test-support/builders';
import type { NeighbourView } from '../types';
import { MembershipReason as R, decideMembership } from './membership';

// A fast LAN peer with a large id pins T at X = 3 ms (nearest 0.2 ms) without offering a smaller cluster id.
const pinT = peer({ id: 'zz', rttMs: 0.2 });

const cases: Array<{ name: string; id: string; clusterId?: string; nbrs: NeighbourView[]; want: string; reason: R }> = [
  { name: 'no neighbours: alone', id: 'b', nbrs: [], want: 'b', reason: R.Alone },
  { name: 'only WAN peers: alone', id: 'b', nbrs: [peer({ id: 'a', rttMs: 50 })], want: 'b', reason: R.Alone },
  { name: 'singleton joins a close peer with a smaller id', id: 'b', nbrs: [peer({ id: 'a', rttMs: 0.5 })], want: 'a', reason: R.JoinedCluster },
  { name: 'smallest id keeps its own cluster', id: 'a', nbrs: [peer({ id: 'b', rttMs: 0.5 })], want: 'a', reason: R.StayedOrigin },
  {
    name: 'a member merges into a smaller cluster over a candidate link',
    id: 'c',
    clusterId: 'b',
    nbrs: [peer({ id: 'b', rttMs: 0.5 }), peer({ id: 'x', clusterId: 'a', rttMs: 0.6 })],
    want: 'a',
    reason: R.MergedIntoSmaller,
  },
  {
    name: 'a link in the stay band keeps a member',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'a', rttMs: 3.5 })],
    want: 'a',
    reason: R.StayedAnchored,
  },
  {
    name: 'hysteresis: a stay-band link to a smaller cluster is no reason to move',
    id: 'c',
    clusterId: 'b',
    nbrs: [peer({ id: 'b', rttMs: 3.5 }), peer({ id: 'a', rttMs: 3 }), pinT],
    want: 'b',
    reason: R.StayedAnchored,
  },
  {
    name: 'a stay-band link does not make a node join',
    id: 'c',
    nbrs: [peer({ id: 'a', rttMs: 2.5 }), pinT],
    want: 'c',
    reason: R.StayedOrigin,
  },
  {
    name: 'split: every link to the cluster beyond T·(1+h)',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'a', rttMs: 4 }), pinT],
    want: 'c',
    reason: R.Split,
  },
  {
    name: 'split straight into a candidate cluster with a smaller id than its own',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'a', rttMs: 40 }), peer({ id: 'b', rttMs: 0.5 })],
    want: 'b',
    reason: R.Split,
  },
  {
    name: 'split to its own id when the candidate id is larger',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'a', rttMs: 40 }), peer({ id: 'd', rttMs: 0.5 })],
    want: 'c',
    reason: R.Split,
  },
  { name: 'thin bandwidth blocks joining', id: 'b', nbrs: [peer({ id: 'a', rttMs: 0.5, bandwidthMbps: 10 })], want: 'b', reason: R.Alone },
  { name: 'an estimated RTT blocks joining', id: 'b', nbrs: [peer({ id: 'a', rttMs: 0.5, measured: false })], want: 'b', reason: R.Alone },
  { name: 'relative rule: 4 ms (beyond X) clusters a node whose nearest peer is 4 ms', id: 'b', nbrs: [peer({ id: 'a', rttMs: 4 })], want: 'a', reason: R.JoinedCluster },
  { name: 'the cap: 12 ms is WAN even for a lone node', id: 'b', nbrs: [peer({ id: 'a', rttMs: 12 })], want: 'b', reason: R.Alone },
];

describe('decideMembership', () => {
  it.each(cases)('$name', ({ id, clusterId, nbrs, want, reason }) => {
    expect(decideMembership(cell({ id, clusterId: clusterId ?? id }), nbrs, p)).toEqual({ clusterId: want, reason });
  });

  it('does not depend on neighbour order', () => {
    const nbrs = [peer({ id: 'x', clusterId: 'k', rttMs: 0.4 }), peer({ id: 'y', clusterId: 'e', rttMs: 0.9 }), peer({ id: 'z', clusterId: 'g', rttMs: 0.2 })];
    const want = decideMembership(cell({ id: 'm' }), nbrs, p);
    expect(want.clusterId).toBe('e');
    expect(decideMembership(cell({ id: 'm' }), [...nbrs].reverse(), p)).toEqual(want);
  });
});
