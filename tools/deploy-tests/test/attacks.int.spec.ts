/**
 * The attack suite (`npm run test:attacks`; also part of `npm test` through deploy-tests): each
 * attack of issue 18 is tried against a real nats-server with TLS and the generated users, and
 * against the real service processes (main.ts, CELLMESH_SECURITY=on), and must be denied. Each
 * attack has a positive control beside it (the same path, used honestly, works), so a test
 * cannot pass because nothing answers. docs/security.md keeps the table of attack → result.
 */
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Buckets, Identity, IdentityRejection, MicroServices, Streams, inboxPrefix, keys, silentLogger, subjects, subscribeMessages, type IdentityMismatchError } from '@cellmesh/bus';
import { waitFor } from '@cellmesh/testing';
import { buildUsers, type Inventory } from '../src/permissions';
import { expectDenied } from './support';
import { startSecureFabric, type SecureFabricRun } from './secure-fabric';

const inventory: Inventory = {
  sites: [
    { site: 'eu', nodes: [{ nodeId: 'eu-2' }] },
    { site: 'us', nodes: [{ nodeId: 'us-1' }] },
  ],
  clients: ['game1', 'game2'],
  admins: ['ops'],
};

/** Publishes a request whose reply subject the attacker chose. */
function requestWithReply(nc: NatsConnection, subject: string, reply: string, data: Uint8Array): void {
  nc.publish(subject, data, { reply });
}

