import { DEFAULT_CA_PARAMS as p } from './params';
import { ComputeHeavyReason } from './rules/compute-heavy';
import { FanoutReason } from './rules/fanout';
import { MembershipReason } from './rules/membership';
import { ParentReason } from './rules/parent';
import { RelayReason } from './rules/relay';
import { initialCellView, step } from './step';
import { cell, peer, plainNode } from './test-support/builders';

describe('step', () => {
  it('says why a node joined, and judges the other rules against the new cluster', () => {
    const self = cell({ id: 'b', gpus: 1, vramMb: 16384 });
    const nbrs = [peer({ id: 'a', rttMs: 0.4 }), peer({ id: 'c', clusterId: 'a', rttMs: 0.6 }), peer({ id: 'w', rttMs: 70 })];
    expect(step(self, nbrs, p)).toEqual({
      clusterId: 'a',
      clusterHops: 1,
      parentId: null,
      relayId: 'w',
      acceptsComputeHeavy: true,
      fanout: 16,
      because: MembershipReason.JoinedCluster,
      reasons: {
        membership: MembershipReason.JoinedCluster,
        fanout: FanoutReason.AtCeiling,
        parent: ParentReason.UplinkNotSaturated,
        relay: RelayReason.ClosestInOtherCluster,
        computeHeavy: ComputeHeavyReason.GpuRichCloseToCluster,
      },
    });
  });

  it('a saturated node shrinks its fan-out and takes a parent in its cluster', () => {
    const self = cell({ id: 's', clusterId: 'a', relayLoadMbps: 950, fanout: 4 });
    const d = step(self, [peer({ id: 'a', rttMs: 0.4 }), peer({ id: 'm', clusterId: 'a', rttMs: 0.3, fanout: 8 })], p);
    expect([d.fanout, d.parentId, d.reasons.parent]).toEqual([2, 'a', ParentReason.TookParent]);
  });

  it('is pure: the same view gives the same decision and the input is untouched', () => {
    const self = cell({ id: 'b' });
    const nbrs = [peer({ id: 'a', rttMs: 0.4 })];
    const before = JSON.stringify([self, nbrs]);
    expect(step(self, nbrs, p)).toEqual(step(self, nbrs, p));
    expect(JSON.stringify([self, nbrs])).toBe(before);
  });
});

describe('initialCellView', () => {
  it('starts as a cluster of one with full fan-out', () => {
    expect(initialCellView('n1', plainNode, p)).toMatchObject({ clusterId: 'n1', parentId: null, relayId: null, fanout: 16, round: 0 });
  });
});
