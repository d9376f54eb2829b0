/**
 * A garbage value in cm_leases (issue 17: one put into `lease.root` stopped all placement) is read as a
 * released lease at the last good term, and the electors overwrite it by compare-and-set with a higher term.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger } from '@cellmesh/bus';
import { ROOT_CLUSTER_ID, readLease } from '@cellmesh/leases';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startLeaderElection, type LeaderElectionHandle } from '../src';
import { FAST, depsFor, seedMetrics } from './helpers';

const GARBAGE = new TextEncoder().encode('\u00ff\u00fe definitely not a lease');

describe('leader-election over garbage lease values (real nats-server)', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let leases: KV;
  const running: LeaderElectionHandle[] = [];

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'leader-garbage-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    leases = await openBucket(nc, Buckets.Leases);
  });
  afterAll(async () => {
    for (const h of running) await h.stop({ graceMs: 100 });
    await nc?.close();
    await server?.stop();
  });

  it('overwrites garbage in the cluster lease and in lease.root with a term above the last good one', async () => {
    const members = ['gl-a', 'gl-b'];
    await seedMetrics(nc, { 'gl-a': { cores: 16, rttMs: { 'gl-b': 2 } }, 'gl-b': { cores: 4, rttMs: { 'gl-a': 2 } } });
    for (const id of members) running.push(await startLeaderElection(depsFor(nc, id), { leader: FAST, root: FAST, inputsRefreshMs: 200, clusterId: 'gl', staticMembers: members }));
    await waitFor('a cluster leader and a root', async () => (await readLease(leases, 'gl'))?.record.holder && (await readLease(leases, ROOT_CLUSTER_ID))?.record.holder);
    const clusterTerm = (await readLease(leases, 'gl'))!.record.term;
    const rootTerm = (await readLease(leases, ROOT_CLUSTER_ID))!.record.term;

    await leases.put(keys.lease('gl'), GARBAGE);
    await leases.put(keys.rootLease, GARBAGE);
    const healed = await waitFor('both leases decodable and held again', async () => {
      const [cluster, root] = await Promise.all([readLease(leases, 'gl'), readLease(leases, ROOT_CLUSTER_ID)]);
      return cluster && !cluster.corrupt && cluster.record.holder && root && !root.corrupt && root.record.holder ? { cluster, root } : undefined;
    }, 20_000);
    expect(healed.cluster.record.term).toBeGreaterThan(clusterTerm);
    expect(healed.root.record.term).toBeGreaterThan(rootTerm);
    expect(members).toContain(healed.cluster.record.holder);
  });
});
