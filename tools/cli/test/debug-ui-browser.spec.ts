import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = join(__dirname, '..', 'bin', 'cellmesh.js');
const CHROMIUM = '/usr/bin/chromium';
// The flags this machine needs for headless Chromium (no sandbox as root, no network beyond loopback).
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars', '--window-size=1280,800', '--virtual-time-budget=5000'];

/** Starts `cellmesh up` and resolves once its stdout matched every pattern (the UI URL, the settled fabric). */
function startUp(args: string[]): { child: ChildProcess; waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> } {
  const child = spawn(process.execPath, [CLI, 'up', ...args], { env: { ...process.env, NATS_URL: '' }, stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  return {
    child,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs;
        const poll = setInterval(() => {
          const m = out.match(pattern);
          if (m) {
            clearInterval(poll);
            resolve(m);
          } else if (Date.now() > deadline || child.exitCode !== null) {
            clearInterval(poll);
            reject(new Error(`cellmesh up never printed ${pattern}; output so far:\n${out}`));
          }
        }, 200);
      }),
  };
}

describe('debug web UI in headless Chromium (a running fabric)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cellmesh-ui-browser-'));
  let up: ReturnType<typeof startUp> | undefined;

  afterAll(async () => {
    if (up && up.child.exitCode === null) {
      const exited = new Promise((r) => up!.child.once('exit', r));
      up.child.kill('SIGINT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the clusters and their leaders in the DOM, and renders a screenshot', async () => {
    expect({ chromium: existsSync(CHROMIUM) }).toEqual({ chromium: true }); // apt-get install -y chromium (.ci/run does)
    up = startUp(['--nodes', '6', '--duration', '120s', '--rate', '2', '--report', join(dir, 'report.json')]);
    const [, url] = await up.waitFor(/debug UI: (http:\/\/127\.0\.0\.1:\d+)/, 60_000);
    await up.waitFor(/fabric settled in/, 60_000);
    const page = `${url}/?snapshot`;

    const { stdout: dom } = await run(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${join(dir, 'profile-dom')}`, '--dump-dom', page], { maxBuffer: 16 * 1024 * 1024 });
    const rows = [...dom.matchAll(/<tr[^>]*data-cluster="([^"]+)"[^>]*data-leader="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    // Six nodes of the built-in world, two per site: one cluster per site, each led by one of its members.
    expect(rows.map(([cluster]) => cluster).sort()).toEqual(['ap-1', 'eu-1', 'us-1']);
    for (const [cluster, leader] of rows) expect({ cluster, leaderSite: leader!.split('-')[0] }).toEqual({ cluster, leaderSite: cluster!.split('-')[0] });

    const shot = join(dir, 'debug-ui.png');
    await run(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${join(dir, 'profile-shot')}`, `--screenshot=${shot}`, page]);
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  }, 180_000);
});
