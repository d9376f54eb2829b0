/**
 * Issue 17, the committer's half (real nats-server, real committer):
 * - commitDelta({ awaitVerdict }) resolves on applied / duplicate and throws the committer's reason
 *   (missing-hlc, crdt-not-allowed, too-large naming the limit);
 * - rooms larger than one NATS message are snapshotted to and read through the object store; without
 *   it they are bounded by max_payload;
 * - accept-time fencing: deltas accepted before a root hand-over are applied by a committer that was
 *   stalled through it; a deposed leader's delta accepted after the hand-over is still stale-term;
 * - garbage in cm_leases (`lease.root`, `committer.active`) never stops DataState writes.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Objm } from '@nats-io/obj';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Buckets, ObjectStores, Streams, connectService, keys, openBucket, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { CommitRejectedError, commitDelta, readRoomState } from '@cellmesh/client';
import { LeaseWatcher, ROOT_CLUSTER_ID, leaseKey, writeLeaseCas } from '@cellmesh/leases';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startDatastateCommitter, type DatastateCommitterHandle } from '../src';
import { depsFor, historyOf, readRoom, text } from './helpers';

const GARBAGE = text('\u00ff\u00fe not a lease at all');
const FAST = { leaseTtlMs: 3_000 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('datastate-committer: verdicts, accept-time fencing, garbage leases (real nats-server)', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  const running: DatastateCommitterHandle[] = [];
  const watchers: LeaseWatcher[] = [];

  beforeAll(async () => {
    // A deliberately small max_payload (256 KiB), so "rooms never outgrow the transport" takes a few deltas.
    server = await startNatsServer({ jetstream: true, extraConfig: 'max_payload: 262144' });
    nc = await connectService({ servers: [server.url], service: 'committer-verdict-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
  });
  afterEach(async () => {
    for (const c of running.splice(0)) await c.stop({ graceMs: 500 });
    for (const w of watchers.splice(0)) await w.stop();
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  const start = async (extra: { leases?: LeaseWatcher } = {}, options = {}) => {
    const c = await startDatastateCommitter({ ...depsFor(nc, 'n-verdict'), ...extra }, { ...FAST, policies: { default: 'last-writer-wins', byGame: { docs: 'crdt-merge' } }, ...options });
    running.push(c);
    await waitFor('the active role', () => c.role === 'active', 15_000);
    return c;
  };
  const hlc = () => ({ wallMs: Date.now(), logical: 0, nodeId: 'w1' });
  const scope = (roomId: string, taskId: string, gameId = 'g1') => ({ gameId, roomId, taskId });

  it('awaitVerdict: applied, duplicate, and the committer\'s reasons as typed errors', async () => {
    await start();
    const wait = { awaitVerdict: { timeoutMs: 10_000 } };
    const applied = await commitDelta(nc, { taskId: 'v1', scope: scope('r-v', 'v1'), version: 1, writes: [{ key: 'a', value: text('1') }], hlc: hlc() }, wait);
    expect(applied.verdict).toEqual({ outcome: 'applied', roomVersion: 1 });
    const again = await commitDelta(nc, { taskId: 'v1', scope: scope('r-v', 'v1'), version: 1, writes: [{ key: 'a', value: text('1') }], hlc: hlc() }, wait);
    expect(again.verdict).toEqual({ outcome: 'duplicate', roomVersion: 1 });

    const refusal = (d: Parameters<typeof commitDelta>[1]) => commitDelta(nc, d, wait).then(() => undefined, (e: unknown) => e as CommitRejectedError);
    const noHlc = await refusal({ taskId: 'v2', scope: scope('r-v', 'v2'), version: 1, writes: [{ key: 'b', value: text('2') }] });
    expect(noHlc).toBeInstanceOf(CommitRejectedError);
    expect(noHlc).toMatchObject({ code: 'missing-hlc', retryable: false });
    const crdt = await refusal({ taskId: 'v3', scope: scope('r-v', 'v3'), version: 1, crdtUpdate: new Uint8Array([0, 0]), hlc: hlc() });
    expect(crdt).toMatchObject({ code: 'crdt-not-allowed' });

  });

  it('rooms larger than one message (max_payload 256 KiB): applied, snapshotted to the object store, reloaded after a restart and read in full', async () => {
    const first = await start({}, { limits: { maxRoomBytes: 550_000 } });
    const value = (v: number) => new Uint8Array(60_000).fill(v);
    for (let v = 1; v <= 8; v++) {
      const r = await commitDelta(nc, { taskId: `big-${v}`, scope: scope('r-big', `big-${v}`), version: 1, writes: [{ key: `k${v}`, value: value(v) }], hlc: hlc() }, { awaitVerdict: { timeoutMs: 10_000 } });
      expect(r.verdict).toEqual({ outcome: 'applied', roomVersion: v });
    }
    // The configured bound still holds, and the rejection names it.
    const refused = await commitDelta(nc, { taskId: 'big-9', scope: scope('r-big', 'big-9'), version: 1, writes: [{ key: 'k9', value: value(9) }, { key: 'k10', value: value(10) }], hlc: hlc() }, { awaitVerdict: { timeoutMs: 10_000 } }).catch((e: unknown) => e as CommitRejectedError);
    expect(refused).toMatchObject({ code: 'too-large' });
    expect((refused as CommitRejectedError).detail).toContain('past 550000 bytes (the room limit: limits.maxRoomBytes 550000)');
    await first.flushSnapshots();
    expect(first.stats().snapshotsWritten).toBeGreaterThan(0);
    const kv = await openBucket(nc, Buckets.Datastate);
    expect((await kv.get(keys.room('g1', 'r-big')))?.value.length).toBe(0); // the marker: the snapshot is in the object store
    const snapshot = await (await new Objm(nc).open(ObjectStores.Rooms)).info(keys.roomObject('g1', 'r-big'));
    expect(snapshot?.size).toBeGreaterThan(262_144);

    const read = await readRoomState(nc, 'g1', 'r-big');
    expect(Number(read.version)).toBe(8);
    expect(read.entries.map((e) => e.value?.length)).toEqual(Array(8).fill(60_000));

    // A restarted committer loads the room from the object store (and the history tail), not from scratch.
    await first.stop({ graceMs: 500 });
    running.splice(running.indexOf(first), 1);
    await start({}, { limits: { maxRoomBytes: 550_000 } });
    const again = await readRoomState(nc, 'g1', 'r-big');
    expect(Number(again.version)).toBe(8);
  });

  it('applies deltas accepted before a root hand-over that the committer only reaches after it; refuses the deposed leader\'s later ones', async () => {
    const kv = await openBucket(nc, Buckets.Leases);
    const t0 = Date.now();
    const term3 = { clusterId: 'c-hand', holder: 'sched-a', term: 3, acquiredAtMs: t0 - 60_000, renewedAtMs: t0, expiresAtMs: t0 + 600_000, holderRank: 0 };
    const w3 = await writeLeaseCas(kv, term3, 0);
    if (!w3.written) throw new Error('term 3 not written');
    // The process's lease view was running all along (as in `cellmesh up`); the committer itself was stalled.
    const leases = await LeaseWatcher.open(nc, { logger: silentLogger });
    watchers.push(leases);
    const token3 = { clusterId: 'c-hand', holder: 'sched-a', term: 3 };
    for (const v of [1, 2]) {
      await commitDelta(nc, { taskId: `before-${v}`, scope: scope('r-hand', `before-${v}`), version: 1, writes: [{ key: `before-${v}`, value: text('x') }], hlc: hlc(), fencing: token3 });
    }
    await sleep(1_200); // the clock-skew bound between the accept and the new term
    const w4 = await writeLeaseCas(kv, { ...term3, holder: 'sched-b', term: 4, acquiredAtMs: Date.now(), renewedAtMs: Date.now() }, w3.revision);
    if (!w4.written) throw new Error('term 4 not written');
    await waitFor('the watcher at term 4', () => leases.currentTerm('c-hand') === 4);
    await sleep(1_200);
    // The deposed leader keeps writing after term 4 began.
    await commitDelta(nc, { taskId: 'after-1', scope: scope('r-hand', 'after-1'), version: 1, writes: [{ key: 'after-1', value: text('x') }], hlc: hlc(), fencing: token3 });
    // A dispatch accepted before the hand-over, committed after it (a paused worker): judged by the dispatch's accept time.
    await commitDelta(nc, { taskId: 'late-run-1', scope: scope('r-hand', 'late-run-1'), version: 1, writes: [{ key: 'late-run-1', value: text('x') }], hlc: hlc(), fencing: { ...token3, acceptedAtMs: t0 } });

    const jsm = await jetstreamManager(nc);
    const dlBefore = (await jsm.streams.info(Streams.DeadLetter)).state.last_seq;
    await start({ leases });
    await waitFor('four deltas decided', async () => (await historyOf(nc, 'g1', 'r-hand')).length >= 3 && (await jsm.streams.info(Streams.DeadLetter)).state.last_seq > dlBefore, 15_000);
    const applied = (await historyOf(nc, 'g1', 'r-hand')).map((h) => h.delta?.taskId).sort();
    expect(applied).toEqual(['before-1', 'before-2', 'late-run-1']);
    const letter = await jsm.streams.getMessage(Streams.DeadLetter, { last_by_subj: subjects.deadLetter('datastate-committer') });
    const dead = codecs.DeadLetter.decode(letter!.data);
    expect(dead.errorMessage).toMatch(/^stale-term: term 3 of sched-a is older than term 4/);
    expect(codecs.CommitDelta.decode(dead.payload).taskId).toBe('after-1');
  });

  it('keeps applying fenced deltas when lease.root holds garbage, and takes over a garbage committer.active after one TTL', async () => {
    const kv = await openBucket(nc, Buckets.Leases);
    const now = Date.now();
    const root = { clusterId: ROOT_CLUSTER_ID, holder: 'sched-r', term: 2, acquiredAtMs: now - 10_000, renewedAtMs: now, expiresAtMs: now + 600_000, holderRank: 0 };
    const w = await writeLeaseCas(kv, root, 0);
    if (!w.written) throw new Error('root not written');
    await kv.put(keys.committerLease, GARBAGE);
    const jsm = await jetstreamManager(nc);
    const dlBefore = (await jsm.streams.info(Streams.DeadLetter)).state.last_seq;
    const committer = await start();
    expect(committer.role).toBe('active');
    await kv.put(leaseKey(ROOT_CLUSTER_ID), GARBAGE);
    const receipt = await commitDelta(nc, { taskId: 'g-1', scope: scope('r-garbage', 'g-1'), version: 1, writes: [{ key: 'k', value: text('v') }], hlc: hlc(), fencing: { clusterId: ROOT_CLUSTER_ID, holder: 'sched-r', term: 2 } }, { awaitVerdict: { timeoutMs: 10_000 } });
    expect(receipt.verdict?.outcome).toBe('applied');
    // Both garbage values were reported durably, once each.
    const letters: Array<MessageOf<'DeadLetter'>> = [];
    const info = await jsm.streams.info(Streams.DeadLetter);
    for (let seq = dlBefore + 1; seq <= info.state.last_seq; seq++) {
      const m = await jsm.streams.getMessage(Streams.DeadLetter, { seq }).catch(() => null);
      if (m) letters.push(codecs.DeadLetter.decode(m.data));
    }
    expect(letters.map((l) => l.originalSubject).sort()).toEqual([`$KV.${Buckets.Leases}.${keys.committerLease}`, `$KV.${Buckets.Leases}.${keys.rootLease}`]);
  });

  it('skips (and reports) a message on a room\'s history subject that no committer wrote; the room keeps working', async () => {
    const committer = await start();
    const wait = { awaitVerdict: { timeoutMs: 10_000 } };
    await commitDelta(nc, { taskId: 'h-1', scope: scope('r-hist', 'h-1'), version: 1, writes: [{ key: 'a', value: text('1') }], hlc: hlc() }, wait);
    await jetstream(nc).publish(subjects.datastateHistory('g1', 'r-hist'), text('garbage in the cold layer'));
    // The hot copy's append guard now fails (the subject moved): the room is reloaded, past the garbage.
    const second = await commitDelta(nc, { taskId: 'h-2', scope: scope('r-hist', 'h-2'), version: 1, writes: [{ key: 'b', value: text('2') }], hlc: hlc() }, wait);
    expect(second.verdict).toEqual({ outcome: 'applied', roomVersion: 2 });
    expect(committer.stats().historyConflicts).toBeGreaterThan(0);
    const rebuilt = await readRoom(nc, 'g1', 'r-hist', { rebuild: true });
    expect(rebuilt.ok && Number(rebuilt.state.version)).toBe(2);
    const jsm = await jetstreamManager(nc);
    const letter = await jsm.streams.getMessage(Streams.DeadLetter, { last_by_subj: subjects.deadLetter('datastate-committer') });
    expect(codecs.DeadLetter.decode(letter!.data)).toMatchObject({ originalSubject: subjects.datastateHistory('g1', 'r-hist'), errorMessage: "history message without a committer's message id: skipped on replay" });
  });

  it('fails its handle when its commit consumer loop ends by itself (the connection closed under it)', async () => {
    const own = await connectService({ servers: [server.url], service: 'committer-gone', nodeId: 'n-gone', logger: silentLogger });
    const committer = await startDatastateCommitter(depsFor(own, 'n-gone'), FAST);
    try {
      await waitFor('the active role', () => committer.role === 'active', 15_000);
      await own.close();
      await waitFor('the committer to fail', () => committer.state === 'failed', 10_000);
      await expect(committer.stopped).resolves.toBeInstanceOf(Error);
    } finally {
      await committer.stop({ graceMs: 100 }).catch(() => undefined);
    }
  });

  it('without the object store (a fabric provisioned by an older release), rooms are bounded by 75% of max_payload, named in the error', async () => {
    await (await jetstreamManager(nc)).streams.delete(`OBJ_${ObjectStores.Rooms}`);
    await start();
    let tooLarge: CommitRejectedError | undefined;
    for (let v = 1; v <= 8 && !tooLarge; v++) {
      tooLarge = await commitDelta(nc, { taskId: `small-${v}`, scope: scope('r-bounded', `small-${v}`), version: 1, writes: [{ key: `k${v}`, value: new Uint8Array(60_000) }], hlc: hlc() }, { awaitVerdict: { timeoutMs: 10_000 } })
        .then(() => undefined, (e: unknown) => e as CommitRejectedError);
    }
    expect(tooLarge).toMatchObject({ code: 'too-large' });
    expect(tooLarge!.detail).toContain("75% of the server's max_payload 262144");
    expect((await readRoom(nc, 'g1', 'r-bounded')).ok).toBe(true);
  });
});
