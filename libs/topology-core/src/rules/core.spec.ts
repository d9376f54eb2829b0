import { DEFAULT_CA_PARAMS as p } from '../params';
import { peer } from '../test-support/builders';
import { LinkBand } from './candidacy';
import { CoreReason, classifyCore, clusterDeputies, coreViewFromNeighbours, coreViewOf, coresWanted, deputiesBefore, type CoreView } from './core';

// T = 3 ms throughout: R = 2T = 6 ms; a core member votes join below 4.5 ms and stay up to 7.5 ms.
const T = 3;
const core = (originRttMs: number, deputyRttsMs: number[] = [], originHolds = true): CoreView => ({ clusterId: 'a', originHolds, originRttMs, deputyRttsMs });

describe('classifyCore', () => {
  const cases: Array<{ name: string; view?: CoreView; self?: string; band: LinkBand; reason: CoreReason }> = [
    { name: 'the origin itself', view: core(0), self: 'a', band: LinkBand.Join, reason: CoreReason.IsOrigin },
    { name: 'no view supplied: not a cluster this node may hold', band: LinkBand.Outside, reason: CoreReason.CoreNotSupplied },
    { name: 'origin RTT unknown: the core abstains, links decide', view: core(Number.NaN), band: LinkBand.Join, reason: CoreReason.OriginNotMeasured },
    { name: 'a ghost is outside even unmeasured', view: core(Number.NaN, [], false), band: LinkBand.Outside, reason: CoreReason.OriginLeft },
    { name: 'ghost label', view: core(1, [], false), band: LinkBand.Outside, reason: CoreReason.OriginLeft },
    { name: 'origin inside the join band', view: core(4.4), band: LinkBand.Join, reason: CoreReason.InsideCoreJoinBand },
    { name: 'origin in the stay band only', view: core(4.6), band: LinkBand.Stay, reason: CoreReason.InsideCoreStayBand },
    { name: 'origin beyond the stay band', view: core(7.6), band: LinkBand.Outside, reason: CoreReason.FarFromOrigin },
    { name: 'a congested link to one deputy is outvoted (2 of 3 close)', view: core(1, [2, 123]), band: LinkBand.Join, reason: CoreReason.InsideCoreJoinBand },
    { name: 'a congested link to the origin is outvoted (2 of 3 close)', view: core(40, [1, 1]), band: LinkBand.Join, reason: CoreReason.InsideCoreJoinBand },
    { name: 'a triangle-inequality violator: close to the origin, 123 ms from the first deputy', view: core(1, [123]), band: LinkBand.Outside, reason: CoreReason.FarFromDeputies },
    { name: 'half is not a majority', view: core(1, [123, 123, 1]), band: LinkBand.Outside, reason: CoreReason.FarFromDeputies },
    { name: 'a majority in the stay band only', view: core(1, [5, 5]), band: LinkBand.Stay, reason: CoreReason.InsideCoreStayBand },
    { name: 'an unmeasured deputy does not vote', view: core(1, [Number.NaN]), band: LinkBand.Join, reason: CoreReason.InsideCoreJoinBand },
  ];
  it.each(cases)('$name', ({ view, self, band, reason }) => {
    expect(classifyCore(self ?? 'c', view, T, p)).toEqual({ band, reason });
  });
});

