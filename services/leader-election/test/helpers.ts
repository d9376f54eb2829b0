import type { NatsConnection } from '@nats-io/transport-node';
import { trace } from '@opentelemetry/api';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Buckets, keys, openBucket, silentLogger, Streams, subjects } from '@cellmesh/bus';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { systemClock, type ServiceDeps } from '@cellmesh/runtime';
import type { LeaderOptions } from '@cellmesh/leader-core';

export function depsFor(nc: NatsConnection, nodeId: string): ServiceDeps {
  return { nc, nodeId, logger: silentLogger, tracer: trace.getTracer('leader-election-test'), clock: systemClock };
}

/** Short leases so a test sees many renewals and failovers in seconds. */
export const FAST: LeaderOptions = {
  lease: { leaseDurationMs: 900, renewIntervalMs: 300, maxClockSkewMs: 100 },
  stability: { acquireStaggerMs: 150, minTenureMs: 0 },
};

/** Writes the warm snapshots the metrics-collector would: a full-mesh peer table and node metrics. */
export async function seedMetrics(nc: NatsConnection, nodes: Record<string, { cores: number; rttMs: Record<string, number> }>): Promise<void> {
  const kv = await openBucket(nc, Buckets.Metrics);
  for (const [nodeId, n] of Object.entries(nodes)) {
    const links = Object.entries(n.rttMs).map(([peerId, rttMs]) => ({ peerId, rttMs, measured: true, samples: 10 }));
    await kv.put(keys.peers(nodeId), codecs.PeerTable.encode({ nodeId, links, updatedAtMs: Date.now() }));
    await kv.put(keys.nodeMetrics(nodeId), codecs.NodeMetrics.encode({ nodeId, cpuCores: n.cores, memTotalBytes: 8 * 1024 ** 3, memUsedBytes: 1024 ** 3, sampledAtMs: Date.now() }));
  }
}

/** Every LeaderChanged in LEADER_EVENTS for a cluster, in stream order. */
export async function leaderEvents(nc: NatsConnection, clusterId: string): Promise<MessageOf<'LeaderChanged'>[]> {
  const jsm = await jetstreamManager(nc);
  const info = await jsm.streams.info(Streams.LeaderEvents);
  const out: MessageOf<'LeaderChanged'>[] = [];
  if (info.state.messages === 0) return out;
  const consumer = await jetstream(nc).consumers.get(Streams.LeaderEvents, { filter_subjects: subjects.leaderChanged(clusterId) });
  for (;;) {
    const m = await consumer.next({ expires: 1000 });
    if (m === null) break;
    out.push(codecs.LeaderChanged.decode(m.data));
    if (m.info.pending === 0) break;
  }
  return out;
}
