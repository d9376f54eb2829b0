import type { NatsConnection } from '@nats-io/transport-node';
import { connectService, provisionAll, silentLogger } from '@cellmesh/bus';
import { commitDelta } from '@cellmesh/client';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { HistoryConflictError, startDatastateCommitter, type DatastateCommitterHandle } from '../src';
import { DurableRoomStore } from '../src/store';
import { checkHistory, depsFor, historyOf, text, waitForVersion } from './helpers';

/**
 * Several committers on one NATS server, as in the `cellmesh up` fabric: one is active, the others
 * stand by; a hand-over (clean or a dead connection) applies nothing twice and reorders nothing.
 */
describe('committers sharing the COMMITS stream', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  const opened: NatsConnection[] = [];
  const started: DatastateCommitterHandle[] = [];

  const committerOn = async (nodeId: string) => {
    const cnc = await connectService({ servers: [server.url], service: 'datastate-committer', nodeId, logger: silentLogger });
    opened.push(cnc);
    const handle = await startDatastateCommitter(depsFor(cnc, nodeId), { leaseTtlMs: 3000, ackWaitMs: 500, snapshotTickMs: 50 });
    started.push(handle);
    return { nc: cnc, handle };
  };

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'failover-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
  });

  afterAll(async () => {
    for (const h of started) await h.stop({ graceMs: 200 }).catch(() => undefined);
    for (const c of [...opened, nc]) await c?.close().catch(() => undefined);
    await server?.stop();
  });

  /** Sends `count` deltas round-robin over `rooms` rooms of one game, calling `midway` half-way through. */
  async function stream(gameId: string, rooms: number, count: number, midway: () => Promise<void>): Promise<void> {
    for (let i = 1; i <= count; i++) {
      const roomId = `r${i % rooms}`;
      const taskId = `task-${gameId}-${roomId}`; // unique across tests: Nats-Msg-Id dedupes for 2 minutes
      await commitDelta(nc, { taskId, scope: { gameId, roomId, taskId }, version: i, writes: [{ key: `k${i % 7}`, value: text(String(i)) }], hlc: { wallMs: Date.now(), logical: i, nodeId: 'writer' } });
      if (i === Math.floor(count / 2)) await midway();
    }
  }

  async function expectEveryDeltaOnceInOrder(gameId: string, rooms: number, count: number) {
    for (let r = 0; r < rooms; r++) {
      const expected = Array.from({ length: count }, (_, i) => i + 1).filter((i) => i % rooms === r).length;
      await waitForVersion(nc, gameId, `r${r}`, expected);
      const { versions } = checkHistory(await historyOf(nc, gameId, `r${r}`));
      expect(versions).toBe(expected);
    }
  }

  it('elects one active committer; a clean stop hands over at once', async () => {
    const a = await committerOn('node-a');
    const b = await committerOn('node-b');
    expect([a.handle.role, b.handle.role].sort()).toEqual(['active', 'standby']);
    const [active, standby] = a.handle.role === 'active' ? [a, b] : [b, a];
    await stream('clean', 4, 200, async () => {
      await active.handle.stop({ graceMs: 2000 });
    });
    await waitFor('the standby to take over', () => standby.handle.role === 'active', 5000);
    await expectEveryDeltaOnceInOrder('clean', 4, 200);
  });

  it('survives the active committer losing its connection mid-stream', async () => {
    for (const h of started) await h.stop({ graceMs: 200 });
    const c = await committerOn('node-c');
    const d = await committerOn('node-d');
    const [active, standby] = c.handle.role === 'active' ? [c, d] : [d, c];
    expect(standby.handle.role).toBe('standby');
    const activeConn = active.nc;
    await stream('crash', 3, 150, async () => {
      await activeConn.close(); // no drain, no release: its lease and unacked messages must expire
    });
    await waitFor('the standby to take over', () => standby.handle.role === 'active', 10_000);
    await expectEveryDeltaOnceInOrder('crash', 3, 150);
  });

  it('refuses a history append from a committer whose view of the room is stale', async () => {
    const one = await DurableRoomStore.open(nc);
    const two = await DurableRoomStore.open(nc);
    const entry = (taskId: string) => ({ delta: { taskId, scope: { gameId: 'split', roomId: 'r', taskId }, version: 1, writes: [{ key: 'k', value: text(taskId) }] }, roomVersion: 1, commitSeq: 1 });
    await one.append('split', 'r', entry('from-one'), 0);
    await expect(two.append('split', 'r', entry('from-two'), 0)).rejects.toBeInstanceOf(HistoryConflictError);
    const room = await two.load('split', 'r');
    expect([room.version, new TextDecoder().decode(room.entries.get('k')!.value)]).toEqual([1, 'from-one']);
  });
});
