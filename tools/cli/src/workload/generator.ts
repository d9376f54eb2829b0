import type { NatsConnection } from '@nats-io/transport-node';
import { submitTask, TaskRejectedError, TaskTimeoutError, TaskFailedError } from '@cellmesh/client';
import type { RoomPlan, TaskTemplate } from './plan';
import { pickTemplate } from './plan';
import type { TaskRecord, WorkloadStats } from './stats';

export interface WorkloadOptions {
  /** Where a room's tasks are submitted: the connection to its origin node's cell (the room's home). */
  submitVia(originNode: string, gameId: string): { nc: NatsConnection; cellId: string };
  /** The cell a node belongs to (to record where a spilled task ran). */
  cellOfNode?(nodeId: string): string;
  rooms: readonly RoomPlan[];
  mix: readonly TaskTemplate[];
  ratePerSec: number;
  random: () => number;
  payloadFor(kind: string, random: () => number): Uint8Array;
  stats: WorkloadStats;
  /** Submissions waiting for a result at once; beyond it the generator skips a tick (back-pressure). */
  maxInFlight?: number;
  /** Stop submitting after this many tasks (a fixed task count); unlimited when absent. */
  maxTasks?: number;
  now?: () => number;
}

export interface RunningWorkload {
  /** Stops submitting and waits (bounded) for in-flight tasks to finish. */
  stop(graceMs?: number): Promise<void>;
  readonly inFlight: number;
  /** Resolves once a fixed task count was submitted and every one of them ended. */
  readonly finished: Promise<void>;
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
    const via = opts.submitVia(room.originNode, room.gameId);
    const record: TaskRecord = { taskId, kind: template.kind, profile: template.profile, hints: [...template.hints], origin: room.originNode, cell: via.cellId, outcome: 'pending' };
    opts.stats.tasks.set(taskId, record);
    try {
      const out = await submitTask(via.nc, { gameId: room.gameId, roomId: room.roomId, taskId }, template.profile, template.hints, {
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
      if (out.receipt) {
        opts.stats.recordDecision(Math.max(0, out.receipt.decidedAtMs - started), out.receipt.chosenNode, out.receipt.rule);
        Object.assign(record, { node: out.receipt.chosenNode, rule: out.receipt.rule, gpuIndex: out.receipt.gpuIndex });
      }
      if (out.spilled && out.result?.nodeId) record.spilledTo = opts.cellOfNode?.(out.result.nodeId);
      opts.stats.recordCompleted(template.profile, now() - started, now());
      Object.assign(record, { outcome: 'completed', endToEndMs: now() - started, node: out.result?.nodeId ?? record.node, committedVersion: out.result?.committedVersion });
    } catch (err) {
      if (err instanceof TaskRejectedError) {
        opts.stats.recordRejected(err.reason);
        Object.assign(record, { outcome: 'rejected', reason: err.reason });
      } else if (err instanceof TaskTimeoutError) {
        opts.stats.recordTimedOut();
        Object.assign(record, { outcome: 'timed-out', reason: `no ${err.waitingFor} within ${err.timeoutMs} ms` });
      } else if (err instanceof TaskFailedError) {
        opts.stats.recordFailed(err.result.error.split(':')[0] ?? 'failed');
        Object.assign(record, { outcome: 'failed', node: err.result.nodeId, reason: err.result.error });
      } else {
        opts.stats.recordFailed((err as Error).name);
        Object.assign(record, { outcome: 'failed', reason: (err as Error).message });
      }
    }
  };
  let submitted = 0;
  let markFinished!: () => void;
  const finished = new Promise<void>((resolve) => (markFinished = resolve));
  const timer = setInterval(() => {
    credit += (opts.ratePerSec * TICK_MS) / 1000;
    while (credit >= 1) {
      credit -= 1;
      if (running.size >= maxInFlight) continue;
      if (opts.maxTasks !== undefined && submitted >= opts.maxTasks) break;
      submitted++;
      const p = submitOne();
      running.add(p);
      void p.finally(() => {
        running.delete(p);
        if (opts.maxTasks !== undefined && submitted >= opts.maxTasks && running.size === 0) markFinished();
      });
    }
  }, TICK_MS);
  return {
    get inFlight() {
      return running.size;
    },
    finished,
    async stop(graceMs = 10_000) {
      clearInterval(timer);
      await Promise.race([Promise.all(running), new Promise((r) => setTimeout(r, graceMs).unref())]);
    },
  };
}
