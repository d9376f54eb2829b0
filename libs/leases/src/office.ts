/**
 * Accept-time fencing (pure). A leader's decision is fenced by the term that was in office when the
 * fabric durably accepted the write it caused (the JetStream timestamp of the dispatch or commit), not
 * by whatever term is current when a stalled consumer finally gets to it. A deposed leader's *late*
 * writes are still refused: they were accepted after its successor's term began.
 */
import { VACANT_HOLDER, type LeaseRecord } from '@cellmesh/leader-core';

/** One stretch of a cluster's leadership: from `fromMs` on, `holder` ('' = released) held `term`. */
export interface OfficePeriod {
  term: number;
  holder: string;
  fromMs: number;
}

/** How many periods a reader remembers per cluster (a few hours of hand-overs at any sane rate). */
export const MAX_OFFICE_PERIODS = 64;

/** The period a lease record opens: a holder's from its acquisition, a release from the release time. */
export function officePeriodOf(lease: LeaseRecord): OfficePeriod {
  return lease.holder === VACANT_HOLDER ? { term: lease.term, holder: VACANT_HOLDER, fromMs: lease.renewedAtMs } : { term: lease.term, holder: lease.holder, fromMs: lease.acquiredAtMs };
}

/**
 * Adds a period, keeping the list sorted by (term, release after holding), one entry per (term, holder)
 * and at most MAX_OFFICE_PERIODS long. Renewals (same term and holder) change nothing.
 */
export function recordOfficePeriod(periods: readonly OfficePeriod[], period: OfficePeriod): OfficePeriod[] {
  if (periods.some((p) => p.term === period.term && p.holder === period.holder)) return [...periods];
  const next = [...periods, period].sort((a, b) => a.term - b.term || rankOf(a) - rankOf(b));
  return next.slice(Math.max(0, next.length - MAX_OFFICE_PERIODS));
}

const rankOf = (p: OfficePeriod) => (p.holder === VACANT_HOLDER ? 1 : 0);

export type OfficeVerdict =
  | { inOffice: true; period: OfficePeriod }
  /** `unknown`: the history does not reach back far enough to tell, so the caller keeps its current-term rule. */
  | { inOffice: false; unknown: boolean; detail: string };

/**
 * Was `token` the term in office at `acceptedAtMs`? True when the reader knows the token's own period
 * (same term and holder) and the next period began clearly after the acceptance: `acceptedAtMs +
 * maxClockSkewMs < next.fromMs` (the acceptance clock is the server's, the periods' the electors'; the
 * skew bound is the one the lease rules already assume). Ambiguous cases answer not in office.
 */
export function inOfficeAt(periods: readonly OfficePeriod[], token: { term: number; holder: string }, acceptedAtMs: number, maxClockSkewMs: number): OfficeVerdict {
  const own = periods.find((p) => p.term === token.term && p.holder === token.holder && p.holder !== VACANT_HOLDER);
  if (!own) return { inOffice: false, unknown: true, detail: `term ${token.term} of ${token.holder || 'an unnamed holder'} is not in the remembered lease history` };
  const next = periods.find((p) => p !== own && (p.term > own.term || (p.term === own.term && p.holder === VACANT_HOLDER)));
  if (acceptedAtMs + maxClockSkewMs < own.fromMs) {
    return { inOffice: false, unknown: false, detail: `accepted at ${acceptedAtMs}, before term ${own.term} began at ${own.fromMs}` };
  }
  if (next === undefined) return { inOffice: true, period: own };
  if (acceptedAtMs + maxClockSkewMs < next.fromMs) return { inOffice: true, period: own };
  const what = next.holder === VACANT_HOLDER ? `term ${next.term} was released` : `term ${next.term} of ${next.holder} began`;
  return { inOffice: false, unknown: false, detail: `accepted at ${acceptedAtMs}, ${acceptedAtMs >= next.fromMs ? 'after' : `within ${maxClockSkewMs} ms of when`} ${what} at ${next.fromMs}` };
}
