import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { codecs, PlacementOutcome, TaskProfile, TaskStatus } from '@cellmesh/contracts';
import { connectService, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';
import { runTasks, taskRows, type TaskRow } from '../src/commands/tasks';

const scope = (gameId: string, roomId: string, taskId: string) => ({ gameId, roomId, taskId });
const submit = (gameId: string, roomId: string, taskId: string, atMs: number) =>
  codecs.TaskSubmit.decode(codecs.TaskSubmit.encode({ scope: scope(gameId, roomId, taskId), profile: TaskProfile.TASK_PROFILE_BATCH, kind: 'terrain', submittedAtMs: atMs }));
const receipt = (gameId: string, roomId: string, taskId: string, outcome: PlacementOutcome, extra: { chosenNode?: string; rejectReason?: string } = {}) =>
  codecs.PlacementReceipt.decode(codecs.PlacementReceipt.encode({ scope: scope(gameId, roomId, taskId), outcome, rule: outcome === PlacementOutcome.PLACEMENT_OUTCOME_REJECTED ? 'rejected' : 'best-fit', attempt: 1, decidedAtMs: Date.now(), ...extra }));
const result = (gameId: string, roomId: string, taskId: string, status: TaskStatus, error = '') =>
  codecs.TaskResult.decode(codecs.TaskResult.encode({ scope: scope(gameId, roomId, taskId), nodeId: 'n2', status, error, durationMs: 12.5, finishedAtMs: Date.now(), kind: 'terrain' }));

describe('taskRows (pure)', () => {
  const now = 1_000_000;
  const rows = taskRows(
    [submit('g1', 'r1', 't-pending', now - 5), submit('g1', 'r1', 't-running', now - 4), submit('g1', 'r2', 't-done', now - 3), submit('g2', 'r1', 't-failed', now - 2), submit('g2', 'r1', 't-rejected', now - 1)],
    [
      receipt('g1', 'r1', 't-running', PlacementOutcome.PLACEMENT_OUTCOME_PLACED, { chosenNode: 'n1' }),
      receipt('g1', 'r2', 't-done', PlacementOutcome.PLACEMENT_OUTCOME_PLACED, { chosenNode: 'n2' }),
      receipt('g2', 'r1', 't-failed', PlacementOutcome.PLACEMENT_OUTCOME_PLACED, { chosenNode: 'n2' }),
      receipt('g2', 'r1', 't-rejected', PlacementOutcome.PLACEMENT_OUTCOME_REJECTED, { rejectReason: 'no-feasible-node' }),
    ],
    [result('g1', 'r2', 't-done', TaskStatus.TASK_STATUS_SUCCEEDED), result('g2', 'r1', 't-failed', TaskStatus.TASK_STATUS_FAILED, 'boom')],
    { limit: 50 },
  );
  const byId = (id: string): TaskRow => rows.find((r) => r.taskId === id)!;

  it('derives each state from the newest record: submission, receipt, then result', () => {
    expect(Object.fromEntries(rows.map((r) => [r.taskId, r.state]))).toEqual({ 't-pending': 'pending', 't-running': 'running', 't-done': 'succeeded', 't-failed': 'failed', 't-rejected': 'rejected' });
    expect(byId('t-rejected').reason).toBe('no-feasible-node');
    expect(byId('t-failed')).toMatchObject({ node: 'n2', reason: 'boom', durationMs: 12.5, kind: 'terrain', profile: 'batch' });
  });

  it('lists newest first and filters by game, room, state and limit', () => {
    expect(rows.map((r) => r.taskId)).toEqual(['t-rejected', 't-failed', 't-done', 't-running', 't-pending']);
    const again = (f: Parameters<typeof taskRows>[3]) => taskRows([submit('g1', 'r1', 'a', 1), submit('g1', 'r2', 'b', 2), submit('g2', 'r1', 'c', 3)], [], [], f).map((r) => r.taskId);
    expect(again({ gameId: 'g1', limit: 50 })).toEqual(['b', 'a']);
    expect(again({ roomId: 'r1', limit: 50 })).toEqual(['c', 'a']);
    expect(again({ state: 'running', limit: 50 })).toEqual([]);
    expect(again({ limit: 1 })).toEqual(['c']);
  });
});

describe('cellmesh tasks against the durable record (real nats-server)', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'test', nodeId: 'tasks-test', logger: silentLogger });
    await provisionAll(nc);
    const js = jetstream(nc);
    const now = Date.now();
    for (const [g, r, t] of [['space', 'lobby-1', 'x-1'], ['space', 'lobby-2', 'x-2'], ['other', 'lobby-1', 'y-1']] as const) {
      await js.publish(subjects.taskSubmit(g, r), codecs.TaskSubmit.encode(submit(g, r, t, now)), { msgID: t });
    }
    await js.publish(subjects.placementReceipt('x-1'), codecs.PlacementReceipt.encode(receipt('space', 'lobby-1', 'x-1', PlacementOutcome.PLACEMENT_OUTCOME_PLACED, { chosenNode: 'n1' })));
    await js.publish(subjects.taskResult('x-1'), codecs.TaskResult.encode(result('space', 'lobby-1', 'x-1', TaskStatus.TASK_STATUS_SUCCEEDED)));
    await js.publish(subjects.placementReceipt('y-1'), codecs.PlacementReceipt.encode(receipt('other', 'lobby-1', 'y-1', PlacementOutcome.PLACEMENT_OUTCOME_QUEUED)));
  }, 30_000);

  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
  };

  it('lists every task of a game as JSON with its state, from TASKS, PLACEMENTS and RESULTS', async () => {
    const c = capture();
    expect(await runTasks({ natsUrl: server.url, gameId: 'space', limit: 50, sinceMs: 3_600_000, json: true }, c.io)).toBe(0);
    const rows = JSON.parse(c.out.join('\n')) as TaskRow[];
    expect(rows.map((r) => [r.taskId, r.state, r.node]).sort()).toEqual([['x-1', 'succeeded', 'n2'], ['x-2', 'pending', '']]);
  }, 30_000);

  it('filters by state across games and prints a table', async () => {
    const c = capture();
    expect(await runTasks({ natsUrl: server.url, state: 'queued', limit: 50, sinceMs: 3_600_000, json: false }, c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text.split('\n')[0]).toMatch(/^TASK\s+GAME\s+ROOM\s+STATE/);
    expect(text).toMatch(/y-1\s+other\s+lobby-1\s+queued/);
    expect(text).not.toContain('x-1');
  }, 30_000);

  it('fails with exit 1 when no server answers', async () => {
    const c = capture();
    expect(await runTasks({ natsUrl: 'nats://127.0.0.1:1', limit: 5, sinceMs: 1000, json: false }, c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('cannot reach NATS');
  }, 30_000);
});
