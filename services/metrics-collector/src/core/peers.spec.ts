import { initialCoord, initialLinkStats, recordProbe, recordTimeout, type NetCoord } from '@cellmesh/netcoords';
import { buildPeerLinks, closestPeers, expiredPeers, filteredRttMs, isUsableCoord, peerLink, percentile, type PeerState } from './peers';

const self: NetCoord = { vec: [0, 0, 0], height: 1, error: 0.2 };
const peer = (peerId: string, over: Partial<PeerState> = {}): PeerState => ({ peerId, stats: initialLinkStats(), coord: null, clusterId: '', emulated: false, lastHeardMs: 0, ...over });
const probed = (rtts: number[]) => rtts.reduce((s, rttMs, i) => recordProbe(s, { atMs: i, rttMs }), initialLinkStats());

describe('peer links', () => {
  it('reports a measured link by its 25th-percentile RTT, with the smoothed RTT beside it', () => {
    const link = peerLink(self, peer('p', { stats: probed([10, 10, 10, 30, 10]), emulated: true }))!;
    expect(link).toMatchObject({ peerId: 'p', rttMs: 10, measured: true, samples: 5, estimateError: 0, emulated: true });
    expect(link.smoothedRttMs).toBeGreaterThan(10);
    expect(link.jitterMs).toBeGreaterThan(0);
  });

  it('estimates a never-probed peer from coordinates, with the error', () => {
    const link = peerLink(self, peer('far', { coord: { vec: [3, 4, 0], height: 2, error: 0.6 } }))!;
    expect(link).toMatchObject({ rttMs: 8, measured: false, samples: 0, estimateError: 0.4 });
  });

  it('knows nothing about a peer with neither probes nor a coordinate', () => {
    expect(peerLink(self, peer('ghost'))).toBeNull();
  });

  it('reports loss for a peer whose probes all timed out', () => {
    const stats = recordTimeout(recordTimeout(initialLinkStats(), 1), 2);
    expect(peerLink(self, peer('dark', { stats, coord: initialCoord() }))).toMatchObject({ measured: false, lossRatio: 1 });
  });

  it('keeps every measured link and only the nearest estimates in the snapshot', () => {
    const peers = [
      peer('m2', { stats: probed([20]) }),
      peer('m1', { stats: probed([5]) }),
      ...[1, 2, 3, 4].map((d) => peer(`e${d}`, { coord: { vec: [d * 10, 0, 0], height: 0, error: 0.5 } })),
    ];
    expect(buildPeerLinks(self, peers, 2).map((l) => l.peerId)).toEqual(['m1', 'm2', 'e1', 'e2']);
  });

  it('falls back to the closest peers as neighbours, skipping dark ones', () => {
    const dark = recordTimeout(initialLinkStats(), 0);
    const peers = [peer('near', { stats: probed([2]) }), peer('mid', { coord: { vec: [10, 0, 0], height: 0, error: 0.5 } }), peer('dark', { stats: dark, coord: { vec: [0, 0, 0], height: 0, error: 0.5 } }), peer('far', { stats: probed([90]) })];
    expect(closestPeers(self, peers, 3)).toEqual(['near', 'mid', 'far']);
  });

  it('expires silent peers, then the least recently heard beyond the bound', () => {
    const peers = [peer('old', { lastHeardMs: 0 }), peer('a', { lastHeardMs: 900 }), peer('b', { lastHeardMs: 950 }), peer('c', { lastHeardMs: 990 })];
    expect(expiredPeers(peers, 1_000, 500, 2)).toEqual(['old', 'a']);
  });

  it('accepts only well-formed coordinates of our dimensions', () => {
    expect(isUsableCoord({ vec: [1, 2, 3], height: 0.1, error: 0.5 }, 3)).toBe(true);
    expect(isUsableCoord({ vec: [1, 2], height: 0.1, error: 0.5 }, 3)).toBe(false);
    expect(isUsableCoord({ vec: [1, Number.NaN, 3], height: 0.1, error: 0.5 }, 3)).toBe(false);
    expect(isUsableCoord({ vec: [1, 2, 3], height: -1, error: 0.5 }, 3)).toBe(false);
    expect(isUsableCoord(null, 3)).toBe(false);
  });

  it('percentile interpolates and the filter ignores a spike', () => {
    expect(percentile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 9);
    expect(percentile([7], 0.25)).toBe(7);
    expect(filteredRttMs(probed([1, 1, 1, 50]))).toBe(1);
    expect(filteredRttMs(initialLinkStats())).toBeNull();
  });
});
