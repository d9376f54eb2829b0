/** What happened to one submitted task, for the report: every task ends in exactly one outcome. */
export interface TaskRecord {
  taskId: string;
  kind: string;
  profile: string;
  hints: string[];
  origin: string;
  /** The cell the task was submitted and decided in (its room's home cell). */
  cell?: string;
  /** The cell that ran it, when its home cell could not serve it and spilled it. */
  spilledTo?: string;
  outcome: 'pending' | 'completed' | 'failed' | 'timed-out' | 'rejected';
  node?: string;
  rule?: string;
  gpuIndex?: number;
  reason?: string;
  committedVersion?: number;
  endToEndMs?: number;
}

/** Running statistics of a workload: counts, latencies, rejections by reason, and a record per task. */
export class WorkloadStats {
  readonly tasks = new Map<string, TaskRecord>();
  submitted = 0;
  placed = 0;
  queued = 0;
  completed = 0;
  failed = 0;
  timedOut = 0;
  readonly rejectedByReason = new Map<string, number>();
  readonly failedByReason = new Map<string, number>();
  readonly placedByNode = new Map<string, number>();
  readonly placedByRule = new Map<string, number>();
  readonly byProfile = new Map<string, { submitted: number; completed: number; latencies: number[] }>();
  private readonly decisionMs: number[] = [];
  private readonly endToEndMs: number[] = [];
  private readonly completionTimes: number[] = [];

  recordSubmitted(profile: string): void {
    this.submitted++;
    this.profile(profile).submitted++;
  }

  recordDecision(ms: number, nodeId: string, rule: string): void {
    this.placed++;
    this.decisionMs.push(ms);
    this.placedByNode.set(nodeId, (this.placedByNode.get(nodeId) ?? 0) + 1);
    this.placedByRule.set(rule, (this.placedByRule.get(rule) ?? 0) + 1);
  }

  recordRejected(reason: string): void {
    this.rejectedByReason.set(reason, (this.rejectedByReason.get(reason) ?? 0) + 1);
  }

  recordCompleted(profile: string, endToEndMs: number, atMs: number): void {
    this.completed++;
    this.endToEndMs.push(endToEndMs);
    this.completionTimes.push(atMs);
    const p = this.profile(profile);
    p.completed++;
    p.latencies.push(endToEndMs);
  }

  recordFailed(reason: string): void {
    this.failed++;
    this.failedByReason.set(reason, (this.failedByReason.get(reason) ?? 0) + 1);
  }

  recordTimedOut(): void {
    this.timedOut++;
  }

  get rejected(): number {
    let n = 0;
    for (const v of this.rejectedByReason.values()) n += v;
    return n;
  }

  /** Completions per second over the last windowMs. */
  throughput(nowMs: number, windowMs = 5000): number {
    let n = 0;
    for (let i = this.completionTimes.length - 1; i >= 0 && this.completionTimes[i]! > nowMs - windowMs; i--) n++;
    return n / (windowMs / 1000);
  }

  decisionPercentile(p: number): number | undefined {
    return percentile(this.decisionMs, p);
  }

  endToEndPercentile(p: number): number | undefined {
    return percentile(this.endToEndMs, p);
  }

  private profile(name: string) {
    let p = this.byProfile.get(name);
    if (!p) this.byProfile.set(name, (p = { submitted: 0, completed: 0, latencies: [] }));
    return p;
  }
}

export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
