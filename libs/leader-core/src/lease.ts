/**
 * Lease maths. A lease lives in a JetStream KV key and is written only with compare-and-set on the key's
 * revision. nats-server 2.9 has no per-message TTL, so expiry is a value in the record and every reader
 * enforces it against its own clock, with a bound on how far any two clocks may disagree:
 *
 *   holder acts while            now < expiresAtMs − maxClockSkewMs   (its own clock)
 *   others may take over once    now ≥ expiresAtMs + maxClockSkewMs   (their own clocks)
 *
 * If clocks differ by at most maxClockSkewMs, the instant a reader may take over is, on the holder's
 * clock, at or after expiresAtMs, a full maxClockSkewMs past the holder's last acting moment. The
 * argument lives in docs/leader-election.md; fencing (fencing.ts) covers what clocks cannot (pauses).
 */
import { InvalidLeaderInputError, LeaseTransitionError } from './errors';

/** Mirror of the protobuf `cellmesh.v1.Lease` (64-bit fields decode as plain numbers in @cellmesh/contracts). */
export interface LeaseRecord {
  clusterId: string;
  /** Empty when released: the key keeps the last term so the next acquire continues the sequence. */
  holder: string;
  /** The fencing token: +1 on every acquire, unchanged on renew and release. */
  term: number;
  /**
   * When this term's tenure begins: the write time, or, for a takeover of a live lease, the instant the
   * previous lease is visibly expired. The holder does not act before it.
   */
  acquiredAtMs: number;
  renewedAtMs: number;
  expiresAtMs: number;
  /** The holder's final rank score when it last wrote the lease (for explain; deciders recompute). */
  holderRank: number;
}

/** The lease as read from KV: the record and the revision a compare-and-set must name. */
export interface StoredLease {
  record: LeaseRecord;
  revision: number;
}

/** A released lease keeps its term and names no holder. */
export const VACANT_HOLDER = '';

/** Revision meaning "the key must not exist yet" (the service uses kv.create instead of kv.update). */
export const CREATE_REVISION = 0;

export interface LeaseParams {
  /** How long a write keeps the lease: expiresAtMs = write time + this. */
  leaseDurationMs: number;
  /** The holder renews this long after its last renewal. */
  renewIntervalMs: number;
  /** The largest disagreement assumed between any two nodes' clocks. */
  maxClockSkewMs: number;
}

/** Renew three times per lease: two renewals can be lost before the holder must stop acting. */
export function renewIntervalFor(leaseDurationMs: number): number {
  return Math.floor(leaseDurationMs / 3);
}

export const DEFAULT_LEASE_DURATION_MS = 9_000;

export const DEFAULT_LEASE_PARAMS: Readonly<LeaseParams> = Object.freeze({
  leaseDurationMs: DEFAULT_LEASE_DURATION_MS,
  renewIntervalMs: renewIntervalFor(DEFAULT_LEASE_DURATION_MS),
  maxClockSkewMs: 1_000,
});

/**
 * - `vacant`: no record, or a released one (no holder).
 * - `held`: a holder, and this reader's clock is before expiresAtMs + maxClockSkewMs.
 * - `expired`: a holder, and this reader's clock is at or past expiresAtMs + maxClockSkewMs.
 */
export type LeaseState = 'vacant' | 'held' | 'expired';

/** The lease as a reader (any node, the holder included) must treat it at `nowMs` on its own clock. */
export function leaseState(lease: LeaseRecord | undefined, nowMs: number, params: Pick<LeaseParams, 'maxClockSkewMs'>): LeaseState {
  if (lease === undefined || lease.holder === VACANT_HOLDER) return 'vacant';
  return nowMs < takeoverAllowedAtMs(lease, params) ? 'held' : 'expired';
}

/** The first instant (reader's clock) at which another node may take an unreleased lease. */
export function takeoverAllowedAtMs(lease: LeaseRecord, params: Pick<LeaseParams, 'maxClockSkewMs'>): number {
  return lease.expiresAtMs + params.maxClockSkewMs;
}

