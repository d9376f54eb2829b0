import type { NatsConnection } from '@nats-io/transport-node';
import { submitTask, TaskRejectedError, TaskTimeoutError, TaskFailedError } from '@cellmesh/client';
import type { RoomPlan, TaskTemplate } from './plan';
import { pickTemplate } from './plan';
import type { WorkloadStats } from './stats';

export interface WorkloadOptions {
  nc: NatsConnection;
  rooms: readonly RoomPlan[];
  mix: readonly TaskTemplate[];
  ratePerSec: number;
  random: () => number;
  payloadFor(kind: string, random: () => number): Uint8Array;
  stats: WorkloadStats;
  /** Submissions waiting for a result at once; beyond it the generator skips a tick (back-pressure). */
  maxInFlight?: number;
  now?: () => number;
}

export interface RunningWorkload {
  /** Stops submitting and waits (bounded) for in-flight tasks to finish. */
  stop(graceMs?: number): Promise<void>;
  readonly inFlight: number;
}

const TICK_MS = 100;

/** Plays game rooms: at the configured rate, a room submits a task from the mix and awaits its result. */
export function startWorkload(opts: WorkloadOptions): RunningWorkload {
  const now = opts.now ?? Date.now;
  const maxInFlight = opts.maxInFlight ?? 64;
  const running = new Set<Promise<void>>();
  let credit = 0;
  let counter = 0;
  const submitOne = async () => {
    const room = opts.rooms[Math.floor(opts.random() * opts.rooms.length)]!;
    const template = pickTemplate(opts.mix, opts.random);
    const taskId = `t${(++counter).toString(36)}-${Math.floor(opts.random() * 36 ** 4).toString(36)}`;
    const started = now();
    opts.stats.recordSubmitted(template.profile);
    try {
      const out = await submitTask(opts.nc, { gameId: room.gameId, roomId: room.roomId, taskId }, template.profile, template.hints, {
        kind: template.kind,
        payload: opts.payloadFor(template.kind, opts.random),
        cpuMillis: template.cpuMillis,
        memoryMib: template.memoryMib,
        vramMib: template.vramMib,
        originNode: room.originNode,
        deadlineMs: template.deadlineMs,
        awaitResult: true,
        decisionTimeoutMs: 10_000,
        resultTimeoutMs: template.deadlineMs + 15_000,
      });
      if (out.receipt) opts.stats.recordDecision(Math.max(0, out.receipt.decidedAtMs - started), out.receipt.chosenNode, out.receipt.rule);
      opts.stats.recordCompleted(template.profile, now() - started, now());
    } catch (err) {
      if (err instanceof TaskRejectedError) opts.stats.recordRejected(err.reason);
      else if (err instanceof TaskTimeoutError) opts.stats.recordTimedOut();
      else if (err instanceof TaskFailedError) opts.stats.recordFailed(err.result.error.split(':')[0] ?? 'failed');
      else opts.stats.recordFailed((err as Error).name);
    }
  };
  const timer = setInterval(() => {
    credit += (opts.ratePerSec * TICK_MS) / 1000;
    while (credit >= 1) {
      credit -= 1;
      if (running.size >= maxInFlight) continue;
      const p = submitOne();
      running.add(p);
      void p.finally(() => running.delete(p));
    }
  }, TICK_MS);
  return {
    get inFlight() {
      return running.size;
    },
    async stop(graceMs = 10_000) {
      clearInterval(timer);
      await Promise.race([Promise.all(running), new Promise((r) => setTimeout(r, graceMs).unref())]);
    },
  };
}
