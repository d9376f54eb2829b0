import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { connectService, provisionAll, silentLogger } from '@cellmesh/bus';
import { submitTask } from '../src';
import { spawnServiceMain, startNatsServer, waitFor, type RunningNatsServer, type RunningServiceMain } from '@cellmesh/testing';

const CLIENT_DIR = join(__dirname, '..');
const REPO_ROOT = join(CLIENT_DIR, '..', '..');
const EXAMPLE = join(CLIENT_DIR, 'examples', 'game-backend.mjs');
const NODE_ID = 'packed-node';
const NATS_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', '@nats-io', 'transport-node', 'package.json'), 'utf8')) as { version: string }).version;

function run(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, timeout: 120_000, maxBuffer: 8 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

/**
 * Issue 21: @cellmesh/client as a game backend installs it. The packed tarball goes into a fresh
 * project outside the repository (npm install, from the local cache where it can), and the README's
 * example runs there with plain node — no tsx, no NODE_PATH, no workspace — against a real
 * nats-server and a minimal fabric of real service processes (metrics-collector, datastate-committer,
 * cpu-worker, placement-scheduler with activation 'always').
 */
describe('the packed @cellmesh/client in a project outside the repository', () => {
  let project: string;
  let server: RunningNatsServer;
  let admin: NatsConnection;
  const services: RunningServiceMain[] = [];

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'cellmesh-game-backend-'));
    // Built outside the repository too, so the test never leaves a second package.json in the workspace.
    const built = execFileSync(process.execPath, [join(CLIENT_DIR, 'scripts', 'build-package.mjs'), '--out', join(project, 'build')], { encoding: 'utf8' });
    const tarball = built.trim().split('\n').pop()!;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'space-race-backend', private: true, type: 'module' }));
    const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, `@nats-io/transport-node@${NATS_VERSION}`], { cwd: project });
    if (install.code !== 0) throw new Error(`npm install of ${tarball} failed:\n${install.stderr}`);
    copyFileSync(EXAMPLE, join(project, 'game-backend.mjs'));

    server = await startNatsServer({ jetstream: true });
    admin = await connectService({ servers: [server.url], service: 'test', nodeId: 'packed-admin', logger: silentLogger });
    await provisionAll(admin);
    const env = { NATS_URL: server.url, CELLMESH_NODE_ID: NODE_ID, CELLMESH_HTTP_PORT: '0', LOG_LEVEL: 'warn', METRICS_PUBLISH_INTERVAL: '1s' };
    for (const service of ['metrics-collector', 'datastate-committer', 'cpu-worker', 'placement-scheduler']) {
      services.push(spawnServiceMain(join(REPO_ROOT, 'services', service, 'src', 'main.ts'), { ...env, SCHEDULER_ACTIVATION: 'always', CPU_WORKER_MAX_THREADS: '1' }));
    }
    // Ready once a probe task goes all the way through (scheduler active, node heard, worker and committer consuming).
    let probe = 0;
    await waitFor('a probe task placed, run and committed', async () => {
      try {
        await submitTask(admin, { gameId: 'probe', roomId: 'probe', taskId: `probe-${probe++}` }, 'batch', ['cpuOnly'], {
          kind: 'physics-step', payload: new TextEncoder().encode('{"count":2,"steps":1}'), cpuMillis: 0, originNode: NODE_ID, awaitResult: true, decisionTimeoutMs: 5000, resultTimeoutMs: 15_000,
        });
        return true;
      } catch {
        return false;
      }
    }, 150_000, 1000).catch((err: Error) => {
      throw new Error(`${err.message}\n${services.map((s) => s.stderr().slice(-2000)).join('\n---\n')}`);
    });
  }, 300_000);

  afterAll(async () => {
    for (const s of services) s.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(services.map((s) => s.exited)), new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    for (const s of services) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    await admin?.close();
    await server?.stop();
    if (project) rmSync(project, { recursive: true, force: true });
  }, 60_000);

  it('installs as one package with built CJS, ESM and type declarations, and no other @cellmesh/* package', () => {
    const installed = join(project, 'node_modules', '@cellmesh');
    expect(execFileSync('ls', [installed], { encoding: 'utf8' }).trim().split('\n')).toEqual(['client']);
    const pkg = JSON.parse(readFileSync(join(installed, 'client', 'package.json'), 'utf8')) as { exports: Record<string, Record<string, string>>; dependencies: Record<string, string> };
    expect(pkg.exports['.']).toEqual({ types: './types/client/src/index.d.ts', import: './dist/index.mjs', require: './dist/index.cjs' });
    expect(Object.keys(pkg.dependencies).filter((d) => d.startsWith('@cellmesh/'))).toEqual([]);
    const cjs = execFileSync(process.execPath, ['-e', "const c = require('@cellmesh/client'); process.stdout.write([typeof c.submitTask, typeof c.commitDelta, typeof c.TaskRejectedError].join(','))"], { cwd: project, encoding: 'utf8' });
    expect(cjs).toBe('function,function,function');
  });

  it('type-checks a TypeScript backend against the shipped declarations', async () => {
    writeFileSync(join(project, 'check.ts'), [
      "import { submitTask, TaskRejectedError, type SubmitOutcome, type TaskScope } from '@cellmesh/client';",
      "import { connect } from '@nats-io/transport-node';",
      'const scope: TaskScope = { gameId: "g", roomId: "r", taskId: "t" };',
      'export async function go(): Promise<string> {',
      '  const nc = await connect();',
      "  const out: SubmitOutcome = await submitTask(nc, scope, 'batch', ['cpuOnly'], { kind: 'terrain', awaitResult: true });",
      '  return `${out.receipt?.chosenNode ?? ""} ${out.result?.durationMs ?? 0} ${TaskRejectedError.name}`;',
      '}',
      '',
    ].join('\n'));
    const tsc = await run(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'false', '--typeRoots', join(REPO_ROOT, 'node_modules', '@types'), '--types', 'node', 'check.ts'], { cwd: project });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  }, 120_000);

  it('runs the README example: every room step is placed, run, committed, and its typed result read back', async () => {
    // The node's free CPU is measured on this shared host, which runs near 100 % busy: a step that asks
    // for 0 millicores fits whatever the load, so the test checks the path, not the host's idleness.
    const example = await run(process.execPath, ['game-backend.mjs'], { cwd: project, env: { NATS_URL: server.url, CELLMESH_ORIGIN_NODE: NODE_ID, TICKS: '1', TASK_CPU_MILLIS: '0' } });
    expect(example.stderr).toBe('');
    expect(example.code).toBe(0);
    const steps = example.stdout.trim().split('\n').map((line) => JSON.parse(line) as { taskId: string; node: string; rule: string; committedVersion: number; summary: Record<string, unknown> });
    expect(steps.map((s) => s.taskId).sort()).toEqual(['lobby-1-tick-1', 'lobby-2-tick-1']);
    for (const step of steps) {
      expect(step.node).toBe(NODE_ID);
      expect(step.rule).not.toBe('');
      expect(step.committedVersion).toBeGreaterThanOrEqual(1);
      expect(typeof step.summary).toBe('object');
    }
  }, 120_000);

  it('ships the README with the example exactly as it runs here', () => {
    const readme = readFileSync(join(project, 'node_modules', '@cellmesh', 'client', 'README.md'), 'utf8');
    expect(readme).toContain(readFileSync(EXAMPLE, 'utf8'));
  });
});
