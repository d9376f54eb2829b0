import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { codecs } from '@cellmesh/contracts';
import { Buckets, Streams, connectService, keys, openBucket, provisionAll, silentLogger } from '@cellmesh/bus';
import { commitDelta } from '@cellmesh/client';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { checkHistory, historyOf, text, waitForVersion } from './helpers';

const REPO_ROOT = resolve(__dirname, '../../..');
/** Each child's log, shown when a wait fails. */
const stderrOf: Record<string, string> = {};

/** The committer as a real process (main.ts), so it can be killed with SIGKILL mid-stream. */
function spawnCommitter(url: string, nodeId: string): ChildProcess {
  // node itself (with the tsx loader), not the tsx wrapper: SIGKILL must reach the committer, not a parent.
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'services/datastate-committer/src/main.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, NATS_URL: url, CELLMESH_NODE_ID: nodeId, CELLMESH_HTTP_PORT: '0', LOG_LEVEL: 'warn', DATASTATE_LEASE_TTL: '3s' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (d: Buffer) => void (stderrOf[nodeId] = (stderrOf[nodeId] ?? '') + d.toString()));
  return child;
}

describe('the committer killed mid-stream and restarted', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'crash-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    if (process.env.DEBUG_CRASH_TEST) process.stderr.write(JSON.stringify(stderrOf, null, 1));
    await nc?.close();
    await server?.stop();
  });

  it('loses nothing accepted and applies nothing twice', async () => {
    const leases = await openBucket(nc, Buckets.Leases);
    const activeHolder = async () => {
      const e = await leases.get(keys.committerLease);
      return e && e.operation === 'PUT' ? codecs.Lease.decode(e.value).holder : '';
    };
    const first = spawnCommitter(server.url, 'crash-a');
    children.push(first);
    await waitFor('the first committer to become active', async () => (await activeHolder()).startsWith('crash-a#'), 30_000);

    const rooms = 4;
    const total = 400;
    const jsm = await jetstreamManager(nc);
    let killed = false;
    const sends: Promise<unknown>[] = [];
    for (let i = 1; i <= total; i++) {
      const roomId = `r${i % rooms}`;
      const taskId = `crash-task-${roomId}`;
      sends.push(commitDelta(nc, { taskId, scope: { gameId: 'crash', roomId, taskId }, version: i, writes: [{ key: `k${i % 5}`, value: text(String(i)) }], hlc: { wallMs: Date.now(), logical: i, nodeId: 'writer' } }));
      if (i % 20 === 0) await Promise.all(sends.splice(0));
      if (!killed && (await jsm.streams.info(Streams.History)).state.messages >= 60) {
        first.kill('SIGKILL'); // mid-stream: some deltas applied, some in flight, the rest not yet delivered
        killed = true;
      }
    }
    await Promise.all(sends);
    expect(killed).toBe(true);
    const appliedAtKill = (await jsm.streams.info(Streams.History)).state.messages;
    expect(appliedAtKill).toBeLessThan(total);

    const second = spawnCommitter(server.url, 'crash-b');
    children.push(second);
    await waitFor('the restarted committer to become active', async () => (await activeHolder()).startsWith('crash-b#'), 30_000);
    for (let r = 0; r < rooms; r++) await waitForVersion(nc, 'crash', `r${r}`, total / rooms, 30_000);

    let applied = 0;
    for (let r = 0; r < rooms; r++) {
      const { versions, ids } = checkHistory(await historyOf(nc, 'crash', `r${r}`));
      expect(versions).toBe(total / rooms);
      applied += ids.size;
    }
    expect(applied).toBe(total);
    expect((await jsm.streams.info(Streams.History)).state.messages).toBe(total);
    second.kill('SIGTERM');
  }, 120_000);
});
