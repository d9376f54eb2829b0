import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { trace } from '@opentelemetry/api';
import { codecs, TaskStatus, TaskProfile, type MessageOf } from '@cellmesh/contracts';
import { connectService, provisionAll, subscribeMessages, silentLogger, subjects, Streams } from '@cellmesh/bus';
import { systemClock } from '@cellmesh/runtime';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startCpuWorker, type CpuWorkerHandle, type CpuWorkerOptions } from '../src';
import { CRASH_TEST_WORKER_OPTIONS } from './fixtures/worker-options';
import { startVerdictStandIn, type VerdictStandIn } from './fixtures/verdict-stand-in';

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const FENCING = { clusterId: 'c1', holder: 'leader-1', term: 7 };

describe('cpu-worker against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let committer: VerdictStandIn;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'cpu-worker-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    committer = await startVerdictStandIn(nc);
  });

  afterAll(async () => {
    await committer?.stop();
    await nc?.close();
    await server?.stop();
  });

  const start = (nodeId: string, options: CpuWorkerOptions = {}): Promise<CpuWorkerHandle> =>
    startCpuWorker({ nc, nodeId, logger: silentLogger, tracer: trace.getTracer('test'), clock: systemClock }, { maxThreads: 2, ackWaitMs: 5_000, ...options });

  /** Publishes a dispatch as the scheduler does (durable, one message id per attempt). */
  async function dispatch(nodeId: string, room: string, taskId: string, kind: string, payload: unknown, extra: { deadlineMs?: number; attempt?: number } = {}): Promise<void> {
    const attempt = extra.attempt ?? 1;
    const bytes = codecs.TaskDispatch.encode({
      task: { scope: { gameId: 'g1', roomId: room, taskId }, profile: TaskProfile.TASK_PROFILE_BATCH, kind, payload: json(payload), deadlineMs: extra.deadlineMs ?? 0, cpuMillis: 1000 },
      nodeId, gpuIndex: -1, fencing: FENCING, attempt, dispatchedAtMs: Date.now(),
    });
    await jetstream(nc).publish(subjects.taskRun(nodeId), bytes, { msgID: `${taskId}:dispatch:${attempt}` });
  }

  async function result(taskId: string, timeoutMs = 15_000): Promise<MessageOf<'TaskResult'>> {
    const jsm = await jetstreamManager(nc);
    return waitFor(`the result of ${taskId}`, async () => {
      const m = await jsm.direct.getMessage(Streams.Results, { last_by_subj: subjects.taskResult(taskId) }).catch(() => null);
      return m ? codecs.TaskResult.decode(m.data) : null;
    }, timeoutMs);
  }

  async function countOn(stream: string, subject: string): Promise<number> {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(stream, { subjects_filter: subject });
    return info.state.subjects?.[subject] ?? 0;
  }

  async function commitsOf(room: string): Promise<Array<MessageOf<'CommitDelta'>>> {
    // An ordered consumer over the whole stream (2.9 has no multi-filter ordered consumers); the test's streams are small.
    const subject = subjects.datastateCommit('g1', room);
    const total = await countOn(Streams.Commits, subject);
    const consumer = await jetstream(nc).consumers.get(Streams.Commits);
    const out: Array<MessageOf<'CommitDelta'>> = [];
    while (out.length < total) {
      const m = await consumer.next({ expires: 2000 });
      if (!m) break;
      if (m.subject === subject) out.push(codecs.CommitDelta.decode(m.data));
    }
    return out;
  }

  it('executes tasks on the pool, commits their output as deltas and reports load', async () => {
    const loads: Array<MessageOf<'LoadReport'>> = [];
    const sub = subscribeMessages(nc, subjects.metricsLoad('n-exec'), codecs.LoadReport, (m) => void loads.push(m), { service: 'test', logger: silentLogger });
    const worker = await start('n-exec');
    await dispatch('n-exec', 'r-exec', 'path-1', 'pathfind', { rows: ['....', '.##.', '....'], start: [0, 0], goal: [3, 2], diagonal: false });
    await dispatch('n-exec', 'r-exec', 'terrain-1', 'terrain', { seed: 42, width: 64, height: 32 });
    await dispatch('n-exec', 'r-exec', 'nbody-1', 'physics-step', { count: 50, steps: 20, seed: 3 });

    const path = await result('path-1');
    expect(path).toMatchObject({ status: TaskStatus.TASK_STATUS_SUCCEEDED, error: '', nodeId: 'n-exec', kind: 'pathfind', gpuIndex: -1, emulated: false });
    expect(Number(path.committedVersion)).toBe(1);
    expect(JSON.parse(new TextDecoder().decode(path.output))).toMatchObject({ found: true, steps: 5 });
    expect((await result('terrain-1')).status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    expect((await result('nbody-1')).status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);

    const commits = await commitsOf('r-exec');
    expect(commits.map((c) => c.taskId).sort()).toEqual(['nbody-1', 'path-1', 'terrain-1']);
    const terrain = commits.find((c) => c.taskId === 'terrain-1')!;
    expect(terrain.scope).toMatchObject({ gameId: 'g1', roomId: 'r-exec', taskId: 'terrain-1' });
    expect(Number(terrain.version)).toBe(1);
    expect(terrain.fencing).toMatchObject({ clusterId: 'c1', holder: 'leader-1' });
    expect(Number(terrain.fencing?.term)).toBe(7);
    expect(terrain.nodeId).toBe('n-exec');
    expect(terrain.writes.map((w) => w.key)).toEqual(['task.terrain-1.summary', 'task.terrain-1.heightmap']);
    expect(terrain.writes[1].value?.byteLength).toBe(64 * 32);

    await waitFor('load back to idle', () => loads.length >= 2 && loads[loads.length - 1].runningTasks === 0 && loads[loads.length - 1].queueDepth === 0);
    expect(loads.some((l) => l.runningTasks > 0)).toBe(true);
    expect(loads.every((l) => l.nodeId === 'n-exec' && l.source === 'cpu-worker')).toBe(true);
    sub.unsubscribe();
    await worker.stop();
  });

  it('reports a failing task with its reason and keeps serving', async () => {
    const worker = await start('n-fail');
    await dispatch('n-fail', 'r-fail', 'bad-1', 'pathfind', { width: 5, height: 5, start: [0, 0], goal: [7, 7] });
    await dispatch('n-fail', 'r-fail', 'bad-2', 'teleport', {});
    await dispatch('n-fail', 'r-fail', 'good-1', 'terrain', { seed: 1, width: 8, height: 8 });

    const bad = await result('bad-1');
    expect(bad.status).toBe(TaskStatus.TASK_STATUS_FAILED);
    expect(bad.error).toBe('TaskInputError: pathfind: payload.goal [7, 7] lies outside the 5×5 grid');
    expect(Number(bad.committedVersion)).toBe(0);
    const unknown = await result('bad-2');
    expect(unknown.status).toBe(TaskStatus.TASK_STATUS_FAILED);
    expect(unknown.error).toMatch(/task kind "teleport" is not registered on this worker/);
    expect((await result('good-1')).status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    expect((await commitsOf('r-fail')).map((c) => c.taskId)).toEqual(['good-1']);
    expect(worker.state).toBe('running');
    await worker.stop();
  });

  it('stops a task at its deadline (TIMED_OUT), abandons one already late, and survives', async () => {
    const worker = await start('n-late');
    await dispatch('n-late', 'r-late', 'slow-1', 'physics-step', { count: 1500, steps: 5000 }, { deadlineMs: Date.now() + 400 });
    await dispatch('n-late', 'r-late', 'late-1', 'terrain', { seed: 1 }, { deadlineMs: Date.now() - 1000 });
    const slow = await result('slow-1');
    expect(slow.status).toBe(TaskStatus.TASK_STATUS_TIMED_OUT);
    expect(slow.error).toMatch(/^task exceeded its deadline after \d+ ms and was stopped$/);
    const late = await result('late-1');
    expect(late.status).toBe(TaskStatus.TASK_STATUS_TIMED_OUT);
    expect(late.error).toMatch(/^deadline passed \d+ ms before the task could start$/);

    await dispatch('n-late', 'r-late', 'after-1', 'pathfind', { width: 30, height: 30, start: [0, 0], goal: [29, 29], obstacleDensity: 0 });
    expect((await result('after-1')).status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    expect((await commitsOf('r-late')).map((c) => c.taskId)).toEqual(['after-1']);
    await worker.stop();
  });

  it('redelivers a task whose worker was stopped mid-task, and commits it once', async () => {
    const first = await start('n-stop');
    await dispatch('n-stop', 'r-stop', 'long-1', 'physics-step', { count: 700, steps: 200 });
    await waitFor('the task running', () => first.runningTasks === 1);
    await first.stop({ graceMs: 0 });
    expect(await countOn(Streams.Results, subjects.taskResult('long-1'))).toBe(0);

    const second = await start('n-stop');
    const done = await result('long-1', 30_000);
    expect(done.status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    expect(done.nodeId).toBe('n-stop');
    expect((await commitsOf('r-stop')).map((c) => c.taskId)).toEqual(['long-1']);

    // The scheduler re-sends the same task (a new attempt): output and result dedupe by message id.
    await dispatch('n-stop', 'r-stop', 'long-1', 'physics-step', { count: 700, steps: 200 }, { attempt: 2 });
    await waitFor('the re-sent dispatch acknowledged', async () => {
      const info = await (await jetstreamManager(nc)).consumers.info(Streams.Dispatch, 'cpu-worker-n-stop');
      return info.num_pending === 0 && info.num_ack_pending === 0 && info.delivered.consumer_seq >= 2;
    }, 30_000);
    expect(await countOn(Streams.Commits, subjects.datastateCommit('g1', 'r-stop'))).toBe(1);
    expect(await countOn(Streams.Results, subjects.taskResult('long-1'))).toBe(1);
    await second.stop();
  });

  it('redelivers a task whose worker process was killed mid-task, and commits it once', async () => {
    const loads: Array<MessageOf<'LoadReport'>> = [];
    const sub = subscribeMessages(nc, subjects.metricsLoad('n-crash'), codecs.LoadReport, (m) => void loads.push(m), { service: 'test', logger: silentLogger });
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures', 'host-cpu-worker.ts'), server.url, 'n-crash'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let ready = false;
    child.stdout!.on('data', (d: Buffer) => (ready ||= d.toString().includes('ready')));
    try {
      await waitFor('the worker process ready', () => ready, 20_000);
      await dispatch('n-crash', 'r-crash', 'crash-1', 'physics-step', { count: 700, steps: 200 });
      await waitFor('the task running in the worker process', () => loads.some((l) => l.runningTasks === 1), 20_000);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    expect(await countOn(Streams.Results, subjects.taskResult('crash-1'))).toBe(0);

    const survivor = await start('n-crash', CRASH_TEST_WORKER_OPTIONS);
    const done = await result('crash-1', 30_000);
    expect(done.status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    expect((await commitsOf('r-crash')).map((c) => c.taskId)).toEqual(['crash-1']);
    expect(await countOn(Streams.Results, subjects.taskResult('crash-1'))).toBe(1);
    sub.unsubscribe();
    await survivor.stop();
  });

  it('dead-letters a dispatch without a scope: it cannot even get a result', async () => {
    const worker = await start('n-dlq');
    await jetstream(nc).publish(subjects.taskRun('n-dlq'), codecs.TaskDispatch.encode({ task: { kind: 'terrain' }, nodeId: 'n-dlq', gpuIndex: -1 }), { msgID: 'noscope-1' });
    const jsm = await jetstreamManager(nc);
    const letter = await waitFor('the dead letter', async () => {
      const m = await jsm.direct.getMessage(Streams.DeadLetter, { last_by_subj: subjects.deadLetter('cpu-worker') }).catch(() => null);
      return m ? codecs.DeadLetter.decode(m.data) : null;
    });
    expect(letter).toMatchObject({ service: 'cpu-worker', nodeId: 'n-dlq', originalSubject: 'task.run.n-dlq', errorName: 'PermanentError', errorMessage: 'dispatch carries no task scope (gameId, roomId, taskId)' });
    await worker.stop();
  });
});
