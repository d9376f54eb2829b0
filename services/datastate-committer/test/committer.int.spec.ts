import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, DeliverPolicy } from '@nats-io/jetstream';
import type * as YjsModule from 'yjs' with { 'resolution-mode': 'require' };
import { codecs } from '@cellmesh/contracts';
import { Buckets, Streams, connectService, keys, openBucket, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { commitDelta } from '@cellmesh/client';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { PolicyName, describeCrdt, startDatastateCommitter, type DatastateCommitterHandle } from '../src';
import { contentOf, depsFor, readRoom, text, waitForVersion } from './helpers';
const Y: typeof YjsModule = require('yjs');

describe('datastate-committer against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let committer: DatastateCommitterHandle;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'committer-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    committer = await startDatastateCommitter(depsFor(nc, 'n1'), { leaseTtlMs: 3000, policies: { byGame: { strict: PolicyName.RejectStale, docs: PolicyName.CrdtMerge } } });
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
    const dlq = await js.consumers.get(Streams.DeadLetter, { opt_start_seq: before + 1, deliver_policy: DeliverPolicy.StartSequence });
    const m = await dlq.next({ expires: 5000 });
    const letter = codecs.DeadLetter.decode(m!.data);
    expect(letter.service).toBe('datastate-committer');
    expect(letter.originalSubject).toBe(subjects.datastateCommit('g1', 'r2'));
    expect(letter.errorMessage).toMatch(/^key-outside-room: /);
    expect((await readRoom(nc, 'g1', 'r2')).ok).toBe(false);
  });

  it('tells producers what became of each delta on datastate.ack.<gameId>.<roomId>', async () => {
    const acks: ReturnType<typeof codecs.CommitAck.decode>[] = [];
    const sub = nc.subscribe(subjects.datastateAck('g1', 'r6'), { callback: (_e, m) => void acks.push(codecs.CommitAck.decode(m.data)) });
    await nc.flush();
    const scope = { gameId: 'g1', roomId: 'r6', taskId: 't-ack' };
    await commitDelta(nc, { taskId: 't-ack', scope, version: 1, writes: [{ key: 'k', value: text('1') }], hlc: hlc(Date.now()) });
    await commitDelta(nc, { taskId: 't-ack', scope, version: 2, writes: [{ key: 'tasks/someone-else/k', value: text('1') }], hlc: hlc(Date.now()) });
    await waitFor('two acks', () => acks.length >= 2);
    sub.unsubscribe();
    expect(acks.map((a) => [a.taskId, Number(a.version), a.accepted, a.duplicate, Number(a.roomVersion), a.reason.split(':')[0]])).toEqual([
      ['t-ack', 1, true, false, 1, ''],
      ['t-ack', 2, false, false, 0, 'key-foreign-task'],
    ]);
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

  /** The next dead letter after `afterSeq`, decoded. */
  async function nextDeadLetter(afterSeq: number) {
    const dlq = await jetstream(nc).consumers.get(Streams.DeadLetter, { opt_start_seq: afterSeq + 1, deliver_policy: DeliverPolicy.StartSequence });
    const m = await dlq.next({ expires: 5000 });
    return codecs.DeadLetter.decode(m!.data);
  }
  const lastDeadLetterSeq = async () => (await (await jetstreamManager(nc)).streams.info(Streams.DeadLetter)).state.last_seq;

  it('dedupes by taskId:version from durable state, past the stream duplicate window', async () => {
    const delta = codecs.CommitDelta.encode({ taskId: 't-d', scope: { gameId: 'g1', roomId: 'r4', taskId: 't-d' }, version: 7, writes: [{ key: 'n', value: text('1') }], hlc: hlc(Date.now()) });
    const js = jetstream(nc);
    // Different Nats-Msg-Ids: JetStream stores both, so only the committer's own dedupe stands between them.
    await js.publish(subjects.datastateCommit('g1', 'r4'), delta, { msgID: 'resend-1' });
    await js.publish(subjects.datastateCommit('g1', 'r4'), delta, { msgID: 'resend-2' });
    await commitDelta(nc, { taskId: 't-d', scope: { gameId: 'g1', roomId: 'r4', taskId: 't-d' }, version: 8, writes: [{ key: 'm', value: text('2') }], hlc: hlc(Date.now()) });
    const state = await waitForVersion(nc, 'g1', 'r4', 2);
    await new Promise((r) => setTimeout(r, 300));
    const again = await readRoom(nc, 'g1', 'r4');
    expect(again.ok && Number(again.state.version)).toBe(2);
    expect(contentOf(state)).toEqual({ n: '1', m: '2' });
    expect(committer.stats().duplicates).toBeGreaterThanOrEqual(1);
  });

  it('rejects a delta whose fencing term is older than the cluster lease, and accepts the current term', async () => {
    const leases = await openBucket(nc, Buckets.Leases);
    await leases.put(keys.lease('c1'), codecs.Lease.encode({ clusterId: 'c1', holder: 'leader-b', term: 4, expiresAtMs: Date.now() + 60_000 }));
    const before = await lastDeadLetterSeq();
    const scope = { gameId: 'g1', roomId: 'r5', taskId: 't-f' };
    await commitDelta(nc, { taskId: 't-f', scope, version: 1, writes: [{ key: 'owner', value: text('a') }], hlc: hlc(Date.now()), fencing: { clusterId: 'c1', holder: 'leader-a', term: 3 } });
    const letter = await nextDeadLetter(before);
    expect(letter.errorMessage).toBe('stale-term: term 3 of leader-a is older than term 4 for cluster c1');
    await commitDelta(nc, { taskId: 't-f', scope, version: 2, writes: [{ key: 'owner', value: text('b') }], hlc: hlc(Date.now()), fencing: { clusterId: 'c1', holder: 'leader-b', term: 4 } });
    // No lease for c2: nothing to check against, accepted (docs/datastate.md).
    await commitDelta(nc, { taskId: 't-f', scope, version: 3, writes: [{ key: 'other', value: text('c') }], hlc: hlc(Date.now()), fencing: { clusterId: 'c2', holder: 'x', term: 1 } });
    const state = await waitForVersion(nc, 'g1', 'r5', 2);
    expect(contentOf(state)).toEqual({ owner: 'b', other: 'c' });
  });

  it('rejects a stale per-key version in a reject-stale scope', async () => {
    const before = await lastDeadLetterSeq();
    const w = (taskId: string, value: string, baseVersion: number) => commitDelta(nc, { taskId, scope: { gameId: 'strict', roomId: 'r1', taskId }, version: 1, baseVersion, writes: [{ key: 'board', value: text(value) }] });
    await w('t-1', 'first', 0);
    await waitForVersion(nc, 'strict', 'r1', 1);
    await w('t-2', 'lost-update', 0);
    const letter = await nextDeadLetter(before);
    expect(letter.errorMessage).toBe('stale-version: keys "board" changed after baseVersion 0');
    await w('t-3', 'second', 1);
    const state = await waitForVersion(nc, 'strict', 'r1', 2);
    expect(contentOf(state)).toEqual({ board: 'second' });
    expect(state.policy).toBe(3);
  });

  it('converges concurrent writers to the same state as a serial replay from cold (LWW and CRDT)', async () => {
    const writers = await Promise.all([1, 2, 3, 4].map((i) => connectService({ servers: [server.url], service: 'writer', nodeId: `w${i}`, logger: silentLogger })));
    const perWriter = 30;
    const sent: { key: string; value: string; hlc: { wallMs: number; logical: number; nodeId: string } }[] = [];
    const yUpdates: Uint8Array[] = [];
    await Promise.all(
      writers.map(async (wnc, i) => {
        const doc = new Y.Doc();
        doc.clientID = 100 + i;
        for (let v = 1; v <= perWriter; v++) {
          const stamp = { wallMs: Date.now(), logical: v % 3, nodeId: `w${i}` };
          const key = `k${(v * (i + 1)) % 5}`;
          const value = `w${i}-v${v}`;
          sent.push({ key, value, hlc: stamp });
          const taskId = `lww-w${i}`;
          await commitDelta(wnc, { taskId, scope: { gameId: 'g2', roomId: 'shared', taskId }, version: v, baseVersion: 0, writes: [{ key, value: text(value) }], hlc: stamp });
          const before = Y.encodeStateVector(doc);
          doc.transact(() => {
            doc.getMap('m').set(`from-${i}`, v);
            doc.getText('t').insert(0, String(i));
          });
          const update = Y.encodeStateAsUpdate(doc, before);
          yUpdates.push(update);
          const crdtTask = `crdt-w${i}`;
          await commitDelta(wnc, { taskId: crdtTask, scope: { gameId: 'docs', roomId: 'shared', taskId: crdtTask }, version: v, crdtUpdate: update });
        }
      }),
    );
    const total = writers.length * perWriter;
    const live = await waitForVersion(nc, 'g2', 'shared', total);
    const cold = await readRoom(nc, 'g2', 'shared', { rebuild: true });
    expect(cold.ok && contentOf(cold.state)).toEqual(contentOf(live));
    // The expected LWW outcome, computed independently: the greatest (wallMs, logical, nodeId) per key.
    const expected: Record<string, { value: string; hlc: { wallMs: number; logical: number; nodeId: string } }> = {};
    const greater = (a: typeof sent[0]['hlc'], b: typeof sent[0]['hlc']) => a.wallMs !== b.wallMs ? a.wallMs > b.wallMs : a.logical !== b.logical ? a.logical > b.logical : a.nodeId > b.nodeId;
    for (const s of sent) if (!expected[s.key] || greater(s.hlc, expected[s.key]!.hlc)) expected[s.key] = s;
    expect(contentOf(live)).toEqual(Object.fromEntries(Object.entries(expected).map(([k, e]) => [k, e.value])));

    const liveDoc = await waitForVersion(nc, 'docs', 'shared', total);
    const coldDoc = await readRoom(nc, 'docs', 'shared', { rebuild: true });
    const reference = new Y.Doc();
    for (const u of yUpdates) Y.applyUpdate(reference, u);
    expect(describeCrdt(liveDoc.crdtState)).toEqual({ m: reference.getMap('m').toJSON(), t: reference.getText('t').toString() });
    expect(coldDoc.ok && describeCrdt(coldDoc.state.crdtState)).toEqual(describeCrdt(liveDoc.crdtState));
    await Promise.all(writers.map((w) => w.close()));
  });

  it('rebuilds a room at any past version from the cold history', async () => {
    const scope = { gameId: 'g3', roomId: 'r1', taskId: 't-h' };
    for (let v = 1; v <= 5; v++) await commitDelta(nc, { taskId: 't-h', scope, version: v, writes: [{ key: 'step', value: text(String(v)) }], hlc: hlc(Date.now() + v) });
    await waitForVersion(nc, 'g3', 'r1', 5);
    const at3 = await readRoom(nc, 'g3', 'r1', { atVersion: 3 });
    expect(at3.ok && [Number(at3.state.version), contentOf(at3.state)]).toEqual([3, { step: '3' }]);
    const at9 = await readRoom(nc, 'g3', 'r1', { atVersion: 9 });
    expect(at9).toEqual({ ok: false, status: '404', message: 'room g3/r1 has not reached version 9 (latest 5)' });
    const bad = await readRoom(nc, 'g3.x', 'r1');
    expect(bad).toMatchObject({ ok: false, status: '400' });
  });
});
