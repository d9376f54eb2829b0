import type { BusView } from './bus-view';
import type { WorkloadStats } from '../workload/stats';

const fmtMs = (v: number | undefined) => (v === undefined ? '-' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);

/** The headline: clusters, root, throughput, latency, rejections. One line, for logs and the live screen. */
export function statusLine(view: BusView, stats: WorkloadStats, elapsedMs: number, nowMs: number): string {
  const clusters = view.clusters();
  const root = view.root();
  const rejected = [...stats.rejectedByReason.entries()].map(([r, n]) => `${r}×${n}`).join(', ') || 'none';
  return (
    `[${(elapsedMs / 1000).toFixed(0)}s] ${view.nodes.size} nodes, ${clusters.length} clusters, root ${root.holder ?? '(electing)'}` +
    ` | tasks ${stats.completed}/${stats.submitted} done, ${stats.throughput(nowMs).toFixed(1)}/s, p50 ${fmtMs(stats.endToEndPercentile(50))}, p99 ${fmtMs(stats.endToEndPercentile(99))}` +
    ` | failed ${stats.failed}, timed out ${stats.timedOut}, rejected: ${rejected}`
  );
}

/** The full live screen (TTY): clusters with leaders, per-node load and placements, recent decisions. */
export function renderScreen(view: BusView, stats: WorkloadStats, elapsedMs: number, nowMs: number, events: readonly string[]): string {
  const lines: string[] = [statusLine(view, stats, elapsedMs, nowMs), ''];
  lines.push(pad(['cluster', 'leader (term)', 'members'], [12, 16]));
  for (const c of view.clusters()) lines.push(pad([c.clusterId, c.leader ? `${c.leader} (${c.term})` : '(electing)', c.members.join(' ')], [12, 16]));
  lines.push('', pad(['node', 'site', 'cluster', 'joined because', 'cpu%', 'queue', 'run', 'gpus', 'placed'], [10, 12, 10, 30, 6, 6, 5, 14, 6]));
  for (const n of [...view.nodes.values()].sort((a, b) => a.nodeId.localeCompare(b.nodeId))) {
    const gpus = n.gpus ? `${n.gpus}${n.gpuEmulated ? ' (emulated)' : ''}` : '-';
    lines.push(pad([n.nodeId, n.site, n.clusterId, n.because, n.cpuLoadPct.toFixed(0), String(n.queueDepth), String(n.running), gpus, String(n.placed)], [10, 12, 10, 30, 6, 6, 5, 14, 6]));
  }
  lines.push('', 'recent placements:');
  for (const p of view.recent.slice(-6)) lines.push(`  ${p.taskId.padEnd(14)} ${p.outcome.padEnd(8)} ${(p.node || '-').padEnd(10)} ${p.rule || p.reason}`);
  if (events.length) lines.push('', 'events:', ...events.slice(-6).map((e) => `  ${e}`));
  return lines.join('\n');
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i]!) : c)).join(' ');
}
