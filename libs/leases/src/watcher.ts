/**
 * LeaseWatcher: a writer's view of every cluster's lease, kept current by a KV watch on `cm_leases`,
 * and the fence each writer checks tokens against. One per process (or per writer) is enough: it holds
 * plain maps keyed by cluster id.
 *
 * The fence per cluster is the newest (term, holder) this watcher knows: the max of every lease it read
 * and every token it accepted. It never comes down, so a lagging watch can never let an older term back in.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { KV, KvEntry } from '@nats-io/kv';
import { Buckets, openBucket, silentLogger, type Logger } from '@cellmesh/bus';
import {
  DEFAULT_LEASE_PARAMS,
  VACANT_HOLDER,
  checkFencingToken,
  fenceOf,
  leaseState,
  type FenceVerdict,
  type FencingToken,
  type LeaseRecord,
  type LeaseState,
  type StoredLease,
  type TermFence,
} from '@cellmesh/leader-core';
import { FencingRejectedError } from './errors';
import { LEASE_KEYS_FILTER, decodeLease, leaseKey, readLease, storedLeaseOf, type CorruptLeaseReporter } from './lease-kv';
import { inOfficeAt, officePeriodOf, recordOfficePeriod, type OfficePeriod, type OfficeVerdict } from './office';

const HISTORY_REREAD_MS = 1_000;

export interface LeaseWatcherOptions {
  /** Reader's clock for `currentLeader().state`; default Date.now. */
  clock?: { now(): number };
  /** The clock-skew bound readers apply to expiry (must match the electors'); default 1000 ms. */
  maxClockSkewMs?: number;
  logger?: Logger;
  /** Told of every malformed lease value this watcher reads (besides a warning in the log). */
  onCorrupt?: CorruptLeaseReporter;
}

/** What a reader knows about a cluster's leader right now. */
export interface LeaderInfo {
  clusterId: string;
  /** '' when the lease was released. */
  holder: string;
  term: number;
  expiresAtMs: number;
  /** The lease key's KV revision. */
  revision: number;
  /** `held` (live), `expired` (missed renewals: nobody may act) or `vacant` (released), on this reader's clock. */
  state: LeaseState;
}

export interface LeaseChange {
  clusterId: string;
  previous: LeaseRecord | undefined;
  lease: StoredLease;
}

export class LeaseWatcher {
  private readonly leases = new Map<string, StoredLease>();
  private readonly fences = new Map<string, TermFence>();
  private readonly offices = new Map<string, OfficePeriod[]>();
  private readonly historyReadAtMs = new Map<string, number>();
  /** Revisions of malformed values already reported, so a value read again is not reported again. */
  private readonly corruptReported = new Set<string>();
  private readonly listeners = new Set<(change: LeaseChange) => void>();
  private readonly clock: { now(): number };
  private readonly maxClockSkewMs: number;
  private readonly log: Logger;
  private readonly onCorrupt: CorruptLeaseReporter | undefined;
  private stopWatch: (() => void) | undefined;
  private watchDone: Promise<void> = Promise.resolve();

  private constructor(
    private readonly kv: KV,
    options: LeaseWatcherOptions,
  ) {
    this.clock = options.clock ?? { now: () => Date.now() };
    this.maxClockSkewMs = options.maxClockSkewMs ?? DEFAULT_LEASE_PARAMS.maxClockSkewMs;
    this.log = (options.logger ?? silentLogger).child({ component: 'lease-watcher' });
    this.onCorrupt = options.onCorrupt;
  }

  /** Opens `cm_leases` (provisioned by provisionAll), loads every lease, then follows changes. */
  static async open(nc: NatsConnection, options: LeaseWatcherOptions = {}): Promise<LeaseWatcher> {
    return LeaseWatcher.forBucket(await openBucket(nc, Buckets.Leases), options);
  }

  /** Same, over an already opened leases bucket. Resolves once every existing lease is loaded. */
  static async forBucket(kv: KV, options: LeaseWatcherOptions = {}): Promise<LeaseWatcher> {
    const watcher = new LeaseWatcher(kv, options);
    await watcher.begin();
    return watcher;
  }

