import { ScorerName } from '../names';
import { identityNormalize } from '../normalize';
import { isCpuOnly, needsGpu } from '../task';
import type { NodeScorer } from '../types';

/**
 * GPU tasks go where GPUs are shared (1 on a hub); cpuOnly tasks keep off hubs (0 on a hub),
 * so a hub's CPUs stay with the GPU work they feed. Neutral (1 everywhere) for other tasks.
 */
export const gpuHubAffinityScorer: NodeScorer = {
  name: ScorerName.GpuHubAffinity,
  normalize: identityNormalize,
  score(task, node) {
    if (needsGpu(task)) return node.isGpuHub ? 1 : 0;
    if (isCpuOnly(task)) return node.isGpuHub ? 0 : 1;
    return 1;
  },
};

/** 1 on the leader of the origin's cluster: it has the freshest view and is one hop from every member. */
export const clusterLeaderScorer: NodeScorer = {
  name: ScorerName.ClusterLeader,
  normalize: identityNormalize,
  score: (_task, node, ctx) => (node.isLeader && ctx.originClusterId !== undefined && node.clusterId === ctx.originClusterId ? 1 : 0),
};
