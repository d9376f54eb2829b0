import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSimulate } from '../src/commands/simulate';

function capture() {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t), isTTY: false } };
  return { out, io };
}

const dir = mkdtempSync(join(tmpdir(), 'cellmesh-simulate-coords-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two sites 60 ms apart; `site` as given (null is how many tools write "unknown"). */
function writeScenario(name: string, site: (id: string) => string | null): string {
  const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
  const rtt = ids.map((x, i) => ids.map((y, j) => (i === j ? 0 : x[0] === y[0] ? 0.4 + 0.1 * ((i + j) % 3) : 60)));
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ nodes: ids.map((id) => ({ id, site: site(id), gpus: null, vramMb: null, uplinkMbps: null })), rttMs: rtt, bandwidthMbps: null }));
  return file;
}

describe('cellmesh simulate --probes / --noise / null fields', () => {
  it('--probes K adds a coordinate per node; estimated RTT = distance + both heights tracks the scenario', async () => {
    const { out, io } = capture();
    const code = await runSimulate({ scenario: writeScenario('sites.json', (id) => id[0]), json: true, probes: '4', coordinateRounds: '60' }, io);
    expect({ code, stderr: out.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(out.stdout);
    expect(Object.keys(result).slice(0, 6)).toEqual(['clusters', 'leaders', 'root', 'relays', 'rounds', 'messages']);
    expect(result.ari).toBe(1);
    const { a1, a2, b1 } = result.coordinates;
    const estimate = (p: { vec: number[]; height: number }, q: { vec: number[]; height: number }) => Math.hypot(...p.vec.map((x, k) => x - q.vec[k])) + p.height + q.height;
    expect(estimate(a1, b1)).toBeGreaterThan(40);
    expect(estimate(a1, b1)).toBeLessThan(80);
    expect(estimate(a1, a2)).toBeLessThan(10);
    expect(result.coordinateProbes).toMatchObject({ perRound: 4, rounds: 60, peerSet: 'fixed' });
    expect(result.coordinateProbes.maxDistinctPeersPerNode).toBeLessThanOrEqual(4);
  });

  it('accepts null for optional fields; without every site there is no ARI', async () => {
    const { out, io } = capture();
    const code = await runSimulate({ scenario: writeScenario('nulls.json', () => null), json: true }, io);
    expect({ code, stderr: out.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(out.stdout);
    expect(result.clusters).toEqual({ a1: 'a1', a2: 'a1', a3: 'a1', b1: 'b1', b2: 'b1', b3: 'b1' });
    expect(result.ari).toBeUndefined();
    expect(result.coordinates).toBeUndefined();
  });

  it('--noise busy keeps the sites and reports the model', async () => {
    const { out, io } = capture();
    const code = await runSimulate({ generate: 'sites=3,perSite=8,seed=2', json: true, noise: 'busy,busyHostShare=0.5' }, io);
    expect(code).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.ari).toBe(1);
    expect(result.noise).toMatchObject({ busyHostShare: 0.5, samplesPerLink: 20 });
  });

  it.each([
    { args: { noise: 'gaussian' }, message: /unknown noise model "gaussian"/ },
    { args: { noise: 'busy,loud=1' }, message: /key=number/ },
    { args: { probes: 'many' }, message: /--probes "many": expected an integer/ },
    { args: { probes: '0' }, message: /probes/ },
    { args: { probes: '4', peerSet: 'all' }, message: /--peer-set "all": expected fixed or rotating/ },
  ])('bad $args exits 1 with a message', async ({ args, message }) => {
    const { out, io } = capture();
    const code = await runSimulate({ generate: 'sites=2,perSite=3,seed=1', json: true, ...args }, io);
    expect(code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });

  it('the table mentions the coordinates and the noise model', async () => {
    const { out, io } = capture();
    expect(await runSimulate({ generate: 'sites=2,perSite=3,seed=1', probes: '3', coordinateRounds: '5', noise: 'busy' }, io)).toBe(0);
    expect(out.stdout).toMatch(/coordinates: 5 rounds, ≤ 3 probes per node per round/);
    expect(out.stdout).toMatch(/measurement noise: busyHostShare=0.25/);
  });
});
