import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, DeliverPolicy } from '@nats-io/jetstream';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Registry } from 'prom-client';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Buckets, Consumers, Streams, connectService, openBucket, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { commitDelta } from '@cellmesh/client';
import { LeaseWatcher, ROOT_CLUSTER_ID, writeLeaseCas } from '@cellmesh/leases';
import { systemClock } from '@cellmesh/runtime';
import { CellmeshAttr, MessagingAttr, MetricName, SpanName, createNodeMetrics, setupTracing, type Tracing } from '@cellmesh/telemetry';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startDatastateCommitter, type DatastateCommitterHandle } from '../src';
import { contentOf, text, waitForVersion } from './helpers';

/**
 * The committer as `cellmesh up` hosts it: the process's shared LeaseWatcher and operator metrics as
 * deps, a tracer exporting to memory. Root lease: sched-a term 1 → sched-b term 2.
 */
describe('datastate-committer: traces, metrics, load reports and the shared fence (real nats-server)', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let leases: LeaseWatcher;
  let committer: DatastateCommitterHandle;
  let tracing: Tracing;
  const exporter = new InMemorySpanExporter();
  const registry = new Registry();
  const nodeId = 'n-obs';

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'committer-obs-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    const kv = await openBucket(nc, Buckets.Leases);
    const now = Date.now();
    const lease = { clusterId: ROOT_CLUSTER_ID, holder: 'sched-a', term: 1, acquiredAtMs: now, renewedAtMs: now, expiresAtMs: now + 60_000, holderRank: 0 };
    const first = await writeLeaseCas(kv, lease, 0);
    if (!first.written) throw new Error('could not write term 1');
    const second = await writeLeaseCas(kv, { ...lease, holder: 'sched-b', term: 2 }, first.revision);
    if (!second.written) throw new Error('could not write term 2');
    tracing = setupTracing({ serviceName: 'committer-test', exporters: [exporter] });
    leases = await LeaseWatcher.open(nc);
    committer = await startDatastateCommitter(
      { nc, nodeId, logger: silentLogger, tracer: tracing.tracer, clock: systemClock, leases, metrics: createNodeMetrics(registry, nodeId) },
      // Load reports are asked for explicitly (reportLoad) so the test does not wait on a timer.
      { leaseTtlMs: 3000, loadReportIntervalMs: 600_000 },
    );
    await waitFor('the active role', () => committer.role === 'active');
  });

  afterAll(async () => {
    await committer?.stop({ graceMs: 1000 });
    await leases?.stop();
    await tracing?.shutdown();
    await nc?.close();
    await server?.stop();
  });

  const hlc = () => ({ wallMs: Date.now(), logical: 0, nodeId: 'w1' });
  const lastDeadLetterSeq = async () => (await (await jetstreamManager(nc)).streams.info(Streams.DeadLetter)).state.last_seq;
  /** The dead letters of the committer after `afterSeq`, until `count` have arrived. */
  async function deadLettersAfter(afterSeq: number, count: number): Promise<Array<MessageOf<'DeadLetter'>>> {
    const consumer = await jetstream(nc).consumers.get(Streams.DeadLetter, { opt_start_seq: afterSeq + 1, deliver_policy: DeliverPolicy.StartSequence });
    const out: Array<MessageOf<'DeadLetter'>> = [];
    while (out.length < count) {
      const m = await consumer.next({ expires: 5000 });
      if (!m) throw new Error(`only ${out.length} of ${count} dead letters arrived`);
      out.push(codecs.DeadLetter.decode(m.data));
    }
    return out;
  }
  const spansNamed = (name: string) => exporter.getFinishedSpans().filter((s) => s.name === name);
  const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;

  it('joins the producer\'s trace: process datastate.commit.> (CONSUMER) → cellmesh.commit (INTERNAL) and send datastate.ack.> (PRODUCER)', async () => {
    const scope = { gameId: 'g-trace', roomId: 'r1', taskId: 't-trace' };
    await commitDelta(nc, { taskId: scope.taskId, scope, version: 1, writes: [{ key: 'k', value: text('v') }], hlc: hlc(), fencing: { clusterId: ROOT_CLUSTER_ID, holder: 'sched-b', term: 2 }, nodeId: 'w1' }, { tracer: tracing.tracer });
    await waitForVersion(nc, scope.gameId, scope.roomId, 1);
    await tracing.provider.forceFlush();
    const ofTask = (s: ReadableSpan) => s.attributes[CellmeshAttr.TaskId] === scope.taskId;
    const [send] = spansNamed('send datastate.commit.>').filter(ofTask);
    const consumers = spansNamed('process datastate.commit.>').filter(ofTask);
    expect(consumers).toHaveLength(1);
    const processSpan = consumers[0]!;
    expect(processSpan.kind).toBe(SpanKind.CONSUMER);
    expect(processSpan.spanContext().traceId).toBe(send!.spanContext().traceId);
    expect(parentOf(processSpan)).toBe(send!.spanContext().spanId);
    expect(processSpan.attributes).toMatchObject({
      [MessagingAttr.Destination]: subjects.datastateCommit(scope.gameId, scope.roomId), [MessagingAttr.DestinationTemplate]: subjects.datastateCommitAll,
      [MessagingAttr.Operation]: 'process', [MessagingAttr.ConsumerGroup]: Consumers.committer, [MessagingAttr.MessageId]: 't-trace:1',
      [CellmeshAttr.GameId]: scope.gameId, [CellmeshAttr.RoomId]: scope.roomId, [CellmeshAttr.NodeId]: nodeId, [CellmeshAttr.ClusterId]: ROOT_CLUSTER_ID, [CellmeshAttr.Term]: 2,
      'cellmesh.commit.outcome': 'applied',
    });
    const commit = spansNamed(SpanName.Commit).filter(ofTask);
    expect(commit).toHaveLength(1);
    expect(commit[0]!.kind).toBe(SpanKind.INTERNAL);
    expect(parentOf(commit[0]!)).toBe(processSpan.spanContext().spanId);
    expect(commit[0]!.attributes).toMatchObject({ 'cellmesh.commit.decision': 'apply', 'cellmesh.room_version': 1 });
    const ack = spansNamed('send datastate.ack.>').filter(ofTask);
    expect(ack).toHaveLength(1);
    expect(ack[0]!.kind).toBe(SpanKind.PRODUCER);
    expect(parentOf(ack[0]!)).toBe(processSpan.spanContext().spanId);
    expect(ack[0]!.attributes[MessagingAttr.Destination]).toBe(subjects.datastateAck(scope.gameId, scope.roomId));
    // The old per-room span name is gone (span names stay low-cardinality).
    expect(exporter.getFinishedSpans().filter((s) => s.name.startsWith('datastate.commit '))).toEqual([]);
  });

  it('fences against the shared LeaseWatcher: stale and foreign terms are rejected with the reason; a newer term raises the fence for every writer', async () => {
    const scope = { gameId: 'g-fence', roomId: 'r1', taskId: 't-fence' };
    const send = (version: number, fencing: { clusterId: string; holder: string; term: number }, value = `v${version}`) =>
      commitDelta(nc, { taskId: scope.taskId, scope, version, writes: [{ key: `k${version}`, value: text(value) }], hlc: hlc(), fencing });
    const before = await lastDeadLetterSeq();
    await send(1, { clusterId: ROOT_CLUSTER_ID, holder: 'sched-a', term: 1 });
    await send(2, { clusterId: ROOT_CLUSTER_ID, holder: 'sched-x', term: 2 });
    await send(3, { clusterId: ROOT_CLUSTER_ID, holder: 'sched-a', term: 0 });
    const letters = await deadLettersAfter(before, 3);
    expect(letters.map((l) => l.errorMessage)).toEqual([
      'stale-term: term 1 of sched-a is older than term 2 for cluster root',
      'holder-mismatch: term 2 of cluster root belongs to sched-b, not sched-x',
      'fencing-invalid: delta carries term 0 (unfenced) but cluster root has a lease (term 2 held by sched-b); unfenced deltas are accepted only while no lease exists',
    ]);
    expect(letters.every((l) => l.service === 'datastate-committer' && l.originalSubject === subjects.datastateCommit(scope.gameId, scope.roomId))).toBe(true);

    // An executor of this process accepted term 3 of sched-c before any term-3 lease reached KV (its watch
    // is ahead of the lease read): the committer, sharing the watcher, now refuses term 2 and term 3 of another holder.
    expect(leases.check({ clusterId: ROOT_CLUSTER_ID, holder: 'sched-c', term: 3 }).accepted).toBe(true);
    const before2 = await lastDeadLetterSeq();
    await send(4, { clusterId: ROOT_CLUSTER_ID, holder: 'sched-b', term: 2 });
    await send(5, { clusterId: ROOT_CLUSTER_ID, holder: 'sched-d', term: 3 });
    const letters2 = await deadLettersAfter(before2, 2);
    expect(letters2.map((l) => l.errorMessage)).toEqual([
      'stale-term: term 2 of sched-b is older than term 3 for cluster root',
      'holder-mismatch: cluster root: term 3 belongs to "sched-c", not "sched-d"',
    ]);
    await send(6, { clusterId: ROOT_CLUSTER_ID, holder: 'sched-c', term: 3 });
    // A term nobody in this process has seen yet is accepted (its lease read lags) and raises the shared fence.
    await send(7, { clusterId: ROOT_CLUSTER_ID, holder: 'sched-e', term: 4 });
    // Term 0 for a cluster that never had a lease: a scheduler with activation 'always' (the executors accept it too).
    await send(8, { clusterId: 'solo', holder: 'sched-s', term: 0 });
    const state = await waitForVersion(nc, scope.gameId, scope.roomId, 3);
    expect(contentOf(state)).toEqual({ k6: 'v6', k7: 'v7', k8: 'v8' });
    expect(leases.currentTerm(ROOT_CLUSTER_ID)).toBe(4);
    expect(leases.check({ clusterId: ROOT_CLUSTER_ID, holder: 'sched-c', term: 3 })).toMatchObject({ accepted: false, reason: 'stale-term' });

    const metrics = await registry.metrics();
    const rejected = (reason: string) => `${MetricName.TasksRejected}{node="${nodeId}",reason="commit-${reason}"}`;
    expect(metrics).toContain(`${rejected('stale-term')} 2`);
    expect(metrics).toContain(`${rejected('holder-mismatch')} 2`);
    expect(metrics).toContain(`${rejected('fencing-invalid')} 1`);
    expect(metrics).toContain(`${MetricName.DeadLetters}{node="${nodeId}",service="datastate-committer"} 5`);
    // Applied so far: the traced delta and three here; each observed once in the lag histogram.
    expect(metrics).toContain(`${MetricName.CommitLag}_count{node="${nodeId}"} 4`);
  });

  it('dead-letters an undecodable payload, counted as commit-malformed, in an ERROR consumer span', async () => {
    const before = await lastDeadLetterSeq();
    await jetstream(nc).publish(subjects.datastateCommit('g-bad', 'r1'), new Uint8Array([0xff, 0xff, 0xff]), { msgID: 'garbage-1' });
    const [letter] = await deadLettersAfter(before, 1);
    expect(letter!.originalSubject).toBe(subjects.datastateCommit('g-bad', 'r1'));
    expect(await registry.metrics()).toContain(`${MetricName.TasksRejected}{node="${nodeId}",reason="commit-malformed"} 1`);
    await tracing.provider.forceFlush();
    const span = spansNamed('process datastate.commit.>').find((s) => s.attributes[MessagingAttr.Destination] === subjects.datastateCommit('g-bad', 'r1'));
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
  });

  it('reports its layers and backlog on metrics.load.<nodeId> as a LoadReport, and zeros once it stops', async () => {
    const reports: Array<MessageOf<'LoadReport'>> = [];
    const sub = nc.subscribe(subjects.metricsLoad(nodeId), { callback: (_e, m) => void reports.push(codecs.LoadReport.decode(m.data)) });
    await nc.flush();
    await committer.flushSnapshots();
    const usage = await committer.reportLoad();
    await waitFor('a load report', () => reports.length >= 1);
    const report = reports[0]!;
    expect(report).toMatchObject({ nodeId, source: 'datastate-committer', queueDepth: 0, runningTasks: 0 });
    const datastate = { hotBytes: Number(report.datastate!.hotBytes), warmBytes: Number(report.datastate!.warmBytes), coldBytes: Number(report.datastate!.coldBytes), commitBacklog: report.datastate!.commitBacklog };
    expect(datastate).toEqual(usage);
    expect(datastate.hotBytes).toBeGreaterThan(0);
    expect(datastate.warmBytes).toBeGreaterThan(0);
    expect(datastate.coldBytes).toBeGreaterThan(0);
    expect(datastate.commitBacklog).toBe(0);
    expect(await registry.metrics()).toContain(`${MetricName.CommitBacklog}{node="${nodeId}"} 0`);

    await committer.stop({ graceMs: 1000 });
    await waitFor('the closing report', () => reports.length >= 2);
    sub.unsubscribe();
    expect(reports[1]!.datastate).toMatchObject({ commitBacklog: 0 });
    expect([reports[1]!.datastate!.hotBytes, reports[1]!.datastate!.warmBytes, reports[1]!.datastate!.coldBytes].map(Number)).toEqual([0, 0, 0]);
  });
});
