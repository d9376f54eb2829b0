/**
 * Recorded vs replayed placements (docs/what-if.md): per side, how many tasks were placed and
 * rejected, by which rule, on which node, and the RTT from each task's origin to its node; between
 * two sides, which tasks moved. Pure; the RTTs are the snapshot scenario's links.
 */
import type { Scenario } from '@cellmesh/scenario';
import type { SimTask } from '@cellmesh/simulator';

/** One side's decision on one task: a node when placed, else the reason. */
export interface Decision {
  readonly node?: string;
  readonly rule?: string;
  readonly reason?: string;
}

export interface Side {
  readonly label: string;
  readonly decisions: Readonly<Record<string, Decision>>;
}

export interface SideSummary {
  readonly label: string;
  readonly placed: number;
  readonly rejected: number;
  /** Tasks of the set this side has no decision for (e.g. a receipt aged out, or never decided). */
  readonly undecided: number;
  readonly rejectReasons: Record<string, number>;
  readonly byRule: Record<string, number>;
  readonly byNode: Record<string, number>;
  /** Over placed tasks: RTT origin → chosen node (0 on the origin itself); null when none was placed. */
  readonly medianOriginRttMs: number | null;
  readonly p90OriginRttMs: number | null;
  readonly medianOriginRttMsByProfile: Record<string, number | null>;
}

export interface Move {
  readonly taskId: string;
  readonly profile: string;
  readonly origin: string;
  readonly from: string;
  readonly to: string;
  readonly originRttBeforeMs: number | null;
  readonly originRttAfterMs: number | null;
}

export interface PlacementDiff {
  readonly from: string;
  readonly to: string;
  /** Tasks placed on both sides. */
  readonly compared: number;
  /** Of those, on the same node. */
  readonly same: number;
  /** same / compared; null when nothing was placed on both sides. */
  readonly agreement: number | null;
  readonly moved: readonly Move[];
  /** Placed on the first side, rejected (or undecided) on the second. */
  readonly newlyRejected: readonly { taskId: string; reason: string }[];
  /** Rejected (or undecided) on the first side, placed on the second. */
  readonly newlyPlaced: readonly { taskId: string; node: string }[];
}

export interface Comparison {
  readonly tasks: number;
  readonly sides: readonly SideSummary[];
  /** Consecutive pairs and the first against the last: recorded→replay, replay→what-if, recorded→what-if. */
  readonly diffs: readonly PlacementDiff[];
}

export function originRttMs(scenario: Scenario, origin: string, node: string): number | null {
  if (origin === node) return 0;
  const o = scenario.indexOf(origin);
  const j = scenario.indexOf(node);
  return o < 0 || j < 0 ? null : scenario.rttMs(o, j);
}

/** The q-quantile (nearest rank) of the values; null for none. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const bump = (table: Record<string, number>, key: string) => void (table[key] = (table[key] ?? 0) + 1);

export function summarizeSide(scenario: Scenario, tasks: readonly SimTask[], side: Side): SideSummary {
  let placed = 0;
  let rejected = 0;
  let undecided = 0;
  const rejectReasons: Record<string, number> = {};
  const byRule: Record<string, number> = {};
  const byNode: Record<string, number> = {};
  const rtts: number[] = [];
  const rttsByProfile = new Map<string, number[]>();
  for (const t of tasks) {
    const d = side.decisions[t.taskId];
    if (!d) {
      undecided++;
      continue;
    }
    if (d.node === undefined) {
      rejected++;
      bump(rejectReasons, d.reason ?? 'rejected');
      continue;
    }
    placed++;
    bump(byRule, d.rule || '(none)');
    bump(byNode, d.node);
    const rtt = originRttMs(scenario, t.origin, d.node);
    if (rtt !== null) {
      rtts.push(rtt);
      const list = rttsByProfile.get(t.profile) ?? [];
      list.push(rtt);
      rttsByProfile.set(t.profile, list);
    }
  }
  const medianOriginRttMsByProfile: Record<string, number | null> = {};
  for (const [profile, list] of [...rttsByProfile].sort((a, b) => a[0].localeCompare(b[0]))) medianOriginRttMsByProfile[profile] = quantile(list, 0.5);
  return {
    label: side.label, placed, rejected, undecided, rejectReasons, byRule, byNode,
    medianOriginRttMs: quantile(rtts, 0.5), p90OriginRttMs: quantile(rtts, 0.9), medianOriginRttMsByProfile,
  };
}

export function diffSides(scenario: Scenario, tasks: readonly SimTask[], a: Side, b: Side): PlacementDiff {
  let compared = 0;
  let same = 0;
  const moved: Move[] = [];
  const newlyRejected: { taskId: string; reason: string }[] = [];
  const newlyPlaced: { taskId: string; node: string }[] = [];
  for (const t of tasks) {
    const da = a.decisions[t.taskId];
    const db = b.decisions[t.taskId];
    const na = da?.node;
    const nb = db?.node;
    if (na !== undefined && nb !== undefined) {
      compared++;
      if (na === nb) same++;
      else moved.push({ taskId: t.taskId, profile: t.profile, origin: t.origin, from: na, to: nb, originRttBeforeMs: originRttMs(scenario, t.origin, na), originRttAfterMs: originRttMs(scenario, t.origin, nb) });
    } else if (na !== undefined) {
      newlyRejected.push({ taskId: t.taskId, reason: db?.reason ?? 'no decision' });
    } else if (nb !== undefined && da !== undefined) {
      newlyPlaced.push({ taskId: t.taskId, node: nb });
    }
  }
  return { from: a.label, to: b.label, compared, same, agreement: compared > 0 ? same / compared : null, moved, newlyRejected, newlyPlaced };
}

/** Summaries of every side, and diffs between consecutive sides plus first→last when there are three or more. */
export function comparePlacements(scenario: Scenario, tasks: readonly SimTask[], sides: readonly Side[]): Comparison {
  const diffs: PlacementDiff[] = [];
  for (let i = 1; i < sides.length; i++) diffs.push(diffSides(scenario, tasks, sides[i - 1], sides[i]));
  if (sides.length >= 3) diffs.push(diffSides(scenario, tasks, sides[0], sides[sides.length - 1]));
  return { tasks: tasks.length, sides: sides.map((s) => summarizeSide(scenario, tasks, s)), diffs };
}

