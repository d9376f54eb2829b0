/**
 * The scheduler against a real nats-server. The test plays the nodes itself: it publishes their
 * NodeMetrics heartbeats and peer tables, reads their dispatch subjects and publishes TaskResults
 * (the broker is real; only the workers are played).
 */
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { trace } from '@opentelemetry/api';
import { codecs, PlacementOutcome, ResourceHint, TaskProfile, TaskStatus, type InitOf, type MessageOf } from '@cellmesh/contracts';
import { Buckets, Streams, connectService, keys, openBucket, provisionAll, publishMessage, silentLogger, subjects } from '@cellmesh/bus';
import { systemClock } from '@cellmesh/runtime';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startPlacementScheduler, type PlacementSchedulerHandle, type PlacementSchedulerOptions } from '../src';
import { readStreamSince } from '../src/streams';

const GiB = 1024 ** 3;
const METRICS_INTERVAL_MS = 100;

interface FakeNode {
  id: string;
  clusterId: string;
  cores: number;
  loadPct: number;
  memGiB: number;
  gpus: number;
}

/** c1: edge-a (the origin), edge-b (2 ms away), hub-1 (GPU hub, 3 ms); c2: far-c (80 ms away, big). */
const NODES: FakeNode[] = [
  { id: 'edge-a', clusterId: 'c1', cores: 8, loadPct: 0, memGiB: 16, gpus: 0 },
  { id: 'edge-b', clusterId: 'c1', cores: 8, loadPct: 0, memGiB: 16, gpus: 0 },
  { id: 'hub-1', clusterId: 'c1', cores: 8, loadPct: 0, memGiB: 16, gpus: 2 },
  { id: 'far-c', clusterId: 'c2', cores: 32, loadPct: 0, memGiB: 128, gpus: 0 },
];
const RTT_FROM_EDGE_A: Record<string, number> = { 'edge-b': 2, 'hub-1': 3, 'far-c': 80 };

