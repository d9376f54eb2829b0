/**
 * Identity binding: who a message speaks for is read from the subject it arrived on, never from
 * the payload. The server lets only `<service>@<nodeId>` publish on that node's own subjects
 * (metrics.node.<id>, metrics.load.<id>; announcements and leader events only for clusters of the
 * node's site), so a subject-bound id is also a sender-bound id. A payload whose id differs from
 * its subject is rejected with a reason (dead letter and/or log + metric), and the caller never
 * keys a map by an unchecked payload id (docs/security.md, "Identity binding").
 *
 * Also here: a bounded, age-pruned map for everything a service keeps per peer/leader/cluster,
 * so that many fake ids cannot grow a process without bound.
 */
import { PermanentError } from './errors';
import { isValidToken, keys, subjects } from './names';

export const IdentityRejection = {
  /** The subject is not of the binding's shape (should not happen on a filtered subscription). */
  BadSubject: 'identity-subject-shape',
  /** The payload names no id (or an invalid one). */
  MissingId: 'identity-missing-id',
  /** The payload's id differs from the id in the subject: it speaks for someone else. */
  SubjectMismatch: 'identity-differs-from-subject',
} as const;
export type IdentityRejectionReason = (typeof IdentityRejection)[keyof typeof IdentityRejection];

/** Thrown (and dead-lettered) when a message speaks for an identity other than its subject's. */
export class IdentityMismatchError extends PermanentError {
  override readonly name = 'IdentityMismatchError';
  constructor(
    readonly reason: IdentityRejectionReason,
    readonly binding: string,
    readonly subjectId: string | undefined,
    readonly payloadId: string,
  ) {
    super(`${binding}: ${reason} (subject id ${JSON.stringify(subjectId ?? '')}, payload id ${JSON.stringify(payloadId.slice(0, 64))})`, reason);
  }
}

export interface IdentityBinding<M> {
  /** Name for logs, metrics and dead letters. */
  readonly name: string;
  /** The id the subject speaks for, or undefined when the subject is not of this shape. */
  subjectId(subject: string): string | undefined;
  /** The id the payload claims. */
  payloadId(message: M): string;
}

const SENTINEL = '__ID__';

/** Binds the one variable token of `builder(id)` to `payloadId`. The subject shape stays owned by names.ts. */
export function bindSubjectToken<M>(name: string, builder: (id: string) => string, payloadId: (m: M) => string): IdentityBinding<M> {
  const shape = builder(SENTINEL).split('.');
  const at = shape.indexOf(SENTINEL);
  if (at < 0) throw new Error(`bindSubjectToken(${name}): the builder has no variable token`);
  return {
    name,
    payloadId,
    subjectId(subject) {
      const tokens = subject.split('.');
      if (tokens.length !== shape.length) return undefined;
      for (let i = 0; i < shape.length; i++) if (i !== at && tokens[i] !== shape[i]) return undefined;
      const id = tokens[at]!;
      return isValidToken(id) ? id : undefined;
    },
  };
}

/** The bindings of cellmesh's per-identity subjects. */
export const Identity = {
  /** metrics.node.<nodeId> carries NodeMetrics of exactly that node. */
  nodeMetrics: bindSubjectToken('NodeMetrics', subjects.metricsNode, (m: { nodeId: string }) => m.nodeId),
  /** metrics.load.<nodeId> carries LoadReports of that node's own workers. */
  loadReport: bindSubjectToken('LoadReport', subjects.metricsLoad, (m: { nodeId: string }) => m.nodeId),
  /** topology.announce.<clusterId> carries announcements about exactly that cluster. */
  clusterAnnounce: bindSubjectToken('ClusterAnnounce', subjects.topologyAnnounce, (m: { clusterId: string }) => m.clusterId),
  /** leader.changed.<clusterId> carries the leader of exactly that cluster. */
  leaderChanged: bindSubjectToken('LeaderChanged', subjects.leaderChanged, (m: { clusterId: string }) => m.clusterId),
  /** task.result.<taskId> carries the result of exactly that task. */
  taskResult: bindSubjectToken('TaskResult', subjects.taskResult, (m: { scope?: { taskId: string } | null }) => m.scope?.taskId ?? ''),
  /** KV key metrics.<nodeId> in cm_metrics (writable only by that node's collector) holds that node's NodeMetrics. */
  metricsKey: bindSubjectToken('NodeMetrics (KV)', keys.nodeMetrics, (m: { nodeId: string }) => m.nodeId),
  /** KV key peers.<nodeId> holds that node's own PeerTable. */
  peersKey: bindSubjectToken('PeerTable (KV)', keys.peers, (m: { nodeId: string }) => m.nodeId),
  /** KV key node.<nodeId> in cm_nodes holds that node's heartbeat. */
  nodeKey: bindSubjectToken('NodeHeartbeat (KV)', keys.node, (m: { nodeId: string }) => m.nodeId),
} as const;

