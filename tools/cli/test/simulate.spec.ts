import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSimulate } from '../src/commands/simulate';

const CLI = join(__dirname, '..', 'bin', 'cellmesh.js');

function runCommand(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

function capture() {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t), isTTY: false } };
  return { out, io };
}

const dir = mkdtempSync(join(tmpdir(), 'cellmesh-simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two sites, 3 nodes each, 60 ms apart; extra keys are ignored by the format. */
function writeScenario(name: string, mutate: (s: Record<string, unknown>) => void = () => {}): string {
  const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
  const rtt = ids.map((x, i) => ids.map((y, j) => (i === j ? 0 : x[0] === y[0] ? 0.4 : 60)));
  const scenario: Record<string, unknown> = {
    nodes: ids.map((id) => ({ id, cpuCores: 8, gpus: 0, vramMb: 0, rack: 'ignored' })),
    rttMs: rtt,
    bandwidthMbps: ids.map(() => ids.map(() => 1000)),
    comment: 'unknown keys are ignored',
  };
  mutate(scenario);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

const STABLE_KEYS = ['clusters', 'leaders', 'root', 'relays', 'rounds', 'messages'];

describe('cellmesh simulate (runSimulate)', () => {
  it('prints one JSON object with the stable keys first for a scenario file', async () => {
    const { out, io } = capture();
    const code = await runSimulate({ scenario: writeScenario('two-sites.json'), json: true }, io);
    expect({ code, stderr: out.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(out.stdout);
    expect(Object.keys(result).slice(0, STABLE_KEYS.length)).toEqual(STABLE_KEYS);
    expect(result.clusters).toEqual({ a1: 'a1', a2: 'a1', a3: 'a1', b1: 'b1', b2: 'b1', b3: 'b1' });
    expect(Object.keys(result.leaders).sort()).toEqual(['a1', 'b1']);
    expect(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']).toContain(result.root);
    expect(result.relays.a2[0]).toBe('b');
    expect(result.rounds).toBeGreaterThan(0);
    expect(result.messages).toBeGreaterThan(0);
  });

  it('accepts a measured, slightly asymmetric matrix: averages both directions and says so on stderr', async () => {
    const { out, io } = capture();
    const file = writeScenario('asymmetric.json', (sc) => {
      const rtt = sc.rttMs as number[][];
      rtt[0]![1] = 0.5; // a1→a2 measured 0.5 ms, a2→a1 0.4 ms
      rtt[3]![0] = 72; // b1→a1 measured 72 ms, a1→b1 60 ms
    });
    expect(await runSimulate({ scenario: file, json: true }, io)).toBe(0);
    expect(out.stderr).toMatch(/warning: .*rttMs is not symmetric at \[0\]\[1\]: 0.5 vs 0.4; using the mean of both directions/);
    expect(JSON.parse(out.stdout).clusters).toEqual({ a1: 'a1', a2: 'a1', a3: 'a1', b1: 'b1', b2: 'b1', b3: 'b1' });
  });

  it('builds a world with --generate and scores the table against its sites', async () => {
    const { out, io } = capture();
    const code = await runSimulate({ generate: 'sites=3,perSite=10,seed=2' }, io);
    expect(code).toBe(0);
    expect(out.stdout).toMatch(/30 nodes → 3 clusters; converged in \d+ rounds/);
    expect(out.stdout).toMatch(/adjusted Rand index vs the scenario's sites: 1\.0000/);
    expect(out.stdout).toMatch(/^ {2}cluster +size +leader/m);
  });

  it.each([
    ['a matrix cell that is not a number', (s: Record<string, unknown>) => ((s.rttMs as unknown[][])[1][0] = 'fast'), /rttMs\[1\]\[0\]: expected a non-negative number/],
    ['a missing rttMs', (s: Record<string, unknown>) => delete s.rttMs, /rttMs: missing/],
    ['a node without an id', (s: Record<string, unknown>) => delete (s.nodes as Record<string, unknown>[])[2].id, /nodes\[2\]\.id/],
  ])('rejects %s with exit code 1 and a message naming it', async (_what, mutate, message) => {
    const { out, io } = capture();
    const file = writeScenario(`bad-${Math.random().toString(36).slice(2)}.json`, mutate);
    expect(await runSimulate({ scenario: file, json: true }, io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr).toContain(file);
  });

  it.each([
    [{}, /exactly one of --scenario FILE or --generate/],
    [{ scenario: '/nonexistent/world.json' }, /cannot read scenario file "\/nonexistent\/world.json": ENOENT/],
    [{ generate: 'sites=3' }, /generate\.perSite: missing/],
    [{ generate: 'sites=2,perSite=2', k: 'lots' }, /--k "lots": expected an integer/],
    [{ generate: 'sites=2,perSite=2', maxRounds: '0' }, /maxRounds/],
  ])('rejects bad arguments %j with exit code 1', async (args, message) => {
    const { out, io } = capture();
    expect(await runSimulate(args, io)).toBe(1);
    expect(out.stderr).toMatch(message);
  });
});

describe('cellmesh simulate (end to end, its own process)', () => {
  it('writes only the JSON object to stdout and exits 0', async () => {
    const { code, stdout, stderr } = await runCommand(['simulate', '--scenario', writeScenario('e2e.json'), '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(stdout);
    expect(result.clusters.b3).toBe('b1');
  }, 30_000);

  it('exits 1 with the reason on stderr for a malformed file', async () => {
    const file = writeScenario('e2e-bad.json', (s) => ((s.rttMs as unknown[]).length = 2));
    const { code, stdout, stderr } = await runCommand(['simulate', '--scenario', file, '--json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/rttMs: expected 6 rows \(one per node\), got 2/);
  }, 30_000);
});
