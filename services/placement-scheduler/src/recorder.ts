/** The scheduler's own record of its decisions: counters, the recent receipts `cellmesh up` shows, listeners, operator metrics. */
import type { InitOf } from '@cellmesh/contracts';
import { WirePlacementOutcome } from '@cellmesh/placement-core';
import type { NodeOpsMetrics } from '@cellmesh/telemetry';
import type { Logger } from '@cellmesh/bus';
import type { PlacementEvent, SchedulerCounters } from './types';

const PROFILE_NAMES: Record<number, string> = { 1: 'latencySensitive', 2: 'throughput', 3: 'batch' };
const OUTCOME_BY_WIRE: Record<number, PlacementEvent['outcome']> = { [WirePlacementOutcome.placed]: 'placed', [WirePlacementOutcome.queued]: 'queued', [WirePlacementOutcome.rejected]: 'rejected' };

export class DecisionRecorder {
  readonly counters: SchedulerCounters = { placed: 0, queued: 0, rejected: {}, replaced: 0, dispatched: 0, completed: 0, duplicates: 0, spilled: 0, inputRejected: 0 };
  private readonly recent: PlacementEvent[] = [];
  private readonly listeners = new Set<(e: PlacementEvent) => void>();

  constructor(
    private readonly limit: number,
    private readonly log: Logger,
    private readonly metrics: NodeOpsMetrics | undefined,
  ) {}

  /** Counts a published receipt and tells the listeners. */
  receipt(receipt: InitOf<'PlacementReceipt'>, replacement: boolean): void {
    const outcome = OUTCOME_BY_WIRE[receipt.outcome ?? 0] ?? 'rejected';
    const profile = PROFILE_NAMES[receipt.profile ?? 0] ?? 'unknown';
    const reason = receipt.rejectReason || (outcome === 'queued' ? receipt.rule ?? '' : '') || 'unknown';
    if (outcome === 'placed') {
      this.counters.placed++;
      this.metrics?.taskPlaced(profile);
    } else if (outcome === 'queued') {
      this.counters.queued++;
      this.metrics?.taskQueued(reason);
    } else {
      this.counters.rejected[reason] = (this.counters.rejected[reason] ?? 0) + 1;
      this.metrics?.taskRejected(reason);
    }
    if (replacement && outcome === 'placed') this.counters.replaced++;
    const scope = receipt.scope;
    this.emit({
      taskId: scope?.taskId ?? '', gameId: scope?.gameId ?? '', roomId: scope?.roomId ?? '', outcome, chosenNode: receipt.chosenNode ?? '', gpuIndex: receipt.gpuIndex ?? -1,
      rule: receipt.rule ?? '', reason: receipt.rejectReason ?? '', profile, attempt: receipt.attempt ?? 0,
      decidedAtMs: Number(receipt.decidedAtMs ?? 0), decisionLatencyMs: receipt.decisionLatencyMs ?? 0, replacement,
    });
  }

  snapshot(): SchedulerCounters {
    return { ...this.counters, rejected: { ...this.counters.rejected } };
  }

  recentReceipts(): PlacementEvent[] {
    return [...this.recent];
  }

  onPlacement(listener: (e: PlacementEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: PlacementEvent): void {
    if (this.limit > 0) {
      this.recent.push(event);
      if (this.recent.length > this.limit) this.recent.splice(0, this.recent.length - this.limit);
    }
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.log.warn({ err: (err as Error).message }, 'placement listener threw');
      }
    }
  }
}
