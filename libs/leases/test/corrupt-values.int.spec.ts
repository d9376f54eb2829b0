/**
 * Garbage in cm_leases (issue 17): a malformed value under a lease key must never stop electors or
 * writers. Readers report it and keep their last good view; electors overwrite it by compare-and-set
 * with a term above every earlier one.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import { CREATE_REVISION, nextLease, type LeaseRecord } from '@cellmesh/leader-core';
import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';
import { LeaseWatcher, ROOT_CLUSTER_ID, encodeLease, fencedKvUpdate, leaseKey, readLease, termOfClusterState, writeLeaseCas } from '../src';

const GARBAGE = new TextEncoder().encode('\xff\xff\xff not a lease');

describe('malformed lease values in cm_leases', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let kv: KV;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'leases-corrupt-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    kv = await openBucket(nc, Buckets.Leases);
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  function lease(current: LeaseRecord | undefined, clusterId: string, holder: string): LeaseRecord {
    return nextLease(current, { kind: 'acquire', clusterId, holder, holderRank: 0.5, nowMs: Date.now() }, { leaseDurationMs: 9_000 });
  }

  it('reads garbage over lease.root as a released stand-in at the last good term, which an elector overwrites by CAS', async () => {
    let record = lease(undefined, ROOT_CLUSTER_ID, 'a');
    let rev = (await writeLeaseCas(kv, record, CREATE_REVISION)) as { written: true; revision: number };
    for (const holder of ['b', 'c']) {
      record = lease({ ...record, expiresAtMs: 0 }, ROOT_CLUSTER_ID, holder);
      rev = (await writeLeaseCas(kv, record, rev.revision)) as { written: true; revision: number };
    }
    expect(record.term).toBe(3);
    const garbageRev = await kv.put(leaseKey(ROOT_CLUSTER_ID), GARBAGE);

    const reports: string[] = [];
    const read = await readLease(kv, ROOT_CLUSTER_ID, (r) => reports.push(`${r.key}@${r.revision}`));
    expect(read).toMatchObject({ revision: garbageRev, corrupt: expect.any(String), record: { holder: '', term: 3, expiresAtMs: 0 } });
    expect(reports).toEqual([`lease.root@${garbageRev}`]);

    const takeover = lease(read!.record, ROOT_CLUSTER_ID, 'd');
    expect(takeover.term).toBe(4);
    expect(await writeLeaseCas(kv, takeover, read!.revision)).toMatchObject({ written: true });
    expect((await readLease(kv, ROOT_CLUSTER_ID))?.record).toMatchObject({ holder: 'd', term: 4 });
  });

  it('uses the revision as the term bound when no retained revision decodes', async () => {
    const rev = await kv.put(leaseKey('fresh-garbage'), GARBAGE);
    const read = await readLease(kv, 'fresh-garbage');
    expect(read).toMatchObject({ revision: rev, record: { holder: '', term: rev } });
  });

  it('a value naming another cluster is not believed under this key', async () => {
    const foreign = lease(undefined, 'other', 'x');
    const rev = await kv.put(leaseKey('victim'), encodeLease(foreign));
    const read = await readLease(kv, 'victim');
    expect(read).toMatchObject({ revision: rev, corrupt: expect.stringContaining('does not belong') });
  });

  it('a fenced write replaces a garbage value by compare-and-set (garbage carries no term)', async () => {
    const topology = await openBucket(nc, Buckets.Topology);
    const key = keys.cluster('c-garbage');
    await topology.put(key, GARBAGE);
    const good = lease(undefined, 'c-garbage', 'leader-1');
    await writeLeaseCas(kv, good, CREATE_REVISION);
    const watcher = await LeaseWatcher.open(nc, { logger: silentLogger });
    try {
      const value = codecs.ClusterState.encode({ clusterId: 'c-garbage', leaderTerm: good.term });
      const written = await fencedKvUpdate(topology, key, value, { clusterId: 'c-garbage', holder: 'leader-1', term: good.term }, watcher, { storedTermOf: termOfClusterState });
      expect(written.term).toBe(good.term);
      expect(codecs.ClusterState.decode((await topology.get(key))!.value).leaderTerm).toBe(good.term);
    } finally {
      await watcher.stop();
    }
  });

  it('a watcher keeps its last good lease through a garbage value, reports it once and follows the overwrite', async () => {
    const good = lease(undefined, 'w1', 'a');
    const created = (await writeLeaseCas(kv, good, CREATE_REVISION)) as { written: true; revision: number };
    const reported: number[] = [];
    const watcher = await LeaseWatcher.open(nc, { logger: silentLogger, onCorrupt: (r) => r.key === leaseKey('w1') && reported.push(r.revision) });
    try {
      const garbageRev = await kv.put(leaseKey('w1'), GARBAGE);
      await expect(watcher.refresh('w1')).resolves.toMatchObject({ record: { holder: 'a', term: 1 }, revision: created.revision });
      await watcher.refresh('w1');
      expect(watcher.assertFencingToken({ clusterId: 'w1', holder: 'a', term: 1 }).term).toBe(1);
      expect(reported).toEqual([garbageRev]);
      const read = await readLease(kv, 'w1');
      const next = lease(read!.record, 'w1', 'b');
      await writeLeaseCas(kv, next, read!.revision);
      await expect(watcher.refresh('w1')).resolves.toMatchObject({ record: { holder: 'b', term: 2 } });
    } finally {
      await watcher.stop();
    }
  });
});
