import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', 'bin', 'cellmesh.js');

function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NATS_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('cellmesh up (end to end, embedded nats-server)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cellmesh-up-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs 4 virtual nodes for 10 s on one embedded server (--topology single) and exits 0 after a summary', async () => {
    const { code, stdout, stderr } = await runCli(['up', '--topology', 'single', '--nodes', '4', '--duration', '10s', '--no-ui', '--report', join(dir, 'short.json')]);
    expect({ code, stderr: code === 0 ? '' : stderr.slice(-2000) }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/started embedded nats-server/);
    expect(stdout).toMatch(/summary:/);
  }, 60_000);

  interface TaskRecord { taskId: string; kind: string; profile: string; hints: string[]; origin: string; cell?: string; spilledTo?: string; outcome: string; node?: string; rule?: string; reason?: string }
  interface Report { topology: { mode: string; cells: { id: string; nodes: string[]; wanOneWayDelayMs: number }[] }; operatorMetrics: Record<string, Record<string, number>>; clusters: { clusterId: string; members: string[] }[]; root: { holder?: string }; nodes: { nodeId: string; site: string; gpus: number }[]; tasks: TaskRecord[]; workload: { submitted: number } }

  /** Every task ends in exactly one outcome, and the placements obey the profile rules of docs/placement.md. */
  function expectAccountedAndRuleAbiding(report: Report, taskCount: number): void {
    expect(report.workload.submitted).toBe(taskCount);
    expect(report.tasks).toHaveLength(taskCount);
    for (const t of report.tasks) {
      expect(['completed', 'rejected']).toContain(t.outcome);
      if (t.outcome === 'rejected') expect(t.reason).toBeTruthy();
    }
    const siteOf = new Map(report.nodes.map((n) => [n.nodeId, n.site]));
    const gpuNodes = new Set(report.nodes.filter((n) => n.gpus > 0).map((n) => n.nodeId));
    const completed = report.tasks.filter((t) => t.outcome === 'completed');
    expect(completed.length).toBeGreaterThan(taskCount / 2);
    for (const t of completed) {
      // GPU work only on GPU nodes. (Whether cpuOnly work avoids a GPU node depends on topology-ca's live
      // compute-heavy mark, which can change during a run; placement-core's unit tests pin that rule.)
      if (t.hints.includes('gpuRequired')) expect({ task: t.taskId, gpuNode: gpuNodes.has(t.node!) }).toEqual({ task: t.taskId, gpuNode: true });
      // Latency-sensitive CPU work stays in the origin's site (the next site is tens of ms away).
      if (t.profile === 'latencySensitive' && !t.hints.includes('gpuRequired')) expect({ task: t.taskId, site: siteOf.get(t.node!) }).toEqual({ task: t.taskId, site: siteOf.get(t.origin) });
    }
  }

  it('runs the cells shape by default: a server per site over emulated WAN relays, a cluster and a scheduler per cell, tasks decided in their home cell, every task accounted for', async () => {
    const reportFile = join(dir, 'full.json');
    const { code, stdout, stderr } = await runCli(['up', '--tasks', '40', '--rate', '4', '--duration', '100s', '--report', reportFile]);
    expect({ code, stderr: code === 0 ? '' : stderr.slice(-2000) }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/debug UI: http:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toMatch(/stopping \(every task accounted for\)/);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    // The built-in world has three sites on three continents: one cluster each, named by its smallest id.
    expect(report.clusters.map((c) => c.clusterId).sort()).toEqual(['ap-1', 'eu-1', 'us-1']);
    expect(report.root.holder).toBeTruthy();
    expect(stdout).toMatch(/cells topology — hub/);
    expect(stdout).toMatch(/EMULATED WAN relay/);
    expect(report.topology.mode).toBe('cells');
    const cellOf = new Map(report.topology.cells.flatMap((c) => c.nodes.map((n) => [n, c.id] as const)));
    expect(new Set(cellOf.values()).size).toBe(3);
    expect(report.topology.cells.filter((c) => c.wanOneWayDelayMs > 0)).toHaveLength(2);
    for (const t of report.tasks) {
      // Decided in the room's home cell (its origin's); run there unless spilled, and then run where it was spilled to.
      expect({ task: t.taskId, cell: t.cell }).toEqual({ task: t.taskId, cell: cellOf.get(t.origin) });
      if (t.outcome === 'completed') expect({ task: t.taskId, ranIn: cellOf.get(t.node!) }).toEqual({ task: t.taskId, ranIn: t.rule === 'spilled' ? t.spilledTo : t.cell });
    }
    expectAccountedAndRuleAbiding(report, 40);
    // /metrics, scraped and parsed at the end of the run: the executors' counters match the tasks that ran.
    const completed = report.tasks.filter((t) => t.outcome === 'completed').length;
    expect(report.operatorMetrics.cellmesh_tasks_run_total).toEqual({ succeeded: completed });
  }, 150_000);

  it('accounts for every task the same way with each node in its own process (--processes)', async () => {
    const reportFile = join(dir, 'processes.json');
    const { code, stdout, stderr } = await runCli(['up', '--processes', '--nodes', '4', '--tasks', '16', '--rate', '4', '--duration', '100s', '--no-ui', '--report', reportFile]);
    expect({ code, stderr: code === 0 ? '' : stderr.slice(-2000) }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/as separate processes/);
    expectAccountedAndRuleAbiding(JSON.parse(readFileSync(reportFile, 'utf8')) as Report, 16);
  }, 150_000);

  it('rejects a bad option with a message naming it', async () => {
    const { code, stderr } = await runCli(['up', '--nodes', 'many']);
    expect(code).toBe(2);
    expect(stderr).toContain('--nodes "many": expected an integer between 1 and 200');
  });
});
