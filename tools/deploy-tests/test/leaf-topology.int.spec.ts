/**
 * A real two-level NATS topology on loopback: a hub server with JetStream (domain "hub") and two
 * site leaf servers without JetStream, each dialing the hub as its site's leaf user, each enforcing
 * its own site's generated node users. A task goes from a node on site A to a node on site B.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { codecs, TaskProfile, TaskStatus } from '@cellmesh/contracts';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { provisionAll, consumeDurable, subjects, Streams, Consumers, silentLogger, type DurableConsumerHandle } from '@cellmesh/bus';
import { generateCredentials, type GeneratedCredentials } from '../src/generate-auth';
import { renderHubLeafnodes, renderLeafJetStreamMapping, renderLeafRemote } from '../src/topology';
import type { Inventory } from '../src/permissions';
import { connectAs, expectDenied } from './support';

const inventory: Inventory = {
  sites: [
    { site: 'site-a', nodes: [{ nodeId: 'a1' }] },
    { site: 'site-b', nodes: [{ nodeId: 'b1' }] },
  ],
  admins: ['ops'],
  clients: ['game1'],
};

interface Varz {
  leaf?: { port?: number };
  leafnodes?: number;
}

async function monitor<T>(server: RunningNatsServer, path: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${server.monitorPort}/${path}`);
  return (await res.json()) as T;
}

describe('hub + two leaf servers (real nats-server processes on loopback)', () => {
  let hub: RunningNatsServer;
  let leafA: RunningNatsServer;
  let leafB: RunningNatsServer;
  let creds: GeneratedCredentials;
  const open: NatsConnection[] = [];
  let consumer: DurableConsumerHandle | undefined;
  const as = async (server: RunningNatsServer, name: string) => {
    const nc = await connectAs(server.url, creds, name);
    open.push(nc);
    return nc;
  };

  beforeAll(async () => {
    creds = generateCredentials(inventory);
    hub = await startNatsServer({
      jetstream: true,
      jetstreamDomain: 'hub',
      extraConfig: `server_name: hub-1\n${creds.hubAuth}\n${renderHubLeafnodes({ listen: '127.0.0.1:-1' })}`,
    });
    const leafPort = (await monitor<Varz>(hub, 'varz')).leaf?.port;
    if (!leafPort) throw new Error('the hub did not report its leafnode port in /varz');
    const leafConfig = (site: string) =>
      `server_name: ${site}\n${creds.siteAuth.get(site)!}\n${renderLeafJetStreamMapping('hub')}${renderLeafRemote({ hubAddresses: [`127.0.0.1:${leafPort}`], link: creds.leafLinks.get(site)! })}`;
    // Sites run no JetStream of their own: their nodes' `$JS.API.>` and `$KV.>` are mapped onto the hub's domain.
    [leafA, leafB] = await Promise.all([
      startNatsServer({ jetstream: false, extraConfig: leafConfig('site-a') }),
      startNatsServer({ jetstream: false, extraConfig: leafConfig('site-b') }),
    ]);
    await waitFor('both leaf links up', async () => (await monitor<Varz>(hub, 'varz')).leafnodes === 2, 10_000);
    // Operators (and game backends) connect to the hub: a site's leaf link carries only its nodes' traffic.
    await provisionAll(await as(hub, 'admin@ops'));
  });

  afterAll(async () => {
    await consumer?.stop();
    await Promise.all(open.map((nc) => nc.close()));
    await Promise.all([leafA?.stop(), leafB?.stop()]);
    await hub?.stop();
  });

  it('runs a task dispatched on site A by a worker on site B, with the result readable on site A', async () => {
    const schedulerA1 = await as(leafA, 'placement-scheduler@a1');
    const workerB1 = await as(leafB, 'cpu-worker@b1');
    const clientA = await as(hub, 'client@game1');

    // b1's worker consumes its own durable on the hub's DISPATCH stream and reports a result.
    consumer = await consumeDurable(workerB1, {
      service: 'cpu-worker', nodeId: 'b1', stream: Streams.Dispatch, durable: Consumers.cpuWorker('b1'), filterSubject: subjects.taskRun('b1'),
      codec: codecs.TaskDispatch, logger: silentLogger,
      handler: async (d) => {
        const taskId = d.task!.scope!.taskId!;
        await jetstream(workerB1).publish(subjects.taskResult(taskId), codecs.TaskResult.encode({ scope: d.task!.scope!, nodeId: 'b1', status: TaskStatus.TASK_STATUS_SUCCEEDED }), { msgID: `${taskId}:result` });
      },
    });

    // a1's scheduler (on the other site) dispatches to b1.
    const task = { scope: { gameId: 'g1', roomId: 'r1', taskId: 'cross-site-1' }, kind: 'pathfind', profile: TaskProfile.TASK_PROFILE_BATCH };
    const ack = await jetstream(schedulerA1).publish(subjects.taskRun('b1'), codecs.TaskDispatch.encode({ task, nodeId: 'b1' }), { msgID: 'cross-site-1' });
    expect(ack.stream).toBe(Streams.Dispatch);
    expect(ack.domain).toBe('hub');

    // The game backend reads the result from the hub.
    const jsm = await jetstreamManager(clientA);
    const result = await waitFor(
      'the result of the cross-site task',
      async () => {
        const m = await jsm.direct.getMessage(Streams.Results, { last_by_subj: subjects.taskResult('cross-site-1') }).catch(() => null);
        return m ? codecs.TaskResult.decode(m.data) : null;
      },
      10_000,
    );
    expect(result).toMatchObject({ scope: { taskId: 'cross-site-1' }, nodeId: 'b1', status: TaskStatus.TASK_STATUS_SUCCEEDED });
  });

  it('routes core request/reply between sites and keeps each site enforcing its own users', async () => {
    const collectorA1 = await as(leafA, 'metrics-collector@a1');
    const collectorB1 = await as(leafB, 'metrics-collector@b1');
    const echo = collectorB1.subscribe(subjects.probe('b1'), { callback: (_e, m) => void m.respond(m.data) });
    await collectorB1.flush();
    // Interest crosses two leaf links asynchronously: retry until it has arrived.
    const reply = await waitFor(
      'a probe answered across sites',
      async () => collectorA1.request(subjects.probe('b1'), codecs.ProbeRequest.encode({ fromNode: 'a1', seq: 7 }), { timeout: 500 }).catch(() => null),
      10_000,
    );
    expect(codecs.ProbeRequest.decode(reply.data).seq).toBe(7);
    echo.unsubscribe();

    // Site B's users do not exist on site A's server: a node cannot log in at another site.
    await expect(connectAs(leafA.url, creds, 'cpu-worker@b1').then((nc) => nc.close())).rejects.toThrow(/Authorization Violation/i);
    // And the least-privilege rules hold at the leaf: a1's worker cannot dispatch to b1 across the link.
    const workerA1 = await as(leafA, 'metrics-collector@a1');
    await expectDenied(workerA1, 'publish', subjects.taskRun('b1'), () => workerA1.publish(subjects.taskRun('b1'), new Uint8Array()));
  });

  it("a rogue leaf server with site A's leaf password can do no more than site A's nodes", async () => {
    const leafPort = (await monitor<Varz>(hub, 'varz')).leaf?.port;
    // No authorization of its own: anyone may connect to it; the hub is what must hold.
    const rogue = await startNatsServer({ jetstream: false, extraConfig: `server_name: rogue\n${renderLeafJetStreamMapping('hub')}${renderLeafRemote({ hubAddresses: [`127.0.0.1:${leafPort}`], link: creds.leafLinks.get('site-a')! })}` });
    try {
      await waitFor('the rogue leaf linked', async () => (await monitor<Varz>(hub, 'varz')).leafnodes === 3, 10_000);
      const { connect } = await import('@nats-io/transport-node');
      const attacker = await connect({ servers: rogue.url });
      open.push(attacker);
      const admin = await as(hub, 'admin@ops');
      const client = await as(hub, 'client@game1');

      // Control: what site A's nodes may publish crosses (a1's heartbeat reaches the hub).
      const heard: string[] = [];
      admin.subscribe(subjects.metricsNodeAll, { callback: (_e, m) => void heard.push(m.subject) });
      await admin.flush();
      await waitFor('a1 metrics through the rogue link', async () => {
        attacker.publish(subjects.metricsNode('a1'), codecs.NodeMetrics.encode({ nodeId: 'a1' }));
        await attacker.flush();
        return heard.includes(subjects.metricsNode('a1'));
      }, 10_000, 200);

      // Another site's lease, the dead letters, another node's metrics. (Dispatching to b1 is something
      // site A's scheduler may do in this shape, so its leaf may too: the link is the union of its nodes.)
      attacker.publish(subjects.metricsNode('b1'), codecs.NodeMetrics.encode({ nodeId: 'b1' }));
      attacker.publish('$KV.cm_leases.lease.b1', codecs.Lease.encode({ clusterId: 'b1', holder: 'rogue', term: 99 }));
      attacker.publish(`$JS.hub.API.STREAM.DELETE.${Streams.DeadLetter}`, new Uint8Array());
      attacker.publish(`$JS.API.STREAM.DELETE.${Streams.DeadLetter}`, new Uint8Array());
      // And another client's replies: the attacker listens on game1's inbox while game1 calls JetStream.
      const stolen: string[] = [];
      attacker.subscribe(`_INBOX_client_game1.>`, { callback: (_e, m) => void stolen.push(m.subject) });
      attacker.subscribe('_INBOX.>', { callback: (_e, m) => void stolen.push(m.subject) });
      await attacker.flush();
      await new Promise((r) => setTimeout(r, 500));
      await (await jetstreamManager(client)).getAccountInfo();
      await new Promise((r) => setTimeout(r, 700));

      const jsm = await jetstreamManager(admin);
      expect(heard).not.toContain(subjects.metricsNode('b1'));
      expect(await jsm.streams.getMessage('KV_cm_leases', { last_by_subj: '$KV.cm_leases.lease.b1' }).catch(() => null)).toBeNull();
      expect((await jsm.streams.info(Streams.DeadLetter)).config.name).toBe(Streams.DeadLetter);
      expect(stolen).toEqual([]);
    } finally {
      await rogue.stop();
    }
  });
});
