import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { trace } from '@opentelemetry/api';
import { codecs, TaskStatus, TaskProfile, ResourceHint, type MessageOf } from '@cellmesh/contracts';
import { connectService, provisionAll, subscribeMessages, silentLogger, subjects, Streams } from '@cellmesh/bus';
import { systemClock } from '@cellmesh/runtime';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startGpuHubRunner, reassemble, type GpuHubRunnerOptions, type GpuHubRunnerHandle } from '../src';
import { startVerdictStandIn, type VerdictStandIn } from './fixtures/verdict-stand-in';

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

/** A process is gone when /proc no longer lists it or it is a zombie waiting for its reaper. */
function processGone(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return true;
  try {
    return readFileSync(stat, 'utf8').split(') ')[1]?.startsWith('Z') ?? true;
  } catch {
    return true;
  }
}

describe('gpu-hub-runner on an EMULATED device against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let committer: VerdictStandIn;
  /** Deltas the stand-in committer refuses, by task id. */
  const refusals = new Map<string, string>();

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'gpu-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    committer = await startVerdictStandIn(nc, (d) => refusals.get(d.taskId));
  });

  afterAll(async () => {
    await committer?.stop();
    await nc?.close();
    await server?.stop();
  });

  const start = (nodeId: string, options: GpuHubRunnerOptions = {}): Promise<GpuHubRunnerHandle> =>
    startGpuHubRunner({ nc, nodeId, logger: silentLogger, tracer: trace.getTracer('test'), clock: systemClock }, { device: { mode: 'emulated', gpus: 1, vramMb: 16384, gpuModel: 'NVIDIA L4' }, ...options });

  async function dispatch(nodeId: string, taskId: string, kind: string, payload: unknown, extra: { vramMib?: number; gpuIndex?: number; deadlineMs?: number; room?: string } = {}): Promise<void> {
    const bytes = codecs.TaskDispatch.encode({
      task: { scope: { gameId: 'g1', roomId: extra.room ?? 'r1', taskId }, profile: TaskProfile.TASK_PROFILE_THROUGHPUT, hints: [ResourceHint.RESOURCE_HINT_GPU_REQUIRED], kind, payload: json(payload), vramMib: extra.vramMib ?? 1024, deadlineMs: extra.deadlineMs ?? 0 },
      nodeId, gpuIndex: extra.gpuIndex ?? 0, fencing: { clusterId: 'c1', holder: 'l1', term: 3 }, attempt: 1, dispatchedAtMs: Date.now(),
    });
    await jetstream(nc).publish(subjects.taskRunGpu(nodeId), bytes, { msgID: `${taskId}:dispatch:1` });
  }

  async function result(taskId: string, timeoutMs = 20_000): Promise<MessageOf<'TaskResult'>> {
    const jsm = await jetstreamManager(nc);
    return waitFor(`the result of ${taskId}`, async () => {
      const m = await jsm.direct.getMessage(Streams.Results, { last_by_subj: subjects.taskResult(taskId) }).catch(() => null);
      return m ? codecs.TaskResult.decode(m.data) : null;
    }, timeoutMs);
  }

  async function lastCommit(room: string): Promise<MessageOf<'CommitDelta'>> {
    const jsm = await jetstreamManager(nc);
    const m = await jsm.direct.getMessage(Streams.Commits, { last_by_subj: subjects.datastateCommit('g1', room) });
    return codecs.CommitDelta.decode(m!.data);
  }

  it('reports the committer\'s refusal instead of success: FAILED with the reason, REJECTED for a stale term, committedVersion 0', async () => {
    const runner = await start('gpu-refused');
    refusals.set('mm-refused', 'too-large: room g1/r-ref would grow to 9 bytes, past 8 bytes');
    refusals.set('mm-stale', 'stale-term: term 3 of l1 is older than term 4 for cluster c1');
    await dispatch('gpu-refused', 'mm-refused', 'matmul', { size: 64, iterations: 1 }, { room: 'r-ref' });
    await dispatch('gpu-refused', 'mm-stale', 'matmul', { size: 64, iterations: 1 }, { room: 'r-ref' });
    const refused = await result('mm-refused');
    expect(refused).toMatchObject({ status: TaskStatus.TASK_STATUS_FAILED, error: 'commit rejected: too-large: room g1/r-ref would grow to 9 bytes, past 8 bytes' });
    expect(Number(refused.committedVersion)).toBe(0);
    const stale = await result('mm-stale');
    expect(stale.status).toBe(TaskStatus.TASK_STATUS_REJECTED);
    expect(stale.error).toContain('stale-term: term 3 of l1 is older than term 4');
    await runner.stop();
  });

  it('runs a pinned matmul on the emulated device, labelled emulated, and commits its measurements', async () => {
    const runner = await start('gpu-a');
    expect(runner.emulated).toBe(true);
    const inv = await runner.inventory();
    expect(inv.devices).toEqual([{ index: 0, uuid: 'EMU-gpu-a-0', name: 'NVIDIA L4 (emulated)', memoryTotalMib: 16384, memoryUsedMib: 0, emulated: true }]);
    await dispatch('gpu-a', 'mm-1', 'matmul', { size: 1024, iterations: 4 }, { vramMib: 2048, room: 'r-mm' });
    const r = await result('mm-1');
    expect(r).toMatchObject({ status: TaskStatus.TASK_STATUS_SUCCEEDED, error: '', nodeId: 'gpu-a', gpuIndex: 0, gpuUuid: 'EMU-gpu-a-0', vramUsedMib: 2048, emulated: true, kind: 'matmul' });
    expect(Number(r.committedVersion)).toBe(1);
    const summary = JSON.parse(new TextDecoder().decode(r.output));
    expect(summary).toMatchObject({ kind: 'matmul', size: 1024, emulated: true, device: { uuid: 'EMU-gpu-a-0', emulated: true }, vramUsedMib: 2048 });
    const commit = await lastCommit('r-mm');
    expect(commit.writes.map((w) => w.key)).toEqual(['task.mm-1.summary']);
    expect(Number(commit.fencing?.term)).toBe(3);
    await runner.stop();
  });

  it('sends render output straight to render.<gameId>.<roomId> in chunks and commits only metadata', async () => {
    const runner = await start('gpu-r', { renderChunkBytes: 64 * 1024 });
    const chunks: Array<MessageOf<'RenderChunk'>> = [];
    const sub = subscribeMessages(nc, subjects.render('g1', 'r-render'), codecs.RenderChunk, (c) => void chunks.push(c), { service: 'test', logger: silentLogger });
    await nc.flush();
    await dispatch('gpu-r', 'frame-1', 'render', { width: 640, height: 360 }, { vramMib: 512, room: 'r-render' });
    const r = await result('frame-1');
    expect(r.status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    await waitFor('every chunk', () => chunks.length > 0 && chunks.length === chunks[0].total);
    const frame = reassemble(chunks.map((c) => ({ seq: c.seq, total: c.total, data: c.data })))!;
    expect(new TextDecoder().decode(frame.subarray(0, 15))).toBe('P6\n640 360\n255\n');
    expect(frame.byteLength).toBe(15 + 640 * 360 * 3);
    expect(chunks[0].total).toBe(Math.ceil(frame.byteLength / (64 * 1024)));
    expect(chunks.every((c) => c.scope?.taskId === 'frame-1' && c.contentType === 'image/x-portable-pixmap' && c.data.byteLength <= 64 * 1024)).toBe(true);

    const commit = await lastCommit('r-render');
    expect(commit.writes.map((w) => w.key)).toEqual(['task.frame-1.render']);
    const meta = JSON.parse(new TextDecoder().decode(commit.writes[0].value));
    expect(meta).toMatchObject({ subject: 'render.g1.r-render', chunks: chunks[0].total, bytes: frame.byteLength, width: 640, height: 360, emulated: true });
    expect(meta.sha256).toBe(createHash('sha256').update(frame).digest('hex'));
    expect(commit.writes[0].value?.byteLength).toBeLessThan(2048);
    sub.unsubscribe();
    await runner.stop();
  });

  it('admits on measured free VRAM: foreign usage counts, a full GPU makes tasks wait, slots bound concurrency', async () => {
    const loads: Array<MessageOf<'LoadReport'>> = [];
    const sub = subscribeMessages(nc, subjects.metricsLoad('gpu-v'), codecs.LoadReport, (m) => void loads.push(m), { service: 'test', logger: silentLogger });
    // 16384 MiB device, 8000 MiB held by a pretend foreign process, margin 1024, overhead 512.
    const runner = await start('gpu-v', { device: { mode: 'emulated', gpus: 1, vramMb: 16384, foreignUsedMib: 8000 }, admissionWaitMs: 20_000, slotsPerGpu: 2 });
    // Its deadline bounds how long it may wait for memory.
    await dispatch('gpu-v', 'big-1', 'matmul', { size: 256, iterations: 1 }, { vramMib: 10000, room: 'r-v', deadlineMs: Date.now() + 500 });
    const big = await result('big-1');
    expect(big.status).toBe(TaskStatus.TASK_STATUS_REJECTED);
    expect(big.error).toMatch(/^not admitted: needs 10512 MiB; GPU 0 has 7360 MiB free \(measured used 8000 MiB of which foreign 8000 MiB, committed 8000 MiB, margin 1024 MiB, per-process accounting\); waited \d+ ms$/);
    expect(big.emulated).toBe(true);

    // 7360 MiB free: two tasks of 3000 (+512) fit; the third waits for one of them to finish.
    for (const id of ['v-1', 'v-2', 'v-3']) await dispatch('gpu-v', id, 'matmul', { size: 4096, iterations: 60 }, { vramMib: 3000, room: 'r-v' });
    const rs = await Promise.all(['v-1', 'v-2', 'v-3'].map((id) => result(id)));
    expect(rs.map((r) => r.status)).toEqual([TaskStatus.TASK_STATUS_SUCCEEDED, TaskStatus.TASK_STATUS_SUCCEEDED, TaskStatus.TASK_STATUS_SUCCEEDED]);
    await waitFor('idle load report', () => loads.length > 0 && loads[loads.length - 1].runningTasks === 0 && loads[loads.length - 1].queueDepth === 0);
    expect(Math.max(...loads.map((l) => l.runningTasks))).toBe(2);
    expect(loads.some((l) => l.queueDepth >= 1 && l.runningTasks === 2)).toBe(true);
    expect(loads.every((l) => l.source === 'gpu-hub-runner')).toBe(true);

    await dispatch('gpu-v', 'nogpu-1', 'matmul', {}, { vramMib: 100, gpuIndex: 5, room: 'r-v' });
    expect((await result('nogpu-1')).error).toBe("not admitted: GPU 5 is not in this node's inventory (0)");
    sub.unsubscribe();
    await runner.stop();
  });

  it('kills a stuck task process group at its deadline (TIMED_OUT) and keeps serving', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'stuck-')), 'pids');
    process.env.STUCK_PID_FILE = pidFile; // read by the fixture script (inherits the runner's environment)
    const runner = await start('gpu-s', { scriptsDir: join(__dirname, 'fixtures', 'stuck-tasks'), killGraceMs: 300 });
    await dispatch('gpu-s', 'stuck-1', 'matmul', { size: 4321 }, { deadlineMs: Date.now() + 1500, room: 'r-s' });
    const r = await result('stuck-1');
    expect(r.status).toBe(TaskStatus.TASK_STATUS_TIMED_OUT);
    expect(r.error).toMatch(/^GPU task exceeded its \d+ ms budget; its process group was killed$/);
    const [scriptPid, grandchildPid] = readFileSync(pidFile, 'utf8').split(' ').map(Number);
    await waitFor('the stuck script and its grandchild gone', () => processGone(scriptPid) && processGone(grandchildPid), 5_000);

    await dispatch('gpu-s', 'bad-1', 'matmul', { dtype: 'int4' }, { room: 'r-s' });
    expect((await result('bad-1')).error).toBe('GpuTaskInputError: matmul: payload.dtype must be one of float32, float16, bfloat16, got "int4"');
    await dispatch('gpu-s', 'ok-1', 'matmul', { size: 64, iterations: 1 }, { room: 'r-s' });
    expect((await result('ok-1')).status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    expect(runner.runningTasks).toBe(0);
    expect(runner.state).toBe('running');
    await runner.stop();
    delete process.env.STUCK_PID_FILE;
  });
});
