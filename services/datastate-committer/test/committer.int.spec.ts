import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { codecs } from '@cellmesh/contracts';
import { Buckets, Streams, connectService, keys, openBucket, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { commitDelta } from '@cellmesh/client';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { PolicyName, startDatastateCommitter, type DatastateCommitterHandle } from '../src';
import { contentOf, depsFor, readRoom, text } from './helpers';

describe('datastate-committer against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let committer: DatastateCommitterHandle;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'committer-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    committer = await startDatastateCommitter(depsFor(nc, 'n1'), { leaseTtlMs: 2000, policies: { byGame: { strict: PolicyName.RejectStale } } });
  });

  afterAll(async () => {
    await committer?.stop({ graceMs: 1000 });
    await nc?.close();
    await server?.stop();
  });

  const hlc = (wallMs: number, nodeId = 'w1') => ({ wallMs, logical: 0, nodeId });

  it('applies a delta once however often it is sent, and serves it', async () => {
    expect(committer.role).toBe('active');
    const delta = { taskId: 't-a', scope: { gameId: 'g1', roomId: 'r1', taskId: 't-a' }, version: 1, writes: [{ key: 'score', value: text('10') }], hlc: hlc(Date.now()) };
    await commitDelta(nc, delta);
    await commitDelta(nc, delta);
    await waitFor('the room', async () => {
      const r = await readRoom(nc, 'g1', 'r1');
      return r.ok && r.state.version >= 1;
    });
    const r = await readRoom(nc, 'g1', 'r1');
    expect(r.ok && contentOf(r.state)).toEqual({ score: '10' });
    expect(r.ok && Number(r.state.version)).toBe(1);
  });

  it('dead-letters a write outside the task scope with the reason', async () => {
    const js = jetstream(nc);
    const before = (await (await jetstreamManager(nc)).streams.info(Streams.DeadLetter)).state.last_seq;
    await commitDelta(nc, { taskId: 't-b', scope: { gameId: 'g1', roomId: 'r2', taskId: 't-b' }, version: 1, writes: [{ key: 'rooms/g1/other/x', value: text('1') }], hlc: hlc(Date.now()) });
    const dlq = await js.consumers.get(Streams.DeadLetter, { opt_start_seq: before + 1, deliver_policy: 'by_start_sequence' as never });
    const m = await dlq.next({ expires: 5000 });
    const letter = codecs.DeadLetter.decode(m!.data);
    expect(letter.service).toBe('datastate-committer');
    expect(letter.originalSubject).toBe(subjects.datastateCommit('g1', 'r2'));
    expect(letter.errorMessage).toMatch(/^key-outside-room: /);
    expect((await readRoom(nc, 'g1', 'r2')).ok).toBe(false);
  });

  it('writes a warm snapshot that a fresh load agrees with', async () => {
    await commitDelta(nc, { taskId: 't-c', scope: { gameId: 'g1', roomId: 'r3', taskId: 't-c' }, version: 1, writes: [{ key: 'a', value: text('1') }], hlc: hlc(Date.now()) });
    await waitFor('applied', async () => (await readRoom(nc, 'g1', 'r3')).ok);
    await committer.flushSnapshots();
    const kv = await openBucket(nc, Buckets.Datastate);
    const entry = await kv.get(keys.room('g1', 'r3'));
    const snap = codecs.RoomState.decode(entry!.value);
    expect(Number(snap.version)).toBe(1);
    expect(contentOf(snap)).toEqual({ a: '1' });
    expect(snap.applied.map((t) => [t.taskId, (t.versions ?? []).map(Number)])).toEqual([['t-c', [1]]]);
  });
});
