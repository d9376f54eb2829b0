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

  it('runs 4 virtual nodes for 10 s with no NATS running and exits 0 after a summary', async () => {
    const { code, stdout, stderr } = await runCli(['up', '--nodes', '4', '--duration', '10s', '--no-ui', '--report', join(dir, 'short.json')]);
    expect({ code, stderr: code === 0 ? '' : stderr.slice(-2000) }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/started embedded nats-server/);
    expect(stdout).toMatch(/summary:/);
  }, 60_000);

  it('forms clusters per site, elects a root scheduler, and runs the workload to committed results', async () => {
    const reportFile = join(dir, 'full.json');
    const { code, stdout, stderr } = await runCli(['up', '--duration', '60s', '--rate', '3', '--report', reportFile]);
    expect({ code, stderr: code === 0 ? '' : stderr.slice(-2000) }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/debug UI: http:\/\/127\.0\.0\.1:\d+/);
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    // The built-in world has three sites on three continents: one cluster each.
    expect(report.clusters.map((c: { clusterId: string }) => c.clusterId).sort()).toEqual(['ap-1', 'eu-1', 'us-1']);
    expect(report.root.holder).toBeTruthy();
    expect(report.workload.completed).toBeGreaterThan(10);
    // GPU tasks only ever run on the GPU nodes of the world (eu-1, us-1).
    expect(report.workload.placedByRule['gpu-hub']).toBeGreaterThan(0);
  }, 120_000);

  it('rejects a bad option with a message naming it', async () => {
    const { code, stderr } = await runCli(['up', '--nodes', 'many']);
    expect(code).toBe(1);
    expect(stderr).toContain('--nodes "many": expected an integer between 1 and 200');
  });
});