  private async begin(): Promise<void> {
    // Watch first, then load: anything written in between arrives through the watch, and apply()
    // keeps the highest revision per key, so the order in which the two deliver does not matter.
    const iter = await this.kv.watch({ key: LEASE_KEYS_FILTER });
    this.stopWatch = () => iter.stop();
    this.watchDone = (async () => {
      for await (const entry of iter) this.applyEntry(entry);
    })().catch((err: Error) => this.log.warn({ err: err.message }, 'lease watch ended'));
    const loaded = await this.kv.keys(LEASE_KEYS_FILTER);
    for await (const key of loaded) this.applyEntry(await this.kv.get(key));
  }

  /** The lease as last seen for a cluster (undefined when none was ever written). */
  lease(clusterId: string): StoredLease | undefined {
    return this.leases.get(clusterId);
  }

  /** Every cluster id with a lease this watcher has seen (the root's included). */
  clusterIds(): string[] {
    return [...this.leases.keys()];
  }

  /** Who leads a cluster as far as this reader knows; undefined when no lease was ever written. */
  currentLeader(clusterId: string): LeaderInfo | undefined {
    const stored = this.leases.get(clusterId);
    if (stored === undefined) return undefined;
    const { record, revision } = stored;
    return {
      clusterId,
      holder: record.holder,
      term: record.term,
      expiresAtMs: record.expiresAtMs,
      revision,
      state: leaseState(record, this.clock.now(), { maxClockSkewMs: this.maxClockSkewMs }),
    };
  }

  /** The newest term this writer knows for a cluster (from leases read and tokens accepted). */
  currentTerm(clusterId: string): number | undefined {
    return this.fences.get(clusterId)?.term;
  }

  fence(clusterId: string): TermFence | undefined {
    return this.fences.get(clusterId);
  }

  /** Checks a token against the cluster's fence; an accepted token with a newer term raises the fence. */
  check(token: FencingToken): FenceVerdict {
    const verdict = checkFencingToken(this.fences.get(token.clusterId), token);
    if (verdict.accepted) this.fences.set(token.clusterId, verdict.fence);
    return verdict;
  }

  /** As check(), but throws FencingRejectedError (a PermanentError whose code is the reason, e.g. 'stale-term'). */
  assertFencingToken(token: FencingToken): TermFence {
    const verdict = this.check(token);
    if (!verdict.accepted) throw new FencingRejectedError(verdict.reason, `cluster ${token.clusterId}: ${verdict.detail}`, token, verdict.fence);
    return verdict.fence;
  }

  /**
   * Reads the cluster's lease directly (not via the watch), so a check right after sees every committed
   * takeover. A malformed value is reported and leaves the view as it was (the electors overwrite it).
   */
  async refresh(clusterId: string): Promise<StoredLease | undefined> {
    const stored = await readLease(this.kv, clusterId, (report) => this.reportCorrupt(report));
    if (stored !== undefined && stored.corrupt === undefined) this.apply(stored);
    return this.leases.get(clusterId);
  }

  /** The hand-overs this reader has seen for a cluster (oldest first, bounded). */
  officePeriods(clusterId: string): readonly OfficePeriod[] {
    return this.offices.get(clusterId) ?? [];
  }

