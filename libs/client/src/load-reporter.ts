/**
 * Load reports of an executor (cpu-worker, gpu-hub-runner): LoadReport on metrics.load.<nodeId>
 * when queue depth or running count change, but no more often than minIntervalMs; a change inside
 * the interval is sent when the interval ends (trailing edge), so the collector always ends up with
 * the latest figures.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { codecs } from '@cellmesh/contracts';
import { subjects, publishMessage, type Logger } from '@cellmesh/bus';

export interface LoadFigures {
  queueDepth: number;
  runningTasks: number;
}

export interface LoadReportState {
  lastSent?: LoadFigures;
  lastSentAtMs?: number;
}

export type LoadReportDecision = { action: 'skip' } | { action: 'send' } | { action: 'defer'; afterMs: number };

/** Pure: whether to send the current figures now, later, or not at all. */
export function decideLoadReport(state: LoadReportState, current: LoadFigures, nowMs: number, minIntervalMs: number): LoadReportDecision {
  const changed = !state.lastSent || state.lastSent.queueDepth !== current.queueDepth || state.lastSent.runningTasks !== current.runningTasks;
  if (!changed) return { action: 'skip' };
  if (state.lastSentAtMs === undefined) return { action: 'send' };
  const since = nowMs - state.lastSentAtMs;
  return since >= minIntervalMs ? { action: 'send' } : { action: 'defer', afterMs: minIntervalMs - since };
}

/** Sends LoadReport on metrics.load.<nodeId> as decideLoadReport says. */
export class LoadReporter {
  private state: LoadReportState = {};
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly nc: NatsConnection,
    private readonly nodeId: string,
    /** The reporting service's name (LoadReport.source). */
    private readonly source: string,
    private readonly figures: () => LoadFigures,
    private readonly clock: { now(): number },
    private readonly minIntervalMs: number,
    private readonly logger: Logger,
    /** Called with every figure change, reported or not (e.g. the operator queue-depth gauge). */
    private readonly onFigures?: (figures: LoadFigures) => void,
  ) {}

  /** Call whenever queue depth or running count may have changed. */
  changed(): void {
    if (this.stopped) return;
    this.onFigures?.(this.figures());
    if (this.timer) return;
    const current = this.figures();
    const decision = decideLoadReport(this.state, current, this.clock.now(), this.minIntervalMs);
    if (decision.action === 'send') this.send(current);
    else if (decision.action === 'defer') {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.changed();
      }, decision.afterMs);
      this.timer.unref();
    }
  }

  /** Sends the final figures (normally zero) and stops. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const current = this.figures();
    this.onFigures?.(current);
    if (this.state.lastSent && decideLoadReport(this.state, current, Infinity, 0).action === 'send') this.send(current);
    this.stopped = true;
  }

  private send(current: LoadFigures): void {
    const nowMs = this.clock.now();
    try {
      publishMessage(this.nc, subjects.metricsLoad(this.nodeId), codecs.LoadReport, { nodeId: this.nodeId, source: this.source, queueDepth: current.queueDepth, runningTasks: current.runningTasks, reportedAtMs: nowMs });
      this.state = { lastSent: current, lastSentAtMs: nowMs };
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'could not publish a load report');
    }
  }
}
