/**
 * Follows the fleet for the books (standbys too, so a takeover starts with a warm view): NodeMetrics
 * heartbeats, the node registry, peer tables and topology (cluster state, neighbour lists).
 */
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import type { KV, KvWatchEntry } from '@nats-io/kv';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Buckets, Identity, identityRejection, keys, openBucket, subjects, subscribeMessages, type IdentityBinding, type Logger } from '@cellmesh/bus';
import type { ServiceDeps } from '@cellmesh/runtime';
import { heartbeatFromMetrics, type Fleet, type InputRejectionLog } from './core';

export interface FleetSources {
  stop(): Promise<void>;
}

export async function followFleet(nc: NatsConnection, fleet: Fleet, rejections: InputRejectionLog, env: { clock: ServiceDeps['clock']; log: Logger; service: string; nodeId: string }): Promise<FleetSources> {
  const { clock, log } = env;
  const subs: Subscription[] = [];
  const watches: { stop(): void }[] = [];
  const loops: Promise<void>[] = [];

  // Identity binding: a payload is taken only for the node its subject (or KV key) names; the fleet
  // counts refusals by reason and says when a (rate-limited) log line is due.
  const bound = <M>(binding: IdentityBinding<M>, where: string, m: M): boolean => {
    const rejection = identityRejection(binding, where, m);
    if (!rejection) return true;
    if (rejections.reject(rejection.reason, clock.now())) log.warn({ where, reason: rejection.reason, total: rejections.snapshot().total }, 'ignoring fleet input that speaks for another node');
    return false;
  };
  const applyHeartbeat = (m: MessageOf<'NodeMetrics'>, seenMs: number) => {
    const hb = heartbeatFromMetrics(m);
    if (hb) fleet.observeHeartbeat(hb, seenMs);
  };
  subs.push(
    subscribeMessages(nc, subjects.metricsNodeAll, codecs.NodeMetrics, (m, raw) => {
      if (bound(Identity.nodeMetrics, raw.subject, m)) applyHeartbeat(m, clock.now());
    }, { service: env.service, nodeId: env.nodeId, logger: log, deadLetterBadPayloads: false }),
  );

  const follow = async (bucket: KV, key: string, apply: (entry: KvWatchEntry) => void) => {
    const iter = await bucket.watch({ key });
    watches.push(iter);
    loops.push(
      (async () => {
        for await (const entry of iter) {
          try {
            apply(entry);
          } catch (err) {
            log.warn({ key: entry.key, err: (err as Error).message }, 'ignoring a malformed value');
          }
        }
      })().catch((err: Error) => log.warn({ err: err.message, key }, 'watch ended')),
    );
  };
  const isPut = (e: KvWatchEntry) => e.operation === 'PUT';
  const [nodesKv, metricsKv, topologyKv] = await Promise.all([openBucket(nc, Buckets.Nodes), openBucket(nc, Buckets.Metrics), openBucket(nc, Buckets.Topology)]);
  const nodeKeyPrefix = keys.node('x').slice(0, -1);
  await follow(nodesKv, `${nodeKeyPrefix}>`, (e) => {
    // A replayed registry entry counts from when it was written, not from when this instance read it.
    if (!isPut(e)) return fleet.observeGone(e.key.slice(nodeKeyPrefix.length));
    const m = codecs.NodeMetrics.decode(e.value);
    if (bound(Identity.nodeKey, e.key, m)) applyHeartbeat(m, Math.min(clock.now(), e.created.getTime()));
  });
  await follow(metricsKv, `${keys.peers('x').slice(0, -1)}>`, (e) => {
    if (!isPut(e)) return;
    const table = codecs.PeerTable.decode(e.value);
    if (bound(Identity.peersKey, e.key, table)) fleet.observePeerTable(table);
  });
  const clusterPrefix = keys.cluster('x').slice(0, -1);
  const neighboursPrefix = keys.neighbours('x').slice(0, -1);
  await follow(topologyKv, '>', (e) => {
    if (!isPut(e)) return;
    if (e.key.startsWith(clusterPrefix)) fleet.observeClusterState(codecs.ClusterState.decode(e.value));
    else if (e.key.startsWith(neighboursPrefix)) fleet.observeNeighbours(codecs.NeighbourList.decode(e.value));
  });

  return {
    async stop() {
      for (const s of subs) s.unsubscribe();
      for (const w of watches) w.stop();
      await Promise.all(loops);
    },
  };
}
