/**
 * What the collector measures of the node's place in the fabric (core/traffic.ts): uplink and
 * downlink bytes/s from cumulative connection counters, relayed traffic (probe echoes answered for
 * other nodes, counted by a passive subscription beside the responder), and the node's role from
 * its cluster's state and the root lease. The shell reads; core/traffic.ts decides the numbers.
 */
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { codecs } from '@cellmesh/contracts';
import { Buckets, keys, openBucket, subjects, type Logger } from '@cellmesh/bus';
import type { ServiceDeps } from '@cellmesh/runtime';
import { roleOf, trafficFields, trafficRates, type NodeRole, type TrafficCounters, type TrafficReading } from './core';

export interface FabricView {
  /** Re-reads the node's role (cluster leader, root lease). Never throws. */
  refreshRole(clusterId: string): Promise<void>;
  /** NodeMetrics' traffic and role fields for the interval since the previous call. */
  sample(capacity: { uplinkMbps: number; downlinkMbps: number }): ReturnType<typeof trafficFields> & { role: NodeRole };
  stop(): void;
}

export async function startFabricView(env: { nc: NatsConnection; nodeId: string; clock: ServiceDeps['clock']; logger: Logger; trafficSource?: () => TrafficCounters }): Promise<FabricView> {
  const { nc, nodeId, clock, logger } = env;
  const source = env.trafficSource ?? (() => nc.stats());
  const relay = { inBytes: 0, outBytes: 0, inMsgs: 0, outMsgs: 0 };
  // A second, passive subscription on the probe subject: it sees every probe the responder answers.
  const sub: Subscription = nc.subscribe(subjects.probe(nodeId), {
    callback: (_err, m) => {
      relay.inMsgs++;
      relay.inBytes += m.data.length;
    },
  });
  const [topologyKv, leasesKv] = await Promise.all([openBucket(nc, Buckets.Topology), openBucket(nc, Buckets.Leases)]);
  let clusterLeader: string | undefined;
  let rootLeader: string | undefined;
  let prevTraffic: TrafficReading | undefined;
  let prevRelay: TrafficReading | undefined;

  return {
    async refreshRole(clusterId) {
      try {
        const [cluster, root] = await Promise.all([clusterId ? topologyKv.get(keys.cluster(clusterId)) : null, leasesKv.get(keys.rootLease)]);
        clusterLeader = cluster && cluster.operation === 'PUT' && cluster.length > 0 ? codecs.ClusterState.decode(cluster.value).leaderId : undefined;
        const lease = root && root.operation === 'PUT' && root.length > 0 ? codecs.Lease.decode(root.value) : undefined;
        rootLeader = lease && Number(lease.expiresAtMs) > clock.now() ? lease.holder : undefined;
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'could not read the node\'s role; keeping the last one');
      }
    },
    sample(capacity) {
      const atMs = clock.now();
      const traffic: TrafficReading = { atMs, counters: { ...source() } };
      const relayed: TrafficReading = { atMs, counters: { ...relay } };
      const fields = trafficFields(trafficRates(prevTraffic, traffic), trafficRates(prevRelay, relayed), capacity);
      prevTraffic = traffic;
      prevRelay = relayed;
      return { ...fields, role: roleOf(nodeId, clusterLeader, rootLeader) };
    },
    stop() {
      sub.unsubscribe();
    },
  };
}
