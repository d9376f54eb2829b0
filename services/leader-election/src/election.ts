/**
 * One election (a cluster's, or the root's) as seen from one node: read the lease, decide with
 * leader-core, write with compare-and-set, publish the change, and arm a timer for the next decision.
 * Steps never overlap; a kick during a step runs one more step after it.
 */
import type { KV } from '@nats-io/kv';
import type { Tracer } from '@opentelemetry/api';
import type { Logger } from '@cellmesh/bus';
import {
  decideLeadership,
  fencingTokenOf,
  holderMayAct,
  nextLease,
  LeaderChangeReason,
  type CandidateInfo,
  type FencingToken,
  type LeaderParams,
  type LeadershipAction,
  type StoredLease,
} from '@cellmesh/leader-core';
import { readLease, writeLeaseCas } from '@cellmesh/leases';
import { CellmeshAttr, recordSpanError, withInternalSpan } from '@cellmesh/telemetry';
import { electionViewOf, type ElectionView } from './core/view';
import type { LeaderChangedInit } from './core/events';

/** A lost compare-and-set or a failed read is retried after this, not in a tight loop. */
const RETRY_AFTER_MS = 50;
const READ_FAILURE_RETRY_MS = 1_000;

export interface ElectionDeps {
  level: 'cluster' | 'root';
  clusterId: string;
  selfId: string;
  params: Readonly<LeaderParams>;
  kv: KV;
  clock: { now(): number };
  logger: Logger;
  tracer: Tracer;
  /** The members to rank now (cached inputs); `holder` is the lease's current holder, if any. */
  members(holder: string | undefined): readonly CandidateInfo[];
  publish(event: LeaderChangedInit): Promise<void>;
  /** Called after every step with the view it produced. */
  onView(view: ElectionView): void;
  drainBeforeRelease(clusterId: string): Promise<void>;
}

export class Election {
  private lease: StoredLease | undefined;
  private vacantSinceMs: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stepping: Promise<void> | undefined;
  private rerun = false;
  private frozen = false;
  private stopped = false;
  /** Cleared on step-down before draining: no new tokens are handed out under a term being released. */
  private acting = true;
  private lastReason: string | undefined;
  private lastAction: LeadershipAction['kind'] | undefined;

  constructor(private readonly d: ElectionDeps) {}

  get clusterId(): string {
    return this.d.clusterId;
  }

  /** Decide now (a lease or membership changed). */
  kick(): void {
    if (this.stopped || this.frozen) return;
    if (this.stepping) {
      this.rerun = true;
      return;
    }
    this.clearTimer();
    this.stepping = this.step()
      .catch((err: Error) => {
        this.d.logger.warn({ err: err.message, clusterId: this.d.clusterId }, 'election step failed; retrying');
        this.arm(this.d.clock.now() + READ_FAILURE_RETRY_MS);
      })
      .finally(() => {
        this.stepping = undefined;
        if (this.rerun) {
          this.rerun = false;
          this.kick();
        }
      });
  }

  /** What this node believes now, from the lease it last read or wrote. */
  view(): ElectionView {
    return electionViewOf(this.d.clusterId, this.d.selfId, this.lease?.record, this.d.clock.now(), this.d.params.lease);
  }

  /** The token to stamp on writes made as leader now; undefined unless this node may act. */
  fencingToken(): FencingToken | undefined {
    const record = this.lease?.record;
    if (!this.acting || record === undefined) return undefined;
    return holderMayAct(record, this.d.selfId, this.d.clock.now(), this.d.params.lease) ? fencingTokenOf(record) : undefined;
  }

  /**
   * Fault injection: a SIGSTOP-style freeze. No reads, writes or timers until thaw(); the node keeps its
   * belief (and its last token), exactly like a paused process that wakes up still thinking it leads.
   */
  freeze(): void {
    this.frozen = true;
    this.clearTimer();
  }

  thaw(): void {
    this.frozen = false;
    this.kick();
  }

