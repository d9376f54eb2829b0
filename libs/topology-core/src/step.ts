import type { CaParams } from './params';
import { ComputeHeavyReason, decideComputeHeavy } from './rules/compute-heavy';
import { FanoutReason, decideFanout } from './rules/fanout';
import { MembershipReason, decideMembership } from './rules/membership';
import { ParentReason, decideParent } from './rules/parent';
import { RelayReason, decideRelay } from './rules/relay';
import type { CellView, NeighbourView, NodeAttributes } from './types';

/** The next state of one node, with the rule behind each part of it. */
export interface CellDecision {
  readonly clusterId: string;
  readonly clusterHops: number;
  readonly parentId: string | null;
  readonly relayId: string | null;
  readonly acceptsComputeHeavy: boolean;
  readonly fanout: number;
  /** Why the node holds `clusterId` (what `cellmesh up` shows). */
  readonly because: MembershipReason;
  readonly reasons: {
    readonly membership: MembershipReason;
    readonly fanout: FanoutReason;
    readonly parent: ParentReason;
    readonly relay: RelayReason;
    readonly computeHeavy: ComputeHeavyReason;
  };
}

/** A CA rule: plain data in, plain data out; no clock, randomness or I/O. */
export type CaRule<D> = (self: CellView, nbrs: readonly NeighbourView[], p: CaParams) => D;

/** A node before its first round: a cluster of one, no parent or relay, full fan-out. */
export function initialCellView(id: string, attributes: NodeAttributes, p: CaParams): CellView {
  return {
    id,
    ...attributes,
    clusterId: id,
    clusterHops: 0,
    parentId: null,
    relayId: null,
    acceptsComputeHeavy: false,
    fanout: p.maxFanout,
    round: 0,
  };
}

/**
 * One synchronous round for one node. Membership is decided first; parent, relay and
 * compute-heavy marking then see the node in its new cluster. The parent rule compares the
 * fan-outs announced last round (`self.fanout`, not the new one), so every node orders by the
 * same values and no parent cycle can form.
 */
export const step: CaRule<CellDecision> = (self, nbrs, p) => {
  const membership = decideMembership(self, nbrs, p);
  const settled: CellView = { ...self, clusterId: membership.clusterId, clusterHops: membership.clusterHops };
  const fanout = decideFanout(settled, p);
  const parent = decideParent(settled, nbrs, p);
  const relay = decideRelay(settled, nbrs, p);
  const computeHeavy = decideComputeHeavy(settled, nbrs, p);
  return {
    clusterId: membership.clusterId,
    clusterHops: membership.clusterHops,
    parentId: parent.parentId,
    relayId: relay.relayId,
    acceptsComputeHeavy: computeHeavy.acceptsComputeHeavy,
    fanout: fanout.fanout,
    because: membership.reason,
    reasons: {
      membership: membership.reason,
      fanout: fanout.reason,
      parent: parent.reason,
      relay: relay.reason,
      computeHeavy: computeHeavy.reason,
    },
  };
};
