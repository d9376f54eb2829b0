import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { trace } from '@opentelemetry/api';
import { Registry } from 'prom-client';
import { codecs, TaskProfile, TaskStatus, type MessageOf } from '@cellmesh/contracts';
import { Buckets, connectService, openBucket, provisionAll, silentLogger, subjects, Streams } from '@cellmesh/bus';
import { LeaseWatcher, ROOT_CLUSTER_ID, writeLeaseCas } from '@cellmesh/leases';
import { systemClock } from '@cellmesh/runtime';
import { createNodeMetrics, MetricName } from '@cellmesh/telemetry';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startCpuWorker, type CpuWorkerHandle } from '../src';
import { startVerdictStandIn, type VerdictStandIn } from './fixtures/verdict-stand-in';

/**
 * Fencing at the executor: the root lease says term 2 is held by sched-b. A deposed scheduler
 * (sched-a, term 1) that keeps dispatching is refused by the worker with the reason, as a REJECTED
 * TaskResult and a dead letter; the current term runs.
 */
describe('cpu-worker fences dispatches against the root lease (real nats-server)', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let leases: LeaseWatcher;
  let worker: CpuWorkerHandle;
  let committer: VerdictStandIn;
  const registry = new Registry();
  const nodeId = 'n-fence';

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'cpu-worker-fencing-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    committer = await startVerdictStandIn(nc);
    const kv = await openBucket(nc, Buckets.Leases);
    const now = Date.now();
    const lease = { clusterId: ROOT_CLUSTER_ID, holder: 'sched-a', term: 1, acquiredAtMs: now, renewedAtMs: now, expiresAtMs: now + 60_000, holderRank: 0 };
    const first = await writeLeaseCas(kv, lease, 0);
    if (!first.written) throw new Error('could not write term 1');
    // sched-b takes over: term 2.
    const second = await writeLeaseCas(kv, { ...lease, holder: 'sched-b', term: 2 }, first.revision);
    if (!second.written) throw new Error('could not write term 2');
    // The shared-watcher path, as `cellmesh up` hosts it (one LeaseWatcher per process).
    leases = await LeaseWatcher.open(nc);
    worker = await startCpuWorker({ nc, nodeId, logger: silentLogger, tracer: trace.getTracer('test'), clock: systemClock, leases, metrics: createNodeMetrics(registry, nodeId) }, { maxThreads: 1, ackWaitMs: 5_000 });
  });

  afterAll(async () => {
    await worker?.stop({ graceMs: 1_000 });
    await leases?.stop();
    await committer?.stop();
    await nc?.close();
    await server?.stop();
  });

  async function dispatch(taskId: string, fencing: { clusterId: string; holder: string; term: number }): Promise<void> {
    const bytes = codecs.TaskDispatch.encode({
      task: { scope: { gameId: 'g1', roomId: 'r1', taskId }, profile: TaskProfile.TASK_PROFILE_BATCH, kind: 'terrain', payload: new TextEncoder().encode(JSON.stringify({ seed: 1, width: 8, height: 8 })), cpuMillis: 100 },
      nodeId, gpuIndex: -1, fencing, attempt: 1, dispatchedAtMs: Date.now(),
    });
    await jetstream(nc).publish(subjects.taskRun(nodeId), bytes, { msgID: `${taskId}:dispatch:1` });
  }

  async function result(taskId: string): Promise<MessageOf<'TaskResult'>> {
    const jsm = await jetstreamManager(nc);
    return waitFor(`the result of ${taskId}`, async () => {
      const m = await jsm.direct.getMessage(Streams.Results, { last_by_subj: subjects.taskResult(taskId) }).catch(() => null);
      return m ? codecs.TaskResult.decode(m.data) : null;
    }, 15_000);
  }

  async function deadLetters(): Promise<Array<MessageOf<'DeadLetter'>>> {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(Streams.DeadLetter);
    const out: Array<MessageOf<'DeadLetter'>> = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const m = await jsm.streams.getMessage(Streams.DeadLetter, { seq }).catch(() => null);
      if (m) out.push(codecs.DeadLetter.decode(m.data));
    }
    return out;
  }

  it('refuses a stale-term dispatch with the reason: REJECTED result, dead letter, no commit', async () => {
    await dispatch('stale-1', { clusterId: ROOT_CLUSTER_ID, holder: 'sched-a', term: 1 });
    const rejected = await result('stale-1');
    expect(rejected.status).toBe(TaskStatus.TASK_STATUS_REJECTED);
    expect(rejected.error).toBe('fencing token rejected (stale-term): cluster root: term 1 < current 2');
    expect(rejected.committedVersion).toBe(0);
    const letter = await waitFor('the dead letter of stale-1', async () => (await deadLetters()).find((d) => d.originalSubject === subjects.taskRun(nodeId) && d.errorMessage.includes('stale-term')) ?? null, 10_000);
    expect(letter.errorName).toBe('FencingRejectedError');
    const jsm = await jetstreamManager(nc);
    const commits = await jsm.streams.info(Streams.Commits, { subjects_filter: subjects.datastateCommit('g1', 'r1') });
    expect(commits.state.messages).toBe(0);
  });

  it('refuses the same term from another holder, and an unfenced (term 0) dispatch while a root lease exists', async () => {
    await dispatch('mismatch-1', { clusterId: ROOT_CLUSTER_ID, holder: 'sched-x', term: 2 });
    await dispatch('unfenced-1', { clusterId: ROOT_CLUSTER_ID, holder: 'sched-x', term: 0 });
    const mismatch = await result('mismatch-1');
    expect(mismatch.status).toBe(TaskStatus.TASK_STATUS_REJECTED);
    expect(mismatch.error).toBe('fencing token rejected (holder-mismatch): cluster root: term 2 belongs to "sched-b", not "sched-x"');
    const unfenced = await result('unfenced-1');
    expect(unfenced.status).toBe(TaskStatus.TASK_STATUS_REJECTED);
    expect(unfenced.error).toContain("dispatch carries term 0 (unfenced, activation 'always') but cluster root has a lease (term 2 held by sched-b)");
  });

  it('runs the current term, and counts the refusals by reason in /metrics', async () => {
    await dispatch('current-1', { clusterId: ROOT_CLUSTER_ID, holder: 'sched-b', term: 2 });
    const done = await result('current-1');
    expect(done.status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    expect(done.committedVersion).toBe(1);
    const text = await registry.metrics();
    expect(text).toContain(`${MetricName.TasksRejected}{node="${nodeId}",reason="fencing-stale-term"} 1`);
    expect(text).toContain(`${MetricName.TasksRejected}{node="${nodeId}",reason="fencing-holder-mismatch"} 1`);
    expect(text).toContain(`${MetricName.TasksRejected}{node="${nodeId}",reason="fencing-invalid-token"} 1`);
    expect(text).toContain(`${MetricName.TasksRun}{node="${nodeId}",status="succeeded"} 1`);
  });
});
