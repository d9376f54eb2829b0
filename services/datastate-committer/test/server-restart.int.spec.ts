import type { NatsConnection } from '@nats-io/transport-node';
import { codecs } from '@cellmesh/contracts';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger } from '@cellmesh/bus';
import { commitDelta } from '@cellmesh/client';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startDatastateCommitter, type DatastateCommitterHandle } from '../src';
import { contentOf, depsFor, historyOf, readRoom, text, waitForVersion } from './helpers';

describe('nats-server restarted on the same store', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let committerNc: NatsConnection;
  let committer: DatastateCommitterHandle;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'restart-test', nodeId: 't1', logger: silentLogger });
    committerNc = await connectService({ servers: [server.url], service: 'datastate-committer', nodeId: 'n1', logger: silentLogger });
    await provisionAll(nc);
    committer = await startDatastateCommitter(depsFor(committerNc, 'n1'), { leaseTtlMs: 3000, ackWaitMs: 500 });
  });

  afterAll(async () => {
    await committer?.stop({ graceMs: 500 });
    await committerNc?.close();
    await nc?.close();
    await server?.stop();
  });

  it('keeps the warm snapshot and the cold history, and the committer carries on', async () => {
    const scope = { gameId: 'g', roomId: 'r', taskId: 't' };
    for (let v = 1; v <= 10; v++) await commitDelta(nc, { taskId: 't', scope, version: v, writes: [{ key: `k${v % 3}`, value: text(`v${v}`) }], hlc: { wallMs: Date.now(), logical: v, nodeId: 'w' } });
    const before = await waitForVersion(nc, 'g', 'r', 10);
    await committer.flushSnapshots();
    const kv = await openBucket(nc, Buckets.Datastate);
    const warmBefore = codecs.RoomState.decode((await kv.get(keys.room('g', 'r')))!.value);
    expect(Number(warmBefore.version)).toBe(10);

    server = await server.restart();
    await waitFor('clients to reconnect', async () => (await nc.rtt().then(() => true).catch(() => false)) && (await committerNc.rtt().then(() => true).catch(() => false)), 20_000);

    const kvAfter = await openBucket(nc, Buckets.Datastate);
    const warmAfter = codecs.RoomState.decode((await kvAfter.get(keys.room('g', 'r')))!.value);
    expect(contentOf(warmAfter)).toEqual(contentOf(warmBefore));
    expect(Number(warmAfter.version)).toBe(10);
    expect(await historyOf(nc, 'g', 'r')).toHaveLength(10);
    const cold = await waitFor('a rebuild from cold', async () => {
      const r = await readRoom(nc, 'g', 'r', { rebuild: true });
      return r.ok ? r.state : undefined;
    }, 20_000);
    expect(contentOf(cold)).toEqual(contentOf(before));

    await waitFor('a commit after the restart', async () => {
      await commitDelta(nc, { taskId: 't', scope, version: 11, writes: [{ key: 'after', value: text('restart') }], hlc: { wallMs: Date.now(), logical: 0, nodeId: 'w' } });
      const r = await readRoom(nc, 'g', 'r');
      return r.ok && Number(r.state.version) === 11;
    }, 30_000);
    const after = await readRoom(nc, 'g', 'r');
    expect(after.ok && contentOf(after.state)).toEqual({ ...contentOf(before), after: 'restart' });
  }, 90_000);
});
