import { parseScenario } from '@cellmesh/scenario';
import { parseTaskSet } from '@cellmesh/simulator';
import { comparePlacements, quantile, renderComparison } from './compare';
import { decisionsOfRecord, decisionsOfReplay, replayTasks } from './replay';
import { parseWeightsOverride } from '@cellmesh/placement-core';

// Two sites 40 ms apart, a small and a big node in each.
const scenario = parseScenario({
  nodes: [
    { id: 'a-1', cpuCores: 4, site: 'a' }, { id: 'a-2', cpuCores: 64, site: 'a' },
    { id: 'b-1', cpuCores: 4, site: 'b' }, { id: 'b-2', cpuCores: 64, site: 'b' },
  ],
  rttMs: [[0, 0.5, 40, 40], [0.5, 0, 40, 40], [40, 40, 0, 0.5], [40, 40, 0.5, 0]],
});
const topology = { clusters: { 'a-1': 'a-1', 'a-2': 'a-1', 'b-1': 'b-1', 'b-2': 'b-1' }, leaders: { 'a-1': 'a-1', 'b-1': 'b-1' }, computeHeavy: {} };
const tasks = parseTaskSet(Array.from({ length: 6 }, (_, i) => ({
  taskId: `t${i}`, gameId: 'g', roomId: 'r', profile: 'latencySensitive', hints: [], origin: i % 2 === 0 ? 'a-1' : 'b-1', cpuCores: 1, memMb: 64, vramMb: 0,
})));
/** Capacity first: latency-sensitive work leaves its small origin for the big node nearby. */
const capacityFirst = parseWeightsOverride({ latencySensitive: { 'rtt-to-origin': 1, 'jitter-loss': 0, locality: 0, 'free-capacity': 20, bandwidth: 0, 'cluster-leader': 0 } });

describe('replay and comparison', () => {
  const recorded = decisionsOfRecord({
    t0: { outcome: 'placed', node: 'a-1', rule: 'local-node', attempt: 1, decidedAtMs: 1, schedulerNode: 'a-1' },
    t1: { outcome: 'placed', node: 'b-2', rule: 'best-fit-peer', attempt: 1, decidedAtMs: 1, schedulerNode: 'a-1' },
    t2: { outcome: 'placed', node: 'a-1', rule: 'local-node', attempt: 1, decidedAtMs: 1, schedulerNode: 'a-1' },
    t3: { outcome: 'rejected', rule: 'rejected', reason: 'no-feasible-node', attempt: 1, decidedAtMs: 1, schedulerNode: 'a-1' },
    t4: { outcome: 'queued', rule: 'gpu-wait-queue', reason: 'gpu-capacity-busy', attempt: 1, decidedAtMs: 1, schedulerNode: 'a-1' },
  });
  const replay = decisionsOfReplay(replayTasks(scenario, topology, tasks));
  const whatIf = decisionsOfReplay(replayTasks(scenario, topology, tasks, capacityFirst));

  it('replays with the current weights: every latency-sensitive task stays on its origin', () => {
    expect(Object.values(replay)).toEqual(tasks.map((t) => ({ node: t.origin, rule: 'local-node' })));
  });

  it('replays with changed weights: the same tasks move to the big node of their site', () => {
    for (const t of tasks) expect(whatIf[t.taskId].node).toBe(t.origin === 'a-1' ? 'a-2' : 'b-2');
  });

  it('summarizes each side and diffs them: agreement, moves with RTT before/after, newly placed and rejected', () => {
    const c = comparePlacements(scenario, tasks, [
      { label: 'recorded', decisions: recorded },
      { label: 'replay', decisions: replay },
      { label: 'what-if', decisions: whatIf },
    ]);
    expect(c.tasks).toBe(6);
    expect(c.sides[0]).toMatchObject({ placed: 3, rejected: 2, undecided: 1, rejectReasons: { 'no-feasible-node': 1, queued: 1 }, byRule: { 'local-node': 2, 'best-fit-peer': 1 } });
    // Recorded RTTs: 0, 0.5 (b-1 → b-2), 0: median 0, p90 0.5.
    expect([c.sides[0].medianOriginRttMs, c.sides[0].p90OriginRttMs]).toEqual([0, 0.5]);
    expect(c.sides[1]).toMatchObject({ placed: 6, rejected: 0, medianOriginRttMs: 0, byNode: { 'a-1': 3, 'b-1': 3 } });
    expect(c.sides[2]).toMatchObject({ placed: 6, medianOriginRttMs: 0.5, medianOriginRttMsByProfile: { latencySensitive: 0.5 } });
    expect(c.diffs.map((d) => [d.from, d.to, d.compared, d.same, d.moved.length, d.newlyPlaced.length, d.newlyRejected.length])).toEqual([
      ['recorded', 'replay', 3, 2, 1, 2, 0],
      ['replay', 'what-if', 6, 0, 6, 0, 0],
      ['recorded', 'what-if', 3, 1, 2, 2, 0],
    ]);
    expect(c.diffs[1].moved[0]).toEqual({ taskId: 't0', profile: 'latencySensitive', origin: 'a-1', from: 'a-1', to: 'a-2', originRttBeforeMs: 0, originRttAfterMs: 0.5 });
    // A task never decided on the first side is not "newly placed": nothing was decided to compare with.
    expect(c.diffs[0].newlyPlaced.map((p) => p.taskId)).toEqual(['t3', 't4']);

    const text = renderComparison(c, 1);
    expect(text).toMatch(/^\s+recorded\s+replay\s+what-if$/m);
    expect(text).toMatch(/^\s+rejected\s+2 \(no-feasible-node 1, queued 1\)\s+0\s+0$/m);
    expect(text).toMatch(/^\s+median origin RTT \(ms\)\s+0\.00\s+0\.00\s+0\.50$/m);
    expect(text).toContain('recorded → replay: 2/3 on the same node (67%); 1 moved, 0 newly rejected, 2 newly placed');
    expect(text).toContain('replay → what-if: 0/6 on the same node (0%); 6 moved');
    expect(text).toContain('moved (recorded → what-if), first 1 of 2:');
  });

  it('takes quantiles by nearest rank', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });
});
