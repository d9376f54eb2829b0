/**
 * `up --processes` supervision against a real nats-server and real node processes (issue 17):
 * a node killed by a signal is noticed and restarted, then reported once the budget is spent, and stop()
 * returns; a second process with the same node id is refused with a clear error.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Buckets, keys, openBucket, provisionAll } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import { generateWorld, toScenarioJson } from '@cellmesh/scenario';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startNodeProcesses, type NodeExitInfo } from '../src/fabric/processes';
import { resolveNats } from '../src/fabric/embedded-nats';

jest.setTimeout(120_000);

describe('up --processes supervision', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  const scenario = generateWorld({ sites: 1, perSite: 1, seed: 3, gpuShare: 0 });
  const nodeId = scenario.nodes[0]!.id;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connect({ servers: [server.url] });
    await provisionAll(nc);
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  const claimHolder = async () => {
    const entry = await (await openBucket(nc, Buckets.Nodes)).get(keys.nodeClaim(nodeId)).catch(() => null);
    return entry && entry.operation === 'PUT' && entry.value.length ? codecs.Lease.decode(entry.value).holder : undefined;
  };
  const holderPid = async () => Number((await claimHolder())?.split(':')[1] ?? NaN);

  it('restarts a node killed by SIGKILL, reports it when the budget is spent, and stops without hanging', async () => {
    const exits: Array<{ code: number | null; info: NodeExitInfo }> = [];
    const fabric = await startNodeProcesses({ natsUrl: server.url, scenario, logLevel: 'silent', maxRestarts: 1, restartDelayMs: 100, onExit: (_id, code, info) => exits.push({ code, info }) });
    try {
      const firstPid = fabric.pids.get(nodeId)!;
      await waitFor('the node claims its id', async () => (await holderPid()) === firstPid, 60_000, 200);
      process.kill(firstPid, 'SIGKILL');
      await waitFor('a restarted node', async () => { const p = fabric.pids.get(nodeId); return p !== undefined && p !== firstPid && (await holderPid()) === p; }, 60_000, 200);
      expect(exits).toEqual([{ code: null, info: { pid: firstPid, signal: 'SIGKILL', restarting: true, restarts: 1 } }]);
      process.kill(fabric.pids.get(nodeId)!, 'SIGKILL');
      await waitFor('the second death reported', () => exits.length === 2, 10_000);
      expect(exits[1]!.info).toMatchObject({ signal: 'SIGKILL', restarting: false });
      expect(fabric.givenUp.get(nodeId)).toBe('killed by SIGKILL');
    } finally {
      const started = Date.now();
      await fabric.stop();
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it('refuses a second process with the same node id, saying who holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cellmesh-dup-'));
    const scenarioFile = join(dir, 'scenario.json');
    writeFileSync(scenarioFile, toScenarioJson(scenario));
    const fabric = await startNodeProcesses({ natsUrl: server.url, scenario, logLevel: 'silent', maxRestarts: 0 });
    try {
      await waitFor('the node claims its id', async () => (await holderPid()) === fabric.pids.get(nodeId), 60_000, 200);
      const second = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'src', 'fabric', 'node-process.ts')], {
        env: { ...process.env, NATS_URL: server.url, CELLMESH_NODE_ID: nodeId, CELLMESH_SCENARIO: scenarioFile, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      second.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => second.once('exit', (c) => resolve(c)));
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`node id ${nodeId} is already in use by [^ ]+:${fabric.pids.get(nodeId)}:`));
      expect(await holderPid()).toBe(fabric.pids.get(nodeId));
    } finally {
      await fabric.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails fast with the reason when NATS_URL answers nothing', async () => {
    const started = Date.now();
    await expect(resolveNats('nats://127.0.0.1:1')).rejects.toThrow(/NATS_URL=nats:\/\/127.0.0.1:1: no NATS server answered within 5 s/);
    expect(Date.now() - started).toBeLessThan(7000);
  });
});
