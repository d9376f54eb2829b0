/**
 * Which instance schedules, as a pure function of the lease view, this node and the configured
 * mode. `root`: the holder of the root lease schedules the whole fabric (one active scheduler).
 * `cluster`: the holder of its own cluster's lease schedules that cluster's (cell's) tasks, so a
 * fabric of cells runs one active scheduler per cell. The term of the lease that activated an
 * instance is the fencing token of every receipt and dispatch it publishes.
 */

/** Which lease makes a `root-leader` instance active. */
export type ActivationScope = 'root' | 'cluster';

/** The lease record the decision reads (a subset of leader-core's LeaseRecord). */
export interface LeaseFacts {
  readonly holder: string;
  readonly term: number;
  readonly expiresAtMs: number;
}

/** The fencing token an instance schedules under. */
export interface ActivationToken {
  readonly clusterId: string;
  readonly holder: string;
  readonly term: number;
}

export interface ActivationInput {
  readonly scope: ActivationScope;
  /** This node's id. */
  readonly nodeId: string;
  /** This node's own cluster ('' while unknown: a `cluster` scope then stays inactive). */
  readonly ownClusterId: string;
  /** The root cluster id (the root lease's record names it). */
  readonly rootClusterId: string;
  /** The lease view: the latest lease of a cluster, undefined when none was seen. */
  readonly leaseOf: (clusterId: string) => LeaseFacts | undefined;
  readonly nowMs: number;
  /** The token this instance is active under now, undefined while inactive. */
  readonly current: ActivationToken | undefined;
}

export type ActivationDecision =
  | { readonly kind: 'stay' }
  | { readonly kind: 'activate'; readonly token: ActivationToken }
  /** Active under an older term or another cluster's lease: deactivate, then activate under `token`. */
  | { readonly kind: 'reactivate'; readonly token: ActivationToken }
  | { readonly kind: 'deactivate' };

/** The cluster whose lease decides activation: the root, or this node's own cluster ('' when unknown). */
export function fencingClusterOf(scope: ActivationScope, ownClusterId: string, rootClusterId: string): string {
  return scope === 'root' ? rootClusterId : ownClusterId;
}

export function decideActivation(input: ActivationInput): ActivationDecision {
  const clusterId = fencingClusterOf(input.scope, input.ownClusterId, input.rootClusterId);
  const lease = clusterId === '' ? undefined : input.leaseOf(clusterId);
  const holds = lease !== undefined && lease.holder === input.nodeId && lease.expiresAtMs > input.nowMs;
  const { current } = input;
  if (!holds) return current ? { kind: 'deactivate' } : { kind: 'stay' };
  const token: ActivationToken = { clusterId, holder: input.nodeId, term: lease.term };
  if (!current) return { kind: 'activate', token };
  if (current.term !== token.term || current.clusterId !== token.clusterId) return { kind: 'reactivate', token };
  return { kind: 'stay' };
}
