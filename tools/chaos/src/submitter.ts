import { connect, type NatsConnection } from '@nats-io/transport-node';
import { submitTask } from '@cellmesh/client';
import { subjects } from '@cellmesh/bus';
import { codecs, PlacementOutcome } from '@cellmesh/contracts';
import type { Submission } from './core/verdict';

export interface SubmitterOptions {
  servers: string[];
  ratePerSec: number;
  /** Every task id starts with this (the checker counts only these). */
  taskPrefix: string;
  rooms: ReadonlyArray<{ gameId: string; roomId: string; originNode: string }>;
  /** Per-publish timeout: an unacknowledged publish is recorded as not acked, never retried under the same id. */
  publishTimeoutMs?: number;
}

/**
 * The steady load, from an independent submitter: a connection of its own (as a game backend would have),
 * @cellmesh/client's submitTask at a fixed rate, each publish's ack recorded. It also follows results and
 * receipts live, only to know when the fabric has answered everything (the verdict is the checker's).
 */
export class Submitter {
  readonly submissions: Submission[] = [];
  private readonly answered = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private inFlight = new Set<Promise<void>>();
  private n = 0;

  private constructor(private readonly nc: NatsConnection, private readonly opts: SubmitterOptions) {}

  static async open(opts: SubmitterOptions): Promise<Submitter> {
    const nc = await connect({ servers: opts.servers, name: 'chaos-submitter', maxReconnectAttempts: -1, reconnectTimeWait: 250 });
    const s = new Submitter(nc, opts);
    nc.subscribe(subjects.taskResultAll, { callback: (_e, m) => s.markAnswered(() => codecs.TaskResult.decode(m.data).scope?.taskId) });
    nc.subscribe(subjects.placementReceiptAll, {
      callback: (_e, m) => s.markAnswered(() => {
        const r = codecs.PlacementReceipt.decode(m.data);
        return r.outcome === PlacementOutcome.PLACEMENT_OUTCOME_REJECTED ? r.scope?.taskId : undefined;
      }),
    });
    return s;
  }

  start(): void {
    const interval = 1000 / this.opts.ratePerSec;
    this.timer = setInterval(() => this.submitOne(), interval);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.inFlight);
  }

  /** Acked submissions with no result and no rejection seen yet. */
  unanswered(): number {
    return this.submissions.filter((s) => s.ackedAtMs !== undefined && !this.answered.has(s.taskId)).length;
  }

  async close(): Promise<void> {
    await this.stop();
    await this.nc.close().catch(() => undefined);
  }

  private markAnswered(taskIdOf: () => string | null | undefined): void {
    try {
      const id = taskIdOf();
      if (id && id.startsWith(this.opts.taskPrefix)) this.answered.add(id);
    } catch {
      // a message the checker will count as undecodable
    }
  }

  private submitOne(): void {
    const i = this.n++;
    const room = this.opts.rooms[i % this.opts.rooms.length]!;
    const taskId = `${this.opts.taskPrefix}${String(i).padStart(6, '0')}`;
    const record: Submission = { taskId, submittedAtMs: Date.now() };
    this.submissions.push(record);
    const pathfind = i % 2 === 0;
    const payload = new TextEncoder().encode(JSON.stringify(pathfind
      ? { width: 32, height: 32, obstacleDensity: 0.2, seed: i, start: [0, 0], goal: [31, 31] }
      : { count: 24, steps: 10, seed: i }));
    const p = Promise.race([
      submitTask(this.nc, { gameId: room.gameId, roomId: room.roomId, taskId }, pathfind ? 'latencySensitive' : 'throughput', ['cpuOnly'], {
        kind: pathfind ? 'pathfind' : 'physics-step', payload, cpuMillis: 100, memoryMib: 32, originNode: room.originNode, deadlineMs: 20_000, awaitDecision: false,
      }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('publish not acknowledged in time')), this.opts.publishTimeoutMs ?? 5000).unref()),
    ]).then(
      () => void (record.ackedAtMs = Date.now()),
      (err: Error) => void (record.submitError = err.message),
    );
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }
}