describe('placement-scheduler against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let heartbeatTimer: NodeJS.Timeout;
  const alive = new Set(NODES.map((n) => n.id));
  const receipts: MessageOf<'PlacementReceipt'>[] = [];
  const dispatches: { subject: string; dispatch: MessageOf<'TaskDispatch'> }[] = [];
  const subs: Subscription[] = [];
  const handles: PlacementSchedulerHandle[] = [];
  const finished = new Set<string>();

  const heartbeat = (n: FakeNode): InitOf<'NodeMetrics'> => ({
    nodeId: n.id, clusterId: n.clusterId, cpuCores: n.cores, cpuLoadPct: n.loadPct, memTotalBytes: n.memGiB * GiB, memUsedBytes: 0, sampledAtMs: Date.now(), emulated: true,
    gpus: Array.from({ length: n.gpus }, (_, index) => ({ index, uuid: `GPU-${n.id}-${index}`, memoryTotalMib: 24_576, memoryUsedMib: 0, emulated: true })),
  });

  const start = async (options: PlacementSchedulerOptions = {}, nodeId = 'sched-1') => {
    const handle = await startPlacementScheduler(
      { nc, nodeId, logger: silentLogger, tracer: trace.getTracer('test'), clock: systemClock },
      { metricsIntervalMs: METRICS_INTERVAL_MS, livenessCheckIntervalMs: 50, retryBackoffMs: 100, ackWaitMs: 2_000, ...options },
    );
    handles.push(handle);
    await waitFor('the scheduler to hear every node', () => handle.nodesKnown >= NODES.length);
    return handle;
  };

  const submit = async (taskId: string, profile: TaskProfile, hints: ResourceHint[] = [], sizes: { cpuMillis?: number; memoryMib?: number; vramMib?: number } = {}) => {
    const message: InitOf<'TaskSubmit'> = {
      scope: { gameId: 'g1', roomId: 'r1', taskId }, profile, hints, cpuMillis: sizes.cpuMillis ?? 1_000, memoryMib: sizes.memoryMib ?? 256, vramMib: sizes.vramMib ?? 0,
      originNode: 'edge-a', kind: 'pathfind', submittedAtMs: Date.now(),
    };
    await jetstream(nc).publish(subjects.taskSubmit('g1', 'r1'), codecs.TaskSubmit.encode(message), { msgID: taskId });
  };

  const receiptOf = (taskId: string, outcome?: PlacementOutcome) =>
    waitFor(`a receipt for ${taskId}`, () => [...receipts].reverse().find((r) => r.scope?.taskId === taskId && (outcome === undefined || r.outcome === outcome)));
  /** Loads edge-a fully and waits until a probe task shows the scheduler has heard it. */
  let probes = 0;
  const makeOriginBusy = async () => {
    NODES[0].loadPct = 100;
    await waitFor('the busy origin to be heard', async () => {
      const id = `probe-${++probes}`;
      await submit(id, TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, [], { cpuMillis: 10, memoryMib: 1 });
      return (await receiptOf(id)).chosenNode !== 'edge-a';
    });
  };
  const dispatchesOf = (taskId: string) => dispatches.filter((d) => d.dispatch.task?.scope?.taskId === taskId);
  const finish = (taskId: string, nodeId: string) =>
    jetstream(nc).publish(subjects.taskResult(taskId), codecs.TaskResult.encode({ scope: { gameId: 'g1', roomId: 'r1', taskId }, nodeId, status: TaskStatus.TASK_STATUS_SUCCEEDED }));

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'scheduler-test', nodeId: 'tester', logger: silentLogger });
    // File storage in the server's own temporary store: memory storage cannot hold the buckets' byte limits (libs/bus provision.ts).
    await provisionAll(nc);
    const metrics = await openBucket(nc, Buckets.Metrics);
    await metrics.put(
      keys.peers('edge-a'),
      codecs.PeerTable.encode({ nodeId: 'edge-a', links: Object.entries(RTT_FROM_EDGE_A).map(([peerId, rttMs]) => ({ peerId, rttMs, jitterMs: rttMs / 20, throughputMbps: 1_000, measured: true, samples: 10 })) }),
    );
    const topology = await openBucket(nc, Buckets.Topology);
    await topology.put(keys.cluster('c1'), codecs.ClusterState.encode({ clusterId: 'c1', members: ['edge-a', 'edge-b', 'hub-1'], leaderId: 'edge-b' }));
    heartbeatTimer = setInterval(() => {
      for (const n of NODES) if (alive.has(n.id)) publishMessage(nc, subjects.metricsNode(n.id), codecs.NodeMetrics, heartbeat(n));
    }, METRICS_INTERVAL_MS / 2);
    subs.push(nc.subscribe(subjects.placementReceiptAll, { callback: (_e, m) => void receipts.push(codecs.PlacementReceipt.decode(m.data)) }));
    subs.push(nc.subscribe(subjects.taskRunAll, { callback: (_e, m) => void dispatches.push({ subject: m.subject, dispatch: codecs.TaskDispatch.decode(m.data) }) }));
  });

  afterEach(async () => {
    for (const h of handles.splice(0)) await h.stop({ graceMs: 500 });
    // Finish every task dispatched so far, so the next scheduler's rebuilt books start empty.
    for (const d of dispatches) {
      const id = d.dispatch.task?.scope?.taskId ?? '';
      if (!finished.has(id)) {
        finished.add(id);
        await finish(id, d.dispatch.nodeId);
      }
    }
    for (const n of NODES) n.loadPct = 0;
    NODES.forEach((n) => alive.add(n.id));
  });

  afterAll(async () => {
    clearInterval(heartbeatTimer);
    for (const s of subs) s.unsubscribe();
    await nc?.close();
    await server?.stop();
  });

  it('places each profile and hint as the rules say', async () => {
    const handle = await start();
    // Latency-sensitive: the origin itself while it has room.
    await submit('ls-local', TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE);
    expect((await receiptOf('ls-local')).chosenNode).toBe('edge-a');
    expect((await receiptOf('ls-local')).rule).toBe('local-node');
    await waitFor('the dispatch to edge-a', () => dispatchesOf('ls-local').find((d) => d.subject === subjects.taskRun('edge-a')));

    // GPU: to the hub, on its GPU subject, with a GPU reserved.
    await submit('gpu-1', TaskProfile.TASK_PROFILE_THROUGHPUT, [ResourceHint.RESOURCE_HINT_GPU_REQUIRED], { vramMib: 4_096 });
    const gpu = await receiptOf('gpu-1');
    expect(gpu.chosenNode).toBe('hub-1');
    expect(gpu.rule).toBe('gpu-hub');
    expect(gpu.gpuIndex).toBeGreaterThanOrEqual(0);
    const gpuDispatch = await waitFor('the GPU dispatch', () => dispatchesOf('gpu-1')[0]);
    expect(gpuDispatch.subject).toBe(subjects.taskRunGpu('hub-1'));
    expect(gpuDispatch.dispatch.gpuIndex).toBe(gpu.gpuIndex);
    expect(gpuDispatch.dispatch.fencing).toMatchObject({ clusterId: 'root', holder: 'sched-1' });

    // cpuOnly: never the hub, even from a busy origin.
    await makeOriginBusy();
    await submit('cpu-only', TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, [ResourceHint.RESOURCE_HINT_CPU_ONLY]);
    expect((await receiptOf('cpu-only')).chosenNode).not.toBe('hub-1');

    // Latency-sensitive from a busy origin: the near peer, not the big far node.
    await submit('ls-near', TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE);
    expect(['edge-b', 'hub-1']).toContain((await receiptOf('ls-near')).chosenNode);

    // memoryHeavy: 40 GiB only fits far-c's 128 GiB.
    await submit('mem-heavy', TaskProfile.TASK_PROFILE_BATCH, [ResourceHint.RESOURCE_HINT_MEMORY_HEAVY], { memoryMib: 40 * 1024 });
    expect((await receiptOf('mem-heavy')).chosenNode).toBe('far-c');

    // Batch: spread by free capacity, so a burst lands on more than one node.
    const batch = Array.from({ length: 8 }, (_, i) => `batch-${i}`);
    for (const id of batch) await submit(id, TaskProfile.TASK_PROFILE_BATCH, [], { cpuMillis: 4_000 });
    const chosen = await Promise.all(batch.map(async (id) => (await receiptOf(id)).chosenNode));
    expect(new Set(chosen).size).toBeGreaterThan(1);

    expect(handle.counters().placed).toBeGreaterThanOrEqual(13);
    expect(handle.recentReceipts().some((e) => e.taskId === 'gpu-1' && e.outcome === 'placed')).toBe(true);
  });

  it('rejects bad submissions with a reason and dead-letters a malformed one', async () => {
    const handle = await start();
    await submit('no-profile', TaskProfile.TASK_PROFILE_UNSPECIFIED);
    const rejected = await receiptOf('no-profile');
    expect(rejected.outcome).toBe(PlacementOutcome.PLACEMENT_OUTCOME_REJECTED);
    expect(rejected.rejectReason).toBe('unknown-profile');

    await submit('too-big', TaskProfile.TASK_PROFILE_BATCH, [], { cpuMillis: 64_000 });
    expect((await receiptOf('too-big', PlacementOutcome.PLACEMENT_OUTCOME_REJECTED)).rejectReason).toBe('no-feasible-node');

    await submit('conflict', TaskProfile.TASK_PROFILE_BATCH, [ResourceHint.RESOURCE_HINT_CPU_ONLY, ResourceHint.RESOURCE_HINT_GPU_REQUIRED]);
    expect((await receiptOf('conflict')).rejectReason).toBe('conflicting-hints');

    const deadLetters: MessageOf<'DeadLetter'>[] = [];
    const dlq = nc.subscribe(subjects.deadLetter('placement-scheduler'), { callback: (_e, m) => void deadLetters.push(codecs.DeadLetter.decode(m.data)) });
    await jetstream(nc).publish(subjects.taskSubmit('g1', 'r1'), new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]), { msgID: 'garbage-1' });
    const letter = await waitFor('the dead letter', () => deadLetters[0]);
    expect(letter.originalSubject).toBe(subjects.taskSubmit('g1', 'r1'));
    expect(letter.errorMessage).toMatch(/malformed|invalid/);
    dlq.unsubscribe();

    // It keeps running.
    await submit('after-garbage', TaskProfile.TASK_PROFILE_BATCH);
    expect((await receiptOf('after-garbage')).outcome).toBe(PlacementOutcome.PLACEMENT_OUTCOME_PLACED);
    expect(handle.counters().rejected['unknown-profile']).toBe(1);
  });

  it('queues a GPU task that fits nowhere and places it when a reservation is released', async () => {
    await start({ gpuSlotsPerGpu: 1 });
    await submit('gq-1', TaskProfile.TASK_PROFILE_BATCH, [ResourceHint.RESOURCE_HINT_GPU_REQUIRED], { vramMib: 20_000 });
    await submit('gq-2', TaskProfile.TASK_PROFILE_BATCH, [ResourceHint.RESOURCE_HINT_GPU_REQUIRED], { vramMib: 20_000 });
    await submit('gq-3', TaskProfile.TASK_PROFILE_BATCH, [ResourceHint.RESOURCE_HINT_GPU_REQUIRED], { vramMib: 20_000 });
    await receiptOf('gq-1', PlacementOutcome.PLACEMENT_OUTCOME_PLACED);
    await receiptOf('gq-2', PlacementOutcome.PLACEMENT_OUTCOME_PLACED);
    const queued = await receiptOf('gq-3', PlacementOutcome.PLACEMENT_OUTCOME_QUEUED);
    expect(queued.rejectReason).toBe('gpu-capacity-busy');
    await finish('gq-1', 'hub-1');
    const placed = await receiptOf('gq-3', PlacementOutcome.PLACEMENT_OUTCOME_PLACED);
    expect(placed.chosenNode).toBe('hub-1');
    await waitFor('the queued task dispatched', () => dispatchesOf('gq-3').length === 1);
    await finish('gq-2', 'hub-1');
    await finish('gq-3', 'hub-1');
  });

  it('loses nothing when the scheduler restarts mid-stream', async () => {
    const first = await start({}, 'sched-a');
    const ids = Array.from({ length: 30 }, (_, i) => `rs-${i}`);
    const publishing = (async () => {
      for (const id of ids) await submit(id, TaskProfile.TASK_PROFILE_BATCH, [], { cpuMillis: 100, memoryMib: 16 });
    })();
    await waitFor('some decisions', () => first.counters().placed >= 5);
    await first.stop({ graceMs: 200 });
    await publishing;
    const second = await start({}, 'sched-b');
    await waitFor('every task decided', () => ids.every((id) => receipts.some((r) => r.scope?.taskId === id)), 20_000);
    await waitFor('every task dispatched', () => ids.every((id) => dispatchesOf(id).length > 0), 20_000);

    // Exactly one receipt and one dispatch per task, as stored durably.
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(Streams.Placements, { subjects_filter: 'placement.receipt.>' });
    for (const id of ids) expect(info.state.subjects?.[subjects.placementReceipt(id)]).toBe(1);
    const stored = new Map<string, number>();
    await readStreamSince(nc, Streams.Dispatch, 0, (m) => {
      const id = codecs.TaskDispatch.decode(m.data).task?.scope?.taskId ?? '';
      stored.set(id, (stored.get(id) ?? 0) + 1);
    });
    for (const id of ids) expect(stored.get(id)).toBe(1);
    expect(second.inFlight).toBeGreaterThanOrEqual(ids.length);
    for (const id of ids) await finish(id, dispatchesOf(id)[0].dispatch.nodeId);
  });

  it('re-places the unfinished tasks of a node that stops heartbeating', async () => {
    const handle = await start();
    // Make edge-b the natural choice: edge-a busy, edge-b nearest.
    await makeOriginBusy();
    const ids = ['kill-1', 'kill-2'];
    for (const id of ids) await submit(id, TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, [], { cpuMillis: 500 });
    for (const id of ids) expect((await receiptOf(id)).chosenNode).toBe('edge-b');

    alive.delete('edge-b');
    for (const id of ids) {
      const again = await waitFor(`a second dispatch of ${id}`, () => dispatchesOf(id).find((d) => d.dispatch.attempt === 2), 10_000);
      expect(again.dispatch.nodeId).not.toBe('edge-b');
      const receipt = await waitFor(`the attempt-2 receipt of ${id}`, () => receipts.find((r) => r.scope?.taskId === id && r.attempt === 2));
      expect(receipt.outcome).toBe(PlacementOutcome.PLACEMENT_OUTCOME_PLACED);
    }
    expect(handle.counters().replaced).toBeGreaterThanOrEqual(2);
  });

  it('with root-leader activation, only the root lease holder schedules, with the lease term in its tokens', async () => {
    const leases = await openBucket(nc, Buckets.Leases);
    const now = Date.now();
    await leases.put(keys.rootLease, codecs.Lease.encode({ clusterId: 'root', holder: 'sched-x', term: 7, acquiredAtMs: now, renewedAtMs: now, expiresAtMs: now + 60_000 }));
    const standby = await start({ activation: 'root-leader' }, 'sched-y');
    const leader = await start({ activation: 'root-leader' }, 'sched-x');
    await waitFor('the lease holder to activate', () => leader.active);
    expect(standby.active).toBe(false);
    await submit('leased-1', TaskProfile.TASK_PROFILE_BATCH);
    const receipt = await receiptOf('leased-1');
    expect(receipt.schedulerNode).toBe('sched-x');
    expect(receipt.fencing).toMatchObject({ clusterId: 'root', holder: 'sched-x', term: 7 });
    expect((await waitFor('its dispatch', () => dispatchesOf('leased-1')[0])).dispatch.fencing?.term).toBe(7);

    // The lease moves: the old holder stops pulling, the new one takes over with the new term.
    await leases.put(keys.rootLease, codecs.Lease.encode({ clusterId: 'root', holder: 'sched-y', term: 8, acquiredAtMs: Date.now(), renewedAtMs: Date.now(), expiresAtMs: Date.now() + 60_000 }));
    await waitFor('the takeover', () => standby.active && !leader.active);
    await submit('leased-2', TaskProfile.TASK_PROFILE_BATCH);
    expect((await receiptOf('leased-2')).fencing).toMatchObject({ holder: 'sched-y', term: 8 });
    await leases.delete(keys.rootLease);
  });

  it('with activation scope cluster, the holder of its own cluster lease schedules, fenced by that cluster', async () => {
    const leases = await openBucket(nc, Buckets.Leases);
    const now = Date.now();
    const lease = (clusterId: string, holder: string, term: number) => codecs.Lease.encode({ clusterId, holder, term, acquiredAtMs: now, renewedAtMs: now, expiresAtMs: now + 60_000 });
    await leases.put(keys.rootLease, lease('root', 'sched-root', 4));
    await leases.put(keys.lease('c1'), lease('c1', 'sched-c1', 2));
    const rootHolder = await start({ activation: 'root-leader', activationScope: 'cluster', clusterId: 'c2' }, 'sched-root');
    const cellLeader = await start({ activation: 'root-leader', activationScope: 'cluster', clusterId: 'c1' }, 'sched-c1');
    await waitFor('the cluster lease holder to activate', () => cellLeader.active);
    expect(rootHolder.active).toBe(false);
    await submit('cell-1', TaskProfile.TASK_PROFILE_BATCH);
    const receipt = await receiptOf('cell-1');
    expect(receipt.schedulerNode).toBe('sched-c1');
    expect(receipt.fencing).toMatchObject({ clusterId: 'c1', holder: 'sched-c1', term: 2 });
    expect((await waitFor('its dispatch', () => dispatchesOf('cell-1')[0])).dispatch.fencing).toMatchObject({ clusterId: 'c1', term: 2 });
    await leases.delete(keys.rootLease);
    await leases.delete(keys.lease('c1'));
  });

  it('takes metrics only for the node their subject names', async () => {
    const handle = await start();
    const ghost = { ...heartbeat(NODES[0]), nodeId: 'ghost-node', cpuCores: 256, memTotalBytes: 1024 * GiB };
    for (let i = 0; i < 3; i++) publishMessage(nc, subjects.metricsNode('edge-a'), codecs.NodeMetrics, ghost);
    await waitFor('the refusals to be counted', () => handle.counters().inputRejected >= 3);
    expect(handle.nodesKnown).toBe(NODES.length);
    await submit('no-ghost', TaskProfile.TASK_PROFILE_BATCH, [], { cpuMillis: 100_000 });
    const receipt = await receiptOf('no-ghost');
    expect(receipt.candidates.map((c) => c.nodeId)).not.toContain('ghost-node');
  });

  it('backs off a node whose results come back slowly, shows it in receipts, then scores it decayed', async () => {
    const handle = await start({ maxDeliver: 1 });
    // A dispatch whose result arrives 1.5 s after dispatch for a 10 ms run: 1.49 s of overhead, a strike.
    await submit('slow-1', TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, [], { cpuMillis: 10, memoryMib: 1 });
    const first = await waitFor('its dispatch', () => dispatchesOf('slow-1')[0]);
    const slowNode = first.dispatch.nodeId;
    await new Promise((r) => setTimeout(r, 1_500));
    finished.add('slow-1');
    await jetstream(nc).publish(subjects.taskResult('slow-1'), codecs.TaskResult.encode({ scope: { gameId: 'g1', roomId: 'r1', taskId: 'slow-1' }, nodeId: slowNode, status: TaskStatus.TASK_STATUS_SUCCEEDED, durationMs: 10 }), { msgID: 'slow-1-result' });
    await waitFor('the backoff', () => handle.peerHealth().find((p) => p.nodeId === slowNode && p.backoffUntilMs > Date.now()));
    await submit('slow-2', TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, [], { cpuMillis: 10, memoryMib: 1 });
    const during = await receiptOf('slow-2');
    expect(during.chosenNode).not.toBe(slowNode);
    expect(during.candidates.find((c) => c.nodeId === slowNode)).toMatchObject({ rejectedBy: 'slow-peer-backoff', reason: 'slow-peer-backoff' });
    // After the backoff the node is feasible again, its score decayed (recovery by good samples: core/backoff.spec.ts).
    await waitFor('the backoff to end', () => handle.peerHealth().every((p) => p.backoffUntilMs <= Date.now()), 5_000);
    await submit('slow-3', TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, [], { cpuMillis: 10, memoryMib: 1 });
    const after = (await receiptOf('slow-3')).candidates.find((c) => c.nodeId === slowNode);
    expect(after).toMatchObject({ feasible: true });
    expect(after?.scores?.find((s) => s.plugin === 'peer-health')).toMatchObject({ raw: 0.5 });
  });

  it('offers a task no node can take to the spill handler, and decides locally when it declines', async () => {
    const offered: string[] = [];
    const handle = await start({
      spill: async (req) => {
        offered.push(`${req.task.scope.taskId}:${req.decision.rejectReason}`);
        return req.task.scope.taskId === 'spill-taken' ? { taken: true, target: 'cell-b' } : { taken: false };
      },
      maxDeliver: 1,
    });
    await submit('spill-taken', TaskProfile.TASK_PROFILE_BATCH, [], { cpuMillis: 64_000 });
    const taken = await receiptOf('spill-taken');
    expect(taken).toMatchObject({ outcome: PlacementOutcome.PLACEMENT_OUTCOME_REJECTED, rule: 'spilled', rejectReason: 'spilled' });
    expect(taken.candidates.length).toBe(NODES.length);
    await submit('spill-declined', TaskProfile.TASK_PROFILE_BATCH, [], { cpuMillis: 64_000 });
    expect(await receiptOf('spill-declined')).toMatchObject({ outcome: PlacementOutcome.PLACEMENT_OUTCOME_REJECTED, rule: 'rejected', rejectReason: 'no-feasible-node' });
    expect(offered).toEqual(['spill-taken:no-feasible-node', 'spill-declined:no-feasible-node']);
    expect(handle.counters().spilled).toBe(1);
    expect(dispatchesOf('spill-taken')).toEqual([]);
  });
});
