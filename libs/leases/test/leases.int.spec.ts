import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import { CREATE_REVISION, nextLease, type LeaseRecord } from '@cellmesh/leader-core';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { FencingRejectedError, LeaseWatcher, ROOT_CLUSTER_ID, fencedKvUpdate, leaseKey, readLease, termOfClusterState, writeLeaseCas } from '../src';

const LEASE = { leaseDurationMs: 9_000 };

function acquire(current: LeaseRecord | undefined, clusterId: string, holder: string, nowMs = Date.now()): LeaseRecord {
  return nextLease(current, { kind: 'acquire', clusterId, holder, holderRank: 0.5, nowMs }, LEASE);
}

describe('@cellmesh/leases against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let leases: KV;
  let topology: KV;
  const watchers: LeaseWatcher[] = [];

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'leases-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    leases = await openBucket(nc, Buckets.Leases);
    topology = await openBucket(nc, Buckets.Topology);
  });

  afterAll(async () => {
    for (const w of watchers) await w.stop();
    await nc?.close();
    await server?.stop();
  });

  async function watcher(): Promise<LeaseWatcher> {
    const w = await LeaseWatcher.open(nc, { logger: silentLogger });
    watchers.push(w);
    return w;
  }

  it('writes leases with compare-and-set and reports a stale revision as a lost race', async () => {
    const first = acquire(undefined, 'cas-1', 'a');
    const created = await writeLeaseCas(leases, first, CREATE_REVISION);
    expect(created.written).toBe(true);
    const again = await writeLeaseCas(leases, acquire(undefined, 'cas-1', 'b'), CREATE_REVISION);
    expect(again).toEqual({ written: false, reason: 'lost-race', detail: expect.stringContaining('lease.cas-1') });

    const stored = await readLease(leases, 'cas-1');
    expect(stored?.record).toEqual(first);
    const takeover = acquire(first, 'cas-1', 'b');
    const won = await writeLeaseCas(leases, takeover, stored!.revision);
    expect(won.written).toBe(true);
    const lost = await writeLeaseCas(leases, acquire(first, 'cas-1', 'c'), stored!.revision);
    expect(lost.written).toBe(false);
    expect((await readLease(leases, 'cas-1'))?.record).toMatchObject({ holder: 'b', term: 2 });
  });

  it('maps the root election to keys.rootLease', () => {
    expect(leaseKey(ROOT_CLUSTER_ID)).toBe(keys.rootLease);
    expect(leaseKey('eu')).toBe(keys.lease('eu'));
  });

  it('follows leases through the watch and rejects a deposed holder with stale-term', async () => {
    const a = acquire(undefined, 'w-1', 'node-a');
    await writeLeaseCas(leases, a, CREATE_REVISION);
    const w = await watcher();
    expect(w.currentLeader('w-1')).toMatchObject({ holder: 'node-a', term: 1, state: 'held' });
    const tokenA = { clusterId: 'w-1', holder: 'node-a', term: 1 };
    expect(w.assertFencingToken(tokenA)).toMatchObject({ term: 1, holder: 'node-a' });

    const rev = (await readLease(leases, 'w-1'))!.revision;
    await writeLeaseCas(leases, acquire(a, 'w-1', 'node-b'), rev);
    await waitFor('the watcher to see term 2', () => w.currentTerm('w-1') === 2);
    expect(w.currentLeader('w-1')?.holder).toBe('node-b');

    let caught: unknown;
    try {
      w.assertFencingToken(tokenA);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(FencingRejectedError);
    expect(caught).toMatchObject({ code: 'stale-term', retryable: false, message: expect.stringContaining('term 1 < current 2') });
    expect(w.check({ clusterId: 'w-1', holder: 'node-b', term: 2 }).accepted).toBe(true);
  });

  it('fences off a holder that released its lease', async () => {
    const a = acquire(undefined, 'rel-1', 'node-a');
    await writeLeaseCas(leases, a, CREATE_REVISION);
    const w = await watcher();
    const rev = (await readLease(leases, 'rel-1'))!.revision;
    await writeLeaseCas(leases, nextLease(a, { kind: 'release', holder: 'node-a', nowMs: Date.now() }, LEASE), rev);
    await w.refresh('rel-1');
    expect(w.currentLeader('rel-1')).toMatchObject({ holder: '', state: 'vacant' });
    expect(() => w.assertFencingToken({ clusterId: 'rel-1', holder: 'node-a', term: 1 })).toThrow(expect.objectContaining({ code: 'holder-mismatch' }));
  });

  it('fencedKvUpdate rejects a stale term at the lease and at the key itself', async () => {
    const clusterKey = keys.cluster('fk-1');
    const state = (leaderId: string, leaderTerm: number) => codecs.ClusterState.encode({ clusterId: 'fk-1', members: ['node-a', 'node-b'], leaderId, leaderTerm });
    const a = acquire(undefined, 'fk-1', 'node-a');
    await writeLeaseCas(leases, a, CREATE_REVISION);
    const laggingWatcher = await watcher();
    await laggingWatcher.stop(); // its view stays at term 1: a writer whose watch fell behind

    const w = await watcher();
    const tokenA = { clusterId: 'fk-1', holder: 'node-a', term: 1 };
    const first = await fencedKvUpdate(topology, clusterKey, state('node-a', 1), tokenA, w, { storedTermOf: termOfClusterState });
    expect(first.term).toBe(1);

    await writeLeaseCas(leases, acquire(a, 'fk-1', 'node-b'), (await readLease(leases, 'fk-1'))!.revision);
    // The lease fence: re-read before the check, so no watch lag is involved.
    await expect(fencedKvUpdate(topology, clusterKey, state('node-a', 1), tokenA, w, { storedTermOf: termOfClusterState })).rejects.toMatchObject({ code: 'stale-term' });
    const tokenB = { clusterId: 'fk-1', holder: 'node-b', term: 2 };
    await fencedKvUpdate(topology, clusterKey, state('node-b', 2), tokenB, w, { storedTermOf: termOfClusterState });

    // The key fence: a writer that did not re-read the lease still cannot put term 1 over term 2.
    expect(laggingWatcher.currentTerm('fk-1')).toBe(1);
    await expect(
      fencedKvUpdate(topology, clusterKey, state('node-a', 1), tokenA, laggingWatcher, { storedTermOf: termOfClusterState, refreshLease: false }),
    ).rejects.toMatchObject({ code: 'stale-term', message: expect.stringContaining('written under term 2') });
    expect(codecs.ClusterState.decode((await topology.get(clusterKey))!.value)).toMatchObject({ leaderId: 'node-b', leaderTerm: 2 });
  });
});
