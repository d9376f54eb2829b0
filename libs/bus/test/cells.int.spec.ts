import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { provisionAll, provisionHubViews, subjects, Streams, Buckets, HubViews, keys, cellSubjects, cellServerConfig, HUB_DOMAIN } from '../src';
import { startCellTopology, startDelayRelay, startNatsServer, type RunningCellTopology } from '@cellmesh/testing';

const enc = new TextEncoder();

async function medianRttMs(nc: NatsConnection, subject: string, samples = 7): Promise<number> {
  const rtts: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await nc.request(subject, enc.encode('ping'), { timeout: 5000 });
    rtts.push(performance.now() - t0);
  }
  rtts.sort((a, b) => a - b);
  return rtts[Math.floor(rtts.length / 2)]!;
}

describe('startDelayRelay (emulated WAN link)', () => {
  it('adds its one-way delay in each direction, changes it at run time, and drops the link when cut', async () => {
    const server = await startNatsServer({ jetstream: false });
    const relay = await startDelayRelay({ targetPort: server.port, oneWayDelayMs: 25 });
    const direct = await connect({ servers: server.url });
    const viaRelay = await connect({ servers: `127.0.0.1:${relay.port}`, maxReconnectAttempts: -1, reconnectTimeWait: 50 });
    try {
      direct.subscribe('echo', { callback: (_e, m) => { m.respond(m.data); } });
      await direct.flush();
      const slow = await medianRttMs(viaRelay, 'echo');
      expect(slow).toBeGreaterThanOrEqual(50);
      expect(slow).toBeLessThan(50 * 1.2 + 5);
      relay.setDelay(5);
      const fast = await medianRttMs(viaRelay, 'echo');
      expect(fast).toBeGreaterThanOrEqual(10);
      expect(fast).toBeLessThan(slow / 2);

      relay.cut();
      await expect(viaRelay.request('echo', enc.encode('x'), { timeout: 300 })).rejects.toThrow();
      relay.heal();
      // nats.js reconnects through the healed relay by itself.
      let back = false;
      for (let i = 0; i < 100 && !back; i++) back = await viaRelay.request('echo', enc.encode('x'), { timeout: 300 }).then(() => true, () => false);
      expect(back).toBe(true);
    } finally {
      await viaRelay.close();
      await direct.close();
      await relay.close();
      await server.stop();
    }
  });
});

