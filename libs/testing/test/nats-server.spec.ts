import { existsSync } from 'node:fs';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { startNatsServer, natsServerVersion, NatsServerMissingError } from '../src';

describe('startNatsServer (a real nats-server)', () => {
  it('starts with JetStream on a free port and its own store, and removes the store on stop', async () => {
    const server = await startNatsServer({ jetstream: true });
    expect(server.port).toBeGreaterThan(0);
    expect(server.version).toMatch(/^\d+\.\d+\.\d+$/);
    const nc = await connect({ servers: server.url });
    expect(nc.info?.jetstream).toBe(true);
    await nc.close();
    await server.stop();
    expect(existsSync(server.storeDir)).toBe(false);
  });

  it('two servers never share a port or a store', async () => {
    const [a, b] = await Promise.all([startNatsServer(), startNatsServer()]);
    expect(a.port).not.toBe(b.port);
    expect(a.storeDir).not.toBe(b.storeDir);
    await Promise.all([a.stop(), b.stop()]);
  });

  it('restarts on the same port and store, keeping acknowledged JetStream data', async () => {
    const first = await startNatsServer({ jetstream: true });
    let nc = await connect({ servers: first.url });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: 'KEEP', subjects: ['keep.>'] });
    await jetstream(nc).publish('keep.a', new TextEncoder().encode('survives'));
    await nc.close();

    const second = await first.restart();
    expect(second.port).toBe(first.port);
    expect(second.storeDir).toBe(first.storeDir);
    nc = await connect({ servers: second.url });
    const msg = await (await jetstreamManager(nc)).streams.getMessage('KEEP', { seq: 1 });
    expect(new TextDecoder().decode(msg!.data)).toBe('survives');
    await nc.close();
    await second.stop();
    expect(existsSync(first.storeDir)).toBe(false);
  });

  it('fails loudly when the binary is missing instead of skipping', async () => {
    expect(() => natsServerVersion('/nonexistent/nats-server')).toThrow(NatsServerMissingError);
  });
});
