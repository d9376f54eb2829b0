/**
 * Issue 17, the worker's half of "nothing lost, nothing claimed falsely" (real nats-server; the
 * committer's verdicts come from the stand-in in ./fixtures, the real committer's are tested in
 * services/datastate-committer/test/verdict.int.spec.ts):
 * - a task is SUCCEEDED only once its commit was applied; a refused commit is FAILED / REJECTED with the committer's reason;
 * - a stalled committer (no verdict) makes the dispatch retry, not succeed; it ends SUCCEEDED once, with one result;
 * - every delivery checks for a final result (also a first delivery past the duplicate window), and a late fencing
 *   rejection never follows a success;
 * - a dispatch whose ids are not valid tokens is dead-lettered on its first delivery, never run.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { trace } from '@opentelemetry/api';
import { codecs, TaskProfile, TaskStatus, type MessageOf } from '@cellmesh/contracts';
import { Buckets, connectService, openBucket, provisionAll, silentLogger, subjects, Streams } from '@cellmesh/bus';
import { publishTaskResult } from '@cellmesh/client';
import { ROOT_CLUSTER_ID, writeLeaseCas } from '@cellmesh/leases';
import { systemClock } from '@cellmesh/runtime';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startCpuWorker, type CpuWorkerHandle, type CpuWorkerOptions } from '../src';
import { startVerdictStandIn, type VerdictStandIn } from './fixtures/verdict-stand-in';

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const TERRAIN = { seed: 1, width: 8, height: 8 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('cpu-worker: outcomes follow the data (real nats-server)', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let committer: VerdictStandIn;
  const rejections = new Map<string, string>();
  const workers: CpuWorkerHandle[] = [];

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'cpu-worker-correctness', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    // A 1-second duplicate window on RESULTS, so "past the window" takes a second here, not two minutes.
    const jsm = await jetstreamManager(nc);
    const results = await jsm.streams.info(Streams.Results);
    await jsm.streams.update(Streams.Results, { ...results.config, duplicate_window: 1_000_000_000 });
    committer = await startVerdictStandIn(nc, (d) => rejections.get(d.taskId));
    // The root lease: term 5 of sched-b, since well before these tests.
    const now = Date.now();
    const kv = await openBucket(nc, Buckets.Leases);
    await writeLeaseCas(kv, { clusterId: ROOT_CLUSTER_ID, holder: 'sched-b', term: 5, acquiredAtMs: now - 60_000, renewedAtMs: now, expiresAtMs: now + 600_000, holderRank: 0 }, 0);
  });
  afterAll(async () => {
    for (const w of workers) await w.stop({ graceMs: 500 });
    await committer?.stop();
    await nc?.close();
    await server?.stop();
  });

  const start = async (nodeId: string, options: CpuWorkerOptions = {}): Promise<CpuWorkerHandle> => {
    const w = await startCpuWorker({ nc, nodeId, logger: silentLogger, tracer: trace.getTracer('test'), clock: systemClock }, { maxThreads: 1, ackWaitMs: 3_000, ...options });
    workers.push(w);
    return w;
  };

  async function dispatch(nodeId: string, taskId: string, extra: { term?: number; holder?: string; attempt?: number; roomId?: string } = {}): Promise<void> {
    const attempt = extra.attempt ?? 1;
    const bytes = codecs.TaskDispatch.encode({
      task: { scope: { gameId: 'g1', roomId: extra.roomId ?? 'r1', taskId }, profile: TaskProfile.TASK_PROFILE_BATCH, kind: 'terrain', payload: json(TERRAIN), cpuMillis: 100 },
      nodeId, gpuIndex: -1, fencing: { clusterId: ROOT_CLUSTER_ID, holder: extra.holder ?? 'sched-b', term: extra.term ?? 5 }, attempt, dispatchedAtMs: Date.now(),
    });
    await jetstream(nc).publish(subjects.taskRun(nodeId), bytes, { msgID: `${taskId}:${extra.roomId ?? 'r1'}:dispatch:${attempt}` });
  }

  async function results(taskId: string): Promise<Array<MessageOf<'TaskResult'>>> {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(Streams.Results, { subjects_filter: subjects.taskResult(taskId) });
    const out: Array<MessageOf<'TaskResult'>> = [];
    if (info.state.messages === 0) return out;
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const m = await jsm.streams.getMessage(Streams.Results, { seq }).catch(() => null);
      if (m && m.subject === subjects.taskResult(taskId)) out.push(codecs.TaskResult.decode(m.data));
    }
    return out;
  }

  const firstResult = (taskId: string, timeoutMs = 20_000) => waitFor(`the result of ${taskId}`, async () => (await results(taskId))[0] ?? null, timeoutMs);

  async function idle(durable: string): Promise<void> {
    const jsm = await jetstreamManager(nc);
    await waitFor(`${durable} idle`, async () => {
      const info = await jsm.consumers.info(Streams.Dispatch, durable);
      return info.num_pending === 0 && info.num_ack_pending === 0;
    }, 20_000);
  }

  it('reports SUCCEEDED only on an applied verdict, and the committer\'s reason when it refuses the delta', async () => {
    await start('n-verdict');
    rejections.set('hlc-1', 'missing-hlc: keyed writes in last-writer-wins scopes need an hlc');
    rejections.set('term-1', 'stale-term: term 5 of sched-b is older than term 6 for cluster root');
    await dispatch('n-verdict', 'ok-1');
    await dispatch('n-verdict', 'hlc-1');
    await dispatch('n-verdict', 'term-1');
    const ok = await firstResult('ok-1');
    expect(ok).toMatchObject({ status: TaskStatus.TASK_STATUS_SUCCEEDED });
    expect(Number(ok.committedVersion)).toBe(1);
    const hlc = await firstResult('hlc-1');
    expect(hlc).toMatchObject({ status: TaskStatus.TASK_STATUS_FAILED, error: 'commit rejected: missing-hlc: keyed writes in last-writer-wins scopes need an hlc' });
    expect(Number(hlc.committedVersion)).toBe(0);
    const term = await firstResult('term-1');
    expect(term.status).toBe(TaskStatus.TASK_STATUS_REJECTED);
    expect(term.error).toContain('stale-term: term 5 of sched-b is older than term 6');
    // The dispatch carried its DISPATCH accept time for the committer's accept-time fence.
    const sent = committer.seen.find((d) => d.taskId === 'ok-1')!;
    expect(Number(sent.fencing?.acceptedAtMs)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('a stalled committer makes the dispatch retry instead of succeed; it ends SUCCEEDED once when the committer resumes', async () => {
    await start('n-stall', { commitVerdictTimeoutMs: 1_000 });
    committer.hold = true;
    await dispatch('n-stall', 'stall-1');
    await waitFor('two sends of the delta (the first and a resend after the timeout)', () => committer.seen.filter((d) => d.taskId === 'stall-1').length >= 2, 20_000);
    expect(await results('stall-1')).toEqual([]);
    committer.release();
    const done = await firstResult('stall-1');
    expect(done.status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    await idle('cpu-worker-n-stall');
    expect((await results('stall-1')).map((r) => r.status)).toEqual([TaskStatus.TASK_STATUS_SUCCEEDED]);
  });

  it('checks for a final result on every delivery: a first delivery past the duplicate window is not run again', async () => {
    await jetstream(nc).publish(subjects.taskResult('old-1'), codecs.TaskResult.encode({ scope: { gameId: 'g1', roomId: 'r1', taskId: 'old-1' }, nodeId: 'n-old', status: TaskStatus.TASK_STATUS_SUCCEEDED, committedVersion: 1 }));
    await sleep(1_200); // past the duplicate window: a new run's result would be stored beside it
    await start('n-again');
    await dispatch('n-again', 'old-1', { attempt: 3 });
    await idle('cpu-worker-n-again');
    expect(committer.seen.filter((d) => d.taskId === 'old-1')).toEqual([]);
    expect((await results('old-1')).map((r) => r.status)).toEqual([TaskStatus.TASK_STATUS_SUCCEEDED]);
  });

  it('a late fencing rejection never follows a success', async () => {
    await start('n-late-fence');
    await dispatch('n-late-fence', 'won-1');
    expect((await firstResult('won-1')).status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    await sleep(1_200); // past RESULTS' duplicate window
    // A deposed scheduler (term 4, accepted long after term 5 began) dispatches the same task again.
    await dispatch('n-late-fence', 'won-1', { term: 4, holder: 'sched-a', attempt: 2 });
    await idle('cpu-worker-n-late-fence');
    expect((await results('won-1')).map((r) => r.status)).toEqual([TaskStatus.TASK_STATUS_SUCCEEDED]);
  });

  it('results are idempotent past the duplicate window; racing publishes store one final result', async () => {
    const base = { scope: { gameId: 'g1', roomId: 'r1', taskId: 'window-1' }, nodeId: 'n', committedVersion: 1 };
    await publishTaskResult(nc, { ...base, status: TaskStatus.TASK_STATUS_SUCCEEDED });
    await sleep(1_200);
    const again = await publishTaskResult(nc, { ...base, status: TaskStatus.TASK_STATUS_SUCCEEDED });
    expect(again).toMatchObject({ duplicate: true, existing: { status: TaskStatus.TASK_STATUS_SUCCEEDED } });
    expect((await results('window-1')).map((r) => r.status)).toEqual([TaskStatus.TASK_STATUS_SUCCEEDED]);

    // Racing deliveries of one task: a rejection may be followed by one final result, nothing follows a final one.
    const race = { ...base, scope: { ...base.scope, taskId: 'race-1' } };
    await Promise.all([
      publishTaskResult(nc, { ...race, status: TaskStatus.TASK_STATUS_REJECTED, error: 'late fencing' }),
      publishTaskResult(nc, { ...race, status: TaskStatus.TASK_STATUS_SUCCEEDED }),
      publishTaskResult(nc, { ...race, status: TaskStatus.TASK_STATUS_FAILED, error: 'second run' }),
    ]);
    const stored = (await results('race-1')).map((r) => r.status);
    expect(stored.filter((s) => s !== TaskStatus.TASK_STATUS_REJECTED)).toHaveLength(1);
    expect(stored[stored.length - 1]).not.toBe(TaskStatus.TASK_STATUS_REJECTED);
  });

  it('fails its handle (so /readyz turns unready and the process exits) when its consumer loop ends by itself', async () => {
    const own = await connectService({ servers: [server.url], service: 'cpu-worker-gone', nodeId: 'n-gone', logger: silentLogger });
    const worker = await startCpuWorker({ nc: own, nodeId: 'n-gone', logger: silentLogger, tracer: trace.getTracer('test'), clock: systemClock }, { maxThreads: 1 });
    try {
      await own.close(); // the pull loop ends under the worker, which did not stop
      await waitFor('the worker to fail', () => worker.state === 'failed', 10_000);
      await expect(worker.stopped).resolves.toBeInstanceOf(Error);
    } finally {
      await worker.stop({ graceMs: 100 }).catch(() => undefined);
    }
  });

  it('dead-letters a dispatch with an invalid taskId on its first delivery, without running it', async () => {
    await start('n-badid');
    const bytes = codecs.TaskDispatch.encode({
      task: { scope: { gameId: 'g1', roomId: 'r1', taskId: 'a b' }, kind: 'terrain', payload: json(TERRAIN) }, nodeId: 'n-badid', gpuIndex: -1, attempt: 1,
    });
    await jetstream(nc).publish(subjects.taskRun('n-badid'), bytes, { msgID: 'bad-id-1' });
    const jsm = await jetstreamManager(nc);
    const letter = await waitFor('the dead letter', async () => {
      const m = await jsm.direct.getMessage(Streams.DeadLetter, { last_by_subj: subjects.deadLetter('cpu-worker') }).catch(() => null);
      const d = m ? codecs.DeadLetter.decode(m.data) : null;
      return d && d.originalSubject === subjects.taskRun('n-badid') ? d : null;
    });
    expect(letter.deliveryCount).toBe(1);
    expect(letter.errorMessage).toContain('scope.taskId "a b" is not a valid id');
    expect(committer.seen.filter((d) => d.taskId === 'a b')).toEqual([]);
  });
});
