/**
 * The root among cluster leaders: the same ranking one level up. The candidates are the current cluster
 * leaders, their RTTs are leader-to-leader (probed or from coordinates), and compute is the leader node's own.
 * Hysteresis and the lease are the cluster machinery unchanged: the service runs decideLeadership over a
 * view whose members are the leaders, with DEFAULT_ROOT_LEADER_PARAMS (WAN RTT bound, longer tenure).
 */
import { DEFAULT_RANK_WEIGHTS, rankCandidates, type CandidateInfo, type RankedCandidate, type RankWeights } from './rank';

export interface RootElection {
  /** Every leader, best first, with per-component scores. */
  ranking: RankedCandidate[];
  /** The best eligible leader; undefined when there is none. */
  best: RankedCandidate | undefined;
}

export function electRoot(leaders: readonly CandidateInfo[], weights: Partial<RankWeights> = DEFAULT_RANK_WEIGHTS): RootElection {
  const ranking = rankCandidates({ members: leaders }, weights);
  return { ranking, best: ranking.find((c) => c.eligible) };
}