/** Null when `message` speaks for its subject's identity; the rejection otherwise. */
export function identityRejection<M>(binding: IdentityBinding<M>, subject: string, message: M): IdentityMismatchError | null {
  const fromSubject = binding.subjectId(subject);
  const claimed = binding.payloadId(message);
  if (fromSubject === undefined) return new IdentityMismatchError(IdentityRejection.BadSubject, binding.name, undefined, claimed ?? '');
  if (!claimed || !isValidToken(claimed)) return new IdentityMismatchError(IdentityRejection.MissingId, binding.name, fromSubject, claimed ?? '');
  if (claimed !== fromSubject) return new IdentityMismatchError(IdentityRejection.SubjectMismatch, binding.name, fromSubject, claimed);
  return null;
}

/** The subject-bound id of `message`, or throws IdentityMismatchError. */
export function boundIdentity<M>(binding: IdentityBinding<M>, subject: string, message: M): string {
  const rejection = identityRejection(binding, subject, message);
  if (rejection) throw rejection;
  return binding.subjectId(subject)!;
}

// ---- bounded per-peer state -------------------------------------------------------------------

export interface BoundedMapOptions {
  /** Most entries kept; setting a new key beyond it evicts the least recently set one. */
  maxEntries: number;
  /** Entries not set for this long are dropped by prune() (and by reads); Infinity keeps them. */
  maxAgeMs?: number;
  /** Clock (ms); pure cores pass theirs in. */
  now: () => number;
  /** Called for every evicted or aged-out key (a metric). */
  onEvict?: (key: string, why: 'capacity' | 'age') => void;
}

/** A Map with a size cap (least recently set goes first) and age-out. */
export class BoundedMap<V> {
  private readonly entries = new Map<string, { value: V; setAtMs: number }>();
  constructor(private readonly opts: BoundedMapOptions) {
    if (!(opts.maxEntries >= 1)) throw new Error('BoundedMap: maxEntries must be at least 1');
  }

  get size(): number {
    return this.entries.size;
  }

  set(key: string, value: V): this {
    this.entries.delete(key);
    this.entries.set(key, { value, setAtMs: this.opts.now() });
    while (this.entries.size > this.opts.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.opts.onEvict?.(oldest, 'capacity');
    }
    return this;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.expired(e.setAtMs)) {
      this.entries.delete(key);
      this.opts.onEvict?.(key, 'age');
      return undefined;
    }
    return e.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Drops every entry older than maxAgeMs; returns how many. */
  prune(): number {
    let dropped = 0;
    for (const [key, e] of this.entries) {
      if (!this.expired(e.setAtMs)) continue;
      this.entries.delete(key);
      this.opts.onEvict?.(key, 'age');
      dropped++;
    }
    return dropped;
  }

  /** Live entries (pruned first). */
  *[Symbol.iterator](): IterableIterator<[string, V]> {
    this.prune();
    for (const [key, e] of this.entries) yield [key, e.value];
  }

  values(): V[] {
    return [...this].map(([, v]) => v);
  }

  keys(): string[] {
    return [...this].map(([k]) => k);
  }

  private expired(setAtMs: number): boolean {
    const maxAge = this.opts.maxAgeMs ?? Infinity;
    return maxAge !== Infinity && this.opts.now() - setAtMs > maxAge;
  }
}
