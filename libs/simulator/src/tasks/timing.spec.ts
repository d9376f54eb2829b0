import { parseScenario } from '@cellmesh/scenario';
import { parseTaskSet, placeTaskSet } from '../index';

// One site: a 2-core origin and a 64-core neighbour 1 ms away.
const scenario = parseScenario({ nodes: [{ id: 'small', cpuCores: 2 }, { id: 'big', cpuCores: 64 }], rttMs: [[0, 1], [1, 0]] });
const topology = { clusters: { small: 'c', big: 'c' }, leaders: { c: 'small' }, computeHeavy: {} };
const tasks = parseTaskSet(Array.from({ length: 4 }, (_, i) => ({
  taskId: `t${i}`, gameId: 'g', roomId: 'r', profile: 'batch', hints: [], origin: 'small', cpuCores: 0.75, memMb: 64, vramMb: 0,
})));

describe('placeTaskSet on a recorded clock (timing)', () => {
  it('gives a task\'s resources back at its recorded finish: one after another, every task finds its origin idle', () => {
    const sequential = Object.fromEntries(tasks.map((t, i) => [t.taskId, { submittedAtMs: 1000 * i, finishedAtMs: 1000 * i + 500 }]));
    const placed = placeTaskSet(scenario, topology, tasks, { timing: sequential });
    expect(placed.placements).toEqual({ t0: 'small', t1: 'small', t2: 'small', t3: 'small' });
    expect(placed.rules).toEqual({ t0: 'local-node', t1: 'local-node', t2: 'local-node', t3: 'local-node' });
  });

  it('holds overlapping tasks together, like placeTaskSet: the same decisions when nothing finishes', () => {
    const overlapping = Object.fromEntries(tasks.map((t, i) => [t.taskId, { submittedAtMs: i }]));
    const timed = placeTaskSet(scenario, topology, tasks, { timing: overlapping });
    expect(timed).toEqual(placeTaskSet(scenario, topology, tasks));
    expect(Object.values(timed.placements)).toContain('big');
  });

  it('orders by submission time, not file order; a task without timing keeps the time of the one before it', () => {
    const timing = { t0: { submittedAtMs: 50, finishedAtMs: 60 }, t1: { submittedAtMs: 10 }, t3: { submittedAtMs: 5 } };
    // t2 inherits t1's 10 (the task before it in the file). Order: t3 (5), t1 (10), t2 (10, later in the file), t0 (50).
    const placed = placeTaskSet(scenario, topology, tasks, { timing });
    expect(Object.keys(placed.placements)).toEqual(['t3', 't1', 't2', 't0']);
  });

  it('rejects a task whose origin is not in the scenario', () => {
    const [t] = parseTaskSet([{ taskId: 'x', gameId: 'g', roomId: 'r', profile: 'batch', hints: [], origin: 'elsewhere' }]);
    expect(placeTaskSet(scenario, topology, [t], { timing: {} }).rejected).toEqual({ x: 'unknown-origin' });
  });
});
