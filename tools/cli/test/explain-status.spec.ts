import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { codecs, PlacementOutcome, TaskProfile } from '@cellmesh/contracts';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';
import { runExplain } from '../src/commands/explain';
import { runStatus, type FabricStatus } from '../src/commands/status';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

describe('cellmesh explain and status against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'cli-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    const js = jetstream(nc);
    const receipt = (attempt: number, chosen: string) => codecs.PlacementReceipt.encode({
      scope: { gameId: 'g1', roomId: 'r1', taskId: 'task-7' }, outcome: PlacementOutcome.PLACEMENT_OUTCOME_PLACED, chosenNode: chosen, gpuIndex: -1,
      rule: 'highest-weighted-score', profile: TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, decidedAtMs: Date.UTC(2026, 10, 25, 12), decisionLatencyMs: 0.25,
      schedulerNode: 'n1', attempt, fencing: { clusterId: 'c1', holder: 'n1', term: 4 }, candidatesOmitted: 2,
      candidates: [
        { nodeId: 'n3', feasible: true, finalScore: 0.41, scores: [{ plugin: 'rtt-to-origin', raw: 40, normalized: 0.2, weight: 3 }, { plugin: 'free-capacity', raw: 0.9, normalized: 0.9, weight: 1 }] },
        { nodeId: chosen, feasible: true, finalScore: 0.87, scores: [{ plugin: 'rtt-to-origin', raw: 2, normalized: 0.9, weight: 3 }, { plugin: 'free-capacity', raw: 0.6, normalized: 0.8, weight: 1 }] },
        { nodeId: 'n4', feasible: false, rejectedBy: 'vram-admission', reason: 'insufficient-vram' },
      ],
    });
    // A re-placement writes a second receipt on the same subject; explain must show the latest.
    await js.publish(subjects.placementReceipt('task-7'), receipt(1, 'n5'), { msgID: 'task-7:1' });
    await js.publish(subjects.placementReceipt('task-7'), receipt(2, 'n2'), { msgID: 'task-7:2' });
    await js.publish(subjects.placementReceipt('task-8'), codecs.PlacementReceipt.encode({
      scope: { gameId: 'g1', roomId: 'r1', taskId: 'task-8' }, outcome: PlacementOutcome.PLACEMENT_OUTCOME_REJECTED, rule: 'no-feasible-node', rejectReason: 'no-feasible-node',
      candidates: [{ nodeId: 'n1', feasible: false, rejectedBy: 'gpu-present', reason: 'no-gpu' }],
    }));

    const nodes = await openBucket(nc, Buckets.Nodes);
    for (const id of ['n1', 'n2']) await nodes.put(keys.node(id), codecs.NodeMetrics.encode({ nodeId: id, site: 'lab', cpuCores: 2, emulated: true, sampledAtMs: Date.now() }));
    // n3's uplink is saturated: topology-ca gave it a parent and a smaller fan-out.
    await nodes.put(keys.node('n3'), codecs.NodeMetrics.encode({
      nodeId: 'n3', site: 'lab', cpuCores: 2, emulated: true, sampledAtMs: Date.now(), role: 'leader', uplinkBytesPerS: 125_000, uplinkSaturation: 0.95, downlinkBytesPerS: 12_500, downlinkSaturation: 0.1,
      relayMsgsPerS: 40, relayBytesPerS: 2_048, snapshotIntervalMs: 4_000,
    }));
    await (await openBucket(nc, Buckets.Metrics)).put(keys.nodeMetrics('n2'), codecs.NodeMetrics.encode({ nodeId: 'n2', cpuCores: 2, cpuLoadPct: 55, queueDepth: 3, runningTasks: 1, memTotalBytes: 8 * 1024 ** 3, memUsedBytes: 2 * 1024 ** 3, emulated: true }));
    const topology = await openBucket(nc, Buckets.Topology);
    await topology.put(keys.cluster('c1'), codecs.ClusterState.encode({ clusterId: 'c1', members: ['n1', 'n2'], leaderId: 'n1', leaderTerm: 4 }));
    await topology.put(keys.cluster('c2'), codecs.ClusterState.encode({ clusterId: 'c2', members: ['n3'], leaderId: 'n3', leaderTerm: 1 }));
    await topology.put(keys.neighbours('n3'), codecs.NeighbourList.encode({ nodeId: 'n3', clusterId: 'c2', closePeers: [], fallbackRelay: 'n1', fanoutLimit: 4, parentId: 'n2' }));
    const leases = await openBucket(nc, Buckets.Leases);
    await leases.put(keys.lease('c1'), codecs.Lease.encode({ clusterId: 'c1', holder: 'n1', term: 4, expiresAtMs: Date.now() + 60_000 }));
    await leases.put(keys.rootLease, codecs.Lease.encode({ clusterId: 'root', holder: 'n1', term: 2, expiresAtMs: Date.now() + 60_000 }));
  });

  afterAll(async () => {
    await nc?.close();
    await server?.stop({ removeStore: true });
  });

  it('explains the latest receipt as a table: outcome, rule, verdicts, scores with weights, final score', async () => {
    const c = capture();
    expect(await runExplain({ taskId: 'task-7', json: false, natsUrl: server.url }, c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('outcome:   placed on n2');
    expect(text).toContain('rule:      highest-weighted-score');
    expect(text).toContain('profile:   latency_sensitive');
    expect(text).toContain('(attempt 2)');
    expect(text).toContain('fencing:   cluster c1, leader n1, term 4');
    expect(text).toContain('candidates (3, 2 more not kept in the receipt)');
    const rows = text.split('\n').filter((l) => /^\s*(▶\s+)?n\d/.test(l)).map((l) => l.trim().split(/\s{2,}/));
    expect(rows).toEqual([
      ['▶', 'n2', 'fit', '0.900', '0.800', '0.870'],
      ['n3', 'fit', '0.200', '0.900', '0.410'],
      ['n4', 'rejected by vram-admission: insufficient-vram'],
    ]);
    expect(text).toMatch(/NODE\s+VERDICT\s+rtt-to-origin ×3\s+free-capacity ×1\s+FINAL/);
  });

  it('prints JSON with --json, and the reason for a rejected task', async () => {
    const c = capture();
    expect(await runExplain({ taskId: 'task-8', json: true, natsUrl: server.url }, c.io)).toBe(0);
    expect(JSON.parse(c.out.join('\n'))).toMatchObject({ taskId: 'task-8', outcome: 'rejected', rejectReason: 'no-feasible-node', candidates: [{ nodeId: 'n1', feasible: false, rejectedBy: 'gpu-present', reason: 'no-gpu' }] });
  });

  it('fails clearly when no receipt exists, for a bad task id and without a server', async () => {
    const missing = capture();
    expect(await runExplain({ taskId: 'never-submitted', json: false, natsUrl: server.url }, missing.io)).toBe(1);
    expect(missing.err.join('')).toMatch(/^no placement receipt for task never-submitted in stream PLACEMENTS/);
    const bad = capture();
    expect(await runExplain({ taskId: 'a.b', json: false, natsUrl: server.url }, bad.io)).toBe(1);
    expect(bad.err.join('')).toContain('"a.b" is not a task id');
    const noServer = capture();
    expect(await runExplain({ taskId: 'task-7', json: false }, noServer.io)).toBe(1);
    expect(noServer.err.join('')).toBe('no NATS server: pass --nats-url or set NATS_URL');
  });

  it('status shows clusters, leaders and per-node load from the KV buckets', async () => {
    const c = capture();
    expect(await runStatus({ json: false, natsUrl: server.url }, c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text.split('\n')[0]).toBe('3 nodes, 2 clusters, root leader n1 (term 2)');
    expect(text).toMatch(/^c1\s+n1\s+4\s+expires in \d+\.\d s\s+n1,n2$/m);
    expect(text).toMatch(/^c2\s+n3\s+1\s+none\s+n3$/m);
    expect(text).toMatch(/^n1\*\s+c1\s+leader,root\s+lab\s+2\s+0%/m);
    expect(text).toMatch(/^n2\*\s+c1\s+—\s+lab\s+2\s+55%\s+2\.0\/8\.0\s+3\s+1\s+—/m);
    expect(text).toContain('* emulated');
    expect(text).toContain('FABRIC RULES');
    expect(text).toMatch(/^n3\s+leader\s+1\.000\s+95%\s+0\.100\s+10%\s+40\.0\s+2\.0\s+4\s+n2\s+n1\s+every 4\.0 s$/m);

    const j = capture();
    expect(await runStatus({ json: true, natsUrl: server.url }, j.io)).toBe(0);
    const status = JSON.parse(j.out.join('\n')) as FabricStatus;
    expect(status.clusters.map((cl) => [cl.id, cl.lease?.holder ?? cl.leaderId])).toEqual([['c1', 'n1'], ['c2', 'n3']]);
    expect(status.rootLeader).toMatchObject({ holder: 'n1', term: 2 });
    expect(status.nodes.find((n) => n.id === 'n2')).toMatchObject({ cpuLoadPct: 55, queueDepth: 3, runningTasks: 1, site: 'lab' });
    expect(status.rules.find((r) => r.nodeId === 'n3')).toMatchObject({ role: 'leader', uplinkSaturation: 0.95, relayMsgsPerS: 40, fanoutLimit: 4, parentId: 'n2', fallbackRelay: 'n1', snapshotIntervalMs: 4_000 });
  });
});
