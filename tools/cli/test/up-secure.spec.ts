/**
 * `cellmesh up --secure --tasks 40` completes like `up`: the CLI generates a CA, a TLS certificate per server,
 * one least-privilege nkey user per service per node (and per site a restricted leaf user) for its own servers,
 * and every service of every virtual node connects as its own user, over TLS. Any permission the server refuses
 * is logged by the connection's status watcher on stderr, so an empty stderr means nothing was refused.
 */
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

interface Report {
  security: { mode: string; tls?: boolean; leafUsers?: boolean };
  topology: { mode: string; cells: { id: string }[] };
  workload: { submitted: number };
  tasks: { taskId: string; outcome: string; reason?: string; rule?: string; spilledTo?: string }[];
}

function expectCompletedLikeUp(report: Report, taskCount: number): void {
  expect(report.security.mode).toBe('on');
  expect(report.security.tls).toBe(true);
  expect(report.workload.submitted).toBe(taskCount);
  expect(report.tasks).toHaveLength(taskCount);
  for (const t of report.tasks) {
    expect(['completed', 'rejected']).toContain(t.outcome);
    if (t.outcome === 'rejected') expect({ task: t.taskId, reason: t.reason }).toEqual({ task: t.taskId, reason: expect.stringMatching(/\S/) });
  }
  expect(report.tasks.filter((t) => t.outcome === 'completed').length).toBeGreaterThan(taskCount / 2);
}

describe('cellmesh up --secure (end to end: TLS, generated users, every service its own user)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cellmesh-up-secure-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the cells shape (hub + a server per site over emulated WAN relays, restricted leaf users) and completes 40 tasks like up', async () => {
    const reportFile = join(dir, 'cells.json');
    const { code, stdout, stderr } = await runCli(['up', '--secure', '--tasks', '40', '--rate', '4', '--duration', '150s', '--no-ui', '--report', reportFile]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/cells topology — hub .* at tls:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toMatch(/stopping \(every task accounted for\)/);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    expect(report.topology.mode).toBe('cells');
    expect(report.topology.cells).toHaveLength(3);
    expect(report.security.leafUsers).toBe(true);
    expectCompletedLikeUp(report, 40);
    // ap-south has no GPU: its rooms' GPU tasks (the seeded workload has some) spill to another cell and come home
    // over the restricted leaf users (cross-cell submit, result, commit and their JetStream acks).
    expect(report.tasks.filter((t) => t.rule === 'spilled' && t.outcome === 'completed' && t.spilledTo).length).toBeGreaterThan(0);
  }, 200_000);

  it('runs on one server (--topology single) with TLS and the generated users', async () => {
    const reportFile = join(dir, 'single.json');
    const { code, stdout, stderr } = await runCli(['up', '--secure', '--topology', 'single', '--nodes', '4', '--tasks', '20', '--rate', '4', '--duration', '100s', '--no-ui', '--report', reportFile]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/with TLS and generated least-privilege users/);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    expect(report.topology.mode).toBe('single');
    expectCompletedLikeUp(report, 20);
  }, 150_000);

  it('refuses --secure with NATS_URL or --processes (usage error, exit 2)', async () => {
    const withUrl = await runCli(['up', '--secure', '--no-ui', '--duration', '1s'], { NATS_URL: 'nats://127.0.0.1:4222' });
    expect({ code: withUrl.code, stderr: withUrl.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/--secure starts its own servers/) });
    const withProcesses = await runCli(['up', '--secure', '--processes', '--no-ui', '--duration', '1s']);
    expect({ code: withProcesses.code, stderr: withProcesses.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/--processes --secure is not supported/) });
  }, 30_000);
});
