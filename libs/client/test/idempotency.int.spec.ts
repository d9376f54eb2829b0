/**
 * Submission idempotency (issue 17): re-using a task id answers at once with the existing outcome,
 * marked as such, instead of blocking ~70 s and printing the old result as new; an oversized submission
 * is refused before anything is published. Real nats-server; the earlier task's receipt and result are
 * written into PLACEMENTS and RESULTS as the scheduler and a worker wrote them.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { codecs, PlacementOutcome, TaskStatus } from '@cellmesh/contracts';
import { Streams, connectService, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';
import { InvalidTaskError, TaskFailedError, submitTask } from '../src';

describe('submitTask with a re-used task id (real nats-server)', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true, extraConfig: 'max_payload: 65536' });
    nc = await connectService({ servers: [server.url], service: 'client-idem-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  async function finishEarlier(taskId: string, status: TaskStatus, error = ''): Promise<void> {
    const js = jetstream(nc);
    await js.publish(subjects.placementReceipt(taskId), codecs.PlacementReceipt.encode({ scope: { gameId: 'g', roomId: 'r', taskId }, outcome: PlacementOutcome.PLACEMENT_OUTCOME_PLACED, chosenNode: 'n1', attempt: 1 }));
    await js.publish(subjects.taskResult(taskId), codecs.TaskResult.encode({ scope: { gameId: 'g', roomId: 'r', taskId }, nodeId: 'n1', status, error, committedVersion: status === TaskStatus.TASK_STATUS_SUCCEEDED ? 1 : 0 }));
  }
  const tasksHeld = async () => (await (await jetstreamManager(nc)).streams.info(Streams.Tasks)).state.messages;

  it('answers a finished task id at once with its outcome, marked existing, and publishes nothing', async () => {
    await finishEarlier('done-1', TaskStatus.TASK_STATUS_SUCCEEDED);
    const before = await tasksHeld();
    const started = Date.now();
    const outcome = await submitTask(nc, { gameId: 'g', roomId: 'r', taskId: 'done-1' }, 'batch', [], { kind: 'terrain', awaitResult: true });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(outcome).toMatchObject({ existing: true, duplicate: true, result: { status: TaskStatus.TASK_STATUS_SUCCEEDED }, receipt: { chosenNode: 'n1' } });
    expect(await tasksHeld()).toBe(before);
  });

  it('a failed earlier task fails at once, saying it was submitted earlier', async () => {
    await finishEarlier('failed-1', TaskStatus.TASK_STATUS_FAILED, 'commit rejected: too-large: …');
    const err = await submitTask(nc, { gameId: 'g', roomId: 'r', taskId: 'failed-1' }, 'batch', [], { kind: 'terrain', awaitResult: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TaskFailedError);
    expect(err).toMatchObject({ existing: true, message: 'task failed-1 (submitted earlier) failed on n1: commit rejected: too-large: …' });
  });

  it('refuses a submission the server could not carry to a worker, before publishing', async () => {
    const before = await tasksHeld();
    const err = await submitTask(nc, { gameId: 'g', roomId: 'r', taskId: 'huge-1' }, 'batch', [], { kind: 'terrain', payload: new Uint8Array(64 * 1024) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidTaskError);
    expect((err as Error).message).toContain("over the 61440-byte limit (the server's max_payload 65536");
    expect(await tasksHeld()).toBe(before);
  });
});
