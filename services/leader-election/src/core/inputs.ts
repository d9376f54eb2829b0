/**
 * Rank inputs from what the fabric has written: membership (topology-ca's ClusterState, or a static list),
 * RTTs (metrics-collector's PeerTable) and compute (its NodeMetrics). Absent data is tolerated: a member
 * with no snapshot is ranked with no RTTs and zero compute, so it is rarely chosen but never breaks a round.
 */
import type { CandidateInfo, ComputeInfo } from '@cellmesh/leader-core';

const MIB = 1024 * 1024;

/** The fields of a PeerTable the ranking reads (decoded protobuf fits). */
export interface PeerTableView {
  links?: readonly { peerId?: string | null; rttMs?: number | null; measured?: boolean | null }[] | null;
}

/** The fields of a NodeMetrics the ranking reads. */
export interface NodeMetricsView {
  cpuCores?: number | null;
  memTotalBytes?: number | null;
  memUsedBytes?: number | null;
  draining?: boolean | null;
  gpus?: readonly { memoryTotalMib?: number | null; memoryUsedMib?: number | null }[] | null;
}

export interface MemberSnapshot {
  peers?: PeerTableView;
  metrics?: NodeMetricsView;
}

export const NO_COMPUTE: Readonly<ComputeInfo> = Object.freeze({ cores: 0, freeMemoryMib: 0, gpus: 0, freeVramMib: 0 });

/** One member as a ranking candidate. `selfEligible` overrides eligibility for this node (draining, stopping). */
export function candidateOf(nodeId: string, snapshot: MemberSnapshot | undefined, eligibleOverride?: boolean): CandidateInfo {
  const measuredRttMs: Record<string, number> = {};
  const estimatedRttMs: Record<string, number> = {};
  for (const link of snapshot?.peers?.links ?? []) {
    const peer = link.peerId ?? '';
    const rtt = Number(link.rttMs ?? Number.NaN);
    if (peer === '' || peer === nodeId || !Number.isFinite(rtt) || rtt < 0) continue;
    (link.measured ? measuredRttMs : estimatedRttMs)[peer] = rtt;
  }
  const m = snapshot?.metrics;
  const compute: ComputeInfo =
    m === undefined
      ? { ...NO_COMPUTE }
      : {
          cores: Number(m.cpuCores ?? 0),
          freeMemoryMib: Math.max(0, Number(m.memTotalBytes ?? 0) - Number(m.memUsedBytes ?? 0)) / MIB,
          gpus: m.gpus?.length ?? 0,
          freeVramMib: (m.gpus ?? []).reduce((sum, g) => sum + Math.max(0, Number(g.memoryTotalMib ?? 0) - Number(g.memoryUsedMib ?? 0)), 0),
        };
  const eligible = eligibleOverride ?? !(m?.draining ?? false);
  return { nodeId, measuredRttMs, estimatedRttMs, compute, eligible };
}

/**
 * Who stands in a cluster's election. Static members (options) win; then the topology-ca's ClusterState.
 * With neither, the cluster is this node plus the current holder: without the holder, a node that knows
 * nothing of the cluster would read the holder as "left the cluster" and challenge it.
 */
export function membersOf(selfId: string, staticMembers: readonly string[] | undefined, clusterStateMembers: readonly string[] | undefined, holder: string | undefined): string[] {
  const listed = staticMembers !== undefined && staticMembers.length > 0 ? staticMembers : clusterStateMembers;
  if (listed !== undefined && listed.length > 0) return [...new Set(listed)].sort();
  return [...new Set([selfId, ...(holder ? [holder] : [])])].sort();
}

/** The root election's members: every cluster's live leader (one per cluster), sorted. */
export function rootMembersOf(liveLeaders: readonly string[]): string[] {
  return [...new Set(liveLeaders.filter((h) => h !== ''))].sort();
}
