/**
 * The debug UI under abuse (issue 18): a connection cap, slow browsers dropped instead of
 * buffered without bound, and no answer to a foreign Host or Origin (DNS rebinding). Real
 * nats-server, real HTTP.
 */
import { request } from 'node:http';
import { connect as tcpConnect, type Socket } from 'node:net';
import type { NatsConnection } from '@nats-io/transport-node';
import { codecs } from '@cellmesh/contracts';
import { connectService, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startDebugUi, type DebugUi } from './server';

function status(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

/** An SSE client that connects and then never reads. */
function stalledClient(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = tcpConnect(port, '127.0.0.1', () => {
      socket.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      socket.once('data', () => {
        socket.pause();
        resolve(socket);
      });
    });
  });
}

describe('debug UI limits', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let ui: DebugUi;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectService({ servers: [server.url], service: 'cli', nodeId: 'ui-limits', logger: silentLogger });
    await provisionAll(nc);
    ui = await startDebugUi({ nc, port: 0, maxClients: 3, maxBufferedBytes: 64 * 1024 });
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await ui?.close();
    await nc?.close();
    await server?.stop();
  });

  it('answers only its own Host and same-origin requests', async () => {
    expect(await status(`${ui.url}/api/state`)).toBe(200);
    expect(await status(`${ui.url}/api/state`, { Host: `localhost:${ui.port}` })).toBe(200);
    expect(await status(`${ui.url}/api/state`, { Host: 'attacker.example' })).toBe(403);
    expect(await status(`${ui.url}/api/state`, { Host: `attacker.example:${ui.port}` })).toBe(403);
    expect(await status(`${ui.url}/events`, { Origin: 'http://attacker.example' })).toBe(403);
    expect(await status(`${ui.url}/api/state`, { Origin: ui.url })).toBe(200);
  });

  it('caps concurrent event streams and drops a browser that does not read', async () => {
    for (let i = 0; i < 3; i++) sockets.push(await stalledClient(ui.port));
    await waitFor('three streams', () => ui.stats().clients === 3);
    expect(await status(`${ui.url}/events`)).toBe(503);
    expect(ui.stats().refused).toBeGreaterThanOrEqual(1);

    // A flood of updates: the stalled browsers' buffers pass the bound and they are dropped.
    const big = codecs.NodeMetrics.encode({ nodeId: 'flood', cpuCores: 8, site: 'x'.repeat(2000) });
    await waitFor(
      'the stalled browsers dropped',
      async () => {
        for (let i = 0; i < 200; i++) nc.publish(subjects.metricsNode(`flood-${i % 50}`), big);
        await nc.flush();
        return ui.stats().dropped === 3;
      },
      30_000,
      50,
    );
    expect(ui.stats().clients).toBe(0);
    // A new browser is served again.
    sockets.push(await stalledClient(ui.port));
    await waitFor('a new stream', () => ui.stats().clients === 1);
  }, 60_000);
});