const ms = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const counts = (table: Record<string, number>) =>
  Object.entries(table).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ') || '—';

/** The comparison as text: one column per side, then the moves. `maxMoves` bounds the list of moved tasks. */
export function renderComparison(c: Comparison, maxMoves = 20): string {
  const header = ['', ...c.sides.map((s) => s.label)];
  const profiles = [...new Set(c.sides.flatMap((s) => Object.keys(s.medianOriginRttMsByProfile)))].sort();
  const rows: string[][] = [
    ['tasks', ...c.sides.map(() => String(c.tasks))],
    ['placed', ...c.sides.map((s) => String(s.placed))],
    ['rejected', ...c.sides.map((s) => (s.rejected > 0 ? `${s.rejected} (${counts(s.rejectReasons)})` : '0'))],
    ...(c.sides.some((s) => s.undecided > 0) ? [['no decision', ...c.sides.map((s) => String(s.undecided))]] : []),
    ['median origin RTT (ms)', ...c.sides.map((s) => ms(s.medianOriginRttMs))],
    ['p90 origin RTT (ms)', ...c.sides.map((s) => ms(s.p90OriginRttMs))],
    ...profiles.map((p) => [`  median, ${p}`, ...c.sides.map((s) => ms(s.medianOriginRttMsByProfile[p] ?? null))]),
    ['by rule', ...c.sides.map((s) => counts(s.byRule))],
    ['by node', ...c.sides.map((s) => counts(s.byNode))],
  ];
  const lines = [table([header, ...rows]), ''];
  for (const d of c.diffs) {
    const agreement = d.agreement === null ? 'nothing placed on both' : `${d.same}/${d.compared} on the same node (${(d.agreement * 100).toFixed(0)}%)`;
    lines.push(`${d.from} → ${d.to}: ${agreement}; ${d.moved.length} moved, ${d.newlyRejected.length} newly rejected, ${d.newlyPlaced.length} newly placed`);
  }
  const last = c.diffs.length > 0 ? c.diffs[c.diffs.length - 1] : undefined;
  if (last && last.moved.length > 0) {
    lines.push('', `moved (${last.from} → ${last.to})${last.moved.length > maxMoves ? `, first ${maxMoves} of ${last.moved.length}` : ''}:`);
    lines.push(table([
      ['task', 'profile', 'origin', 'from', 'to', 'origin RTT before (ms)', 'after (ms)'],
      ...last.moved.slice(0, maxMoves).map((m) => [m.taskId, m.profile, m.origin, m.from, m.to, ms(m.originRttBeforeMs), ms(m.originRttAfterMs)]),
    ]));
  }
  if (last && last.newlyRejected.length > 0) lines.push('', `newly rejected (${last.from} → ${last.to}): ${last.newlyRejected.slice(0, maxMoves).map((r) => `${r.taskId} (${r.reason})`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  return rows.map((r) => `  ${r.map((cell, col) => cell.padEnd(widths[col])).join('  ')}`.trimEnd()).join('\n');
}
