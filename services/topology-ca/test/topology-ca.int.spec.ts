import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import { trace } from '@opentelemetry/api';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger, subjects, subscribeMessages } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import { LeaseWatcher, encodeLease } from '@cellmesh/leases';
import { systemClock } from '@cellmesh/runtime';
import { parseScenario, type Scenario } from '@cellmesh/scenario';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { MembershipReason } from '@cellmesh/topology-core';
import { startTopologyCa, type MembershipEvent, type TopologyCaHandle, type TopologyCaOptions } from '../src';

const ROUND_MS = 200;
const LIVENESS_ROUNDS = 3;
const MAX_CLUSTER_HOPS = 4;
/**
 * The documented bounds (docs/topology.md, "Liveness and KV update timing"), in rounds:
 * a member that stops is dropped from its cluster's KV state within livenessRounds + 2;
 * an origin that stops is replaced within livenessRounds + maxClusterHops + 3.
 * Slack covers a loaded shared test machine (timer drift, KV round trips).
 */
const SLACK_MS = 4_000;
const MEMBER_GONE_BOUND_MS = (LIVENESS_ROUNDS + 2) * ROUND_MS + SLACK_MS;
const ORIGIN_GONE_BOUND_MS = (LIVENESS_ROUNDS + MAX_CLUSTER_HOPS + 3) * ROUND_MS + SLACK_MS;

/** 3 sites × 3 nodes: 0.3–0.6 ms inside a site, 40–150 ms between (EMULATED links). */
function threeSites(): Scenario {
  const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3'];
  const wan: Record<string, number> = { ab: 40, ac: 150, bc: 90 };
  const rtt = ids.map((x, i) =>
    ids.map((y, j) => {
      if (i === j) return 0;
      if (x[0] === y[0]) return 0.3 + 0.1 * ((i + j) % 4);
      return wan[[x[0], y[0]].sort().join('')];
    }),
  );
  return parseScenario({
    nodes: ids.map((id) => ({ id, cpuCores: 4, gpus: id === 'c2' ? 1 : 0, vramMb: id === 'c2' ? 24576 : 0, site: `site-${id[0]}` })),
    rttMs: rtt,
    bandwidthMbps: ids.map(() => ids.map(() => 1000)),
  });
}

