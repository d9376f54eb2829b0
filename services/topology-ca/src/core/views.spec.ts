import { clusterMembershipOf, isLive, mergeLinks, neighbourhoodOf, sameMembership, sameNeighbourList, shouldRemoveClusterKey, writesClusterState, type PeerAnnouncement, type PeerLinkInput } from './index';

const LIVENESS_MS = 3000;
const NOW = 100_000;

function heard(nodeId: string, clusterId: string, agoMs = 0, extra: Partial<PeerAnnouncement> = {}): [string, PeerAnnouncement] {
  return [nodeId, { nodeId, clusterId, clusterHops: 1, parentId: null, relayId: null, acceptsComputeHeavy: false, fanout: 16, round: 3, because: 'x', heardAtMs: NOW - agoMs, ...extra }];
}

function link(peerId: string, rttMs: number, extra: Partial<PeerLinkInput> = {}): PeerLinkInput {
  return { peerId, rttMs, bandwidthMbps: 1000, measured: true, emulated: false, ...extra };
}

describe('liveness', () => {
  it.each([
    [0, true],
    [2999, true],
    [3000, false],
    [10_000, false],
  ])('a peer heard %i ms ago is live: %s', (ago, live) => {
    expect(isLive(heard('p', 'c', ago)[1], NOW, LIVENESS_MS)).toBe(live);
  });
});

describe('neighbourhoodOf', () => {
  const announcements = new Map([heard('b', 'a'), heard('c', 'a'), heard('d', 'd', 5000), heard('e', 'e')]);

  it('keeps live peers with a link, closest first, with their announced state', () => {
    const hood = neighbourhoodOf('a', [link('c', 0.9), link('b', 0.5), link('d', 0.1), link('e', 40), link('zz', 0.1)], announcements, NOW, LIVENESS_MS, { closest: 2, far: 0 });
    expect(hood.peerIds).toEqual(['b', 'c']);
    expect(hood.views[0]).toMatchObject({ id: 'b', clusterId: 'a', clusterHops: 1, rttMs: 0.5, measured: true });
    expect(hood.emulated).toBe(false);
  });

  it('drops self, silent peers, peers never heard and unusable RTTs', () => {
    const hood = neighbourhoodOf('a', [link('a', 0.1), link('d', 0.1), link('zz', 0.1), link('b', Number.NaN), link('c', -1)], announcements, NOW, LIVENESS_MS, {});
    expect(hood.peerIds).toEqual([]);
  });

  it('flags a neighbourhood built on emulated links', () => {
    expect(neighbourhoodOf('a', [link('b', 0.5, { emulated: true })], announcements, NOW, LIVENESS_MS, {}).emulated).toBe(true);
  });
});

describe('mergeLinks', () => {
  it('lets injected links win over the peer table for the same peer', () => {
    const merged = mergeLinks([link('b', 5), link('c', 7)], new Map([['b', link('b', 0.4, { emulated: true })]]));
    expect(merged.find((l) => l.peerId === 'b')).toMatchObject({ rttMs: 0.4, emulated: true });
    expect(merged).toHaveLength(2);
  });
});

describe('clusterMembershipOf', () => {
  it('lists self and the live peers of its cluster, sorted, with the compute-heavy ones', () => {
    const announcements = new Map([heard('c', 'a', 0, { acceptsComputeHeavy: true }), heard('b', 'a'), heard('d', 'a', 4000), heard('e', 'e')]);
    const m = clusterMembershipOf({ id: 'a', clusterId: 'a', acceptsComputeHeavy: false }, announcements, NOW, LIVENESS_MS);
    expect(m).toEqual({ members: ['a', 'b', 'c'], computeHeavyMembers: ['c'] });
    expect(sameMembership(m, { members: ['a', 'b', 'c'], computeHeavyMembers: ['c'] })).toBe(true);
    expect(sameMembership(m, { members: ['a', 'b'], computeHeavyMembers: ['c'] })).toBe(false);
    expect(sameMembership(null, m)).toBe(false);
  });
});

describe('sameNeighbourList', () => {
  const base = { clusterId: 'a', closePeers: ['b', 'c'], fallbackRelay: 'x', fanoutLimit: 16, parentId: '', acceptsComputeHeavy: false };
  it.each([
    ['identical', {}, true],
    ['another cluster', { clusterId: 'z' }, false],
    ['another peer order', { closePeers: ['c', 'b'] }, false],
    ['another relay', { fallbackRelay: 'y' }, false],
    ['a smaller fan-out', { fanoutLimit: 8 }, false],
    ['a parent', { parentId: 'b' }, false],
    ['compute-heavy', { acceptsComputeHeavy: true }, false],
  ])('%s → same: %s', (_what, change, same) => {
    expect(sameNeighbourList(base, { ...base, ...change })).toBe(same);
  });
  it('treats nothing written yet as a change', () => expect(sameNeighbourList(null, base)).toBe(false));
});

describe('cluster keys', () => {
  it('has the origin write its cluster', () => {
    expect(writesClusterState('a', 'a')).toBe(true);
    expect(writesClusterState('b', 'a')).toBe(false);
  });

  it.each([
    ['the node was the origin itself', 'me', [], true],
    ['the origin is still live and holds it', 'o', [heard('o', 'o')], false],
    ['the origin went silent', 'o', [heard('o', 'o', 5000)], true],
    ['the origin was never heard', 'o', [], true],
    ['the origin merged elsewhere', 'o', [heard('o', 'k')], true],
  ] as const)('removes a left cluster key when %s: %s', (_what, left, peers, remove) => {
    expect(shouldRemoveClusterKey('me', left, new Map(peers as unknown as [string, PeerAnnouncement][]), NOW, LIVENESS_MS)).toBe(remove);
  });
});
