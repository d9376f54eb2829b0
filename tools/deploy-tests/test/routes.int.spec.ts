/**
 * Routes authenticate each server's cluster, not only the CA: with the generated site cluster config
 * (renderSiteCluster: mutual TLS + verify_and_map to routeIdentity(site)) and certificates from
 * gen-certs.sh `<host>@<site>`, the two us-east servers route to each other, and a server holding
 * eu-west's certificate (signed by the same deployment CA) is refused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { generateSecureFabric } from '../src/secure-fabric';
import { renderSiteCluster } from '../src/topology';

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

async function routes(server: RunningNatsServer): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${server.monitorPort}/routez`);
  return ((await res.json()) as { num_routes: number }).num_routes;
}

describe('routes are authenticated by cluster', () => {
  let dir: string;
  const servers: RunningNatsServer[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cellmesh-routes-'));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await rm(dir, { recursive: true, force: true });
  });

  it('lets the site\'s servers route and refuses another site\'s certificate', async () => {
    const fabric = await generateSecureFabric({ inventory: { sites: [{ site: 'us-east', nodes: [{ nodeId: 'us-1' }] }], admins: ['ops'] }, dir, serverNames: ['us-1@us-east', 'us-2@us-east', 'eu-1@eu-west'] });
    const [p1, p2, p3] = [await freePort(), await freePort(), await freePort()];
    // Every server claims to be a member of us-east; only the certificate decides.
    const cluster = (name: string, port: number, peers: number[]) =>
      renderSiteCluster({ site: 'us-east', hosts: [], tls: fabric.serverTls(name) })
        .replace('"0.0.0.0:6222"', `"127.0.0.1:${port}"`)
        .replace('"routes": []', `"routes": ${JSON.stringify(peers.map((p) => `nats-route://localhost:${p}`))}`);
    servers.push(await startNatsServer({ jetstream: false, extraConfig: `server_name: us-1\n${cluster('us-1', p1, [p2])}` }));
    servers.push(await startNatsServer({ jetstream: false, extraConfig: `server_name: us-2\n${cluster('us-2', p2, [p1])}` }));
    const [us1, us2] = servers as [RunningNatsServer, RunningNatsServer];
    await waitFor('us-1 and us-2 routed', async () => (await routes(us1)) === 1 && (await routes(us2)) === 1, 15_000, 100);

    const eu1 = await startNatsServer({ jetstream: false, extraConfig: `server_name: eu-1\n${cluster('eu-1', p3, [p1, p2])}` });
    servers.push(eu1);
    // eu-1 dials both for 3 s (route connects retry every second); neither accepts it.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await routes(eu1)).toBe(0);
    expect(await routes(us1)).toBe(1);
    expect(await routes(us2)).toBe(1);
  }, 60_000);
});
