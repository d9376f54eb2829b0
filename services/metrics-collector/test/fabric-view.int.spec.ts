/**
 * The collector's fabric measurements on the wire: uplink/downlink bytes/s, relayed probe traffic,
 * the role from topology state and the root lease, and an emulated node's memory reading.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { trace } from '@opentelemetry/api';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Buckets, connectService, keys, openBucket, provisionAll, silentLogger, subjects } from '@cellmesh/bus';
import { systemClock } from '@cellmesh/runtime';
import { parseScenario } from '@cellmesh/scenario';
import { startNatsServer, waitFor, type RunningNatsServer } from '@cellmesh/testing';
import { startMetricsCollector, type MetricsCollectorHandle } from '../src';

const scenario = parseScenario({
  nodes: [
    // wa's uplink is tiny, so its own bus traffic saturates it (what topology-ca reads as a spike).
    { id: 'wa', cpuCores: 8, memoryMb: 16384, uplinkMbps: 0.01, site: 'lab' },
    { id: 'wb', cpuCores: 4, memoryMb: 8192, site: 'lab' },
  ],
  rttMs: [
    [0, 1],
    [1, 0],
  ],
});

describe('metrics-collector fabric measurements on a real nats-server', () => {
  let server: RunningNatsServer;
  let nc: NatsConnection;
  const handles: MetricsCollectorHandle[] = [];
  const connections: NatsConnection[] = [];
  const seen: MessageOf<'NodeMetrics'>[] = [];

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    nc = await connectService({ servers: [server.url], service: 'fabric-test', nodeId: 'tester', logger: silentLogger });
    await provisionAll(nc);
    const now = Date.now();
    await (await openBucket(nc, Buckets.Leases)).put(keys.rootLease, codecs.Lease.encode({ clusterId: 'root', holder: 'wb', term: 1, acquiredAtMs: now, renewedAtMs: now, expiresAtMs: now + 60_000 }));
    const topology = await openBucket(nc, Buckets.Topology);
    for (const id of ['wa', 'wb']) await topology.put(keys.neighbours(id), codecs.NeighbourList.encode({ nodeId: id, clusterId: 'c1', closePeers: ['wa', 'wb'].filter((p) => p !== id) }));
    await topology.put(keys.cluster('c1'), codecs.ClusterState.encode({ clusterId: 'c1', members: ['wa', 'wb'], leaderId: 'wa' }));
    nc.subscribe(subjects.metricsNodeAll, { callback: (_e, m) => void seen.push(codecs.NodeMetrics.decode(m.data)) });
    for (const nodeId of ['wa', 'wb']) {
      // Each node on its own connection, as in `cellmesh up`, so its counters are its own.
      const own = await connectService({ servers: [server.url], service: 'metrics-collector', nodeId, logger: silentLogger });
      connections.push(own);
      handles.push(
        await startMetricsCollector(
          { nc: own, nodeId, logger: silentLogger, tracer: trace.getTracer('test'), clock: systemClock },
          { clusterId: 'c1', publishIntervalMs: 200, snapshotIntervalMs: 500, probeIntervalMs: 50, probeTimeoutMs: 1_000, neighboursRefreshMs: 200, emulation: { scenario } },
        ),
      );
    }
  }, 30_000);

  afterAll(async () => {
    for (const h of handles) await h.stop({ graceMs: 500 });
    // The collectors' own connections: left open, they keep the test process alive after the run.
    for (const c of connections) await c.close();
    await nc?.close();
    await server?.stop();
  });

  it('publishes uplink/downlink bytes/s, their saturation, relayed probe traffic and the role', async () => {
    const wa = await waitFor('wa with traffic, relayed probes and its leader role', () => seen.find((m) => m.nodeId === 'wa' && m.uplinkBytesPerS > 0 && m.relayMsgsPerS > 0 && m.role === 'leader'), 20_000);
    expect(wa.downlinkBytesPerS).toBeGreaterThan(0);
    expect(wa.relayBytesPerS).toBeGreaterThan(0);
    // relay_load is the uplink in Mbit/s (topology-ca's utilisation input); a 0.01 Mbit/s uplink is saturated.
    expect(wa.relayLoad).toBeCloseTo((wa.uplinkBytesPerS * 8) / 1e6, 9);
    expect(wa.uplinkSaturation).toBeGreaterThan(0.8);
    const wb = await waitFor('wb as the root', () => seen.find((m) => m.nodeId === 'wb' && m.role === 'root'), 10_000);
    expect(wb.uplinkSaturation).toBe(0); // no uplink in the scenario: capacity unknown
  });

  it('reads an emulated node\'s memory as its share of the process, within the scenario\'s total', async () => {
    const wa = seen.filter((m) => m.nodeId === 'wa').at(-1)!;
    expect(Number(wa.memUsedBytes)).toBeGreaterThan(0);
    expect(Number(wa.memUsedBytes)).toBeLessThanOrEqual(Number(wa.memTotalBytes));
    expect(wa.refusesIsolatedCompute).toBe(false);
    expect(wa.snapshotIntervalMs).toBeGreaterThanOrEqual(500);
  });
});