  /**
   * Accept-time fencing (./office.ts): was `token`'s term in office when the fabric accepted the write at
   * `acceptedAtMs`? When this reader's memory does not reach back to the token's term (a restart), the
   * lease key's retained KV history is read once to fill it in.
   */
  async wasInOffice(token: FencingToken, acceptedAtMs: number): Promise<OfficeVerdict> {
    let verdict = inOfficeAt(this.officePeriods(token.clusterId), token, acceptedAtMs, this.maxClockSkewMs);
    if (!verdict.inOffice && verdict.unknown) {
      await this.loadHistory(token.clusterId).catch((err: Error) => this.log.warn({ clusterId: token.clusterId, err: err.message }, 'could not read the lease history'));
      verdict = inOfficeAt(this.officePeriods(token.clusterId), token, acceptedAtMs, this.maxClockSkewMs);
    }
    // A newer term known only from a token (an executor accepted it before its lease reached KV) began at an
    // unknown time: nothing accepted under an older term can be proven to precede it.
    const fenceTerm = this.currentTerm(token.clusterId) ?? 0;
    if (verdict.inOffice && fenceTerm > token.term && !this.officePeriods(token.clusterId).some((p) => p.term > token.term)) {
      return { inOffice: false, unknown: false, detail: `term ${fenceTerm} is known from a token but not when it began` };
    }
    return verdict;
  }

  private async loadHistory(clusterId: string): Promise<void> {
    // A flood of stale tokens must not become a flood of history reads: at most one per cluster per second.
    const now = this.clock.now();
    if (now - (this.historyReadAtMs.get(clusterId) ?? -Infinity) < HISTORY_REREAD_MS) return;
    this.historyReadAtMs.set(clusterId, now);
    const history = await this.kv.history({ key: leaseKey(clusterId) });
    for await (const entry of history) {
      if (entry.operation !== 'PUT') continue;
      try {
        this.remember(decodeLease(entry.value));
      } catch {
        // malformed revisions carry no period
      }
    }
  }

  private remember(record: LeaseRecord): void {
    this.offices.set(record.clusterId, recordOfficePeriod(this.offices.get(record.clusterId) ?? [], officePeriodOf(record)));
  }

  private reportCorrupt(report: Parameters<CorruptLeaseReporter>[0]): void {
    const id = `${report.key}@${report.revision}`;
    if (this.corruptReported.has(id)) return;
    this.corruptReported.add(id);
    if (this.corruptReported.size > 1024) this.corruptReported.clear();
    this.log.warn({ key: report.key, revision: report.revision, err: report.error }, 'malformed lease value in KV: keeping the last good lease until an elector overwrites it');
    try {
      this.onCorrupt?.(report);
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'corrupt-lease reporter threw');
    }
  }

  /** Called on every newer lease (renewals included). Returns the unsubscribe function. */
  onChange(listener: (change: LeaseChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the watch. Idempotent. */
  async stop(): Promise<void> {
    this.stopWatch?.();
    this.stopWatch = undefined;
    await this.watchDone;
  }

  private applyEntry(entry: KvEntry | null): void {
    let stored: StoredLease | undefined;
    try {
      stored = storedLeaseOf(entry);
    } catch (err) {
      if (entry) this.reportCorrupt({ key: entry.key, revision: entry.revision, error: (err as Error).message, value: entry.value });
      return;
    }
    if (stored !== undefined) this.apply(stored);
  }

  private apply(stored: StoredLease): void {
    const { clusterId } = stored.record;
    const previous = this.leases.get(clusterId);
    this.remember(stored.record);
    if (previous !== undefined && previous.revision >= stored.revision) return;
    this.leases.set(clusterId, stored);
    this.fences.set(clusterId, raiseFenceOnRead(this.fences.get(clusterId), stored.record));
    for (const listener of this.listeners) {
      try {
        listener({ clusterId, previous: previous?.record, lease: stored });
      } catch (err) {
        this.log.warn({ err: (err as Error).message }, 'lease change listener threw');
      }
    }
  }
}

/**
 * leader-core's raiseFence, plus: a release of the fence's own term vacates it, so the holder that
 * resigned is fenced off at once (holder-mismatch). Only the holder can write its release (CAS), so an
 * equal-term record with no holder is always newer than the one the fence names.
 */
function raiseFenceOnRead(fence: TermFence | undefined, lease: LeaseRecord): TermFence {
  if (fence === undefined || lease.term > fence.term) return fenceOf(lease);
  if (lease.term === fence.term && lease.holder === VACANT_HOLDER) return fenceOf(lease);
  return fence;
}
