/**
 * Safety under chaos, against a real nats-server: many clusters of candidates, with random crashes
 * (stop without releasing, restart later), SIGSTOP-style pauses of a leader's renewal loop, and every
 * node that believes it leads writing cluster state with its token — including a paused leader that
 * wakes up and keeps writing with the token it had. An independent checker (checker.ts) reads a KV watch
 * of every lease written and the log of every write accepted or rejected.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import { FencingRejectedError, LEASE_KEYS_FILTER, decodeLease, fencedKvUpdate, termOfClusterState, type FencingToken } from '@cellmesh/leases';
import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';
import { startLeaderElection, type LeaderElectionHandle } from '../src';
import { checkSafety, type LeaseObservation, type WriteAttempt } from './checker';
import { depsFor } from './helpers';

const CLUSTERS = 16;
const NODES_PER_CLUSTER = 3;
/** Run until this many elections were observed (the goal is 1 000), or MAX_RUN_MS. */
const TARGET_ELECTIONS = 1_100;
const MAX_RUN_MS = 90_000;
const WRITE_EVERY_MS = 25;
/** Fast leases: a takeover after a pause or crash comes within ~0.4 s, so the run sees many elections. */
const CHAOS_LEADER = { lease: { leaseDurationMs: 240, renewIntervalMs: 80, maxClockSkewMs: 40 }, stability: { acquireStaggerMs: 30, minTenureMs: 0 } };

describe('leader-election safety under crashes, pauses and restarts', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let topology: KV;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'leader-chaos', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    topology = await openBucket(nc, Buckets.Topology);
  });

  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  it('keeps one holder per term, strictly increasing terms, and accepts no write from a deposed holder', async () => {
    const observed: LeaseObservation[] = [];
    const terms = new Set<string>();
    const leasesKv = await openBucket(nc, Buckets.Leases);
    const watch = await leasesKv.watch({ key: LEASE_KEYS_FILTER });
    const watching = (async () => {
      for await (const e of watch) {
        if (e.operation !== 'PUT') continue;
        const l = decodeLease(e.value);
        observed.push({ clusterId: l.clusterId, holder: l.holder, term: l.term, revision: e.revision, seenAtMs: Date.now() });
        if (l.holder !== '') terms.add(`${l.clusterId}#${l.term}`);
      }
    })();

    const writes: WriteAttempt[] = [];
    const deadline = Date.now() + MAX_RUN_MS;
    const done = () => Date.now() >= deadline || terms.size >= TARGET_ELECTIONS;
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    let crashes = 0;
    let pauses = 0;

    async function node(clusterId: string, nodeId: string, members: string[]): Promise<LeaderElectionHandle> {
      return startLeaderElection(depsFor(nc, nodeId), { clusterId, staticMembers: members, electRoot: false, leader: CHAOS_LEADER, inputsRefreshMs: 1_000, releaseOnStop: false });
    }

    /** Writes while this node believes it leads; after a pause it keeps using the token it had, like a process that woke up. */
    async function writer(clusterId: string, current: () => LeaderElectionHandle | undefined, believed: { token?: FencingToken }): Promise<void> {
      const key = keys.cluster(clusterId);
      while (!done()) {
        const h = current();
        const token = h?.fencingToken() ?? believed.token;
        if (h && token) {
          believed.token = token;
          const startedAtMs = Date.now();
          try {
            const value = codecs.ClusterState.encode({ clusterId, leaderId: token.holder, leaderTerm: token.term, updatedAtMs: startedAtMs });
            const { revision } = await fencedKvUpdate(topology, key, value, token, h.leases, { storedTermOf: termOfClusterState });
            writes.push({ ...token, startedAtMs, accepted: true, revision });
          } catch (err) {
            if (!(err instanceof FencingRejectedError)) throw err;
            writes.push({ ...token, startedAtMs, accepted: false, rejection: err.code });
            believed.token = undefined; // it learned it was deposed
          }
        }
        await sleep(WRITE_EVERY_MS);
      }
    }

    async function cluster(index: number): Promise<void> {
      const clusterId = `chaos-${index}`;
      const members = Array.from({ length: NODES_PER_CLUSTER }, (_, i) => `${clusterId}-n${i}`);
      const handles = new Map<string, LeaderElectionHandle | undefined>();
      const beliefs = new Map(members.map((m) => [m, {} as { token?: FencingToken }]));
      for (const m of members) handles.set(m, await node(clusterId, m, members));
      const writers = members.map((m) => writer(clusterId, () => handles.get(m), beliefs.get(m)!));
      while (!done()) {
        await sleep(50 + rand() * 150);
        const leader = members.find((m) => handles.get(m)?.current().isLeader);
        const victim = leader ?? members[Math.floor(rand() * members.length)];
        const h = handles.get(victim);
        if (!h) continue;
        if (rand() < 0.6) {
          // Pause: freeze the renewal loop long enough to lose the lease, then wake up still believing.
          pauses++;
          h.freeze();
          await sleep(250 + rand() * 250);
          h.thaw();
        } else {
          // Crash: stop without releasing; restart after a while.
          crashes++;
          handles.set(victim, undefined);
          beliefs.get(victim)!.token = undefined;
          await h.stop({ graceMs: 0 });
          await sleep(100 + rand() * 200);
          handles.set(victim, await node(clusterId, victim, members));
        }
      }
      await Promise.all(writers);
      for (const h of handles.values()) await h?.stop({ graceMs: 0 });
    }

    await Promise.all(Array.from({ length: CLUSTERS }, (_, i) => cluster(i)));
    await sleep(200);
    watch.stop();
    await watching;

    const report = checkSafety(observed, writes);
    process.stdout.write(
      `safety: ${report.elections} elections, ${pauses} pauses, ${crashes} crashes, ${report.acceptedWrites} writes accepted, ${report.rejectedStale} stale-term rejections, ${report.violations.length} violations\n`,
    );
    expect(report.violations).toEqual([]);
    expect(report.elections).toBeGreaterThanOrEqual(1000);
    expect(report.rejectedStale).toBeGreaterThan(0);
  }, MAX_RUN_MS + 30_000);
});
