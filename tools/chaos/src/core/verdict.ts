/**
 * The chaos suite's checker, as a pure function over what was read back from the streams: per fault phase,
 * submitted (acked), completed, rejected with a reason, lost, committed twice, stale-term writes accepted,
 * and the time until the completion rate was back to full. No I/O: the reads are in checker.ts.
 */

/** One submission the independent submitter made, and whether JetStream acknowledged it. */
export interface Submission {
  taskId: string;
  submittedAtMs: number;
  /** Set when the TASKS publish was acknowledged: from then on the fabric owes this task an outcome. */
  ackedAtMs?: number;
  /** Why the publish was not acknowledged (server down, timeout): such a task is not counted as submitted. */
  submitError?: string;
}

export interface ObservedResult {
  taskId: string;
  status: 'succeeded' | 'failed' | 'timed-out' | 'rejected' | 'unspecified';
  error: string;
  committedVersion: number;
  /** The RESULTS stream's timestamp of the message. */
  atMs: number;
}

export interface ObservedReceipt {
  taskId: string;
  rejected: boolean;
  reason: string;
  atMs: number;
}

/**
 * One applied delta (DATASTATE_HISTORY), with the time the decision behind it was accepted: the DISPATCH
 * stream's timestamp of the task's dispatch under the delta's fencing term (the fabric fences at accept time:
 * a decision accepted while its leader was in office is honoured however late its commit arrives).
 */
export interface ObservedCommit {
  taskId: string;
  version: number;
  room: string;
  fencingClusterId: string;
  fencingTerm: number;
  /** When DISPATCH accepted the decision under this term; undefined when no such dispatch is stored. */
  decidedAtMs: number | undefined;
  /** When the COMMITS stream accepted the delta; undefined when that message is no longer stored. */
  acceptedAtMs: number | undefined;
  appliedAtMs: number;
}

/** A term announced on LEADER_EVENTS (the stream timestamp of the event). */
export interface ObservedTerm {
  clusterId: string;
  term: number;
  atMs: number;
}

export interface Observed {
  /** Task ids found in the TASKS stream. */
  tasksInStream: ReadonlySet<string>;
  results: readonly ObservedResult[];
  receipts: readonly ObservedReceipt[];
  commits: readonly ObservedCommit[];
  terms: readonly ObservedTerm[];
  /** Dead letters by `service: reason`, for the report. */
  deadLetters: ReadonlyMap<string, number>;
}

/** One fault's window: the fault was injected at injectedAtMs, healed at healedAtMs, and the phase ended at endMs. */
export interface PhaseWindow {
  name: string;
  startMs: number;
  injectedAtMs: number;
  healedAtMs: number;
  endMs: number;
  /** What was done, in words (which node, which pid, how long). */
  detail: string;
}

export interface PhaseVerdict {
  fault: string;
  detail: string;
  /** Acked by JetStream. */
  submitted: number;
  /** Publishes not acknowledged (server down): the submitter knows they failed, so they are not owed an outcome. */
  notAcked: number;
  completed: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  /** Acked, in TASKS or not, and no outcome at all after the drain: must be 0. */
  lost: number;
  lostTaskIds: string[];
  /** Acked but absent from the TASKS stream (the server lost an acknowledged write): must be 0, counted in lost too. */
  ackedButNotStored: number;
  /** Tasks whose delta was applied to DataState more than once: must be 0. */
  committedTwice: number;
  /** Tasks with more than one result message (ran twice; informative). */
  resultsTwice: number;
  /** SUCCEEDED with a committed version, but their delta is in no room's history (a success whose data was discarded). */
  succeededNotCommitted: number;
  /** Applied deltas whose deciding dispatch was accepted after a newer term of its fencing cluster had been announced (a deposed leader's decision reached the data): must be 0. */
  staleTermAccepted: number;
  /** From the injection until the completion rate stays at full (≥ the threshold of the baseline) to the phase's end; null: never. */
  recoveryMs: number | null;
}

export interface CheckerOptions {
  /** The completion rate counted as "full": this share of the submit rate. */
  fullThroughputShare: number;
  /** Width of the sliding window over completions. */
  windowMs: number;
  /** The submit rate (tasks/s) the submitter held. */
  submitRatePerSec: number;
  /** How long after a term's announcement a write of the previous term still counts as racing it, not stale. */
  termRaceSlackMs: number;
}

export const DEFAULT_CHECKER_OPTIONS: Omit<CheckerOptions, 'submitRatePerSec'> = { fullThroughputShare: 0.8, windowMs: 3000, termRaceSlackMs: 250 };

const inWindow = (t: number, w: PhaseWindow) => t >= w.startMs && t < w.endMs;

/** Applied deltas decided (dispatch accepted) after a newer term of the same fencing cluster was announced (beyond the race slack). */
export function staleTermCommits(commits: readonly ObservedCommit[], terms: readonly ObservedTerm[], slackMs: number): ObservedCommit[] {
  const byCluster = new Map<string, ObservedTerm[]>();
  for (const t of terms) byCluster.set(t.clusterId, [...(byCluster.get(t.clusterId) ?? []), t]);
  return commits.filter((c) => {
    if (!c.fencingClusterId || c.fencingTerm < 1) return false;
    const at = c.decidedAtMs ?? c.acceptedAtMs ?? c.appliedAtMs;
    return (byCluster.get(c.fencingClusterId) ?? []).some((t) => t.term > c.fencingTerm && t.atMs + slackMs < at);
  });
}

/**
 * Time from the injection until the completion rate (successes per sliding window) reaches full throughput
 * and stays there until the phase ends (the last window that fits). 0 when it never dropped; null when it never came back.
 */
