/** A consumer loop that ends by itself is reported through onEnd, never silently (issue 17). */
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { codecs } from '@cellmesh/contracts';
import { Consumers, Streams, consumeDurable, provisionAll, silentLogger, subjects } from '../src';

describe('consumeDurable onEnd', () => {
  let server: RunningNatsServer;
  let admin: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    admin = await connect({ servers: [server.url] });
    await provisionAll(admin);
  });
  afterAll(async () => {
    await admin?.close();
    await server?.stop();
  });

  const start = (nc: NatsConnection, durable: string, onEnd: (err: Error) => void) =>
    consumeDurable(nc, {
      service: 'consume-end-test', stream: Streams.Dispatch, durable, filterSubject: subjects.taskRun(durable), codec: codecs.TaskDispatch,
      logger: silentLogger, handler: async () => undefined, onEnd,
    });

  it('reports the end of the loop when its connection closes under it', async () => {
    const nc = await connect({ servers: [server.url] });
    const ends: Error[] = [];
    await start(nc, Consumers.cpuWorker('n-close'), (err) => ends.push(err));
    await nc.close();
    await waitFor('onEnd after the connection closed', () => ends.length === 1, 10_000);
    expect(ends[0]!.message).toMatch(/cpu-worker-n-close on DISPATCH (stopped delivering|failed)/);
  });

  it('does not report a loop that was stopped', async () => {
    const nc = await connect({ servers: [server.url] });
    const ends: Error[] = [];
    const consumer = await start(nc, Consumers.cpuWorker('n-stop'), (err) => ends.push(err));
    await consumer.stop(500);
    await nc.close();
    await new Promise((r) => setTimeout(r, 500));
    expect(ends).toEqual([]);
  });
});