/** The holder's last instant (its own clock, exclusive) to act on this lease. */
export function actingDeadlineMs(lease: LeaseRecord, params: Pick<LeaseParams, 'maxClockSkewMs'>): number {
  return lease.expiresAtMs - params.maxClockSkewMs;
}

/**
 * Whether `selfId` may act as leader at `nowMs` under this lease (the latest one it has read or written):
 * from acquiredAtMs (inclusive) to expiresAtMs − maxClockSkewMs (exclusive), on its own clock.
 */
export function holderMayAct(lease: LeaseRecord | undefined, selfId: string, nowMs: number, params: Pick<LeaseParams, 'maxClockSkewMs'>): boolean {
  return (
    lease !== undefined &&
    lease.holder !== VACANT_HOLDER &&
    lease.holder === selfId &&
    nowMs >= lease.acquiredAtMs &&
    nowMs < actingDeadlineMs(lease, params)
  );
}

/** When the holder should write its next renewal. */
export function renewDueAtMs(lease: LeaseRecord, params: Pick<LeaseParams, 'renewIntervalMs'>): number {
  return lease.renewedAtMs + params.renewIntervalMs;
}

export type LeaseTransition =
  /**
   * Take the lease (vacant, expired, or by challenge): term + 1. `actingFromMs` (default nowMs) delays the
   * tenure's start, for a takeover of a lease whose holder may still be acting.
   */
  | { kind: 'acquire'; clusterId: string; holder: string; holderRank: number; nowMs: number; actingFromMs?: number }
  /** Extend one's own lease: same term. */
  | { kind: 'renew'; holder: string; holderRank: number; nowMs: number }
  /** Give one's own lease up: same term, no holder, expires now. */
  | { kind: 'release'; holder: string; nowMs: number };

/**
 * The record to write with compare-and-set for a transition from `current` (undefined: the key is absent).
 * Terms only grow: acquire is the only transition that changes the holder, and it always adds one.
 */
export function nextLease(current: LeaseRecord | undefined, transition: LeaseTransition, params: Pick<LeaseParams, 'leaseDurationMs'>): LeaseRecord {
  const { nowMs } = transition;
  switch (transition.kind) {
    case 'acquire': {
      if (current !== undefined && current.clusterId !== transition.clusterId) {
        throw new InvalidLeaderInputError(`lease of cluster ${JSON.stringify(current.clusterId)} cannot be acquired for ${JSON.stringify(transition.clusterId)}`);
      }
      if (transition.holder === VACANT_HOLDER) throw new LeaseTransitionError('a lease cannot be acquired by an empty holder id');
      return {
        clusterId: transition.clusterId,
        holder: transition.holder,
        term: (current?.term ?? 0) + 1,
        acquiredAtMs: Math.max(nowMs, transition.actingFromMs ?? nowMs),
        renewedAtMs: nowMs,
        expiresAtMs: nowMs + params.leaseDurationMs,
        holderRank: transition.holderRank,
      };
    }
    case 'renew': {
      const own = ownLease(current, transition.holder, 'renew');
      return {
        ...own,
        renewedAtMs: nowMs,
        // Never shorten a lease, even if this clock stepped backwards: others already count on the old expiry.
        expiresAtMs: Math.max(own.expiresAtMs, nowMs + params.leaseDurationMs),
        holderRank: transition.holderRank,
      };
    }
    case 'release': {
      const own = ownLease(current, transition.holder, 'release');
      return { ...own, holder: VACANT_HOLDER, renewedAtMs: nowMs, expiresAtMs: nowMs };
    }
  }
}

function ownLease(current: LeaseRecord | undefined, holder: string, verb: string): LeaseRecord {
  if (current === undefined || current.holder === VACANT_HOLDER || current.holder !== holder) {
    throw new LeaseTransitionError(`${JSON.stringify(holder)} cannot ${verb} a lease held by ${JSON.stringify(current?.holder ?? null)}`);
  }
  return current;
}
