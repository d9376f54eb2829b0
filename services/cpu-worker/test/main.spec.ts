import { join } from 'node:path';
import { startNatsServer, waitFor, spawnServiceMain, operatorEndpointsUrl, type RunningNatsServer } from '@cellmesh/testing';

/** The cpu-worker's main.ts as an operator runs it (through tsx), with only the environment it is given. */
const MAIN = join(__dirname, '..', 'src', 'main.ts');
const BASE_ENV = { CELLMESH_NODE_ID: 'main-test', CPU_WORKER_MAX_THREADS: '1', LOG_LEVEL: 'info' };

const runMain = (env: Record<string, string>) => spawnServiceMain(MAIN, { ...BASE_ENV, ...env });

describe('cpu-worker main.ts', () => {
  let server: RunningNatsServer;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it.each<{ name: string; env: Record<string, string>; line: string }>([
    { name: 'no credentials', env: {}, line: 'NATS_CREDS is not set: expected a credentials file when CELLMESH_SECURITY=on (or NATS_NKEY_SEED_FILE, or NATS_USER with NATS_PASSWORD)' },
    { name: 'a user without its password', env: { NATS_USER: 'cpu-worker@main-test' }, line: 'NATS_PASSWORD' },
    { name: 'credentials but no TLS CA', env: { NATS_USER: 'cpu-worker@main-test', NATS_PASSWORD: 'secret' }, line: 'NATS_TLS_CA is not set' },
  ])('refuses to start with CELLMESH_SECURITY=on and $name, naming the variable (exit 78)', async ({ env, line }) => {
    const run = runMain({ NATS_URL: server.url, CELLMESH_SECURITY: 'on', ...env });
    expect(await run.exited).toBe(78);
    expect(run.stderr()).toContain(`cpu-worker: config error: ${line}`);
    expect(run.stderr()).not.toContain('connected to NATS');
  }, 30_000);

  it('serves /healthz, /readyz and /metrics on CELLMESH_HTTP_PORT (0: a free port) once running, and stops on SIGTERM', async () => {
    const run = runMain({ NATS_URL: server.url, CELLMESH_HTTP_PORT: '0' });
    try {
      const url = await operatorEndpointsUrl(run);
      const ready = await waitFor('/readyz to report ready', async () => {
        const res = await fetch(`${url}/readyz`);
        return res.status === 200 ? ((await res.json()) as { status: string; services: Array<{ name: string; nodeId: string; state: string }> }) : undefined;
      }, 20_000);
      expect(ready).toMatchObject({ status: 'ready', services: [{ name: 'cpu-worker', nodeId: 'main-test', state: 'running' }] });
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', natsConnected: true });
      const metrics = await (await fetch(`${url}/metrics`)).text();
      // The queue-depth gauge of this node (set when the pool was reported), plus the process's default metrics.
      expect(metrics).toContain('process_cpu_user_seconds_total');
      expect(metrics).toMatch(/# TYPE cellmesh_queue_depth gauge/);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
  }, 60_000);
});
