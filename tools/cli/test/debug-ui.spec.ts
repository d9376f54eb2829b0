import { get, type IncomingMessage } from 'node:http';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { codecs, PlacementOutcome, TaskProfile } from '@cellmesh/contracts';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startDebugUi, type DebugUi, type FabricSnapshot, type FabricUpdate } from '../src/ui';

interface SseEvent {
  event: string;
  data: string;
}

/** Reads a server-sent-events stream over plain HTTP, frame by frame. */
function openSse(url: string): Promise<{ events: SseEvent[]; response: IncomingMessage; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = get(url, (response) => {
      const events: SseEvent[] = [];
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data) events.push({ event, data });
        }
      });
      resolve({ events, response, close: () => req.destroy() });
    });
    req.on('error', reject);
  });
}

describe('debug UI server against a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  let ui: DebugUi;

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'ui-test', nodeId: 't1', logger: silentLogger });
    await provisionAll(nc);
    // Present before the UI starts: must arrive in the first snapshot (the watch replays current values).
    await (await openBucket(nc, Buckets.Nodes)).put(keys.node('n1'), codecs.NodeMetrics.encode({ nodeId: 'n1', cpuCores: 2, emulated: true }));
    ui = await startDebugUi({ nc, port: 0 });
  });

  afterAll(async () => {
    await ui?.close();
    await nc?.close();
    await server?.stop({ removeStore: true });
  });

  const updates = (events: SseEvent[]): FabricUpdate[] => events.filter((e) => e.event === 'update').flatMap((e) => JSON.parse(e.data) as FabricUpdate[]);

  it('streams a snapshot, then KV and event changes as JSON updates over SSE', async () => {
    const sse = await openSse(`${ui.url}/events`);
    expect(sse.response.headers['content-type']).toBe('text/event-stream');
    await waitFor('the snapshot', () => sse.events.length > 0);
    const snapshot = JSON.parse(sse.events[0]!.data) as FabricSnapshot;
    expect(sse.events[0]!.event).toBe('snapshot');
    expect(snapshot.nodes.map((n) => [n.id, n.emulated])).toEqual([['n1', true]]);

    await (await openBucket(nc, Buckets.Topology)).put(keys.cluster('c1'), codecs.ClusterState.encode({ clusterId: 'c1', members: ['n1', 'n2'], leaderId: 'n1', leaderTerm: 3 }));
    await (await openBucket(nc, Buckets.Topology)).put(keys.neighbours('n2'), codecs.NeighbourList.encode({ nodeId: 'n2', clusterId: 'c1', closePeers: ['n1'], fallbackRelay: 'n1' }));
    await (await openBucket(nc, Buckets.Leases)).put(keys.lease('c1'), codecs.Lease.encode({ clusterId: 'c1', holder: 'n1', term: 3, expiresAtMs: Date.now() + 10_000 }));
    await (await openBucket(nc, Buckets.Metrics)).put(keys.peers('n1'), codecs.PeerTable.encode({ nodeId: 'n1', links: [{ peerId: 'n2', rttMs: 4.5, measured: true }] }));
    await jetstream(nc).publish(subjects.placementReceipt('task-1'), codecs.PlacementReceipt.encode({
      scope: { gameId: 'g', roomId: 'r', taskId: 'task-1' }, outcome: PlacementOutcome.PLACEMENT_OUTCOME_PLACED, chosenNode: 'n2', rule: 'highest-weighted-score',
      profile: TaskProfile.TASK_PROFILE_BATCH, candidates: [{ nodeId: 'n2', feasible: true, finalScore: 0.7 }, { nodeId: 'n1', feasible: false, rejectedBy: 'capacity', reason: 'insufficient-cpu' }],
    }));
    nc.publish(subjects.leaderChanged('c1'), codecs.LeaderChanged.encode({ clusterId: 'c1', oldHolder: 'n2', newHolder: 'n1', term: 3, reason: 1 }));
    nc.publish(subjects.metricsNode('n2'), codecs.NodeMetrics.encode({ nodeId: 'n2', cpuCores: 4, cpuLoadPct: 37.5, queueDepth: 2 }));

    await waitFor('every kind of update', () => {
      const kinds = new Set(updates(sse.events).map((u) => u.kind));
      return ['cluster', 'neighbours', 'lease', 'links', 'placement', 'leader-changed', 'node'].every((k) => kinds.has(k as FabricUpdate['kind']));
    }, 10_000);
    const got = updates(sse.events);
    expect(got).toContainEqual({ kind: 'cluster', cluster: { id: 'c1', members: ['n1', 'n2'], computeHeavyMembers: [], leaderId: 'n1', leaderTerm: 3, updatedAtMs: 0 } });
    expect(got).toContainEqual({ kind: 'links', nodeId: 'n1', links: [{ from: 'n1', to: 'n2', rttMs: 4.5, jitterMs: 0, lossRatio: 0, measured: true }] });
    expect(got).toContainEqual(expect.objectContaining({ kind: 'leader-changed', change: expect.objectContaining({ clusterId: 'c1', newHolder: 'n1', reason: 'elected' }) }));
    const placement = got.find((u) => u.kind === 'placement');
    expect(placement).toMatchObject({ placement: { taskId: 'task-1', outcome: 'placed', chosenNode: 'n2', rule: 'highest-weighted-score', profile: 'batch' } });
    expect(got).toContainEqual(expect.objectContaining({ kind: 'node', node: expect.objectContaining({ id: 'n2', cpuLoadPct: 37.5, queueDepth: 2 }) }));

    // A value that does not decode is reported, and the stream goes on.
    await (await openBucket(nc, Buckets.Topology)).put(keys.cluster('broken'), new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    await waitFor('the problem report', () => updates(sse.events).some((u) => u.kind === 'problem' && u.message.startsWith(keys.cluster('broken'))));
    sse.close();

    const state = (await (await fetch(`${ui.url}/api/state`)).json()) as FabricSnapshot;
    expect(state.clusters.map((c) => [c.id, c.leaderId])).toEqual([['c1', 'n1']]);
    expect(state.leases).toEqual([expect.objectContaining({ key: keys.lease('c1'), holder: 'n1', root: false })]);
    expect(state.nodes.map((n) => n.id)).toEqual(['n1', 'n2']);
  });

  it('serves the page, its script and cytoscape from node_modules', async () => {
    const page = await fetch(`${ui.url}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<script src="/vendor/cytoscape.min.js"></script>');
    const lib = await fetch(`${ui.url}/vendor/cytoscape.min.js`);
    expect(lib.status).toBe(200);
    expect((await lib.text()).length).toBeGreaterThan(100_000);
    expect((await fetch(`${ui.url}/app.js`)).status).toBe(200);
    expect((await fetch(`${ui.url}/nope`)).status).toBe(404);
  });
});