describe('startCellTopology (hub + cells over emulated WAN relays)', () => {
  let topo: RunningCellTopology;
  let a: NatsConnection;
  let b: NatsConnection;
  let hub: NatsConnection;

  beforeAll(async () => {
    topo = await startCellTopology({ cells: [{ id: 'cell-a', wanOneWayDelayMs: 0 }, { id: 'cell-b', wanOneWayDelayMs: 20 }], hubDomain: HUB_DOMAIN, cellConfig: (id, relay) => cellServerConfig(id, `nats-leaf://${relay}`) });
    a = await connect({ servers: topo.urlOf('cell-a') });
    b = await connect({ servers: topo.urlOf('cell-b') });
    hub = await connect({ servers: topo.hub.url });
    await provisionAll(a);
    await provisionAll(b);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), hub?.close()]);
    await topo?.stop();
  });

  it('each cell runs JetStream in its own domain', async () => {
    expect((await jetstream(a).publish(subjects.taskSubmit('g', 'r'), enc.encode('one'), { msgID: 'domain-1' })).domain).toBe('cell-a');
    expect((await jetstream(b).publish(subjects.taskSubmit('g', 'r'), enc.encode('one'), { msgID: 'domain-1' })).domain).toBe('cell-b');
  });

  it('core NATS crosses the WAN (probes): a round trip costs the relay delays both ways', async () => {
    a.subscribe('probe.node-a', { callback: (_e, m) => { m.respond(m.data); } });
    await a.flush();
    await new Promise((r) => setTimeout(r, 300)); // interest crosses the leaf links
    const rtt = await medianRttMs(b, 'probe.node-a');
    expect(rtt).toBeGreaterThanOrEqual(40);
    expect(rtt).toBeLessThan(40 * 1.2 + 5);
  });

  it('a submission stays in its cell: the other cell\'s same-named stream never stores it', async () => {
    const before = (await (await jetstreamManager(b)).streams.info(Streams.Tasks)).state.messages;
    const ack = await jetstream(a).publish(subjects.taskSubmit('g', 'room-local'), enc.encode('local'), { msgID: 'local-1' });
    expect(ack.domain).toBe('cell-a');
    await new Promise((r) => setTimeout(r, 200));
    expect((await (await jetstreamManager(b)).streams.info(Streams.Tasks)).state.messages).toBe(before);
  });

  it('a spilled submission is addressed to the target cell and lands in its TASKS as a local subject', async () => {
    const ack = await jetstream(a).publish(cellSubjects.taskSubmit('cell-b', 'g', 'room-spill'), enc.encode('spilled'), { msgID: 'spill-1' });
    expect(ack.domain).toBe('cell-b');
    expect(ack.stream).toBe(Streams.Tasks);
    const stored = await (await jetstreamManager(b)).direct.getMessage(Streams.Tasks, { last_by_subj: subjects.taskSubmit('g', 'room-spill') });
    expect(new TextDecoder().decode(stored!.data)).toBe('spilled');
  });

  it('a cell keeps its local JetStream working while its WAN link is cut', async () => {
    const cellB = topo.cells.get('cell-b')!;
    cellB.relay.cut();
    try {
      const ack = await jetstream(b).publish(subjects.taskSubmit('g', 'room-cut'), enc.encode('during cut'), { msgID: 'cut-1' });
      expect(ack.domain).toBe('cell-b');
      await expect(jetstream(a).publish(cellSubjects.taskSubmit('cell-b', 'g', 'room-cut'), enc.encode('x'), { msgID: 'cut-2', timeout: 500 })).rejects.toThrow();
    } finally {
      cellB.relay.heal();
    }
    await topo.waitForLeafs();
  });

  it('the hub reaches a cell\'s JetStream through its domain (what fabric-wide sourcing uses)', async () => {
    const info = await (await jetstreamManager(hub, { domain: 'cell-a' })).streams.info(Streams.Tasks);
    expect(info.state.messages).toBeGreaterThan(0);
    expect((await (await jetstreamManager(hub)).getAccountInfo()).domain).toBe(HUB_DOMAIN);
  });

  it('the hub\'s fabric-wide views source every cell (receipts, rooms), and catch up after a cut link heals', async () => {
    await provisionHubViews(hub, ['cell-a', 'cell-b']);
    await provisionHubViews(hub, ['cell-a', 'cell-b']); // idempotent
    const hubJsm = await jetstreamManager(hub);
    expect((await hubJsm.streams.info(HubViews.Placements)).config.sources).toHaveLength(2);
    const roomKey = keys.room('g', 'room-home-a');
    await (await new Kvm(a).open(Buckets.Datastate)).put(roomKey, enc.encode('v1'));
    const hubRooms = await new Kvm(hub).open(Buckets.Datastate);
    const readHub = async (want: string) => {
      for (let i = 0; i < 200; i++) {
        const e = await hubRooms.get(roomKey);
        if (e && new TextDecoder().decode(e.value) === want) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    };
    expect(await readHub('v1')).toBe(true);

    // Cut cell-a off: it keeps writing its own rooms; the hub's mirror catches up after the heal.
    const cellA = topo.cells.get('cell-a')!;
    cellA.relay.cut();
    await (await new Kvm(a).open(Buckets.Datastate)).put(roomKey, enc.encode('v2-during-cut'));
    await jetstream(a).publish(subjects.placementReceipt('t-during-cut'), enc.encode('receipt'), { msgID: 'r-cut' });
    cellA.relay.heal();
    await topo.waitForLeafs();
    expect(await readHub('v2-during-cut')).toBe(true);
    let sourced = false;
    for (let i = 0; i < 200 && !sourced; i++) {
      sourced = (await hubJsm.direct.getMessage(HubViews.Placements, { last_by_subj: subjects.placementReceipt('t-during-cut') }).catch(() => null)) !== null;
      if (!sourced) await new Promise((r) => setTimeout(r, 50));
    }
    expect(sourced).toBe(true);
  }, 30_000);
});
