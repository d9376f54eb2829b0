/** Bounded storage and dead-letter dedupe against a real nats-server (issue 17). */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';
import { Buckets, ObjectStores, Streams, bucketSpecs, connectService, provisionAll, publishDeadLetter, silentLogger, streamSpecs, subjects } from '../src';

describe('bounded storage', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'bounds-test', nodeId: 't1', logger: silentLogger });
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  it('brings a bucket created without limits (an older release) up to the spec, and bounds every stream', async () => {
    await new Kvm(nc).create(Buckets.Leases, { history: 10 });
    const report = await provisionAll(nc);
    expect(report.updated).toContain(`KV ${Buckets.Leases}`);
    const jsm = await jetstreamManager(nc);
    for (const bucket of Object.values(Buckets)) {
      const info = await jsm.streams.info(`KV_${bucket}`);
      expect({ bucket, max_bytes: info.config.max_bytes }).toEqual({ bucket, max_bytes: bucketSpecs[bucket].max_bytes });
    }
    for (const stream of Object.values(Streams)) {
      const info = await jsm.streams.info(stream);
      expect(info.config.max_bytes).toBe(streamSpecs[stream].max_bytes);
      expect(info.config.max_age).toBeGreaterThan(0);
    }
    expect((await jsm.streams.info(`OBJ_${ObjectStores.Rooms}`)).config.max_bytes).toBeGreaterThan(0);
    expect((await provisionAll(nc)).updated).toEqual([]);
  });

  it('one bad broadcast seen by five nodes is one dead letter; a redelivered stream message too', async () => {
    const jsm = await jetstreamManager(nc);
    const before = (await jsm.streams.info(Streams.DeadLetter)).state.messages;
    const payload = new TextEncoder().encode('garbage broadcast');
    for (const nodeId of ['n1', 'n2', 'n3', 'n4', 'n5']) {
      await publishDeadLetter(nc, { service: 'metrics-collector', nodeId, originalSubject: subjects.metricsNode('x'), payload, error: new Error('malformed') });
    }
    for (const deliveryCount of [1, 2, 3]) {
      await publishDeadLetter(nc, { service: 'cpu-worker', nodeId: 'n1', originalSubject: subjects.taskRun('n1'), payload, error: new Error('bad'), streamSeq: 7, deliveryCount });
    }
    expect((await jsm.streams.info(Streams.DeadLetter)).state.messages - before).toBe(2);
  });
});
