import type { NatsConnection } from '@nats-io/transport-node';
import { Registry } from 'prom-client';
import { connectService, silentLogger } from '@cellmesh/bus';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { createNodeMetrics, startOpsServer, watchNatsConnection, MetricName, type HostedServiceHealth, type NatsConnectionWatch, type OpsServer } from '../src';

/** /metrics, /healthz and /readyz over real HTTP, health following a real NATS connection. */
describe('ops server', () => {
  let nats: RunningNatsServer;
  let nc: NatsConnection;
  let watch: NatsConnectionWatch;
  let ops: OpsServer;
  const registry = new Registry();
  const services: HostedServiceHealth[] = [];

  beforeAll(async () => {
    nats = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [nats.url], service: 'ops-test', nodeId: 'n1', logger: silentLogger });
    watch = watchNatsConnection(nc);
    ops = await startOpsServer({ port: 0, host: '127.0.0.1', registry, health: () => ({ natsConnected: watch.connected(), services }) });
  });

  afterAll(async () => {
    watch?.stop();
    await ops?.close();
    await nc?.close();
    await nats?.stop({ removeStore: true });
  });

  const get = async (path: string) => {
    const res = await fetch(`${ops.url}${path}`);
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };

  it('serves the node metrics in Prometheus text format, counters matching what was counted', async () => {
    const n1 = createNodeMetrics(registry, 'n1');
    const n2 = createNodeMetrics(registry, 'n2');
    for (let i = 0; i < 3; i++) n1.taskRun('succeeded');
    n2.taskRun('failed');
    n1.taskRejected('no-feasible-node');
    n2.observeDecisionLatencyMs(1.5);
    const res = await get('/metrics');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheus(res.text);
    expect(samples.get(`${MetricName.TasksRun}{node="n1",status="succeeded"}`)).toBe(3);
    expect(samples.get(`${MetricName.TasksRun}{node="n2",status="failed"}`)).toBe(1);
    expect(samples.get(`${MetricName.TasksRejected}{node="n1",reason="no-feasible-node"}`)).toBe(1);
    expect(samples.get(`${MetricName.DecisionLatency}_count{node="n2"}`)).toBe(1);
    expect(res.text).toContain(`# TYPE ${MetricName.DecisionLatency} histogram`);
  });

  it('/readyz is 503 until every hosted service runs, then 200; /healthz follows NATS', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, text: JSON.stringify({ status: 'ok', natsConnected: true }) });
    expect(JSON.parse((await get('/readyz')).text)).toMatchObject({ status: 'no-services' });
    services.push({ name: 'placement-scheduler', nodeId: 'n1', state: 'starting' }, { name: 'cpu-worker', nodeId: 'n1', state: 'running' });
    const notReady = await get('/readyz');
    expect(notReady.status).toBe(503);
    expect(JSON.parse(notReady.text)).toMatchObject({ status: 'services-not-running', notRunning: [{ name: 'placement-scheduler', nodeId: 'n1', state: 'starting' }] });
    services[0]!.state = 'running';
    expect((await get('/readyz')).status).toBe(200);

    await nats.kill();
    await waitFor('healthz to report NATS down', async () => (await get('/healthz')).status === 503, 10_000);
    expect(JSON.parse((await get('/readyz')).text)).toMatchObject({ status: 'nats-disconnected' });
    nats = await nats.restart();
    await waitFor('healthz to report NATS back', async () => (await get('/healthz')).status === 200, 15_000);
  });

  it('answers unknown paths with 404 and other methods with 405', async () => {
    expect((await get('/nope')).status).toBe(404);
    const res = await fetch(`${ops.url}/metrics`, { method: 'POST' });
    expect(res.status).toBe(405);
  });
});

/** Minimal Prometheus text parser: `name{labels} value` lines → map. */
function parsePrometheus(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}