describe('attacks on the secure deployment (real nats-server, generated config, real services)', () => {
  let f: SecureFabricRun;
  let admin: NatsConnection;

  beforeAll(async () => {
    f = await startSecureFabric(inventory, { services: ['metrics-collector', 'datastate-committer'] });
    admin = await f.connectAs('admin@ops');
    // The victims are up: each collector's probe responder answers its own probes.
    const probe = await f.connectAs('metrics-collector@eu-2');
    await waitFor('us-1 answers an honest probe', () => probe.request(subjects.probe('us-1'), codecs.ProbeRequest.encode({ fromNode: 'eu-2', seq: 1 }), { timeout: 1000 }).then(() => true, () => false), 60_000, 250);
  }, 150_000);

  afterAll(async () => {
    await f?.stop();
  }, 60_000);

  const kvValue = async (bucket: string, key: string) => (await (await new Kvm(admin).open(bucket)).get(key))?.value ?? null;

  it('a probe cannot steer its echo onto a KV key (root lease, room version)', async () => {
    const attacker = await f.connectAs('metrics-collector@eu-2');
    const probe = codecs.ProbeRequest.encode({ fromNode: 'eu-2', seq: 9_000_000_000_000, sentAtMs: 9_000_000_000_000 });
    requestWithReply(attacker, subjects.probe('us-1'), `$KV.${Buckets.Leases}.${keys.rootLease}`, probe);
    requestWithReply(attacker, subjects.probe('us-1'), `$KV.${Buckets.Datastate}.${keys.room('game1', 'r1')}`, probe);
    requestWithReply(attacker, subjects.probe('us-1'), `$JS.API.STREAM.DELETE.${Streams.DeadLetter}`, probe);
    // Control: the same probe on the attacker's own inbox is answered.
    const honest = await attacker.request(subjects.probe('us-1'), probe, { timeout: 3000 });
    expect(codecs.ProbeReply.decode(honest.data).nodeId).toBe('us-1');
    await attacker.flush();
    await new Promise((r) => setTimeout(r, 500));
    expect(await kvValue(Buckets.Leases, keys.rootLease)).toBeNull();
    expect(await kvValue(Buckets.Datastate, keys.room('game1', 'r1'))).toBeNull();
    expect((await (await jetstreamManager(admin)).streams.info(Streams.DeadLetter)).config.name).toBe(Streams.DeadLetter);
  });

  it("a probe is answered only on the inbox of the collector it names as sender", async () => {
    const attacker = await f.connectAs('metrics-collector@eu-2');
    await expect(attacker.request(subjects.probe('us-1'), codecs.ProbeRequest.encode({ fromNode: 'us-1', seq: 2 }), { timeout: 1500 })).rejects.toThrow(/timeout/i);
    await expect(attacker.request(subjects.probe('us-1'), codecs.ProbeRequest.encode({ fromNode: 'eu-2', seq: 3 }), { timeout: 3000 })).resolves.toBeDefined();
  });

  it('a micro request ($SRV, Metrics API, DataState read) cannot steer its reply onto another subject', async () => {
    // The observer hears every message on us-1's metrics subject; the steered ping would land there.
    const observer = await f.connectAs('topology-ca@eu-2');
    const foreign: string[] = [];
    const sub = observer.subscribe(subjects.metricsNode('us-1'), {
      callback: (_e, m) => {
        try {
          codecs.NodeMetrics.decode(m.data);
        } catch {
          foreign.push(new TextDecoder().decode(m.data).slice(0, 80));
        }
      },
    });
    await observer.flush();
    requestWithReply(admin, `$SRV.PING.${MicroServices.Metrics}`, subjects.metricsNode('us-1'), new Uint8Array());
    requestWithReply(admin, subjects.metricsApi('us-1', 'getLocalMetrics'), subjects.metricsNode('us-1'), codecs.MetricsQuery.encode({}));
    // The one user allowed to write rooms answers state reads: steer its answer onto a room's KV key.
    const client = await f.connectAs('client@game1');
    requestWithReply(client, subjects.datastateReadState, `$KV.${Buckets.Datastate}.${keys.room('game1', 'r2')}`, codecs.StateQuery.encode({ gameId: 'game1', roomId: 'r2' }));
    // Controls: the same requests on the requester's own inbox are answered.
    const pings = await admin.request(`$SRV.PING.${MicroServices.Metrics}`, new Uint8Array(), { timeout: 3000 });
    expect(new TextDecoder().decode(pings.data)).toContain('ping_response');
    const read = await client.request(subjects.datastateReadState, codecs.StateQuery.encode({ gameId: 'game1', roomId: 'r2' }), { timeout: 5000 });
    expect(read.data.length + (read.headers?.get('Nats-Service-Error-Code') ?? '').length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 700));
    sub.unsubscribe();
    expect(foreign).toEqual([]);
    expect(await kvValue(Buckets.Datastate, keys.room('game1', 'r2'))).toBeNull();
  });

  it('no generated user holds ">", "_INBOX.>" or allow_responses', () => {
    for (const u of buildUsers(inventory)) {
      const grants = [...u.permissions.publish.allow, ...u.permissions.subscribe.allow];
      expect({ user: u.name, wide: grants.filter((g) => g === '>' || g === '_INBOX.>' || g.startsWith('_INBOX.') || g === '$KV.>') }).toEqual({ user: u.name, wide: [] });
      expect({ user: u.name, allowResponses: u.permissions.allow_responses }).toEqual({ user: u.name, allowResponses: undefined });
    }
  });

  it("a client cannot read another client's or the operators' replies", async () => {
    const client = await f.connectAs('client@game1');
    await expectDenied(client, 'subscription', `${inboxPrefix('client', 'game2')}.>`, () => client.subscribe(`${inboxPrefix('client', 'game2')}.>`));
    await expectDenied(client, 'subscription', '_INBOX.>', () => client.subscribe('_INBOX.>'));
    await expectDenied(client, 'subscription', `${inboxPrefix('admin', 'ops')}.>`, () => client.subscribe(`${inboxPrefix('admin', 'ops')}.>`));
  });

  it("a client cannot submit another game's tasks or read another game's rooms", async () => {
    const client = await f.connectAs('client@game1');
    const submit = codecs.TaskSubmit.encode({ scope: { gameId: 'game2', roomId: 'r1', taskId: 'steal-1' }, kind: 'pathfind' });
    await expectDenied(client, 'publish', subjects.taskSubmit('game2', 'r1'), () => jetstream(client, { timeout: 1000 }).publish(subjects.taskSubmit('game2', 'r1'), submit));
    const otherRoom = `$JS.API.DIRECT.GET.KV_${Buckets.Datastate}.$KV.${Buckets.Datastate}.${keys.room('game2', 'r1')}`;
    await expectDenied(client, 'publish', otherRoom, async () => (await jetstreamManager(client, { checkAPI: false })).direct.getMessage(`KV_${Buckets.Datastate}`, { last_by_subj: `$KV.${Buckets.Datastate}.${keys.room('game2', 'r1')}` }));
    // Control: its own game's submissions are accepted.
    const own = codecs.TaskSubmit.encode({ scope: { gameId: 'game1', roomId: 'r1', taskId: 'own-1' }, kind: 'pathfind' });
    expect((await jetstream(client).publish(subjects.taskSubmit('game1', 'r1'), own, { msgID: 'own-1' })).stream).toBe(Streams.Tasks);
  });

  it('no node or client deletes or edits a stream, or writes another node\'s keys', async () => {
    const node = await f.connectAs('metrics-collector@eu-2');
    const client = await f.connectAs('client@game1');
    for (const [who, nc] of [['node', node], ['client', client]] as const) {
      const del = `$JS.API.STREAM.DELETE.${Streams.DeadLetter}`;
      await expectDenied(nc, 'publish', del, () => nc.request(del, new Uint8Array(), { timeout: 1000 }));
      const purge = `$JS.API.STREAM.PURGE.KV_${Buckets.Leases}`;
      await expectDenied(nc, 'publish', purge, () => nc.request(purge, new Uint8Array(), { timeout: 1000 }));
      expect(who).toBeDefined();
    }
    const kv = await new Kvm(jetstream(node, { timeout: 1000 })).open(Buckets.Nodes);
    await expectDenied(node, 'publish', `$KV.${Buckets.Nodes}.${keys.node('us-1')}`, () => kv.put(keys.node('us-1'), new Uint8Array([1])));
    await expectDenied(node, 'publish', `$KV.${Buckets.Leases}.${keys.rootLease}`, () => node.publish(`$KV.${Buckets.Leases}.${keys.rootLease}`, new Uint8Array([1])));
  });

  it('a node cannot publish metrics for another node, and metrics naming another node on its own subject are rejected with a reason', async () => {
    const attacker = await f.connectAs('metrics-collector@eu-2');
    await expectDenied(attacker, 'publish', subjects.metricsNode('us-1'), () => attacker.publish(subjects.metricsNode('us-1'), codecs.NodeMetrics.encode({ nodeId: 'us-1' })));

    // A consumer with the shared identity binding (what topology-ca, metrics-collector and the scheduler use).
    const victim = await f.connectAs('topology-ca@us-1');
    const accepted: string[] = [];
    const rejected: IdentityMismatchError[] = [];
    const sub = subscribeMessages(victim, subjects.metricsNodeAll, codecs.NodeMetrics, (m: MessageOf<'NodeMetrics'>) => void accepted.push(m.nodeId), {
      service: 'topology-ca', nodeId: 'us-1', logger: silentLogger, identity: Identity.nodeMetrics, onIdentityRejected: (r) => void rejected.push(r),
    });
    await victim.flush();
    for (let i = 0; i < 50; i++) attacker.publish(subjects.metricsNode('eu-2'), codecs.NodeMetrics.encode({ nodeId: `ghost-${i}`, cpuCores: 512 }));
    attacker.publish(subjects.metricsNode('eu-2'), codecs.NodeMetrics.encode({ nodeId: 'eu-2', cpuCores: 4 }));
    await waitFor('the genuine eu-2 metrics', () => accepted.includes('eu-2'));
    sub.unsubscribe();
    expect(accepted.filter((id) => id.startsWith('ghost'))).toEqual([]);
    expect(rejected.length).toBe(50);
    expect(new Set(rejected.map((r) => r.reason))).toEqual(new Set([IdentityRejection.SubjectMismatch]));
  });

  it('refuses connections without credentials, and without TLS', async () => {
    await expect(connect({ servers: f.tlsUrl, reconnect: false, tls: { caFile: f.fabric.caFile } })).rejects.toThrow(/Authorization Violation/i);
    const seed = new TextEncoder().encode(f.fabric.creds.seeds.get('client@game1')!);
    const { nkeyAuthenticator } = await import('@nats-io/transport-node');
    // Without the deployment CA the server's certificate is not trusted; the client never sends its credentials.
    await expect(connect({ servers: f.server.url, reconnect: false, authenticator: nkeyAuthenticator(seed), timeout: 3000 })).rejects.toThrow();
  });
});
