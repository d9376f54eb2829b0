import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { HubViews, HUB_DOMAIN, Streams, cellServerConfig, subjects } from '@cellmesh/bus';
import { startCellTopology, type RunningCellTopology } from '@cellmesh/testing';
import { provisionDeployment } from '../src/provision';

/** The provisioning job on the cells shape: from the hub, every cell's own domain and the hub's sourced views. */
describe('provisionDeployment on the cells shape (hub + two cell domains)', () => {
  let topo: RunningCellTopology;
  let hub: NatsConnection;
  let cell: NatsConnection;

  beforeAll(async () => {
    topo = await startCellTopology({ cells: [{ id: 'eu-west', wanOneWayDelayMs: 0 }, { id: 'us-east', wanOneWayDelayMs: 5 }], hubDomain: HUB_DOMAIN, cellConfig: (id, relay) => cellServerConfig(id, `nats-leaf://${relay}`) });
    hub = await connect({ servers: topo.hub.url });
    cell = await connect({ servers: topo.urlOf('us-east') });
  });
  afterAll(async () => {
    await hub?.close();
    await cell?.close();
    await topo?.stop();
  });

  it('provisions each cell through its domain, twice without change, and sources the cells into the hub views', async () => {
    const first = await provisionDeployment(hub, { replicas: 1, cells: ['eu-west', 'us-east'] });
    expect(first.created).toEqual(expect.arrayContaining([`eu-west: ${Streams.Tasks}`, `us-east: ${Streams.Tasks}`, 'us-east: KV cm_leases', `hub view ${HubViews.Placements}`]));
    const again = await provisionDeployment(hub, { replicas: 1, cells: ['eu-west', 'us-east'] });
    expect(again.created.filter((n) => !n.startsWith('hub view'))).toEqual([]);
    // A cell's own services see its streams locally, in its own domain.
    const ack = await jetstream(cell).publish(subjects.taskSubmit('g', 'r'), new TextEncoder().encode('x'), { msgID: 'prov-1' });
    expect(ack.domain).toBe('us-east');
    expect((await (await jetstreamManager(hub)).streams.info(HubViews.Results)).config.sources).toHaveLength(2);
  });
});