export function recoveryMs(completionTimes: readonly number[], window: PhaseWindow, opts: CheckerOptions): number | null {
  const need = opts.fullThroughputShare * opts.submitRatePerSec * (opts.windowMs / 1000);
  const sorted = [...completionTimes].sort((a, b) => a - b);
  const countIn = (from: number, to: number) => {
    let lo = 0;
    while (lo < sorted.length && sorted[lo]! < from) lo++;
    let hi = lo;
    while (hi < sorted.length && sorted[hi]! < to) hi++;
    return hi - lo;
  };
  const stepMs = 250;
  const lastStart = window.endMs - opts.windowMs;
  if (lastStart < window.injectedAtMs) return null;
  let lastLow: number | undefined;
  for (let t = window.injectedAtMs; t <= lastStart; t += stepMs) if (countIn(t, t + opts.windowMs) < need) lastLow = t;
  if (lastLow === undefined) return 0;
  // The window starting one step after the last low one is full, and so is every later one.
  const recoveredAt = lastLow + stepMs + opts.windowMs;
  return recoveredAt > window.endMs ? null : recoveredAt - window.injectedAtMs;
}

/** The verdict per phase; submissions are attributed to the phase in which they were made. */
export function judge(submissions: readonly Submission[], observed: Observed, phases: readonly PhaseWindow[], opts: CheckerOptions): PhaseVerdict[] {
  const results = groupBy(observed.results, (r) => r.taskId);
  const receipts = groupBy(observed.receipts, (r) => r.taskId);
  const commits = groupBy(observed.commits, (c) => c.taskId);
  const stale = new Set(staleTermCommits(observed.commits, observed.terms, opts.termRaceSlackMs).map((c) => c.taskId));
  const completionTimes = observed.results.filter((r) => r.status === 'succeeded').map((r) => r.atMs);
  return phases.map((phase) => {
    const mine = submissions.filter((s) => inWindow(s.submittedAtMs, phase));
    const acked = mine.filter((s) => s.ackedAtMs !== undefined);
    const v: PhaseVerdict = {
      fault: phase.name, detail: phase.detail, submitted: acked.length, notAcked: mine.length - acked.length, completed: 0, rejected: 0, rejectedByReason: {},
      lost: 0, lostTaskIds: [], ackedButNotStored: 0, committedTwice: 0, resultsTwice: 0, succeededNotCommitted: 0, staleTermAccepted: 0,
      recoveryMs: phase.name === 'baseline' ? null : recoveryMs(completionTimes, phase, opts),
    };
    for (const s of acked) {
      const rs = results.get(s.taskId) ?? [];
      const rc = receipts.get(s.taskId) ?? [];
      const cs = commits.get(s.taskId) ?? [];
      if (!observed.tasksInStream.has(s.taskId)) v.ackedButNotStored++;
      if (rs.length > 1) v.resultsTwice++;
      if (cs.length > 1) v.committedTwice++;
      if (stale.has(s.taskId)) v.staleTermAccepted++;
      const success = rs.find((r) => r.status === 'succeeded');
      if (success) {
        v.completed++;
        if (success.committedVersion > 0 && cs.length === 0) v.succeededNotCommitted++;
        continue;
      }
      const failure = rs[rs.length - 1];
      const rejection = rc.find((r) => r.rejected);
      const reason = failure ? `${failure.status}: ${shortReason(failure.error)}` : rejection ? `placement: ${shortReason(rejection.reason)}` : undefined;
      if (reason !== undefined) {
        v.rejected++;
        v.rejectedByReason[reason] = (v.rejectedByReason[reason] ?? 0) + 1;
        continue;
      }
      v.lost++;
      if (v.lostTaskIds.length < 20) v.lostTaskIds.push(s.taskId);
    }
    return v;
  });
}

/** The first words of a reason ("stale-term: term 3 of eu-1 …" → "stale-term"), so reasons group. */
export function shortReason(reason: string): string {
  const text = reason.trim();
  if (!text) return '(no reason given)';
  const head = /^[a-z0-9-]+(?=:|$)/i.exec(text)?.[0];
  // "fencing token rejected (stale-term): …" → "stale-term"
  const named = /\(([a-z0-9]+(?:-[a-z0-9]+)+)\)/i.exec(text)?.[1];
  return head ?? named ?? text.slice(0, 60);
}

/** True when every invariant holds: nothing lost, nothing committed twice, no stale-term write accepted. */
export function invariantsHold(verdicts: readonly PhaseVerdict[]): boolean {
  return verdicts.every((v) => v.lost === 0 && v.committedTwice === 0 && v.staleTermAccepted === 0);
}

/** The table as markdown, one row per fault. */
export function renderMarkdown(verdicts: readonly PhaseVerdict[]): string {
  const head = '| fault | submitted (acked) | not acked | completed | rejected (reason) | lost | committed twice | stale-term accepted | ran twice | succeeded, not committed | time to full throughput |';
  const sep = '|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|';
  const rows = verdicts.map((v) => {
    const reasons = Object.entries(v.rejectedByReason).map(([r, n]) => `${n} ${r}`).join('; ');
    const rec = v.fault === 'baseline' ? '—' : v.recoveryMs === null ? 'not within the phase' : `${(v.recoveryMs / 1000).toFixed(1)} s`;
    return `| ${v.fault} | ${v.submitted} | ${v.notAcked} | ${v.completed} | ${v.rejected}${reasons ? ` (${reasons})` : ''} | ${v.lost} | ${v.committedTwice} | ${v.staleTermAccepted} | ${v.resultsTwice} | ${v.succeededNotCommitted} | ${rec} |`;
  });
  return [head, sep, ...rows].join('\n');
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
