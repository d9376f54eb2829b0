/**
 * Fleet inputs refused because they speak for another node than their subject or key (identity
 * binding): counted by reason, with at most one log line per reason per interval, so a flood of
 * bad inputs can neither grow the fleet nor flood the log.
 */

export interface InputRejections {
  readonly byReason: Readonly<Record<string, number>>;
  readonly total: number;
}

/** One log line per reason per this interval. */
export const REJECTION_LOG_INTERVAL_MS = 10_000;

export class InputRejectionLog {
  private readonly counts = new Map<string, number>();
  private readonly loggedAt = new Map<string, number>();

  /** Counts a refusal; true when a log line is due (at most one per reason per REJECTION_LOG_INTERVAL_MS). */
  reject(reason: string, nowMs: number): boolean {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    const last = this.loggedAt.get(reason);
    if (last !== undefined && nowMs - last < REJECTION_LOG_INTERVAL_MS) return false;
    this.loggedAt.set(reason, nowMs);
    return true;
  }

  snapshot(): InputRejections {
    const byReason = Object.fromEntries(this.counts);
    return { byReason, total: Object.values(byReason).reduce((a, b) => a + b, 0) };
  }
}