  /** Stops deciding; with `release`, writes the released lease if this node still holds it. */
  async stop(release: boolean): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.stepping;
    if (release && !this.frozen) await this.releaseIfHeld();
  }

  private async step(): Promise<void> {
    const { clock, params } = this.d;
    const stored = await readLease(this.d.kv, this.d.clusterId);
    if (this.stopped || this.frozen) return;
    this.lease = stored;
    const now = clock.now();
    if (stored === undefined) this.vacantSinceMs ??= now;
    else this.vacantSinceMs = undefined;
    const members = this.d.members(stored?.record.holder || undefined);
    const action = decideLeadership(
      { selfId: this.d.selfId, clusterId: this.d.clusterId, members, ...(stored ? { lease: stored } : {}), ...(this.vacantSinceMs !== undefined ? { vacantSinceMs: this.vacantSinceMs } : {}) },
      now,
      params,
    );
    if (action.kind !== this.lastAction || action.reason !== this.lastReason) this.d.logger.debug({ clusterId: this.d.clusterId, kind: action.kind, reason: action.reason, detail: action.detail, state: action.leaseState, ranking: action.ranking.map((c) => c.nodeId).join(',') }, 'leadership decision');
    this.lastAction = action.kind;
    this.lastReason = action.reason;
    let nextAt = action.nextCheckAtMs;
    switch (action.kind) {
      case 'acquire':
      case 'challenge':
      case 'renew': {
        this.acting = true;
        const written = await this.write(action);
        if (!written) nextAt = clock.now() + RETRY_AFTER_MS;
        else if (action.kind !== 'renew') await this.publish(action.previousHolder ?? '', action.lease.holder, action.lease.term, action.reason, action.detail);
        break;
      }
      case 'step-down': {
        this.acting = false;
        await this.d.drainBeforeRelease(this.d.clusterId);
        const written = await this.write(action);
        if (written) await this.publish(this.d.selfId, '', action.lease.term, action.reason, action.detail);
        nextAt = clock.now() + (written ? params.lease.renewIntervalMs : RETRY_AFTER_MS);
        break;
      }
      case 'lead':
      case 'follow':
        break;
    }
    this.d.onView(this.view());
    // Re-decide at least once per renewal interval: ranks and membership drift without any KV change.
    this.arm(Math.min(nextAt, clock.now() + params.lease.renewIntervalMs));
  }

  private async write(action: Extract<LeadershipAction, { lease: unknown }>): Promise<boolean> {
    return withInternalSpan(
      this.d.tracer,
      `cellmesh.leader.${action.kind}`,
      { nodeId: this.d.selfId, clusterId: this.d.clusterId, attributes: { [CellmeshAttr.Term]: action.lease.term, 'cellmesh.leader.level': this.d.level, 'cellmesh.leader.reason': action.reason } },
      async (span) => {
        try {
          const result = await writeLeaseCas(this.d.kv, action.lease, action.expectedRevision);
          span.setAttribute('cellmesh.leader.written', result.written);
          if (!result.written) {
            this.d.logger.debug({ clusterId: this.d.clusterId, kind: action.kind, detail: result.detail }, 'lost the lease race; re-reading');
            return false;
          }
          this.lease = { record: action.lease, revision: result.revision };
          return true;
        } catch (err) {
          recordSpanError(span, err);
          throw err;
        }
      },
    );
  }

  private async publish(oldHolder: string, newHolder: string, term: number, reason: LeaderChangeReason, detail: string): Promise<void> {
    const event: LeaderChangedInit = { clusterId: this.d.clusterId, oldHolder, newHolder, term, reason, changedAtMs: this.d.clock.now(), detail };
    this.d.logger.info({ ...event, level: this.d.level }, newHolder === '' ? 'stepped down' : 'took the lease');
    await this.d.publish(event);
  }

  private async releaseIfHeld(): Promise<void> {
    const stored = await readLease(this.d.kv, this.d.clusterId).catch(() => undefined);
    if (stored === undefined || stored.record.holder !== this.d.selfId) return;
    this.acting = false;
    await this.d.drainBeforeRelease(this.d.clusterId);
    const released = nextLease(stored.record, { kind: 'release', holder: this.d.selfId, nowMs: this.d.clock.now() }, this.d.params.lease);
    const result = await writeLeaseCas(this.d.kv, released, stored.revision);
    if (result.written) {
      this.lease = { record: released, revision: result.revision };
      await this.publish(this.d.selfId, '', released.term, LeaderChangeReason.Resigned, 'service stopped');
    }
  }

  private arm(atMs: number): void {
    if (this.stopped || this.frozen) return;
    this.clearTimer();
    const delay = Math.max(0, atMs - this.d.clock.now());
    this.timer = setTimeout(() => this.kick(), Math.min(delay, 2 ** 31 - 1));
    this.timer.unref?.();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
