/**
 * /readyz is honest: when the server refuses one of a service's subscriptions (here the Metrics
 * API of metrics-collector, as in issue 18), the process keeps running but says it is not ready,
 * naming the refused subject; with the generated grants the same process is ready.
 */
import { subjects } from '@cellmesh/bus';
import { waitFor } from '@cellmesh/testing';
import type { Inventory } from '../src/permissions';
import { readyz, startSecureFabric, waitAllReady, type SecureFabricRun } from './secure-fabric';

const inventory: Inventory = { sites: [{ site: 's1', nodes: [{ nodeId: 'n1' }] }], clients: ['game1'], admins: ['ops'] };

describe('/readyz tells the truth about refused subscriptions', () => {
  const runs: SecureFabricRun[] = [];
  afterAll(async () => {
    await Promise.all(runs.map((r) => r.stop()));
  }, 60_000);

  it('is 503 naming the subject while a subscription is refused, 200 with the generated grants', async () => {
    const api = subjects.metricsApi('n1', 'getLocalMetrics');
    const broken = await startSecureFabric(inventory, {
      services: ['metrics-collector'],
      tamper: (users) => users.map((u) => (u.name === 'metrics-collector@n1' ? { ...u, permissions: { ...u.permissions, subscribe: { allow: u.permissions.subscribe.allow.filter((s) => s !== api) } } } : u)),
    });
    runs.push(broken);
    const [collector] = broken.processes;
    const report = await waitFor('a 503 naming the refused subject', async () => {
      const r = await readyz(collector!);
      return r.status === 503 && JSON.stringify(r.body).includes(api) ? r : undefined;
    }, 60_000, 250);
    expect(JSON.stringify(report.body)).toContain('permission-denied');
    expect(collector!.exitCode()).toBeUndefined();

    const fixed = await startSecureFabric(inventory, { services: ['metrics-collector'] });
    runs.push(fixed);
    await waitAllReady(fixed.processes, 60_000);
  }, 150_000);
});
