/**
 * The liveness tick, pure: one pass over the books in a fixed order, returned as effects the shell
 * carries out in that order. Order matters: dead nodes free their reservations before pending
 * re-placements and the GPU queue are retried, and expired queue entries leave before the queue is
 * retried, so a released slot goes to a task that can still use it.
 *
 *   1. each dead node with work (sorted): its tasks re-placed (attempt + 1) or exhausted
 *   2. re-placements that found no node yet, retried
 *   3. GPU queue entries past their deadline, rejected
 *   4. the GPU queue, retried in order
 *   5. nodes dead for long forgotten; the queue-depth gauge set
 */
import type { CompiledPlacementSchedulerOptions } from '../options';
import type { Decided, InFlightEntry, SchedulerBook } from './book';
import type { Fleet } from './fleet';
import { expiredDecision } from './submission';

export type TickEffect<S> =
  /** A node died with work on it (logged). */
  | { readonly kind: 'node-lost'; readonly nodeId: string; readonly replaced: number; readonly exhausted: number }
  /** Decisions to publish; `replacement` ones are never handed to a waiting submission. */
  | { readonly kind: 'deliver'; readonly decided: readonly Decided<S>[]; readonly replacement: boolean }
  /** A task out of attempts: a rejection receipt (attempt + 1) and a failed TaskResult. */
  | { readonly kind: 'exhausted'; readonly entry: InFlightEntry<S>; readonly attempt: number; readonly error: string }
  /** A queued task past its deadline: its waiting submission takes the rejection, else it is published. */
  | { readonly kind: 'expired'; readonly decided: Decided<S> }
  | { readonly kind: 'queue-depth'; readonly depth: number };

/** Nodes dead this much longer than the stale bound are forgotten (at least a minute). */
export function forgetAfterMs(heartbeatStaleMs: number): number {
  return Math.max(10 * heartbeatStaleMs, 60_000);
}

type TickOptions = Pick<CompiledPlacementSchedulerOptions, 'maxAttempts' | 'heartbeatStaleMs'>;

export function planTick<S>(book: SchedulerBook<S>, fleet: Fleet, nowMs: number, options: TickOptions): TickEffect<S>[] {
  const effects: TickEffect<S>[] = [];
  for (const dead of book.deadNodesWithWork(fleet, nowMs)) {
    const loss = book.handleNodeLoss(dead, fleet, nowMs);
    effects.push({ kind: 'node-lost', nodeId: dead, replaced: loss.decided.length, exhausted: loss.exhausted.length });
    if (loss.decided.length > 0) effects.push({ kind: 'deliver', decided: loss.decided, replacement: true });
    for (const entry of loss.exhausted) {
      effects.push({ kind: 'exhausted', entry, attempt: entry.attempt + 1, error: `node ${dead} died and the task used its ${options.maxAttempts} attempts` });
    }
  }
  const pending = book.retryPendingReplacements(fleet, nowMs);
  if (pending.length > 0) effects.push({ kind: 'deliver', decided: pending, replacement: true });
  for (const expired of book.expireQueued(nowMs)) effects.push({ kind: 'expired', decided: expiredDecision(expired) });
  const queued = book.retryQueued(fleet, nowMs);
  if (queued.length > 0) effects.push({ kind: 'deliver', decided: queued, replacement: false });
  fleet.forgetLongDead(nowMs, forgetAfterMs(options.heartbeatStaleMs));
  effects.push({ kind: 'queue-depth', depth: book.queuedCount });
  return effects;
}
