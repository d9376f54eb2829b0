import { defaultStack, type TaskSpec } from '@cellmesh/placement-core';
import { compilePlacementSchedulerOptions, PlacementSchedulerOptionsError } from '../options';
import { Fleet, SchedulerBook, heartbeatFromMetrics, type PendingEntry } from './index';

const NOW = 1_700_000_000_000;
const MiB = 1024 * 1024;
const opts = compilePlacementSchedulerOptions({ metricsIntervalMs: 1_000, gpuSlotsPerGpu: 1, maxAttempts: 2 });

function fleetWith(...nodes: { id: string; cores?: number; gpus?: number; cluster?: string; seenMs?: number; memMiB?: number }[]): Fleet {
  const fleet = new Fleet({ gpuSlotsPerGpu: opts.gpuSlotsPerGpu, assumedMemoryMibPerCore: opts.assumedMemoryMibPerCore });
  for (const n of nodes) {
    const hb = heartbeatFromMetrics({
      nodeId: n.id, clusterId: n.cluster ?? 'c1', cpuCores: n.cores ?? 4, cpuLoadPct: 0, memTotalBytes: (n.memMiB ?? 8_192) * MiB, memUsedBytes: 0,
      gpus: Array.from({ length: n.gpus ?? 0 }, (_, index) => ({ index, uuid: `g${index}`, memoryTotalMib: 16_384, memoryUsedMib: 0 })),
    });
    if (hb) fleet.observeHeartbeat(hb, n.seenMs ?? NOW);
  }
  return fleet;
}

function entry(taskId: string, over: Partial<TaskSpec> = {}): PendingEntry<string> {
  const task: TaskSpec = { scope: { gameId: 'g', roomId: 'r', taskId }, profile: 'batch', hints: [], cpuMillis: 1_000, memoryMib: 256, vramMib: 0, originNode: 'a', deadlineMs: 0, ...over };
  return { taskId, deadlineMs: task.deadlineMs, task, submit: `submit-${taskId}`, attempt: 1 };
}

describe('options', () => {
  it('derives the stale bound from the metrics interval', () => {
    expect(opts.heartbeatStaleMs).toBe(3_000);
    expect(opts.placement.heartbeatStaleMs).toBe(3_000);
    expect(compilePlacementSchedulerOptions({ placement: { heartbeatStaleMs: 700 } }).heartbeatStaleMs).toBe(700);
  });
  it.each([
    [{ activation: 'sometimes' as never }, 'activation'],
    [{ gpuSlotsPerGpu: 0 }, 'gpuSlotsPerGpu'],
    [{ ackWaitMs: 10 }, 'ackWaitMs'],
  ])('rejects %j naming %s', (bad, field) => {
    expect(() => compilePlacementSchedulerOptions(bad)).toThrow(PlacementSchedulerOptionsError);
    expect(() => compilePlacementSchedulerOptions(bad)).toThrow(field);
  });
});

