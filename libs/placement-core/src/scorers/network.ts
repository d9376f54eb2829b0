import { ScorerName } from '../names';
import { identityNormalize } from '../normalize';
import type { NodeScorer, NodeView, PlacementContext } from '../types';

/**
 * RTT from the origin in ms. The origin itself is 0. A measured RTT counts as is; a coordinate
 * estimate is inflated by its relative error, so a measured path wins over an equally good guess.
 */
export function effectiveRttMs(node: NodeView, originNode: string, ctx: PlacementContext): number {
  if (node.nodeId === originNode) return 0;
  const link = node.link;
  if (!link) return ctx.options.unknownRttMs;
  if (link.measured) return link.rttMs;
  return link.rttMs * (1 + Math.max(0, link.estimateError ?? ctx.options.defaultEstimateError));
}

export const rttToOriginScorer: NodeScorer = {
  name: ScorerName.RttToOrigin,
  reverse: true,
  score: (task, node, ctx) => effectiveRttMs(node, task.originNode, ctx),
};

/** Jitter plus a charge for loss, in ms; a latency-sensitive task feels both as tail latency. */
export const jitterLossScorer: NodeScorer = {
  name: ScorerName.JitterLoss,
  reverse: true,
  score(task, node, ctx) {
    if (node.nodeId === task.originNode) return 0;
    const link = node.link;
    if (!link) return ctx.options.unknownRttMs;
    return link.jitterMs + link.lossRatio * ctx.options.lossPenaltyMs;
  },
};

/** Mbps from the origin; the origin itself is loopback, the top of the scale (+Infinity). */
export const bandwidthScorer: NodeScorer = {
  name: ScorerName.Bandwidth,
  score(task, node) {
    if (node.nodeId === task.originNode) return Infinity;
    // What is left of the link: a node whose own uplink is saturated cannot send results at link speed.
    return (node.link?.bandwidthMbps ?? 0) * (1 - Math.min(1, Math.max(0, node.uplinkSaturation ?? 0)));
  },
};

/** 1 on the origin node itself. */
export const localityScorer: NodeScorer = {
  name: ScorerName.Locality,
  normalize: identityNormalize,
  score: (task, node) => (node.nodeId === task.originNode ? 1 : 0),
};
