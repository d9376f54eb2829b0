import { defaultStack, type TaskSpec } from '@cellmesh/placement-core';
import { compilePlacementSchedulerOptions } from '../options';
import { SchedulerBook, type PendingEntry } from './book';
import { Fleet, heartbeatFromMetrics } from './fleet';
import { SchedulerReason } from './names';
import { planTick, type TickEffect } from './tick';

const NOW = 1_700_000_000_000;
const MiB = 1024 * 1024;
const opts = compilePlacementSchedulerOptions({ metricsIntervalMs: 1_000, gpuSlotsPerGpu: 1, maxAttempts: 2 });
const stack = defaultStack(opts.weights);

function fleetOf(nodes: { id: string; gpus?: number; seenMs?: number }[]): Fleet {
  const fleet = new Fleet({ gpuSlotsPerGpu: opts.gpuSlotsPerGpu, assumedMemoryMibPerCore: opts.assumedMemoryMibPerCore });
  for (const n of nodes) {
    const hb = heartbeatFromMetrics({
      nodeId: n.id, clusterId: 'c1', cpuCores: 4, cpuLoadPct: 0, memTotalBytes: 8_192 * MiB, memUsedBytes: 0,
      gpus: Array.from({ length: n.gpus ?? 0 }, (_, index) => ({ index, uuid: `g${index}`, memoryTotalMib: 16_384, memoryUsedMib: 0 })),
    });
    if (hb) fleet.observeHeartbeat(hb, n.seenMs ?? NOW);
  }
  return fleet;
}

function pending(taskId: string, over: Partial<TaskSpec> = {}, attempt = 1): PendingEntry<string> {
  const task: TaskSpec = { scope: { gameId: 'g', roomId: 'r', taskId }, profile: 'batch', hints: [], cpuMillis: 1_000, memoryMib: 256, vramMib: 0, originNode: 'a', deadlineMs: 0, ...over };
  return { taskId, deadlineMs: task.deadlineMs, task, submit: `s-${taskId}`, attempt };
}
const gpu = (id: string, deadlineMs = 0) => pending(id, { hints: ['gpuRequired'], vramMib: 1_000, deadlineMs });

/** A compact reading of effects: kind plus what identifies it. */
function summary(effects: TickEffect<string>[]): string[] {
  return effects.map((e) => {
    switch (e.kind) {
      case 'node-lost':
        return `node-lost ${e.nodeId} replaced=${e.replaced} exhausted=${e.exhausted}`;
      case 'deliver':
        return `deliver${e.replacement ? ' replacement' : ''} ${e.decided.map((d) => `${d.entry.taskId}@${d.entry.attempt}:${d.decision.outcome}${d.decision.chosen ? `→${d.decision.chosen}` : ''}${d.note ? `(${d.note})` : ''}`).join(',')}`;
      case 'exhausted':
        return `exhausted ${e.entry.task.scope.taskId}@${e.attempt}`;
      case 'expired':
        return `expired ${e.decided.entry.taskId}:${e.decided.decision.rejectReason}`;
      case 'queue-depth':
        return `queue-depth ${e.depth}`;
    }
  });
}

interface Case {
  name: string;
  nodes: { id: string; gpus?: number; seenMs?: number }[];
  /** In flight on a node (restored), with an attempt. */
  inFlight?: { taskId: string; nodeId: string; attempt: number }[];
  /** GPU tasks decided before the tick, in order (the first placed, the rest queued on one slot). */
  gpuTasks?: PendingEntry<string>[];
  /** Tasks to complete before the tick (releases). */
  complete?: string[];
  want: string[];
}

const DEAD = NOW - 10_000;
const cases: Case[] = [
  { name: 'nothing to do: only the gauge', nodes: [{ id: 'a' }], want: ['queue-depth 0'] },
  {
    name: 'a dead node\'s tasks are re-placed with attempt + 1, or exhausted after maxAttempts',
    nodes: [{ id: 'a', seenMs: DEAD }, { id: 'b' }],
    inFlight: [{ taskId: 't1', nodeId: 'a', attempt: 1 }, { taskId: 't2', nodeId: 'a', attempt: 2 }],
    want: ['node-lost a replaced=1 exhausted=1', 'deliver replacement t1@2:placed→b', 'exhausted t2@3', 'queue-depth 0'],
  },
  {
    name: 'dead nodes in id order; a re-placement with no node left waits as replacement-pending',
    nodes: [{ id: 'z', seenMs: DEAD }, { id: 'y', seenMs: DEAD }],
    inFlight: [{ taskId: 't1', nodeId: 'z', attempt: 1 }, { taskId: 't2', nodeId: 'y', attempt: 1 }],
    want: ['node-lost y replaced=1 exhausted=0', `deliver replacement t2@2:queued(${SchedulerReason.ReplacementPending})`, 'node-lost z replaced=1 exhausted=0', `deliver replacement t1@2:queued(${SchedulerReason.ReplacementPending})`, 'queue-depth 0'],
  },
  {
    name: 'a released GPU slot goes to the next queued task, not to an expired one',
    nodes: [{ id: 'a', gpus: 1 }],
    gpuTasks: [gpu('g1'), gpu('g2', NOW - 1), gpu('g3')],
    complete: ['g1'],
    want: [`expired g2:${SchedulerReason.DeadlinePassedWhileQueued}`, 'deliver g3@1:placed→a', 'queue-depth 0'],
  },
  {
    name: 'the queue stays while no slot frees up',
    nodes: [{ id: 'a', gpus: 1 }],
    gpuTasks: [gpu('g1'), gpu('g2')],
    want: ['queue-depth 1'],
  },
];

describe('planTick: one pass in a fixed order', () => {
  it.each(cases)('$name', ({ nodes, inFlight, gpuTasks, complete, want }) => {
    const fleet = fleetOf(nodes);
    const book = new SchedulerBook<string>(stack, opts);
    for (const f of inFlight ?? []) book.restore({ task: pending(f.taskId).task, submit: `s-${f.taskId}`, nodeId: f.nodeId, gpuIndex: undefined, attempt: f.attempt, dispatchedAtMs: DEAD }, fleet);
    for (const t of gpuTasks ?? []) book.decide(t, fleet, NOW - 5_000);
    for (const id of complete ?? []) book.complete(id);
    expect(summary(planTick(book, fleet, NOW, opts))).toEqual(want);
  });

  it('a second tick retries a pending re-placement once a node appears', () => {
    const book = new SchedulerBook<string>(stack, opts);
    const dead = fleetOf([{ id: 'a', seenMs: DEAD }]);
    book.restore({ task: pending('t1').task, submit: 's-t1', nodeId: 'a', gpuIndex: undefined, attempt: 1, dispatchedAtMs: DEAD }, dead);
    planTick(book, dead, NOW, opts);
    expect(summary(planTick(book, dead, NOW, opts))).toEqual(['queue-depth 0']);
    expect(summary(planTick(book, fleetOf([{ id: 'b' }]), NOW, opts))).toEqual(['deliver replacement t1@2:placed→b', 'queue-depth 0']);
  });

  it('forgets nodes dead for long', () => {
    const fleet = fleetOf([{ id: 'a', seenMs: NOW - 10 * 60_000 }, { id: 'b' }]);
    planTick(new SchedulerBook<string>(stack, opts), fleet, NOW, opts);
    expect(fleet.nodeIds()).toEqual(['b']);
  });
});