describe('Fleet', () => {
  it('folds in-flight work into load and free memory, and assumes memory when none is reported', () => {
    const fleet = fleetWith({ id: 'a', cores: 4 }, { id: 'b', cores: 2, memMiB: 0 });
    const views = fleet.viewsFrom('a', new Map([['a', { cpuMillis: 2_000, memoryMib: 1_024 }]]));
    const a = views.find((v) => v.nodeId === 'a');
    expect(a).toMatchObject({ cpuLoadRatio: 0.5, memFreeMib: 7_168 });
    expect(views.find((v) => v.nodeId === 'b')?.memTotalMib).toBe(2 * opts.assumedMemoryMibPerCore);
  });

  it('takes the origin\'s measured link, then the reverse link, then a coordinate estimate', () => {
    const fleet = fleetWith({ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' });
    fleet.observePeerTable({ nodeId: 'a', coord: { vec: [0, 0], height: 0, error: 0.2 }, links: [{ peerId: 'b', rttMs: 4, measured: true }] });
    fleet.observePeerTable({ nodeId: 'c', coord: { vec: [30, 40], height: 0, error: 0.2 }, links: [{ peerId: 'a', rttMs: 9, measured: true }] });
    fleet.observePeerTable({ nodeId: 'd', coord: { vec: [60, 80], height: 1, error: 0.4 }, links: [] });
    expect(fleet.linkFrom('a', 'b')?.rttMs).toBe(4);
    expect(fleet.linkFrom('a', 'c')?.rttMs).toBe(9);
    expect(fleet.linkFrom('a', 'd')).toMatchObject({ rttMs: 101, measured: false, estimateError: expect.closeTo(0.3) });
    expect(fleet.linkFrom('b', 'c')).toBeUndefined();
  });

  it('marks leaders from the topology, and GPU hubs only where topology-ca marks the node compute-heavy', () => {
    const fleet = fleetWith({ id: 'a' }, { id: 'b' });
    fleet.observeClusterState({ clusterId: 'c1', members: ['a', 'b'], leaderId: 'b' });
    fleet.observeNeighbours({ nodeId: 'a', clusterId: 'c1', acceptsComputeHeavy: false });
    const views = fleet.viewsFrom('a', new Map());
    expect(views.map((v) => [v.nodeId, v.isLeader, v.acceptsComputeHeavy])).toEqual([['a', false, true], ['b', true, true]]);
  });

  it('treats a GPU node as a hub unless topology-ca says it is not compute-heavy', () => {
    const fleet = fleetWith({ id: 'far-gpu', gpus: 1 }, { id: 'hub', gpus: 1 }, { id: 'cpu' });
    fleet.observeNeighbours({ nodeId: 'far-gpu', clusterId: 'c1', acceptsComputeHeavy: false });
    const hubs = fleet.viewsFrom('cpu', new Map()).map((v) => [v.nodeId, v.isGpuHub]);
    expect(hubs).toEqual(expect.arrayContaining([['far-gpu', false], ['hub', true], ['cpu', false]]));
  });

  it('declares a node dead after the stale bound or when it leaves the registry', () => {
    const fleet = fleetWith({ id: 'a', seenMs: NOW - 3_001 }, { id: 'b' }, { id: 'c' });
    fleet.observeGone('c');
    expect(['a', 'b', 'c', 'unknown'].map((n) => fleet.isDead(n, NOW, opts.heartbeatStaleMs))).toEqual([true, false, true, true]);
  });
});

describe('SchedulerBook', () => {
  const stack = defaultStack(opts.weights);

  it('books a placement and releases it on completion', () => {
    const fleet = fleetWith({ id: 'a' });
    const book = new SchedulerBook<string>(stack, opts);
    expect(book.decide(entry('t1'), fleet, NOW).decision.chosen).toBe('a');
    expect(book.reservationOf('a')).toEqual({ cpuMillis: 1_000, memoryMib: 256 });
    expect(book.complete('t1')?.nodeId).toBe('a');
    expect(book.reservationOf('a')).toBeUndefined();
    expect(book.complete('t1')).toBeUndefined();
  });

  it('never admits more GPU tasks than slots: the next one waits and is placed on release', () => {
    const fleet = fleetWith({ id: 'a', gpus: 1 });
    const book = new SchedulerBook<string>(stack, opts);
    const gpu = (id: string) => entry(id, { hints: ['gpuRequired'], vramMib: 1_000 });
    expect(book.decide(gpu('g1'), fleet, NOW).decision.outcome).toBe('placed');
    expect(book.decide(gpu('g2'), fleet, NOW).decision.outcome).toBe('queued');
    expect(book.retryQueued(fleet, NOW)).toEqual([]);
    book.complete('g1');
    const placed = book.retryQueued(fleet, NOW);
    expect(placed.map((d) => [d.entry.taskId, d.decision.outcome])).toEqual([['g2', 'placed']]);
    expect(book.ledger.reservations().map((r) => r.taskId)).toEqual(['g2']);
  });

  it('re-places a dead node\'s tasks with the next attempt and gives up after maxAttempts', () => {
    const fleet = fleetWith({ id: 'a', seenMs: NOW - 10_000 }, { id: 'b' });
    const book = new SchedulerBook<string>(stack, opts);
    book.restore({ task: entry('t1').task, submit: 's1', nodeId: 'a', gpuIndex: undefined, attempt: 1, dispatchedAtMs: NOW }, fleet);
    book.restore({ task: entry('t2').task, submit: 's2', nodeId: 'a', gpuIndex: undefined, attempt: 2, dispatchedAtMs: NOW }, fleet);
    expect(book.deadNodesWithWork(fleet, NOW)).toEqual(['a']);
    const loss = book.handleNodeLoss('a', fleet, NOW);
    expect(loss.decided.map((d) => [d.entry.taskId, d.entry.attempt, d.decision.chosen])).toEqual([['t1', 2, 'b']]);
    expect(loss.exhausted.map((e) => e.task.scope.taskId)).toEqual(['t2']);
    expect(book.inFlightTask('t1')?.nodeId).toBe('b');
    expect(book.inFlightTask('t2')).toBeUndefined();
  });

  it('keeps a re-placement pending while no node fits, and places it when one appears', () => {
    const fleet = fleetWith({ id: 'a', seenMs: NOW - 10_000 });
    const book = new SchedulerBook<string>(stack, opts);
    book.restore({ task: entry('t1').task, submit: 's1', nodeId: 'a', gpuIndex: undefined, attempt: 1, dispatchedAtMs: NOW }, fleet);
    const loss = book.handleNodeLoss('a', fleet, NOW);
    expect(loss.decided[0]).toMatchObject({ note: 'replacement-pending', decision: { outcome: 'queued' } });
    expect(book.retryPendingReplacements(fleet, NOW)).toEqual([]);
    const later = fleetWith({ id: 'b' });
    expect(book.retryPendingReplacements(later, NOW).map((d) => d.decision.chosen)).toEqual(['b']);
    expect(book.pendingReplacementCount).toBe(0);
  });

  it('restores a GPU reservation from a rebuilt dispatch even when the measurement already shows it', () => {
    const fleet = fleetWith({ id: 'a', gpus: 1 });
    const book = new SchedulerBook<string>(stack, opts);
    const task = entry('g1', { hints: ['gpuRequired'], vramMib: 16_000 }).task;
    expect(book.restore({ task, submit: 's', nodeId: 'a', gpuIndex: 0, attempt: 1, dispatchedAtMs: NOW }, fleet).gpuRestored).toBe(true);
    expect(book.decide(entry('g2', { hints: ['gpuRequired'], vramMib: 100 }), fleet, NOW).decision.outcome).toBe('queued');
  });
});
