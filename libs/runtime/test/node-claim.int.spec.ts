/** One live process per node id: a second one is refused with a clear error; a dead one's claim is taken over (issue 17). */
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Buckets, keys, openBucket, provisionAll } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';
import { claimNodeId, DuplicateNodeIdError } from '../src';

describe('claimNodeId', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  const timing = { renewMs: 200, staleAfterMs: 800 };

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connect({ servers: [server.url] });
    await provisionAll(nc);
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  it('refuses a second live claimant of the same node id, naming the holder', async () => {
    const first = await claimNodeId(nc, 'dup-1', { ...timing, instanceId: 'first' });
    const started = Date.now();
    const err = await claimNodeId(nc, 'dup-1', { ...timing, instanceId: 'second' }).then(() => undefined, (e: Error) => e);
    expect(err).toBeInstanceOf(DuplicateNodeIdError);
    expect(err!.message).toMatch(/node id dup-1 is already in use by first/);
    expect(Date.now() - started).toBeLessThan(timing.staleAfterMs * 3);
    await first.release();
    // Released: the id is free at once.
    const again = await claimNodeId(nc, 'dup-1', { ...timing, instanceId: 'second' });
    expect(again.instanceId).toBe('second');
    await again.release();
  });

  it('takes over the claim of a process that died without releasing it, once it went unrenewed', async () => {
    const kv = await openBucket(nc, Buckets.Nodes);
    const now = Date.now();
    await kv.put(keys.nodeClaim('dead-1'), codecs.Lease.encode({ clusterId: 'dead-1', holder: 'killed-by-sigkill', renewedAtMs: now, acquiredAtMs: now, expiresAtMs: now + timing.staleAfterMs }));
    const claim = await claimNodeId(nc, 'dead-1', { ...timing, instanceId: 'successor' });
    expect(Date.now() - now).toBeGreaterThanOrEqual(timing.staleAfterMs - 50);
    const held = codecs.Lease.decode((await kv.get(keys.nodeClaim('dead-1')))!.value);
    expect(held.holder).toBe('successor');
    await claim.release();
  });

  it('takes over a garbage value by compare-and-set instead of halting', async () => {
    const kv = await openBucket(nc, Buckets.Nodes);
    await kv.put(keys.nodeClaim('garbage-1'), new Uint8Array([0xff, 0xff, 0xff, 0x01]));
    const claim = await claimNodeId(nc, 'garbage-1', { ...timing, instanceId: 'me' });
    expect(codecs.Lease.decode((await kv.get(keys.nodeClaim('garbage-1')))!.value).holder).toBe('me');
    await claim.release();
  });

  it('reports a claim taken over by someone else', async () => {
    const lost: Error[] = [];
    const claim = await claimNodeId(nc, 'lost-1', { ...timing, instanceId: 'me', onLost: (e) => lost.push(e) });
    const kv = await openBucket(nc, Buckets.Nodes);
    await kv.put(keys.nodeClaim('lost-1'), codecs.Lease.encode({ clusterId: 'lost-1', holder: 'intruder', renewedAtMs: Date.now() }));
    await new Promise((r) => setTimeout(r, timing.renewMs * 3));
    expect(lost.map((e) => e.message)).toEqual(['the claim on node id lost-1 was taken over by another instance (intruder)']);
    await claim.release();
  });

  it('keeps its claim through a server outage longer than the claim is fresh (renewals retried, not a loss)', async () => {
    const store = await startNatsServer({ jetstream: true });
    const own = await connect({ servers: [store.url], maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    await provisionAll(own);
    const lost: Error[] = [];
    const claim = await claimNodeId(own, 'outage-1', { ...timing, instanceId: 'survivor', onLost: (e) => lost.push(e) });
    let restarted: RunningNatsServer | undefined;
    try {
      await store.kill();
      await new Promise((r) => setTimeout(r, timing.staleAfterMs * 3));
      restarted = await startNatsServer({ jetstream: true, storeDir: store.storeDir, port: store.port });
      await new Promise((r) => setTimeout(r, timing.renewMs * 6));
      expect(lost).toEqual([]);
      const kv = await openBucket(own, Buckets.Nodes);
      expect(codecs.Lease.decode((await kv.get(keys.nodeClaim('outage-1')))!.value).holder).toBe('survivor');
    } finally {
      await claim.release();
      await own.close();
      await restarted?.stop({ removeStore: true });
      await store.stop({ removeStore: true });
    }
  });
});
