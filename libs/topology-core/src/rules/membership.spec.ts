import { DEFAULT_CA_PARAMS as p } from '../params';
import { cell, peer } from '../test-support/builders';
import type { NeighbourView } from '../types';
import type { CoreView } from './core';
import { MembershipReason as R, decideMembership } from './membership';

/** A measured core: the origin at `originRttMs`, still holding its id, deputies as given. */
const core = (clusterId: string, originRttMs: number, deputyRttsMs: number[] = [], originHolds = true): CoreView => ({ clusterId, originHolds, originRttMs, deputyRttsMs });

// A fast LAN peer with a large id pins T at X = 3 ms (nearest 0.2 ms) without offering a smaller cluster id.
const pinT = peer({ id: 'zz', rttMs: 0.2 });

const cases: Array<{ name: string; id: string; clusterId?: string; nbrs: NeighbourView[]; cores?: CoreView[]; want: string; hops: number; reason: R }> = [
  { name: 'no neighbours: alone', id: 'b', nbrs: [], want: 'b', hops: 0, reason: R.Alone },
  { name: 'only WAN peers: alone', id: 'b', nbrs: [peer({ id: 'a', rttMs: 50 })], want: 'b', hops: 0, reason: R.Alone },
  { name: 'singleton joins a close peer with a smaller id', id: 'b', nbrs: [peer({ id: 'a', rttMs: 0.5 })], want: 'a', hops: 1, reason: R.JoinedCluster },
  { name: 'smallest id keeps its own cluster', id: 'a', nbrs: [peer({ id: 'b', rttMs: 0.5 })], want: 'a', hops: 0, reason: R.StayedOrigin },
  {
    name: 'a member merges into a smaller cluster over a candidate link',
    id: 'c',
    clusterId: 'b',
    nbrs: [peer({ id: 'b', rttMs: 0.5 }), peer({ id: 'x', clusterId: 'a', rttMs: 0.6 })],
    cores: [core('a', 1), core('b', 0.5)],
    want: 'a',
    hops: 2, reason: R.MergedIntoSmaller,
  },
  {
    name: 'a link in the stay band keeps a member',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'a', rttMs: 3.5 })],
    want: 'a',
    hops: 1, reason: R.StayedAnchored,
  },
  {
    name: 'hysteresis: a stay-band link to a smaller cluster is no reason to move',
    id: 'c',
    clusterId: 'b',
    nbrs: [peer({ id: 'b', rttMs: 3.5 }), peer({ id: 'a', rttMs: 3 }), pinT],
    want: 'b',
    hops: 1, reason: R.StayedAnchored,
  },
  {
    name: 'a stay-band link does not make a node join',
    id: 'c',
    nbrs: [peer({ id: 'a', rttMs: 2.5 }), pinT],
    want: 'c',
    hops: 0, reason: R.StayedOrigin,
  },
  {
    name: 'split: every link to the cluster beyond T·(1+h)',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'a', rttMs: 4 }), pinT],
    want: 'c',
    hops: 0, reason: R.Split,
  },
  {
    name: 'split goes to its own id first, even next to another cluster (it joins next round)',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'a', rttMs: 40 }), peer({ id: 'b', rttMs: 0.5 })],
    want: 'c',
    hops: 0, reason: R.Split,
  },
  {
    name: 'an id offered beyond maxClusterHops is void',
    id: 'b',
    nbrs: [peer({ id: 'x', clusterId: 'a', clusterHops: 16, rttMs: 0.5 })],
    want: 'b',
    hops: 0, reason: R.Alone,
  },
  {
    name: 'a ghost id (anchors counted up to the limit) expires: split',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'd', clusterId: 'a', clusterHops: 16, rttMs: 0.5 })],
    want: 'c',
    hops: 0, reason: R.Split,
  },
  {
    name: 'a member keeps the fewest hops offered by its anchors',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'd', clusterId: 'a', clusterHops: 3, rttMs: 0.5 }), peer({ id: 'e', clusterId: 'a', clusterHops: 1, rttMs: 2.6 })],
    cores: [core('a', 1)],
    want: 'a',
    hops: 2, reason: R.StayedAnchored,
  },
  { name: 'thin bandwidth blocks joining', id: 'b', nbrs: [peer({ id: 'a', rttMs: 0.5, bandwidthMbps: 10 })], want: 'b', hops: 0, reason: R.Alone },
  { name: 'an estimated RTT blocks joining', id: 'b', nbrs: [peer({ id: 'a', rttMs: 0.5, measured: false })], want: 'b', hops: 0, reason: R.Alone },
  { name: 'relative rule: 4 ms (beyond X) clusters a node whose nearest peer is 4 ms', id: 'b', nbrs: [peer({ id: 'a', rttMs: 4 })], want: 'a', hops: 1, reason: R.JoinedCluster },
  { name: 'the cap: 12 ms is WAN even for a lone node', id: 'b', nbrs: [peer({ id: 'a', rttMs: 12 })], want: 'b', hops: 0, reason: R.Alone },
  // The core: close to one member is not enough (T = 3 ms here, so R = 6 ms: join < 4.5, stay ≤ 7.5, by majority).
  {
    name: 'chaining: a close member offers a cluster whose origin is 123 ms away: no join',
    id: 'c',
    nbrs: [peer({ id: 'b', clusterId: 'a', rttMs: 2.6 })],
    cores: [core('a', 123)],
    want: 'c', hops: 0, reason: R.StayedOrigin,
  },
  {
    name: 'triangle-inequality violation: origin close, an earlier deputy 123 ms away: no join',
    id: 'c',
    nbrs: [peer({ id: 'b', rttMs: 2.6 })],
    cores: [core('b', 2.6, [123])],
    want: 'c', hops: 0, reason: R.StayedOrigin,
  },
  {
    name: 'the origin not measured (no core views, origin not a neighbour): the links decide, as before',
    id: 'c',
    nbrs: [peer({ id: 'b', clusterId: 'a', rttMs: 0.5 })],
    want: 'a', hops: 2, reason: R.JoinedCluster,
  },
  {
    name: 'core views supplied but none for the offered cluster: no join',
    id: 'c',
    nbrs: [peer({ id: 'b', clusterId: 'a', rttMs: 0.5 })],
    cores: [],
    want: 'c', hops: 0, reason: R.StayedOrigin,
  },
  {
    name: 'close to origin and deputies: joins, at the hops its link offers',
    id: 'c',
    nbrs: [peer({ id: 'b', clusterId: 'a', rttMs: 0.5 })],
    cores: [core('a', 3, [4, 9])],
    want: 'a', hops: 2, reason: R.JoinedCluster,
  },
  {
    name: 'a larger offered id with a close core loses to nothing: the smallest id whose core is close wins',
    id: 'd',
    nbrs: [peer({ id: 'x', clusterId: 'a', rttMs: 0.5 }), peer({ id: 'y', clusterId: 'b', rttMs: 0.6 })],
    cores: [core('a', 90), core('b', 1)],
    want: 'b', hops: 2, reason: R.JoinedCluster,
  },
  {
    name: 'core hysteresis: origin in the core stay band (6 ms) keeps a member',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'b', clusterId: 'a', rttMs: 0.5 })],
    cores: [core('a', 6)],
    want: 'a', hops: 2, reason: R.StayedAnchored,
  },
  {
    name: 'a member far from its origin splits off even with close links',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'b', clusterId: 'a', rttMs: 0.5 })],
    cores: [core('a', 40)],
    want: 'c', hops: 0, reason: R.SplitFarFromCore,
  },
  {
    name: 'a member whose origin left the cluster splits off (the label is a ghost)',
    id: 'c',
    clusterId: 'a',
    nbrs: [peer({ id: 'b', clusterId: 'a', rttMs: 0.5 })],
    cores: [core('a', 1, [], false)],
    want: 'c', hops: 0, reason: R.SplitFarFromCore,
  },
];

describe('decideMembership', () => {
  it.each(cases)('$name', ({ id, clusterId, nbrs, cores, want, hops, reason }) => {
    expect(decideMembership(cell({ id, clusterId: clusterId ?? id, cores }), nbrs, p)).toEqual({ clusterId: want, clusterHops: hops, reason });
  });

  it('does not depend on neighbour order', () => {
    const nbrs = [peer({ id: 'x', clusterId: 'k', rttMs: 0.4 }), peer({ id: 'y', clusterId: 'e', rttMs: 0.9 }), peer({ id: 'z', clusterId: 'g', rttMs: 0.2 })];
    const cores = [core('k', 1), core('e', 1), core('g', 1)];
    const want = decideMembership(cell({ id: 'm', cores }), nbrs, p);
    expect(want.clusterId).toBe('e');
    expect(decideMembership(cell({ id: 'm', cores: [...cores].reverse() }), [...nbrs].reverse(), p)).toEqual(want);
  });
});