describe('topology-ca against a real nats-server (9 virtual nodes, emulated links)', () => {
  let server: RunningNatsServer;
  let admin: NatsConnection;
  let topology: KV;
  let leases: LeaseWatcher;
  const connections: NatsConnection[] = [];
  const handles = new Map<string, TopologyCaHandle>();
  const events: MembershipEvent[] = [];
  const scenario = threeSites();

  async function startNode(nodeId: string, options: TopologyCaOptions): Promise<TopologyCaHandle> {
    const nc = await connectService({ servers: [server.url], service: 'topology-ca', nodeId, logger: silentLogger });
    connections.push(nc);
    const handle = await startTopologyCa(
      { nc, nodeId, logger: silentLogger, tracer: trace.getTracer('topology-ca-test'), clock: systemClock, leases },
      { roundIntervalMs: ROUND_MS, livenessRounds: LIVENESS_ROUNDS, caParams: { maxClusterHops: MAX_CLUSTER_HOPS }, ...options },
    );
    handles.set(nodeId, handle);
    return handle;
  }

  async function clusterState(clusterId: string) {
    const entry = await topology.get(keys.cluster(clusterId));
    return entry && entry.operation === 'PUT' ? codecs.ClusterState.decode(entry.value) : null;
  }

  const membersOf = async (clusterId: string) => (await clusterState(clusterId))?.members ?? null;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    admin = await connectService({ servers: [server.url], service: 'topology-test', nodeId: 'admin', logger: silentLogger });
    await provisionAll(admin);
    topology = await openBucket(admin, Buckets.Topology);
    leases = await LeaseWatcher.open(admin);
    for (const node of scenario.nodes) {
      await startNode(node.id, { readPeerTable: false, emulation: { scenario }, onMembershipChange: (e) => void events.push(e) });
    }
  });

  afterAll(async () => {
    for (const handle of handles.values()) await handle.stop({ graceMs: 500 });
    await leases?.stop();
    for (const nc of connections) await nc.close();
    await admin?.close();
    await server?.stop();
  });

  it('forms one cluster per site, written to KV with its members, and says why each node joined', async () => {
    await waitFor(
      'three clusters in KV',
      async () => {
        const [a, b, c] = await Promise.all([membersOf('a1'), membersOf('b1'), membersOf('c1')]);
        return JSON.stringify([a, b, c]) === JSON.stringify([['a1', 'a2', 'a3'], ['b1', 'b2', 'b3'], ['c1', 'c2', 'c3']]);
      },
      15_000,
    );
    for (const [id, handle] of handles) {
      const m = handle.membership();
      expect({ id, cluster: m.clusterId, emulated: m.emulated }).toEqual({ id, cluster: `${id[0]}1`, emulated: true });
    }
    expect(handles.get('a1')!.membership().because).toBe(MembershipReason.StayedOrigin);
    expect(handles.get('a2')!.membership().because).toBe(MembershipReason.JoinedCluster);
    expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ nodeId: 'b3', clusterId: 'b1', because: MembershipReason.JoinedCluster, emulated: true })]));
    expect((await clusterState('c1'))!.computeHeavyMembers).toEqual(['c2']);

    const neighbours = await topology.get(keys.neighbours('a2'));
    const list = codecs.NeighbourList.decode(neighbours!.value);
    expect(list.clusterId).toBe('a1');
    expect(list.closePeers.slice(0, 2).sort()).toEqual(['a1', 'a3']);
    expect(list.fallbackRelay).toMatch(/^[bc]/);
    // No singleton cluster keys were left behind by the warm-up.
    for (const id of ['a2', 'a3', 'b2', 'b3', 'c2', 'c3']) expect(await clusterState(id)).toBeNull();
  });

  it('announces each node on its cluster subject with the rule behind it', async () => {
    const heard = new Map<string, string>();
    const sub = subscribeMessages(admin, subjects.topologyAnnounce('c1'), codecs.ClusterAnnounce, (m) => void heard.set(m.nodeId, `${m.because}/${m.emulated}`), { service: 'topology-test', logger: silentLogger });
    await waitFor('announcements from c1..c3', () => heard.size === 3, 5_000);
    sub.unsubscribe();
    expect(heard.get('c2')).toBe(`${MembershipReason.JoinedCluster}/true`);
  });

  it('writes cluster state and neighbour lists only on change', async () => {
    const before = (await topology.get(keys.cluster('a1')))!.revision;
    const neighboursBefore = (await topology.get(keys.neighbours('a3')))!.revision;
    // Several rounds with nothing changing.
    await new Promise((resolve) => setTimeout(resolve, 6 * ROUND_MS));
    expect((await topology.get(keys.cluster('a1')))!.revision).toBe(before);
    expect((await topology.get(keys.neighbours('a3')))!.revision).toBe(neighboursBefore);
  });

  it('lets a live leader write its cluster state fenced by its term', async () => {
    const now = Date.now();
    const leasesKv = await openBucket(admin, Buckets.Leases);
    await leasesKv.put(keys.lease('c1'), encodeLease({ clusterId: 'c1', holder: 'c2', term: 7, acquiredAtMs: now, renewedAtMs: now, expiresAtMs: now + 60_000, holderRank: 0.9 }));
    await waitFor('cluster c1 carries leader c2 at term 7', async () => {
      const state = await clusterState('c1');
      return state?.leaderId === 'c2' && Number(state.leaderTerm) === 7;
    }, 10_000);
    expect((await clusterState('c1'))!.members).toEqual(['c1', 'c2', 'c3']);
  });

  it('drops a member whose services stopped from the KV cluster state within the documented time', async () => {
    await handles.get('a3')!.stop({ graceMs: 500 });
    handles.delete('a3');
    const stoppedAt = Date.now();
    await waitFor('a3 gone from cluster a1', async () => JSON.stringify(await membersOf('a1')) === JSON.stringify(['a1', 'a2']), MEMBER_GONE_BOUND_MS);
    expect(Date.now() - stoppedAt).toBeLessThanOrEqual(MEMBER_GONE_BOUND_MS);
  });

  it('re-forms a cluster whose origin stopped under the next smallest id and removes the old key', async () => {
    await handles.get('b1')!.stop({ graceMs: 500 });
    handles.delete('b1');
    await waitFor(
      'cluster b2 = [b2, b3] and no cluster b1',
      async () => JSON.stringify(await membersOf('b2')) === JSON.stringify(['b2', 'b3']) && (await clusterState('b1')) === null,
      ORIGIN_GONE_BOUND_MS,
    );
    expect(handles.get('b3')!.membership().clusterId).toBe('b2');
    // The other sites never moved.
    expect(await membersOf('c1')).toEqual(['c1', 'c2', 'c3']);
  });

  it('takes its links from the metrics-collector peer table when no links are injected', async () => {
    const metrics = await openBucket(admin, Buckets.Metrics);
    const table = (nodeId: string, peerId: string) =>
      codecs.PeerTable.encode({ nodeId, links: [{ peerId, rttMs: 0.4, throughputMbps: 900, measured: true, samples: 10, emulated: true }], updatedAtMs: Date.now() });
    await metrics.put(keys.peers('x1'), table('x1', 'x2'));
    await metrics.put(keys.peers('x2'), table('x2', 'x1'));
    const x2 = await startNode('x2', { peersRefreshMs: ROUND_MS });
    await startNode('x1', { peersRefreshMs: ROUND_MS });
    await waitFor('x2 joins x1 over the measured link', () => x2.membership().clusterId === 'x1', 10_000);
    await waitFor('cluster x1 in KV', async () => JSON.stringify(await membersOf('x1')) === JSON.stringify(['x1', 'x2']), 10_000);
  });
});
