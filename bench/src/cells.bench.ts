/**
 * The cells shape (issue 16): the same `cellmesh up --tasks N` run with the WAN relays at their
 * scenario delays (--wan-scale 1) and with no added delay (--wan-scale 0), same seed, in one run.
 * A task decided and run in its own cell should not notice the WAN; a spilled task should cost about
 * one WAN round trip more than a local one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSuite, BenchTable } from './types';

const CLI = join(__dirname, '..', '..', 'tools', 'cli', 'bin', 'cellmesh.js');

interface UpTask { kind: string; cell?: string; node?: string; rule?: string; outcome: string; endToEndMs?: number; spilledTo?: string }
interface UpReport { topology: { cells: { id: string; nodes: string[]; wanOneWayDelayMs: number }[]; hubSite: string | null }; tasks: UpTask[]; workload: { decisionMs: { p50: number | null } } }

function runUp(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'up', ...args], { env: { ...process.env, NATS_URL: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`cellmesh up ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const ms = (v: number | undefined) => (v === undefined ? '-' : v.toFixed(0));

export const cellsSuite: BenchSuite = {
  name: 'cells',
  async run(ctx) {
    const tasks = ctx.quick ? 30 : 60;
    const dir = mkdtempSync(join(tmpdir(), 'cellmesh-bench-cells-'));
    const rows: Array<Array<string | number>> = [];
    const localP50: Record<string, number | undefined> = {};
    const spilledP50: Record<string, number | undefined> = {};
    const sameKindLocalP50: Record<string, number | undefined> = {};
    let wanRttMs = 0;
    try {
      for (const scale of ['0', '1']) {
        ctx.progress(`up --tasks ${tasks} --wan-scale ${scale}`);
        const file = join(dir, `up-${scale}.json`);
        await runUp(['--tasks', String(tasks), '--rate', '4', '--seed', '1', '--duration', '150s', '--no-ui', '--wan-scale', scale, '--report', file]);
        const report = JSON.parse(readFileSync(file, 'utf8')) as UpReport;
        const cellOf = new Map(report.topology.cells.flatMap((c) => c.nodes.map((n) => [n, c.id] as const)));
        const done = report.tasks.filter((t) => t.outcome === 'completed' && t.endToEndMs !== undefined);
        const local = done.filter((t) => t.rule !== 'spilled' && cellOf.get(t.node ?? '') === t.cell).map((t) => t.endToEndMs!);
        const spilledTasks = done.filter((t) => t.rule === 'spilled');
        const spilled = spilledTasks.map((t) => t.endToEndMs!);
        // The same kinds run locally (GPU renders and matmuls in the cells that have GPUs), to compare like with like.
        const spilledKinds = new Set(spilledTasks.map((t) => t.kind));
        sameKindLocalP50[scale] = percentile(done.filter((t) => t.rule !== 'spilled' && spilledKinds.has(t.kind) && cellOf.get(t.node ?? '') === t.cell).map((t) => t.endToEndMs!), 50);
        localP50[scale] = percentile(local, 50);
        spilledP50[scale] = percentile(spilled, 50);
        if (scale === '1') {
          // A spilled task's WAN round trip: home → hub → target and back, through both cells' relays (from the plan).
          const delayOf = new Map(report.topology.cells.map((c) => [c.id, c.wanOneWayDelayMs] as const));
          const paths = spilledTasks.map((t) => 2 * ((delayOf.get(t.cell ?? '') ?? 0) + (delayOf.get(t.spilledTo ?? '') ?? 0)));
          wanRttMs = paths.length ? paths.reduce((a, b) => a + b, 0) / paths.length : 0;
        }
        rows.push([scale, report.tasks.length, local.length, ms(localP50[scale]), ms(percentile(local, 90)), spilled.length, ms(spilledP50[scale]), ms(sameKindLocalP50[scale]), ms(report.workload.decisionMs.p50 ?? undefined)]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const ratio = localP50['1'] !== undefined && localP50['0'] ? (localP50['1'] / localP50['0']).toFixed(2) : '-';
    const spillExtra = spilledP50['1'] !== undefined && sameKindLocalP50['1'] !== undefined ? spilledP50['1'] - sameKindLocalP50['1'] : undefined;
    const spillWanCost = spilledP50['1'] !== undefined && spilledP50['0'] !== undefined ? spilledP50['1'] - spilledP50['0'] : undefined;
    const table: BenchTable = {
      title: `Cells shape: cellmesh up --tasks ${tasks} (built-in world, 3 cells + hub), WAN relays at the scenario's delays vs none`,
      columns: ['--wan-scale', 'tasks', 'local tasks', 'local p50 ms', 'local p90 ms', 'spilled tasks', 'spilled p50 ms', 'same kinds run locally, p50 ms', 'decision p50 ms'],
      rows,
      notes: [
        `local = decided and run in the room's home cell; local p50 at wan-scale 1 ÷ wan-scale 0 = ${ratio} (goal ≤ 1.5)`,
        `what the WAN adds to a spilled task: its p50 at wan-scale 1 − at wan-scale 0 = ${ms(spillWanCost)} ms = ${spillWanCost !== undefined && wanRttMs > 0 ? (spillWanCost / wanRttMs).toFixed(2) : '-'} × the ${wanRttMs.toFixed(0)} ms WAN round trip of its path (home → hub → target cell)`,
        `spilled p50 − p50 of the same kinds run in their own cell, at wan-scale 1 = ${ms(spillExtra)} ms (the spill's own cost: summary, second decision, commit and result sent home)`,
        'WAN delays are EMULATED by userspace TCP relays between each cell\'s nats-server and the hub (no netem on this kernel).',
      ],
    };
    return [table];
  },
};
