/**
 * The leader-election service's ranking, run over the simulated clusters: leader-core's
 * `rankCandidates` per cluster (members' measured RTTs to each other plus compute), then
 * `electRoot` over the leaders. Only the ranking is simulated; leases and terms have no meaning
 * without a clock, so the best-ranked eligible member is the leader.
 */
import { electRoot, rankCandidates, type CandidateInfo, type RankWeights } from '@cellmesh/leader-core';
import { hashSeed, seededRandom } from '@cellmesh/netcoords';
import type { Scenario } from '@cellmesh/scenario';
import type { LocalWorld } from '@cellmesh/topology-core';
import type { SimulationProgress } from './options';

export interface LeaderOutcome {
  /** clusterId → leader node id. */
  readonly leaders: Record<string, string>;
  readonly root: string | null;
}

interface LeaderInputs {
  readonly scenario: Scenario;
  readonly world: LocalWorld;
  readonly clusterOf: readonly string[];
  readonly rankWeights: RankWeights;
  readonly rootPeerSample: number;
  readonly seed: number;
  readonly onProgress?: (p: SimulationProgress) => void;
}

export function electLeaders(inputs: LeaderInputs): LeaderOutcome {
  const { scenario, world, clusterOf, rankWeights } = inputs;
  const n = world.ids.length;
  // Symmetric measured RTTs: a probe is answered, so both ends know the link.
  const measured: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let i = 0; i < n; i++) {
    for (const link of world.neighboursOf(i)) {
      if (link.measured === false) continue;
      if (!measured[i].has(link.j)) measured[i].set(link.j, link.rttMs);
      if (!measured[link.j].has(i)) measured[link.j].set(i, link.rttMs);
    }
  }
  const membersOf = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const list = membersOf.get(clusterOf[i]);
    if (list) list.push(i);
    else membersOf.set(clusterOf[i], [i]);
  }

  const leaders: Record<string, string> = {};
  const leaderIndices: number[] = [];
  let done = 0;
  const clusters = [...membersOf.keys()].sort();
  const reportEvery = Math.max(1, Math.floor(clusters.length / 20));
  for (const clusterId of clusters) {
    const members = membersOf.get(clusterId)!;
    const inCluster = new Set(members);
    const candidates: CandidateInfo[] = members.map((i) => {
      const rtts: Record<string, number> = {};
      for (const [j, rtt] of measured[i]) if (inCluster.has(j)) rtts[world.ids[j]] = rtt;
      return { nodeId: world.ids[i], measuredRttMs: rtts, compute: computeOf(scenario, i) };
    });
    const best = rankCandidates({ members: candidates }, rankWeights).find((c) => c.eligible);
    if (best) {
      leaders[clusterId] = best.nodeId;
      leaderIndices.push(scenario.indexOf(best.nodeId));
    }
    done++;
    if (done % reportEvery === 0) inputs.onProgress?.({ phase: 'leaders', clustersDone: done, clusters: clusters.length });
  }
  inputs.onProgress?.({ phase: 'leaders', clustersDone: clusters.length, clusters: clusters.length });
  return { leaders, root: electRootAmong(inputs, leaderIndices) };
}

/**
 * Leaders are rarely each other's neighbours, so leader-to-leader RTTs are estimates (what network
 * coordinates give the service), read from the scenario for at most `rootPeerSample` other leaders each.
 */
function electRootAmong(inputs: LeaderInputs, leaderIndices: readonly number[]): string | null {
  const { scenario, world, rootPeerSample, seed } = inputs;
  if (leaderIndices.length === 0) return null;
  const candidates: CandidateInfo[] = leaderIndices.map((i) => {
    const estimates: Record<string, number> = {};
    const others = leaderIndices.filter((j) => j !== i);
    const sample = others.length <= rootPeerSample ? others : sampleOf(others, rootPeerSample, hashSeed(seed, 'root', world.ids[i]));
    for (const j of sample) {
      const rtt = scenario.rttMs(i, j);
      if (Number.isFinite(rtt) && rtt >= 0) estimates[world.ids[j]] = rtt;
    }
    return { nodeId: world.ids[i], estimatedRttMs: estimates, compute: computeOf(scenario, i) };
  });
  return electRoot(candidates, inputs.rankWeights).best?.nodeId ?? null;
}

function sampleOf(values: readonly number[], count: number, seed: number): number[] {
  const copy = values.slice();
  const random = seededRandom(seed);
  for (let k = 0; k < count; k++) {
    const r = k + Math.floor(random() * (copy.length - k));
    [copy[k], copy[r]] = [copy[r], copy[k]];
  }
  return copy.slice(0, count);
}

/** A scenario describes capacity, not load: free memory and VRAM are the totals. */
function computeOf(scenario: Scenario, i: number): CandidateInfo['compute'] {
  const node = scenario.nodes[i];
  return { cores: node.cpuCores, freeMemoryMib: node.memoryMb ?? 0, gpus: node.gpus, freeVramMib: node.gpus * node.vramMb };
}
