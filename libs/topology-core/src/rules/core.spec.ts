import { DEFAULT_CA_PARAMS as p } from '../params';
import { peer } from '../test-support/builders';
import { LinkBand } from './candidacy';
import { CoreReason, classifyCore, clusterDeputies, coreViewFromNeighbours, deputiesBefore, type CoreView } from './core';

// T = 3 ms throughout: R = 2T = 6 ms; origin join < 4.5, stay ≤ 7.5; deputies join < 9, stay ≤ 15.
const T = 3;
const core = (originRttMs: number, deputyRttsMs: number[] = [], originHolds = true): CoreView => ({ clusterId: 'a', originHolds, originRttMs, deputyRttsMs });

describe('classifyCore', () => {
  const cases: Array<{ name: string; view?: CoreView; self?: string; band: LinkBand; reason: CoreReason }> = [
    { name: 'the origin itself', view: core(0), self: 'a', band: LinkBand.Join, reason: CoreReason.IsOrigin },
    { name: 'no view: not measured', band: LinkBand.Outside, reason: CoreReason.OriginNotMeasured },
    { name: 'origin RTT unknown', view: core(Number.NaN), band: LinkBand.Outside, reason: CoreReason.OriginNotMeasured },
    { name: 'ghost label', view: core(1, [], false), band: LinkBand.Outside, reason: CoreReason.OriginLeft },
    { name: 'origin inside the join band', view: core(4.4), band: LinkBand.Join, reason: CoreReason.InsideCoreJoinBand },
    { name: 'origin in the stay band only', view: core(4.6), band: LinkBand.Stay, reason: CoreReason.InsideCoreStayBand },
    { name: 'origin beyond the stay band', view: core(7.6), band: LinkBand.Outside, reason: CoreReason.FarFromOrigin },
    { name: 'deputy inside 2R·(1−h)', view: core(1, [8.9]), band: LinkBand.Join, reason: CoreReason.InsideCoreJoinBand },
    { name: 'deputy in the stay band only', view: core(1, [9.1]), band: LinkBand.Stay, reason: CoreReason.InsideCoreStayBand },
    { name: 'a triangle-inequality violator: deputy 123 ms', view: core(1, [0.5, 123]), band: LinkBand.Outside, reason: CoreReason.FarFromDeputy },
    { name: 'an unmeasured deputy is no evidence either way', view: core(1, [Number.NaN]), band: LinkBand.Join, reason: CoreReason.InsideCoreJoinBand },
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
    expect(clusterDeputies('a', nbrs, p)).toEqual([{ id: 'b', rttMs: 0.3 }, { id: 'd', rttMs: 0.3 }]);
    expect(clusterDeputies('a', nbrs, { ...p, coreDeputies: 0 })).toEqual([]);
  });
  it('a node is checked only against deputies that rank before it, never itself', () => {
    const deputies = clusterDeputies('a', nbrs, p);
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
