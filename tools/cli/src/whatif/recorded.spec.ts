import { WirePlacementOutcome, WireResourceHint, WireTaskProfile } from '@cellmesh/placement-core';
import { parseTaskSet } from '@cellmesh/simulator';
import { INVALID_SCOPE, parseRecordedPlacementsFile, recordedPlacements, taskSetFromSubmits, taskTimings } from './recorded';

const submit = (taskId: string, over: Record<string, unknown> = {}) => ({
  scope: { gameId: 'g1', roomId: 'r1', taskId },
  profile: WireTaskProfile.latencySensitive,
  hints: [] as number[],
  cpuMillis: 250,
  memoryMib: 64,
  vramMib: 0,
  originNode: 'n1',
  ...over,
});

describe('taskSetFromSubmits', () => {
  const recorded = taskSetFromSubmits([
    submit('t1'),
    submit('t2', { profile: WireTaskProfile.batch, hints: [WireResourceHint.gpuRequired, WireResourceHint.gpuRequired], vramMib: 2048, cpuMillis: 1500 }),
    submit('t1', { cpuMillis: 9999 }),
    submit('t3', { originNode: '' }),
    submit('t4', { profile: 99 }),
    submit('t5', { scope: { gameId: 'g.1', roomId: 'r1', taskId: 't5' } }),
    submit('t6', { hints: [WireResourceHint.cpuOnly], vramMib: 10 }),
  ]);

  it('turns submissions into the task-set format, in stream order, first submission of a task id only', () => {
    expect(recorded.tasks).toEqual([
      { taskId: 't1', gameId: 'g1', roomId: 'r1', profile: 'latencySensitive', hints: [], origin: 'n1', cpuCores: 0.25, memMb: 64, vramMb: 0 },
      { taskId: 't2', gameId: 'g1', roomId: 'r1', profile: 'batch', hints: ['gpuRequired'], origin: 'n1', cpuCores: 1.5, memMb: 64, vramMb: 2048 },
    ]);
    expect(recorded.duplicates).toBe(1);
    // The written set is one `cellmesh simulate --tasks` accepts.
    expect(parseTaskSet(JSON.stringify(recorded.tasks))).toEqual(recorded.tasks);
  });

  it('lists what cannot be replayed with the reason the scheduler gives', () => {
    expect(recorded.skipped).toEqual([
      { taskId: 't3', reason: 'missing-origin' },
      { taskId: 't4', reason: 'unknown-profile' },
      { taskId: 't5', reason: INVALID_SCOPE },
      { taskId: 't6', reason: 'conflicting-hints' },
    ]);
  });
});

describe('recordedPlacements', () => {
  const receipt = (taskId: string, outcome: number, over: Record<string, unknown> = {}) => ({ scope: { taskId }, outcome, rule: 'local-node', attempt: 1, decidedAtMs: 5, schedulerNode: 's', gpuIndex: -1, ...over });

  it('keeps the latest decision per task: final after queued, a higher attempt over a lower one', () => {
    const got = recordedPlacements([
      receipt('q', WirePlacementOutcome.queued, { rule: 'gpu-wait-queue', rejectReason: 'gpu-capacity-busy' }),
      receipt('q', WirePlacementOutcome.placed, { chosenNode: 'hub', rule: 'gpu-hub', gpuIndex: 1 }),
      receipt('r', WirePlacementOutcome.placed, { chosenNode: 'n2', attempt: 2, rule: 'best-fit-peer' }),
      receipt('r', WirePlacementOutcome.placed, { chosenNode: 'dead', attempt: 1 }),
      receipt('x', WirePlacementOutcome.rejected, { rule: 'rejected', rejectReason: 'no-feasible-node' }),
      receipt('w', WirePlacementOutcome.queued, { rule: 'gpu-wait-queue', rejectReason: 'gpu-capacity-busy' }),
      receipt('', WirePlacementOutcome.placed),
      receipt('bad', 7),
    ]);
    expect(got).toEqual({
      q: { outcome: 'placed', node: 'hub', rule: 'gpu-hub', gpuIndex: 1, attempt: 1, decidedAtMs: 5, schedulerNode: 's' },
      r: { outcome: 'placed', node: 'n2', rule: 'best-fit-peer', attempt: 2, decidedAtMs: 5, schedulerNode: 's' },
      x: { outcome: 'rejected', rule: 'rejected', reason: 'no-feasible-node', attempt: 1, decidedAtMs: 5, schedulerNode: 's' },
      w: { outcome: 'queued', rule: 'gpu-wait-queue', reason: 'gpu-capacity-busy', attempt: 1, decidedAtMs: 5, schedulerNode: 's' },
    });
    expect(parseRecordedPlacementsFile(JSON.stringify(got))).toEqual(got);
  });

  it('rejects a placements file that is not one, naming the entry', () => {
    expect(() => parseRecordedPlacementsFile('[')).toThrow(/^not JSON/);
    expect(() => parseRecordedPlacementsFile('[]')).toThrow('expected an object of taskId');
    expect(() => parseRecordedPlacementsFile('{"t1":{"outcome":"won"}}')).toThrow('t1: expected { outcome: "placed" | "queued" | "rejected"');
    expect(() => parseRecordedPlacementsFile('{"t1":{"outcome":"placed"}}')).toThrow('t1: a placed task needs its node');
  });
});

describe('taskTimings', () => {
  it('takes submission times from the submits and the first result\'s finish, for the recorded tasks only', () => {
    expect(taskTimings(
      [{ ...submit('t1'), submittedAtMs: 100 }, { ...submit('t1'), submittedAtMs: 900 }, { ...submit('t2'), submittedAtMs: 200 }, { ...submit('skipped'), submittedAtMs: 300 }, submit('t3')],
      [{ scope: { taskId: 't1' }, finishedAtMs: 150 }, { scope: { taskId: 't1' }, finishedAtMs: 999 }, { scope: { taskId: 'other' }, finishedAtMs: 1 }],
      ['t1', 't2', 't3'],
    )).toEqual({ t1: { submittedAtMs: 100, finishedAtMs: 150 }, t2: { submittedAtMs: 200 } });
  });
});
