/**
 * Which instance schedules: 'always' activates at once (term 0); 'root-leader' follows the lease
 * view and asks core/activation.ts, on every lease change and every liveness interval, whether this
 * node holds the lease of its scope (the root's, or its own cluster's) and under which term.
 */
import { LeaseWatcher, ROOT_CLUSTER_ID } from '@cellmesh/leases';
import { decideActivation, fencingClusterOf } from './core';
import type { Session } from './session';
import type { ShellContext } from './types';

export interface Leadership {
  stop(): Promise<void>;
}

export async function runLeadership(ctx: ShellContext, session: Session): Promise<Leadership> {
  const { deps, opts, state, fleet, log } = ctx;
  const { clock } = deps;
  if (opts.activation === 'always') {
    await session.activate({ clusterId: fencingClusterOf(opts.activationScope, opts.clusterId || fleet.clusterOf(deps.nodeId), ROOT_CLUSTER_ID), holder: deps.nodeId, term: 0 });
    return { stop: async () => undefined };
  }
  // The lease decides: the holder schedules under its term (the fencing token of every receipt and
  // dispatch). The LeaseWatcher (@cellmesh/leases) keeps the fence the executors check, so a
  // takeover is seen here as soon as the watch delivers it.
  const leases = deps.leases ?? (await LeaseWatcher.open(deps.nc, { clock, logger: log }));
  const ownLeases = deps.leases === undefined;
  let switching: Promise<void> = Promise.resolve();
  const ownCluster = () => opts.clusterId || fleet.clusterOf(deps.nodeId);
  const reconsider = () => {
    switching = switching
      .then(async () => {
        if (state.stopping) return;
        const decision = decideActivation({
          scope: opts.activationScope, nodeId: deps.nodeId, ownClusterId: ownCluster(), rootClusterId: ROOT_CLUSTER_ID,
          leaseOf: (clusterId) => leases.lease(clusterId)?.record, nowMs: clock.now(), current: state.active ? state.fencing : undefined,
        });
        if (decision.kind === 'stay') return;
        if (decision.kind !== 'activate') await session.deactivate(1_000);
        if (decision.kind !== 'deactivate') await session.activate(decision.token);
      })
      .catch((err: Error) => log.error({ err: err.message }, 'activation change failed'));
  };
  const unwatch = leases.onChange((change) => {
    if (change.clusterId === fencingClusterOf(opts.activationScope, ownCluster(), ROOT_CLUSTER_ID)) reconsider();
  });
  reconsider();
  const timer = setInterval(reconsider, opts.livenessCheckIntervalMs);
  timer.unref();
  log.info({ scope: opts.activationScope }, 'placement-scheduler standing by for its lease');
  return {
    async stop() {
      clearInterval(timer);
      unwatch();
      await switching;
      if (ownLeases) await leases.stop();
    },
  };
}
