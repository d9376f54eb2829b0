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

/**
 * A peer recently slow (dispatch overhead, probe loss) has health 1 / (1 + strikes) in (0, 1]; its
 * final is multiplied by health^weight, so it decays with each slow sample and recovers with good
 * ones (the scheduler's backoff book). It runs only when some feasible node is below 1, so a
 * healthy fleet's finals are exactly those without it.
 */
export const peerHealthScorer: NodeScorer = {
  name: ScorerName.PeerHealth,
  normalize: identityNormalize,
  combine: 'multiply',
  appliesTo: (nodes) => nodes.some((n) => (n.peerHealth ?? 1) < 1),
  score: (_task, node) => node.peerHealth ?? 1,
};
