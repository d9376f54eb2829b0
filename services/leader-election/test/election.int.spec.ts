import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger } from '@cellmesh/bus';
import { codecs, LeaderChangeReason as ProtoReason } from '@cellmesh/contracts';
import { FencingRejectedError, LeaseWatcher, fencedKvUpdate, readLease, termOfClusterState } from '@cellmesh/leases';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startLeaderElection, type LeaderElectionHandle, type LeaderElectionOptions } from '../src';
import { FAST, depsFor, leaderEvents, seedMetrics } from './helpers';

describe('leader-election against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let topology: KV;
  let leases: KV;
  const running: LeaderElectionHandle[] = [];

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'leader-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    topology = await openBucket(nc, Buckets.Topology);
    leases = await openBucket(nc, Buckets.Leases);
  });

  afterAll(async () => {
    for (const h of running) await h.stop({ graceMs: 100 });
    await nc?.close();
    await server?.stop();
  });

  async function start(nodeId: string, options: LeaderElectionOptions): Promise<LeaderElectionHandle> {
    const handle = await startLeaderElection(depsFor(nc, nodeId), { leader: FAST, root: FAST, inputsRefreshMs: 200, ...options });
    running.push(handle);
    return handle;
  }

  async function leaderOf(handles: LeaderElectionHandle[], clusterId: string, minTerm = 1): Promise<LeaderElectionHandle> {
    return waitFor(`a leader of ${clusterId} with term ≥ ${minTerm}`, () => {
      const leaders = handles.filter((h) => h.current().isLeader && (h.current().term ?? 0) >= minTerm);
      return leaders.length === 1 ? leaders[0] : undefined;
    });
  }

  it('elects the best-ranked member, publishes LeaderChanged durably and elects it root', async () => {
    await seedMetrics(nc, {
      'e1-a': { cores: 16, rttMs: { 'e1-b': 2, 'e1-c': 2 } },
      'e1-b': { cores: 4, rttMs: { 'e1-a': 2, 'e1-c': 9 } },
      'e1-c': { cores: 4, rttMs: { 'e1-a': 2, 'e1-b': 9 } },
    });
    const members = ['e1-a', 'e1-b', 'e1-c'];
    const changes: string[] = [];
    const handles = await Promise.all(members.map((id) => start(id, { clusterId: 'e1', staticMembers: members })));
    handles[1].onChange((e) => changes.push(`${e.level}:${e.current.leader ?? '-'}@${e.current.term ?? 0}`));
    const leader = await leaderOf(handles, 'e1');
    expect(leader.current()).toMatchObject({ nodeId: 'e1-a', clusterId: 'e1', leader: 'e1-a', term: 1, isLeader: true });
    // Followers learn of the lease through their KV watch: eventually, not in the same instant.
    await waitFor('e1-b to see e1-a lead', () => handles[1].current().leader === 'e1-a');
    expect(handles[1].current()).toMatchObject({ leader: 'e1-a', isLeader: false });
    expect(leader.fencingToken()).toEqual({ clusterId: 'e1', holder: 'e1-a', term: 1 });
    expect(handles[1].fencingToken()).toBeUndefined();

    await waitFor('e1-a to become root', () => leader.current().isRoot);
    expect(leader.rootFencingToken()).toMatchObject({ clusterId: 'root', holder: 'e1-a' });
    await waitFor('the follower to see the leader', () => changes.includes('cluster:e1-a@1'));

    const events = await waitFor('the LeaderChanged event', async () => {
      const e = await leaderEvents(nc, 'e1');
      return e.length > 0 ? e : undefined;
    });
    expect(events[0]).toMatchObject({ clusterId: 'e1', oldHolder: '', newHolder: 'e1-a', term: 1, reason: ProtoReason.LEADER_CHANGE_REASON_ELECTED });

    // A clean stop releases the lease: the next member takes over at once, reason RESIGNED.
    await leader.stop();
    const next = await leaderOf(handles.slice(1), 'e1', 2);
    expect(next.current().term).toBe(2);
    const after = await waitFor('the RESIGNED takeover event', async () => {
      const e = await leaderEvents(nc, 'e1');
      return e.find((x) => x.term === 2 && x.newHolder !== '') ? e : undefined;
    });
    expect(after.map((e) => [e.oldHolder, e.newHolder, e.term, ProtoReason[e.reason]])).toEqual([
      ['', 'e1-a', 1, 'LEADER_CHANGE_REASON_ELECTED'],
      ['e1-a', '', 1, 'LEADER_CHANGE_REASON_RESIGNED'],
      ['', next.current().nodeId, 2, 'LEADER_CHANGE_REASON_RESIGNED'],
    ]);
  });

  it('fences a deposed leader that keeps writing: cluster state and commit-like writes are refused with stale-term', async () => {
    const members = ['f1-a', 'f1-b', 'f1-c'];
    await seedMetrics(nc, {
      'f1-a': { cores: 16, rttMs: { 'f1-b': 2, 'f1-c': 2 } },
      'f1-b': { cores: 8, rttMs: { 'f1-a': 2, 'f1-c': 3 } },
      'f1-c': { cores: 4, rttMs: { 'f1-a': 2, 'f1-b': 3 } },
    });
    const handles = await Promise.all(members.map((id) => start(id, { clusterId: 'f1', staticMembers: members, electRoot: false })));
    const a = await leaderOf(handles, 'f1');
    expect(a.current().nodeId).toBe('f1-a');
    const tokenA = a.fencingToken()!;
    const clusterKey = keys.cluster('f1');
    const state = (leaderId: string, leaderTerm: number) => codecs.ClusterState.encode({ clusterId: 'f1', members, leaderId, leaderTerm, updatedAtMs: Date.now() });
    await fencedKvUpdate(topology, clusterKey, state('f1-a', tokenA.term), tokenA, a.leases, { storedTermOf: termOfClusterState });

    // An independent writer (the committer, say) checks tokens through its own watcher.
    const committerFence = await LeaseWatcher.open(nc);
    expect(committerFence.assertFencingToken(tokenA).term).toBe(tokenA.term);

    // A pauses like a SIGSTOPped process: no renewals, and it keeps its belief and its token.
    a.freeze();
    const b = await leaderOf(handles.slice(1), 'f1', tokenA.term + 1);
    const tokenB = b.fencingToken()!;
    expect(tokenB.term).toBeGreaterThan(tokenA.term);
    expect((await readLease(leases, 'f1'))?.record).toMatchObject({ holder: tokenB.holder, term: tokenB.term });
    await fencedKvUpdate(topology, clusterKey, state(tokenB.holder, tokenB.term), tokenB, b.leases, { storedTermOf: termOfClusterState });

    // A wakes up still believing it leads, and keeps writing with its old token: both writes are refused.
    expect(a.current()).toMatchObject({ nodeId: 'f1-a', term: tokenA.term });
    await expect(fencedKvUpdate(topology, clusterKey, state('f1-a', tokenA.term), tokenA, a.leases, { storedTermOf: termOfClusterState })).rejects.toMatchObject({
      name: 'FencingRejectedError',
      code: 'stale-term',
      retryable: false,
    });
    await waitFor('the committer fence to see the new term', () => committerFence.currentTerm('f1') === tokenB.term);
    expect(() => committerFence.assertFencingToken(tokenA)).toThrow(FencingRejectedError);
    expect(() => committerFence.assertFencingToken(tokenA)).toThrow(/stale-term.*term \d+ < current \d+/);
    expect(committerFence.assertFencingToken(tokenB).term).toBe(tokenB.term);
    expect(codecs.ClusterState.decode((await topology.get(clusterKey))!.value)).toMatchObject({ leaderId: tokenB.holder, leaderTerm: tokenB.term });

    // Once it runs again it reads the lease, follows, and hands out no token.
    a.thaw();
    await waitFor('A to follow', () => a.current().leader === tokenB.holder && !a.current().isLeader);
    expect(a.fencingToken()).toBeUndefined();
    const events = await leaderEvents(nc, 'f1');
    expect(events.find((e) => e.term === tokenB.term)).toMatchObject({ oldHolder: 'f1-a', newHolder: tokenB.holder, reason: ProtoReason.LEADER_CHANGE_REASON_LEASE_EXPIRED });
    await committerFence.stop();
  });

  it('re-elects after missed renewals within lease TTL + one renewal interval (+ stagger), and the leader keeps it under RTT jitter', async () => {
    const members = ['j1-a', 'j1-b', 'j1-c', 'j1-d'];
    // True RTTs: a is best; every sample is jittered by up to ±20 % (seeded), rewritten every 100 ms.
    const trueRtt: Record<string, Record<string, number>> = {
      'j1-a': { 'j1-b': 10, 'j1-c': 10, 'j1-d': 10 },
      'j1-b': { 'j1-a': 10, 'j1-c': 11, 'j1-d': 11 },
      'j1-c': { 'j1-a': 10, 'j1-b': 11, 'j1-d': 12 },
      'j1-d': { 'j1-a': 10, 'j1-b': 11, 'j1-c': 12 },
    };
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    const jittered = () =>
      Object.fromEntries(members.map((id) => [id, { cores: 8, rttMs: Object.fromEntries(Object.entries(trueRtt[id]).map(([p, r]) => [p, r * (1 + 0.2 * rand())])) }]));
    await seedMetrics(nc, jittered());
    const handles = await Promise.all(members.map((id) => start(id, { clusterId: 'j1', staticMembers: members, electRoot: false })));
    const leader = await leaderOf(handles, 'j1');
    const changes: string[] = [];
    // A flap is a node seeing one leader replaced by another (or by none: a missed renewal).
    for (const h of handles) h.onChange((e) => e.previous?.leader !== undefined && e.current.leader !== e.previous.leader && changes.push(`${h.current().nodeId}: ${e.previous.leader} -> ${e.current.leader}`));

    const sustainedMs = 6_000;
    const until = Date.now() + sustainedMs;
    while (Date.now() < until) {
      await seedMetrics(nc, jittered());
      await new Promise((r) => setTimeout(r, 100));
    }
    const events = await leaderEvents(nc, 'j1');
    expect(events).toHaveLength(1); // the first election only: zero leader changes under jitter
    expect(changes).toEqual([]);
    expect(leader.current()).toMatchObject({ isLeader: true, term: 1 });

    // Kill-like failure: the leader stops renewing and never releases.
    const before = (await readLease(leases, 'j1'))!.record;
    leader.freeze();
    const next = await leaderOf(handles.filter((h) => h !== leader), 'j1', 2);
    const after = (await readLease(leases, 'j1'))!.record;
    const failoverMs = after.acquiredAtMs - before.renewedAtMs;
    process.stdout.write(`failover after missed renewals: ${failoverMs} ms (lease ${FAST.lease!.leaseDurationMs} ms, renew ${FAST.lease!.renewIntervalMs} ms)\n`);
    expect(after).toMatchObject({ holder: next.current().nodeId, term: 2 });
    leader.thaw();
  });
});