describe('clusterDeputies and deputiesBefore', () => {
  const nbrs = [
    peer({ id: 'd', clusterId: 'a', rttMs: 0.3 }),
    peer({ id: 'b', clusterId: 'a', rttMs: 0.3 }),
    peer({ id: 'x', clusterId: 'z', rttMs: 0.1 }),
    peer({ id: 'e', clusterId: 'a', rttMs: 0.2, measured: false }),
    peer({ id: 'f', clusterId: 'a', rttMs: 0.9 }),
  ];
  it('are the closest measured members, ties to the smaller id, at most coreDeputies', () => {
    expect(clusterDeputies('a', nbrs, { ...p, coreDeputies: 2 })).toEqual([{ id: 'b', rttMs: 0.3 }, { id: 'd', rttMs: 0.3 }]);
    expect(clusterDeputies('a', nbrs, p)).toEqual([{ id: 'b', rttMs: 0.3 }, { id: 'd', rttMs: 0.3 }, { id: 'f', rttMs: 0.9 }]);
    expect(clusterDeputies('a', nbrs, { ...p, coreDeputies: 0 })).toEqual([]);
  });
  it('a node is checked only against deputies that rank before it, never itself', () => {
    const deputies = clusterDeputies('a', nbrs, { ...p, coreDeputies: 2 });
    expect(deputiesBefore(deputies, 'b', 0.3)).toEqual([]);
    expect(deputiesBefore(deputies, 'd', 0.3)).toEqual([{ id: 'b', rttMs: 0.3 }]);
    expect(deputiesBefore(deputies, 'c', 0.3)).toEqual([{ id: 'b', rttMs: 0.3 }]);
    expect(deputiesBefore(deputies, 'q', 5)).toEqual(deputies);
    expect(deputiesBefore(deputies, 'q', Number.NaN)).toEqual(deputies);
  });
});

describe('coreViewFromNeighbours', () => {
  it('measures an origin that is a neighbour, and reads whether it still holds its id', () => {
    expect(coreViewFromNeighbours('a', [peer({ id: 'a', rttMs: 0.4 })], p)).toEqual(core(0.4));
    expect(coreViewFromNeighbours('a', [peer({ id: 'a', clusterId: 'Z', rttMs: 0.4 })], p)).toEqual(core(0.4, [], false));
    expect(coreViewFromNeighbours('a', [peer({ id: 'a', rttMs: 0.4, measured: false })], p).originRttMs).toBeNaN();
    expect(coreViewFromNeighbours('a', [peer({ id: 'b', rttMs: 0.4 })], p).originRttMs).toBeNaN();
  });
});

describe('coresWanted and coreViewOf (what the engine and a service probe)', () => {
  it('wants its own cluster and smaller ids offered over join-band links only', () => {
    const nbrs = [
      peer({ id: 'x', clusterId: 'b', rttMs: 0.5 }),
      peer({ id: 'y', clusterId: 'a', rttMs: 0.6 }),
      peer({ id: 'z', clusterId: 'e', rttMs: 0.4 }), // larger than its own cluster: never joined
      peer({ id: 'w', clusterId: 'c', rttMs: 40 }), // not a join-band link
      peer({ id: 'v', clusterId: 'aa', clusterHops: 16, rttMs: 0.5 }), // offered beyond maxClusterHops
    ];
    expect(coresWanted({ id: 'm', clusterId: 'd' }, nbrs, p)).toEqual(['a', 'b', 'd']);
    expect(coresWanted({ id: 'd', clusterId: 'd' }, nbrs, p)).toEqual(['a', 'b']);
  });

  it('measures the origin and the deputies ranked before the node; a ghost is not probed', () => {
    const rtts: Record<string, number> = { a: 2, d1: 1, d2: 3, d3: 9 };
    const probed: string[] = [];
    const measure = (id: string) => (probed.push(id), rtts[id] ?? Number.NaN);
    const deputies = [{ id: 'd1', rttMs: 0.5 }, { id: 'd2', rttMs: 1 }, { id: 'd3', rttMs: 4 }];
    expect(coreViewOf('m', { clusterId: 'a', originHolds: true, deputies }, measure)).toEqual({ clusterId: 'a', originHolds: true, originRttMs: 2, deputyRttsMs: [1, 3] });
    expect(probed).toEqual(['a', 'd1', 'd2']);
    probed.length = 0;
    expect(coreViewOf('m', { clusterId: 'a', originHolds: false, deputies }, measure)).toEqual({ clusterId: 'a', originHolds: false, originRttMs: Number.NaN, deputyRttsMs: [] });
    expect(probed).toEqual([]);
  });
});
