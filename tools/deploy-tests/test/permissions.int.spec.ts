/**
 * The generated per-node permissions, enforced by a real nats-server: each forbidden action is
 * denied by the server itself (a Permissions Violation), and permitted traffic still flows.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { codecs, TaskProfile } from '@cellmesh/contracts';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectService, consumeDurable, openBucket, subjects, keys, Buckets, Streams, Consumers, silentLogger } from '@cellmesh/bus';
import { commitDelta } from '@cellmesh/client';
import { generateCredentials, type GeneratedCredentials } from '../src/generate-auth';
import { provisionDeployment, type DeploymentProvisionReport } from '../src/provision';
import { renderAuthorization, type Inventory } from '../src/permissions';
import { connectAs, expectDenied } from './support';

const inventory: Inventory = {
  sites: [
    { site: 'site-a', nodes: [{ nodeId: 'a1', gpu: true }, { nodeId: 'a2' }] },
    { site: 'site-b', nodes: [{ nodeId: 'b1' }] },
  ],
  admins: ['ops'],
  clients: ['game1'],
};

describe('least-privilege NATS users (generated config, real server)', () => {
  let server: RunningNatsServer;
  let creds: GeneratedCredentials;
  let seedDir: string | undefined;
  let provisioned: DeploymentProvisionReport;
  const open: NatsConnection[] = [];
  const as = async (name: string) => {
    const nc = await connectAs(server.url, creds, name);
    open.push(nc);
    return nc;
  };

  beforeAll(async () => {
    creds = generateCredentials(inventory);
    // One server plays both sites here (every user in one block); the leaf topology test runs them apart.
    server = await startNatsServer({ jetstream: true, extraConfig: renderAuthorization(creds.users, (name) => creds.publicKeys.get(name)!) });
    // The operator provisions as admin, connecting the way services do (connectService + nkey seed file).
    seedDir = await mkdtemp(join(tmpdir(), 'cellmesh-seeds-'));
    const seedFile = join(seedDir, 'admin.nk');
    await writeFile(seedFile, creds.seeds.get('admin@ops')!, { mode: 0o600 });
    const admin = await connectService({ servers: [server.url], service: 'admin', nodeId: 'ops', logger: silentLogger, nkeySeedFile: seedFile });
    open.push(admin);
    provisioned = await provisionDeployment(admin, { replicas: 1 });
  });

  afterAll(async () => {
    await Promise.all(open.map((nc) => nc.close()));
    await server?.stop();
    if (seedDir) await rm(seedDir, { recursive: true, force: true });
  });

  it('provisions every stream and bucket as the admin user', () => {
    expect(provisioned.created).toEqual(expect.arrayContaining([Streams.Dispatch, Streams.Commits, `KV ${Buckets.Datastate}`]));
    expect(provisioned.scaled).toEqual([]);
  });

  it('refuses a connection without credentials', async () => {
    const { connect } = await import('@nats-io/transport-node');
    await expect(connect({ servers: server.url, reconnect: false })).rejects.toThrow(/Authorization Violation/i);
  });

  it('lets only the scheduler dispatch, and a node consume only its own dispatch subject', async () => {
    const workerA1 = await as('cpu-worker@a1');
    // A worker cannot put work on another node's dispatch subject ...
    await expectDenied(workerA1, 'publish', subjects.taskRun('a2'), () => jetstream(workerA1, { timeout: 1000 }).publish(subjects.taskRun('a2'), new Uint8Array([1])));
    // ... nor listen on it, nor bind a durable consumer that filters it.
    await expectDenied(workerA1, 'subscription', subjects.taskRun('a2'), () => workerA1.subscribe(subjects.taskRun('a2')));
    const foreignCreate = `$JS.API.CONSUMER.CREATE.${Streams.Dispatch}.${Consumers.cpuWorker('a2')}.${subjects.taskRun('a2')}`;
    await expectDenied(workerA1, 'publish', foreignCreate, async () =>
      (await jetstreamManager(workerA1, { timeout: 1000, checkAPI: false })).consumers.add(Streams.Dispatch, { durable_name: Consumers.cpuWorker('a2'), filter_subject: subjects.taskRun('a2') }),
    );

    // Permitted: the scheduler dispatches to a2 and a2's worker consumes its own durable.
    const schedulerA1 = await as('placement-scheduler@a1');
    const workerA2 = await as('cpu-worker@a2');
    const received: string[] = [];
    const consumer = await consumeDurable(workerA2, {
      service: 'cpu-worker', nodeId: 'a2', stream: Streams.Dispatch, durable: Consumers.cpuWorker('a2'), filterSubject: subjects.taskRun('a2'),
      codec: codecs.TaskDispatch, logger: silentLogger,
      handler: async (d) => void received.push(d.task?.scope?.taskId ?? ''),
    });
    const dispatch = codecs.TaskDispatch.encode({ task: { scope: { gameId: 'g1', roomId: 'r1', taskId: 't-1' }, kind: 'pathfind', profile: TaskProfile.TASK_PROFILE_BATCH }, nodeId: 'a2' });
    await jetstream(schedulerA1).publish(subjects.taskRun('a2'), dispatch, { msgID: 't-1' });
    await waitFor('a2 consumed its dispatch', () => received.includes('t-1'));
    await consumer.stop();
  });

  it('lets no node write room state or history except through the committer', async () => {
    const workerA1 = await as('cpu-worker@a1');
    const kv = await new Kvm(jetstream(workerA1, { timeout: 1000 })).open(Buckets.Datastate);
    const roomKey = `$KV.${Buckets.Datastate}.${keys.room('g1', 'other-room')}`;
    await expectDenied(workerA1, 'publish', roomKey, () => kv.put(keys.room('g1', 'other-room'), new Uint8Array([1])));
    await expectDenied(workerA1, 'publish', subjects.datastateHistory('g1', 'other-room'), () =>
      jetstream(workerA1, { timeout: 1000 }).publish(subjects.datastateHistory('g1', 'other-room'), new Uint8Array([1])),
    );

    // Permitted: the worker hands a delta to the commit contract, and the committer writes the room.
    const receipt = await commitDelta(workerA1, { taskId: 't-2', scope: { gameId: 'g1', roomId: 'r1', taskId: 't-2' }, version: 1, writes: [{ key: 'hp', value: new Uint8Array([7]) }] });
    expect(receipt.streamSeq).toBeGreaterThan(0);
    const committer = await as('datastate-committer@a1');
    const rooms = await openBucket(committer, Buckets.Datastate);
    const revision = await rooms.put(keys.room('g1', 'r1'), codecs.RoomState.encode({ gameId: 'g1', roomId: 'r1', version: 1 }));
    expect(revision).toBeGreaterThan(0);
    // Workers may still read the room they compute on.
    expect((await kv.get(keys.room('g1', 'r1')))?.revision).toBe(revision);
  });

  it('lets a node take leases only for clusters of its own site', async () => {
    const electionA1 = await as('leader-election@a1');
    const leases = await new Kvm(jetstream(electionA1, { timeout: 1000 })).open(Buckets.Leases);
    const lease = codecs.Lease.encode({ clusterId: 'b1', holder: 'a1', term: 1 });
    await expectDenied(electionA1, 'publish', `$KV.${Buckets.Leases}.${keys.lease('b1')}`, () => leases.create(keys.lease('b1'), lease));
    await expectDenied(electionA1, 'publish', subjects.leaderChanged('b1'), () => electionA1.publish(subjects.leaderChanged('b1'), new Uint8Array()));

    // Permitted: a cluster named after a node of its own site, and the root lease among leaders.
    expect(await leases.create(keys.lease('a2'), codecs.Lease.encode({ clusterId: 'a2', holder: 'a1', term: 1 }))).toBeGreaterThan(0);
    expect(await leases.create(keys.rootLease, codecs.Lease.encode({ clusterId: 'root', holder: 'a1', term: 1 }))).toBeGreaterThan(0);
    // b1 takes its own cluster's lease.
    const electionB1 = await as('leader-election@b1');
    const leasesB = await openBucket(electionB1, Buckets.Leases);
    expect(await leasesB.create(keys.lease('b1'), codecs.Lease.encode({ clusterId: 'b1', holder: 'b1', term: 1 }))).toBeGreaterThan(0);
  });

  it('lets a node publish only its own metrics, and answers probes on the prober\'s own inbox', async () => {
    const collectorA1 = await as('metrics-collector@a1');
    await expectDenied(collectorA1, 'publish', subjects.metricsNode('b1'), () => collectorA1.publish(subjects.metricsNode('b1'), new Uint8Array()));
    await expectDenied(collectorA1, 'subscription', subjects.probe('b1'), () => collectorA1.subscribe(subjects.probe('b1')));

    // b1 echoes probes on its own subject; a1 probes it and hears back on its own inbox.
    const collectorB1 = await as('metrics-collector@b1');
    const echo = collectorB1.subscribe(subjects.probe('b1'), { callback: (_err, msg) => void msg.respond(msg.data) });
    await collectorB1.flush();
    const reply = await collectorA1.request(subjects.probe('b1'), codecs.ProbeRequest.encode({ fromNode: 'a1', seq: 1 }), { timeout: 2000 });
    expect(codecs.ProbeRequest.decode(reply.data).fromNode).toBe('a1');
    echo.unsubscribe();

    // a1's own metrics reach a topology service on the other site.
    const topologyB1 = await as('topology-ca@b1');
    const seen: string[] = [];
    const sub = topologyB1.subscribe(subjects.metricsNodeAll, { callback: (_e, m) => void seen.push(codecs.NodeMetrics.decode(m.data).nodeId) });
    await topologyB1.flush();
    collectorA1.publish(subjects.metricsNode('a1'), codecs.NodeMetrics.encode({ nodeId: 'a1', cpuCores: 4 }));
    await waitFor('a1 metrics at b1', () => seen.includes('a1'));
    sub.unsubscribe();
  });

  it('keeps clients to submitting tasks', async () => {
    const client = await as('client@game1');
    await expectDenied(client, 'publish', subjects.taskRun('a1'), () => client.publish(subjects.taskRun('a1'), new Uint8Array()));
    const ack = await jetstream(client).publish(subjects.taskSubmit('game1', 'r1'), codecs.TaskSubmit.encode({ scope: { gameId: 'game1', roomId: 'r1', taskId: 't-3' }, kind: 'pathfind', profile: TaskProfile.TASK_PROFILE_BATCH }), { msgID: 't-3' });
    expect(ack.stream).toBe(Streams.Tasks);
  });
});
