/**
 * getClusterMetrics: aggregates members' latest NodeMetrics and member-to-member links. Pure: the
 * shell fetches the snapshots (warm store, else heartbeats) and hands them in.
 */
export interface MemberMetrics {
  nodeId: string;
  cpuCores: number;
  cpuLoadPct: number;
  memTotalBytes: number;
  memUsedBytes: number;
  queueDepth: number;
  runningTasks: number;
  emulated: boolean;
  gpus: readonly { memoryTotalMib: number; memoryUsedMib: number }[];
}

export interface MemberLink {
  peerId: string;
  rttMs: number;
  jitterMs: number;
  lossRatio: number;
  measured: boolean;
}

export interface MemberPeerTable {
  nodeId: string;
  links: readonly MemberLink[];
}

export interface ClusterAggregate {
  missing: string[];
  totalCpuCores: number;
  meanCpuLoadPct: number;
  memTotalBytes: number;
  memUsedBytes: number;
  queueDepth: number;
  runningTasks: number;
  gpuCount: number;
  vramTotalMib: number;
  vramFreeMib: number;
  measuredLinks: number;
  medianRttMs: number;
  maxRttMs: number;
  meanJitterMs: number;
  maxLossRatio: number;
  emulated: boolean;
}

export function aggregateCluster(members: readonly string[], metrics: ReadonlyMap<string, MemberMetrics>, tables: ReadonlyMap<string, MemberPeerTable>): ClusterAggregate {
  const memberSet = new Set(members);
  const present = members.map((m) => metrics.get(m)).filter((m): m is MemberMetrics => m !== undefined);
  const gpus = present.flatMap((m) => m.gpus);
  const links = members.flatMap((m) => (tables.get(m)?.links ?? []).filter((l) => l.measured && memberSet.has(l.peerId) && l.peerId !== m));
  const rtts = links.map((l) => l.rttMs).sort((a, b) => a - b);
  return {
    missing: members.filter((m) => !metrics.has(m)),
    totalCpuCores: sum(present.map((m) => m.cpuCores)),
    meanCpuLoadPct: present.length ? sum(present.map((m) => m.cpuLoadPct)) / present.length : 0,
    memTotalBytes: sum(present.map((m) => m.memTotalBytes)),
    memUsedBytes: sum(present.map((m) => m.memUsedBytes)),
    queueDepth: sum(present.map((m) => m.queueDepth)),
    runningTasks: sum(present.map((m) => m.runningTasks)),
    gpuCount: gpus.length,
    vramTotalMib: sum(gpus.map((g) => g.memoryTotalMib)),
    vramFreeMib: sum(gpus.map((g) => Math.max(0, g.memoryTotalMib - g.memoryUsedMib))),
    measuredLinks: links.length,
    medianRttMs: median(rtts),
    maxRttMs: rtts.length ? rtts[rtts.length - 1] : 0,
    meanJitterMs: links.length ? sum(links.map((l) => l.jitterMs)) / links.length : 0,
    maxLossRatio: links.reduce((max, l) => Math.max(max, l.lossRatio), 0),
    emulated: present.some((m) => m.emulated),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Median of sorted values; the mean of the middle two for an even count; 0 when empty. */
export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
