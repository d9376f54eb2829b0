import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { codecs, TaskProfile } from '@cellmesh/contracts';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { connectService, provisionAll, subscribeMessages, publishMessage, consumeDurable, silentLogger, subjects, Streams, Headers, PermanentError } from '../src';

describe('bus against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'bus-test', nodeId: 't1', logger: silentLogger });
  });

  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  it('provisions streams and buckets idempotently', async () => {
    const first = await provisionAll(nc);
    expect(first.created).toEqual(expect.arrayContaining([Streams.Tasks, Streams.DeadLetter, 'KV cm_leases']));
    const second = await provisionAll(nc);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toHaveLength(first.created.length);
    const jsm = await jetstreamManager(nc);
    const names: string[] = [];
    for await (const s of jsm.streams.list()) names.push(s.config.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(Streams)));
  });

  it('publishes a protobuf message and receives it decoded', async () => {
    const received: string[] = [];
    const sub = subscribeMessages(nc, subjects.metricsNode('eu-1'), codecs.NodeMetrics, (m) => void received.push(`${m.nodeId}:${m.cpuCores}`), { service: 'bus-test', logger: silentLogger });
    publishMessage(nc, subjects.metricsNode('eu-1'), codecs.NodeMetrics, { nodeId: 'eu-1', cpuCores: 8 });
    await waitFor('decoded message', () => received.length > 0);
    expect(received).toEqual(['eu-1:8']);
    sub.unsubscribe();
  });

  it('dead-letters a malformed payload with its reason and keeps consuming', async () => {
    const handled: string[] = [];
    const consumer = await consumeDurable(nc, {
      service: 'bus-test', stream: Streams.Tasks, durable: 'bus-test', filterSubject: subjects.taskSubmitAll,
      codec: codecs.TaskSubmit, logger: silentLogger,
      handler: async (task) => {
        if (task.kind === 'explode') throw new PermanentError('kind "explode" is not registered', 'unknown-kind');
        handled.push(task.scope?.taskId ?? '');
      },
    });
    const js = jetstream(nc);
    const subject = subjects.taskSubmit('g1', 'r1');
    const garbage = new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    await js.publish(subject, garbage, { msgID: 'bad-1' });
    await js.publish(subject, codecs.TaskSubmit.encode({ scope: { gameId: 'g1', roomId: 'r1', taskId: 'boom' }, kind: 'explode', profile: TaskProfile.TASK_PROFILE_BATCH }), { msgID: 'boom' });
    await js.publish(subject, codecs.TaskSubmit.encode({ scope: { gameId: 'g1', roomId: 'r1', taskId: 'ok-1' }, kind: 'pathfind', profile: TaskProfile.TASK_PROFILE_BATCH }), { msgID: 'ok-1' });

    await waitFor('the good task', () => handled.includes('ok-1'));
    const jsm = await jetstreamManager(nc);
    await waitFor('two dead letters', async () => (await jsm.streams.info(Streams.DeadLetter)).state.messages >= 2);

    const dlq = await js.consumers.get(Streams.DeadLetter);
    const letters = [];
    for (let i = 0; i < 2; i++) {
      const m = await dlq.next({ expires: 2000 });
      if (m) letters.push(codecs.DeadLetter.decode(m.data));
    }
    const malformed = letters.find((l) => l.errorName === 'ContractError')!;
    expect(malformed.service).toBe('bus-test');
    expect(malformed.originalSubject).toBe('task.submit.g1.r1');
    expect(malformed.errorMessage).toMatch(/cellmesh\.v1\.TaskSubmit: malformed protobuf/);
    expect(Array.from(malformed.payload)).toEqual(Array.from(garbage));
    const rejected = letters.find((l) => l.errorName === 'PermanentError')!;
    expect(rejected.errorMessage).toBe('kind "explode" is not registered');
    expect(handled).toEqual(['ok-1']);
    await consumer.stop();
  });

  it('de-duplicates a re-sent submission by Nats-Msg-Id', async () => {
    const js = jetstream(nc);
    const bytes = codecs.TaskSubmit.encode({ scope: { gameId: 'g1', roomId: 'r1', taskId: 'dup-1' } });
    const a = await js.publish(subjects.taskSubmit('g1', 'r1'), bytes, { msgID: 'dup-1' });
    const b = await js.publish(subjects.taskSubmit('g1', 'r1'), bytes, { msgID: 'dup-1' });
    expect(a.duplicate).toBe(false);
    expect(b.duplicate).toBe(true);
    expect(b.seq).toBe(a.seq);
    expect(Headers.MsgId).toBe('Nats-Msg-Id');
  });
});
