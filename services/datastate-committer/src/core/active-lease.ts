/**
 * One active committer per fabric: committers compete for one lease in KV (compare-and-set on the
 * entry's revision); the holder consumes COMMITS, the others stand by and serve reads.
 */
export interface CommitterLeaseView {
  holder: string;
  term: number;
  expiresAtMs: number;
}

export type LeaseAction =
  | { kind: 'create'; term: number }
  | { kind: 'renew'; term: number; revision: number }
  | { kind: 'take-over'; term: number; revision: number }
  | { kind: 'wait'; holder: string; expiresAtMs: number };

/** What a committer does with the lease it just read (undefined: none yet). */
export function decideLeaseAction(current: { lease: CommitterLeaseView; revision: number } | undefined, self: string, nowMs: number): LeaseAction {
  if (!current) return { kind: 'create', term: 1 };
  const { lease, revision } = current;
  if (lease.holder === self && lease.expiresAtMs > nowMs) return { kind: 'renew', term: lease.term, revision };
  if (lease.holder === '' || lease.expiresAtMs <= nowMs) return { kind: 'take-over', term: lease.term + 1, revision };
  return { kind: 'wait', holder: lease.holder, expiresAtMs: lease.expiresAtMs };
}

/**
 * The holder stops applying once half the TTL has passed without a successful renewal: it then
 * stops pulling well before anyone else may take over (see ackWaitMs ≤ leaseTtlMs / 2 in options).
 */
export function holdsLease(lastRenewedAtMs: number | undefined, nowMs: number, leaseTtlMs: number): boolean {
  return lastRenewedAtMs !== undefined && nowMs - lastRenewedAtMs < leaseTtlMs / 2;
}

/** The holder name that stands for an undecodable `committer.active` value. */
export const CORRUPT_LEASE_HOLDER = '(undecodable value)';

/**
 * The lease view of an undecodable `committer.active` value: held by nobody anyone can name, until one
 * TTL after this committer first saw that revision. Then it is taken over like an expired lease, by
 * compare-and-set on the garbage value's revision, so a garbage value never stops DataState writes for
 * longer than a dead holder would. The term bound is the revision (each term took at least one write).
 */
export function corruptLeaseView(revision: number, firstSeenAtMs: number, leaseTtlMs: number): CommitterLeaseView {
  return { holder: CORRUPT_LEASE_HOLDER, term: revision, expiresAtMs: firstSeenAtMs + leaseTtlMs };
}
