/**
 * Options of startLeaderElection: LeaderElectionOptions (optional, documented defaults) →
 * compileOptions() → CompiledLeaderElectionOptions (validated, units in names). Pure.
 */
import { isValidToken } from '@cellmesh/bus';
import {
  DEFAULT_LEADER_PARAMS,
  DEFAULT_ROOT_LEADER_PARAMS,
  InvalidLeaderParamsError,
  compileLeaderParams,
  type LeaderOptions,
  type LeaderParams,
} from '@cellmesh/leader-core';
import { ROOT_CLUSTER_ID } from '@cellmesh/leases';

export interface LeaderElectionOptions {
  /**
   * The cluster this node stands in. Default: discovered from the topology-ca (`neighbours.<nodeId>` in
   * cm_topology), then from the node's NodeMetrics.clusterId; the node stands nowhere until one is known.
   */
  clusterId?: string;
  /** Fixed membership (tests, early fabrics). Default: the topology-ca's ClusterState members. */
  staticMembers?: readonly string[];
  /** Stand in the root election while this node leads its cluster. Default true. */
  electRoot?: boolean;
  /** False: observe only (follow, report leaders), never take a lease. Default true. */
  eligible?: boolean;
  /** Cluster election parameters (weights, lease, stability); defaults: DEFAULT_LEADER_PARAMS. */
  leader?: LeaderOptions;
  /** Root election parameters; defaults: DEFAULT_ROOT_LEADER_PARAMS (longer tenure, WAN RTT bound). */
  root?: LeaderOptions;
  /** How often membership, RTTs and compute are re-read from KV. Default 2 000 ms. */
  inputsRefreshMs?: number;
  /** Release held leases on stop(), so followers take over at once instead of after expiry. Default true. */
  releaseOnStop?: boolean;
  /** Publish LeaderChanged events (durable, LEADER_EVENTS). Default true. */
  publishEvents?: boolean;
  /**
   * Called on step-down and on stop before the lease is released, after this node stopped handing out
   * fencing tokens: wait here for writes made under the old term to finish. Default: nothing to drain.
   */
  drainBeforeRelease?: (clusterId: string) => Promise<void>;
}

export interface CompiledLeaderElectionOptions {
  clusterId: string | undefined;
  staticMembers: readonly string[] | undefined;
  electRoot: boolean;
  eligible: boolean;
  clusterParams: Readonly<LeaderParams>;
  rootParams: Readonly<LeaderParams>;
  inputsRefreshMs: number;
  releaseOnStop: boolean;
  publishEvents: boolean;
  drainBeforeRelease: (clusterId: string) => Promise<void>;
}

export const DEFAULT_INPUTS_REFRESH_MS = 2_000;

export class InvalidLeaderElectionOptionsError extends Error {
  override readonly name = 'InvalidLeaderElectionOptionsError';
  readonly retryable = false;
  constructor(
    readonly fields: readonly string[],
    detail: string,
  ) {
    super(`invalid leader-election options: [${fields.map((f) => JSON.stringify(f)).join(',')}] ${detail}`);
  }
}

export function compileOptions(options: LeaderElectionOptions = {}): CompiledLeaderElectionOptions {
  const { clusterId, staticMembers } = options;
  if (clusterId !== undefined && (!isValidToken(clusterId) || clusterId === ROOT_CLUSTER_ID)) {
    throw new InvalidLeaderElectionOptionsError(['clusterId'], `${JSON.stringify(clusterId)} must be a subject token other than "${ROOT_CLUSTER_ID}"`);
  }
  if (staticMembers !== undefined && (staticMembers.length === 0 || !staticMembers.every(isValidToken))) {
    throw new InvalidLeaderElectionOptionsError(['staticMembers'], 'must be a non-empty list of node ids (subject tokens)');
  }
  const inputsRefreshMs = options.inputsRefreshMs ?? DEFAULT_INPUTS_REFRESH_MS;
  if (!Number.isFinite(inputsRefreshMs) || inputsRefreshMs < 10) throw new InvalidLeaderElectionOptionsError(['inputsRefreshMs'], 'must be a finite number ≥ 10 ms');
  const clusterParams = compileParams('leader', options.leader, DEFAULT_LEADER_PARAMS);
  const rootParams = compileParams('root', options.root, DEFAULT_ROOT_LEADER_PARAMS);
  return {
    clusterId,
    staticMembers: staticMembers === undefined ? undefined : [...staticMembers],
    electRoot: options.electRoot ?? true,
    eligible: options.eligible ?? true,
    clusterParams,
    rootParams,
    inputsRefreshMs,
    releaseOnStop: options.releaseOnStop ?? true,
    publishEvents: options.publishEvents ?? true,
    drainBeforeRelease: options.drainBeforeRelease ?? (async () => undefined),
  };
}

function compileParams(field: 'leader' | 'root', options: LeaderOptions | undefined, base: Readonly<LeaderParams>): Readonly<LeaderParams> {
  try {
    return compileLeaderParams(options ?? {}, base);
  } catch (err) {
    if (err instanceof InvalidLeaderParamsError) throw new InvalidLeaderElectionOptionsError(err.fields.map((f) => `${field}.${f}`), err.message);
    throw err;
  }
}
