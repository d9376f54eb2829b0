import { FIT } from './verdict';
import { FilterName, FilterReason } from '../names';
import type { NodeFilter, NodeView, PlacementContext } from '../types';

/** A node is dead to the scheduler once its heartbeat is older than `heartbeatStaleMs`. */
export function isHeartbeatStale(node: NodeView, nowMs: number, heartbeatStaleMs: number): boolean {
  return nowMs - node.lastSeenMs > heartbeatStaleMs;
}

export const nodeHealthyFilter: NodeFilter = {
  name: FilterName.NodeHealthy,
  filter(_task, node, ctx: PlacementContext) {
    if (!node.healthy) return { fit: false, code: 'unresolvable', reason: FilterReason.NodeUnhealthy };
    if (isHeartbeatStale(node, ctx.nowMs, ctx.options.heartbeatStaleMs)) {
      return { fit: false, code: 'unresolvable', reason: FilterReason.HeartbeatStale };
    }
    return FIT;
  },
};

export const nodeNotDrainingFilter: NodeFilter = {
  name: FilterName.NodeNotDraining,
  filter(_task, node) {
    return node.draining ? { fit: false, code: 'unresolvable', reason: FilterReason.NodeDraining } : FIT;
  },
};

/** A peer that was slow to take a dispatch gets a pause, so one bad link does not keep absorbing tasks. */
export const slowPeerBackoffFilter: NodeFilter = {
  name: FilterName.SlowPeerBackoff,
  filter(_task, node, ctx) {
    return node.backoffUntilMs > ctx.nowMs ? { fit: false, code: 'unfit', reason: FilterReason.SlowPeerBackoff } : FIT;
  },
};
