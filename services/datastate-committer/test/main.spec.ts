import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { connectService, silentLogger } from '@cellmesh/bus';
import { commitDelta } from '@cellmesh/client';
import { MetricName } from '@cellmesh/telemetry';
import { startNatsServer, waitFor, spawnServiceMain, operatorEndpointsUrl, type RunningNatsServer } from '@cellmesh/testing';
import { text } from './helpers';

/** The committer's main.ts as an operator runs it (through tsx), with only the environment it is given. */
const MAIN = join(__dirname, '..', 'src', 'main.ts');
const BASE_ENV = { CELLMESH_NODE_ID: 'main-test', LOG_LEVEL: 'info', DATASTATE_LEASE_TTL: '3s' };

const runMain = (env: Record<string, string>) => spawnServiceMain(MAIN, { ...BASE_ENV, ...env });

describe('datastate-committer main.ts', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'main-test-client', nodeId: 't1', logger: silentLogger });
  });

  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  it.each<{ name: string; env: Record<string, string>; line: string }>([
    { name: 'no credentials', env: {}, line: 'NATS_CREDS is not set: expected a credentials file when CELLMESH_SECURITY=on (or NATS_NKEY_SEED_FILE, or NATS_USER with NATS_PASSWORD)' },
    { name: 'a user without its password', env: { NATS_USER: 'datastate-committer@main-test' }, line: 'NATS_PASSWORD' },
    { name: 'credentials but no TLS CA', env: { NATS_USER: 'datastate-committer@main-test', NATS_PASSWORD: 'secret' }, line: 'NATS_TLS_CA is not set' },
  ])('refuses to start with CELLMESH_SECURITY=on and $name, naming the variable (exit 78)', async ({ env, line }) => {
    const run = runMain({ NATS_URL: server.url, CELLMESH_SECURITY: 'on', ...env });
    expect(await run.exited).toBe(78);
    expect(run.stderr()).toContain(`datastate-committer: config error: ${line}`);
    expect(run.stderr()).not.toContain('connected to NATS');
  }, 30_000);

  it('serves /healthz, /readyz and /metrics on CELLMESH_HTTP_PORT (0: a free port), records commit lag and backlog, and exits 0 on SIGTERM', async () => {
    // Security off: CELLMESH_PROVISION defaults to on, so main.ts creates the streams and buckets itself.
    const run = runMain({ NATS_URL: server.url, CELLMESH_HTTP_PORT: '0' });
    try {
      const url = await operatorEndpointsUrl(run);
      const ready = await waitFor('/readyz to report ready', async () => {
        const res = await fetch(`${url}/readyz`);
        return res.status === 200 ? ((await res.json()) as { status: string; services: Array<{ name: string; nodeId: string; state: string }> }) : undefined;
      }, 20_000);
      expect(ready).toMatchObject({ status: 'ready', services: [{ name: 'datastate-committer', nodeId: 'main-test', state: 'running' }] });
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', natsConnected: true });

      // One delta through the real process: its lag is observed once the committer is active and applies it.
      const scope = { gameId: 'g-main', roomId: 'r1', taskId: 't-main' };
      await commitDelta(nc, { taskId: scope.taskId, scope, version: 1, writes: [{ key: 'k', value: text('v') }], hlc: { wallMs: Date.now(), logical: 0, nodeId: 'w1' } });
      const metrics = await waitFor('the commit lag of one applied delta in /metrics', async () => {
        const body = await (await fetch(`${url}/metrics`)).text();
        return body.includes(`${MetricName.CommitLag}_count{node="main-test"} 1`) ? body : undefined;
      }, 20_000);
      expect(metrics).toContain('process_cpu_user_seconds_total');
      // The backlog gauge is set by the active committer's load report.
      expect(metrics).toMatch(new RegExp(`${MetricName.CommitBacklog}\\{node="main-test"\\} \\d+`));
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
  }, 60_000);
});
