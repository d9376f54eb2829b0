/**
 * Worker queue depth and DataState usage, as reported by the node's workers and committer in
 * `LoadReport`s. Each source's latest report counts until it is `ttlMs` old, so a worker that died
 * does not leave its queue on the node forever. Arrival time is the collector's clock, not the
 * reporter's, so clock skew between processes cannot keep a report alive.
 */
export interface DataStateUsage {
  hotBytes: number;
  warmBytes: number;
  coldBytes: number;
  commitBacklog: number;
}

export interface SourceLoad {
  queueDepth: number;
  runningTasks: number;
  datastate: DataStateUsage | null;
  receivedAtMs: number;
}

export interface NodeLoad {
  queueDepth: number;
  runningTasks: number;
  datastate: DataStateUsage;
  sources: number;
}

export const LoadReportReason = {
  WrongNode: 'load report addressed to another node',
  NoSource: 'load report without a source',
} as const;

export interface LoadReportInput {
  nodeId: string;
  source: string;
  queueDepth: number;
  runningTasks: number;
  datastate: DataStateUsage | null;
}

/** Checks a decoded report against the node it arrived for; returns the rejection reason or null. */
export function rejectLoadReport(report: LoadReportInput, nodeId: string): string | null {
  if (report.nodeId !== nodeId) return LoadReportReason.WrongNode;
  if (report.source.trim() === '') return LoadReportReason.NoSource;
  return null;
}

/** Records a report; keeps at most `maxSources` sources, forgetting the least recently heard. */
export function applyLoadReport(
  bySource: ReadonlyMap<string, SourceLoad>,
  report: LoadReportInput,
  nowMs: number,
  maxSources: number,
): Map<string, SourceLoad> {
  const next = new Map(bySource);
  next.delete(report.source);
  next.set(report.source, { queueDepth: report.queueDepth, runningTasks: report.runningTasks, datastate: report.datastate, receivedAtMs: nowMs });
  while (next.size > maxSources) {
    let oldest: string | undefined;
    for (const [source, load] of next) if (oldest === undefined || load.receivedAtMs < next.get(oldest)!.receivedAtMs) oldest = source;
    next.delete(oldest!);
  }
  return next;
}

/** Sums the fresh reports: queues and running tasks of all workers, DataState of all committers. */
export function currentLoad(bySource: ReadonlyMap<string, SourceLoad>, nowMs: number, ttlMs: number): NodeLoad {
  const load: NodeLoad = { queueDepth: 0, runningTasks: 0, datastate: { hotBytes: 0, warmBytes: 0, coldBytes: 0, commitBacklog: 0 }, sources: 0 };
  for (const source of bySource.values()) {
    if (nowMs - source.receivedAtMs > ttlMs) continue;
    load.sources++;
    load.queueDepth += source.queueDepth;
    load.runningTasks += source.runningTasks;
    if (source.datastate) {
      load.datastate.hotBytes += source.datastate.hotBytes;
      load.datastate.warmBytes += source.datastate.warmBytes;
      load.datastate.coldBytes += source.datastate.coldBytes;
      load.datastate.commitBacklog += source.datastate.commitBacklog;
    }
  }
  return load;
}
