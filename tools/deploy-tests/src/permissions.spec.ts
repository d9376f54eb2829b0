import { buildUsers, renderAuthorization, servicePermissions, validateInventory, viaDomain, usersForSite, NodeServices, type Inventory } from './permissions';
import { renderHubLeafnodes, renderLeafJetStreamMapping, renderLeafRemote, renderSiteCluster } from './topology';

const inventory: Inventory = {
  sites: [
    { site: 'eu', nodes: [{ nodeId: 'e1', gpu: true }, { nodeId: 'e2' }] },
    { site: 'us', nodes: [{ nodeId: 'u1' }] },
  ],
  clients: ['game'],
  admins: ['ops'],
};
const KEY = `U${'A'.repeat(55)}`;

describe('generated permissions', () => {
  const users = buildUsers(inventory);
  const publishers = (subject: string) => users.filter((u) => u.permissions.publish.allow.includes(subject)).map((u) => u.name);

  it('makes one user per service per node (gpu runner only where there is a GPU), plus clients and admins', () => {
    expect(users).toHaveLength(7 + 6 + 6 + 2);
    expect(users.map((u) => u.name)).toEqual(expect.arrayContaining(['gpu-hub-runner@e1', 'cpu-worker@u1', 'client@game', 'admin@ops']));
    expect(users.map((u) => u.name)).not.toContain('gpu-hub-runner@e2');
  });

  it('lets only schedulers publish task.run.>', () => {
    expect(publishers('task.run.>')).toEqual(['placement-scheduler@e1', 'placement-scheduler@e2', 'placement-scheduler@u1']);
    for (const u of users) expect(u.permissions.publish.allow.filter((s) => s.startsWith('task.run.'))).toEqual(u.name.startsWith('placement-scheduler@') ? ['task.run.>'] : []);
  });

  it('lets only committers write room state and history', () => {
    expect(publishers('$KV.cm_datastate.>')).toEqual(['datastate-committer@e1', 'datastate-committer@e2', 'datastate-committer@u1']);
    expect(publishers('datastate.history.*.*')).toEqual(['datastate-committer@e1', 'datastate-committer@e2', 'datastate-committer@u1']);
  });

  it('bounds leases and announcements to the clusters of the node\'s own site', () => {
    const p = servicePermissions('leader-election', { nodeId: 'e1', siteNodeIds: ['e1', 'e2'] }).publish.allow;
    expect(p.filter((s) => s.startsWith('$KV.cm_leases.'))).toEqual(['$KV.cm_leases.lease.e1', '$KV.cm_leases.lease.e2', '$KV.cm_leases.lease.root']);
    expect(p.filter((s) => s.startsWith('leader.changed.'))).toEqual(['leader.changed.e1', 'leader.changed.e2', 'leader.changed.root']);
  });

  it('subscribes each node service only to its own dispatch subject and inbox', () => {
    expect(servicePermissions('cpu-worker', { nodeId: 'e1', siteNodeIds: ['e1'] }).subscribe.allow).toEqual(['_INBOX_cpu-worker_e1.>', 'task.run.e1', 'datastate.ack.*.*']);
    expect(servicePermissions('gpu-hub-runner', { nodeId: 'e1', siteNodeIds: ['e1'] }).subscribe.allow).toEqual(['_INBOX_gpu-hub-runner_e1.>', 'task.run.e1.gpu', 'datastate.ack.*.*']);
    for (const service of NodeServices) {
      const subs = servicePermissions(service, { nodeId: 'e1', siteNodeIds: ['e1'] }).subscribe.allow;
      expect(subs.some((s) => s.startsWith('_INBOX.') || s === '>' || s.startsWith('task.run.e2'))).toBe(false);
    }
  });

  it('puts only the site\'s own node users on its leaf server', () => {
    expect(usersForSite(users, 'us').map((u) => u.name)).toEqual([...NodeServices.filter((s) => s !== 'gpu-hub-runner').map((s) => `${s}@u1`), 'client@game', 'admin@ops']);
  });

  it('rewrites JetStream and KV grants to the hub domain on leaf servers, leaving acks alone', () => {
    expect(viaDomain('$JS.API.CONSUMER.MSG.NEXT.DISPATCH.cpu-worker-e1', 'hub')).toBe('$JS.hub.API.CONSUMER.MSG.NEXT.DISPATCH.cpu-worker-e1');
    expect(viaDomain('$KV.cm_leases.lease.e1', 'hub')).toBe('$JS.hub.API.$KV.cm_leases.lease.e1');
    expect(viaDomain('$JS.ACK.DISPATCH.cpu-worker-e1.>', 'hub')).toBe('$JS.ACK.DISPATCH.cpu-worker-e1.>');
    expect(viaDomain('task.result.*', 'hub')).toBe('task.result.*');
    const text = renderAuthorization(users.slice(0, 1), () => KEY, { viaHubDomain: 'hub' });
    expect(text).toContain('"$JS.hub.API.INFO"');
    expect(text).not.toContain('"$JS.API.');
  });

  it.each([
    [{ sites: [] }, 'inventory: "sites" must list at least one site'],
    [{ sites: [{ site: 'a', nodes: [] }] }, 'inventory: site "a" has no nodes'],
    [{ sites: [{ site: 'a', nodes: [{ nodeId: 'x' }] }, { site: 'b', nodes: [{ nodeId: 'x' }] }] }, 'inventory: node "x" is listed twice'],
    [{ sites: [{ site: 'a', nodes: [{ nodeId: 'x.y' }] }] }, 'nodeId'],
  ])('rejects a bad inventory %j', (inv, message) => {
    expect(() => validateInventory(inv as Inventory)).toThrow(message);
  });

  it('refuses anything but an nkey user public key', () => {
    expect(() => renderAuthorization(users.slice(0, 1), () => 'SUAEXAMPLESEED')).toThrow('metrics-collector@e1: "SUAEXAMPLESEED" is not an nkey user public key');
  });
});

describe('topology config text', () => {
  it('renders the hub, remote, cluster and mapping blocks', () => {
    expect(renderHubLeafnodes({ listen: '0.0.0.0:7422' })).toContain('"listen": "0.0.0.0:7422"');
    expect(renderLeafRemote({ hubAddresses: ['hub-1:7422', 'hub-2:7422'], link: { user: 'leaf-eu', password: 'p/w' } })).toContain('"nats-leaf://leaf-eu:p%2Fw@hub-1:7422"');
    expect(renderLeafRemote({ hubAddresses: ['hub-1:7422'], link: { user: 'l', password: 'p' }, tls: { caFile: 'ca', certFile: 'c', keyFile: 'k' } })).toContain('"tls://l:p@hub-1:7422"');
    expect(() => renderLeafRemote({ hubAddresses: [], link: { user: 'l', password: 'p' } })).toThrow('at least one hub address');
    expect(renderSiteCluster({ site: 'eu', hosts: ['e1.lan', 'e2.lan'] })).toContain('"nats-route://e2.lan:6222"');
    expect(renderLeafJetStreamMapping('hub')).toBe('mappings: {"$JS.API.>":"$JS.hub.API.>","$KV.>":"$JS.hub.API.$KV.>"}\n');
    expect(() => renderLeafJetStreamMapping('a.b')).toThrow('not a valid JetStream domain');
  });
});
