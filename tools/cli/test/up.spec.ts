import { spawn } from 'node:child_process';
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
  it('runs 4 virtual nodes for a few seconds with no NATS running and exits 0 after a summary', async () => {
    const { code, stdout, stderr } = await runCli(['up', '--nodes', '4', '--duration', '6s']);
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/started embedded nats-server/);
    expect(stdout).toMatch(/summary:/);
    expect(stdout).toMatch(/status: ok/);
  }, 60_000);

  it('rejects a bad option with a message naming it', async () => {
    const { code, stderr } = await runCli(['up', '--nodes', 'many']);
    expect(code).toBe(1);
    expect(stderr).toContain('--nodes "many": expected an integer between 1 and 500');
  });
});
