import fc from 'fast-check';
import type { Scenario, ScenarioNode } from '@cellmesh/scenario';
import { TaskSetError, UNKNOWN_ORIGIN, parseTaskSet, placeTaskSet, type SimTask } from './index';

/** A world from an RTT matrix; bandwidth falls with RTT, no jitter or loss. */
function world(nodes: ScenarioNode[], rtt: number[][]): Scenario {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  return {
    nodes,
    rttMs: (i, j) => rtt[i][j],
    bandwidthMbps: (i, j) => (i === j ? Infinity : 10_000 / (1 + rtt[i][j])),
    jitterMs: () => 0,
    lossRatio: () => 0,
    indexOf: (id) => index.get(id) ?? -1,
  };
}

const small = world(
  [
    { id: 'origin', cpuCores: 4, gpus: 0, vramMb: 0, memoryMb: 8_192 },
    { id: 'near', cpuCores: 8, gpus: 0, vramMb: 0, memoryMb: 16_384 },
    { id: 'hub', cpuCores: 8, gpus: 2, vramMb: 16_384, memoryMb: 16_384 },
    { id: 'far', cpuCores: 64, gpus: 0, vramMb: 0, memoryMb: 262_144 },
  ],
  [
    [0, 2, 3, 90],
    [2, 0, 2, 90],
    [3, 2, 0, 90],
    [90, 90, 90, 0],
  ],
);
const topology = { clusters: { origin: 'c1', near: 'c1', hub: 'c1', far: 'c2' }, leaders: { c1: 'near', c2: 'far' } };

const task = (taskId: string, over: Partial<SimTask> = {}): SimTask => ({
  taskId, gameId: 'g', roomId: 'r', profile: 'latencySensitive', hints: [], origin: 'origin', cpuCores: 1, memMb: 0, vramMb: 0, ...over,
});

describe('parseTaskSet', () => {
  it('reads the issue-7 format and fills the default sizes', () => {
    const tasks = parseTaskSet(JSON.stringify([{ taskId: 't1', gameId: 'g', roomId: 'r', profile: 'batch', hints: ['gpuRequired', 'gpuRequired'], origin: 'n1', vramMb: 512 }]));
    expect(tasks).toEqual([{ taskId: 't1', gameId: 'g', roomId: 'r', profile: 'batch', hints: ['gpuRequired'], origin: 'n1', cpuCores: 1, memMb: 0, vramMb: 512 }]);
  });

  it.each([
    ['not JSON', '[{', /not JSON/],
    ['not an array', '{"taskId":"t"}', /must be a JSON array/],
    ['an unknown profile', '[{"taskId":"t","gameId":"g","roomId":"r","profile":"fast","origin":"n"}]', /tasks\[0\]\.profile must be one of latencySensitive, throughput, batch, got "fast"/],
    ['an unknown hint', '[{"taskId":"t","gameId":"g","roomId":"r","profile":"batch","hints":["turbo"],"origin":"n"}]', /tasks\[0\]\.hints has "turbo"/],
    ['a negative size', '[{"taskId":"t","gameId":"g","roomId":"r","profile":"batch","origin":"n","cpuCores":-1}]', /tasks\[0\]\.cpuCores must be a non-negative number/],
    ['a bad id', '[{"taskId":"a.b","gameId":"g","roomId":"r","profile":"batch","origin":"n"}]', /tasks\[0\]\.taskId must be 1-64 letters/],
    ['a missing origin', '[{"taskId":"t","gameId":"g","roomId":"r","profile":"batch"}]', /tasks\[0\]\.origin must be/],
    ['an unknown field', '[{"taskId":"t","gameId":"g","roomId":"r","profile":"batch","origin":"n","cores":2}]', /tasks\[0\]\.cores is not a known field/],
    ['a duplicate taskId', '[{"taskId":"t","gameId":"g","roomId":"r","profile":"batch","origin":"n"},{"taskId":"t","gameId":"g","roomId":"r","profile":"batch","origin":"n"}]', /tasks\[1\]\.taskId "t" appears more than once/],
  ])('rejects %s with a message naming the task and field', (_name, text, message) => {
    expect(() => parseTaskSet(text)).toThrow(TaskSetError);
    expect(() => parseTaskSet(text)).toThrow(message);
  });

  it('lists every problem at once', () => {
    const err = (() => {
      try {
        parseTaskSet('[{"taskId":"t","profile":"x"},{"taskId":"u","gameId":"g","roomId":"r","profile":"batch","origin":"n","memMb":"big"}]');
      } catch (e) {
        return e as TaskSetError;
      }
      throw new Error('no error');
    })();
    expect(err.problems.length).toBeGreaterThanOrEqual(4);
  });
});

describe('placeTaskSet', () => {
  it('places each profile and hint as the rules say', () => {
    const out = placeTaskSet(small, topology, [
      task('local'),
      task('gpu', { profile: 'throughput', hints: ['gpuRequired'], vramMb: 4_096 }),
      task('cpu-only', { hints: ['cpuOnly'], cpuCores: 4 }),
      task('heavy', { profile: 'batch', hints: ['memoryHeavy'], memMb: 64_000 }),
    ]);
    expect(out.placements).toEqual({ local: 'origin', gpu: 'hub', 'cpu-only': expect.not.stringMatching(/^hub$/), heavy: 'far' });
    expect(out.rules.gpu).toBe('gpu-hub');
    expect(out.gpuIndex.gpu).toBeGreaterThanOrEqual(0);
    expect(out.rejected).toEqual({});
  });

  it('keeps every task live: a full origin sends latency-sensitive work to the nearest peer, never the far node', () => {
    const tasks = Array.from({ length: 6 }, (_, i) => task(`t${i}`, { cpuCores: 2 }));
    const out = placeTaskSet(small, topology, tasks);
    expect(Object.values(out.placements).filter((n) => n === 'origin')).toHaveLength(2);
    expect(Object.values(out.placements)).not.toContain('far');
  });

  it('rejects what fits nowhere, with a reason, and tasks from unknown origins', () => {
    const out = placeTaskSet(small, topology, [
      task('huge', { cpuCores: 128 }),
      task('vram', { hints: ['gpuRequired'], vramMb: 32_000 }),
      task('lost', { origin: 'nowhere' }),
      task('both', { hints: ['cpuOnly', 'gpuRequired'] }),
    ]);
    expect(out.rejected).toEqual({ huge: 'no-feasible-node', vram: 'vram-exceeds-largest-gpu', lost: UNKNOWN_ORIGIN, both: 'conflicting-hints' });
  });

  it('rejects GPU work beyond the free slots instead of over-admitting', () => {
    const tasks = Array.from({ length: 10 }, (_, i) => task(`g${i}`, { profile: 'batch', hints: ['gpuRequired'], vramMb: 1_000 }));
    const out = placeTaskSet(small, topology, tasks, { gpuSlotsPerGpu: 2 });
    expect(Object.keys(out.placements)).toHaveLength(4);
    expect(new Set(Object.values(out.rejected))).toEqual(new Set(['gpu-capacity-busy']));
  });

  it('keeps bounded decisions on request', () => {
    const out = placeTaskSet(small, topology, [task('a')], { keepDecisions: true, maxCandidates: 2 });
    expect(out.decisions?.[0]?.candidates.length).toBeLessThanOrEqual(2);
  });

  it('never exceeds any node\'s cores, memory, GPU slots or VRAM (property)', () => {
    const nodeArb = fc.record({ cpuCores: fc.integer({ min: 1, max: 16 }), gpus: fc.integer({ min: 0, max: 2 }), vramMb: fc.integer({ min: 1_024, max: 24_576 }), memoryMb: fc.integer({ min: 512, max: 32_768 }) });
    const taskArb = fc.record({
      profile: fc.constantFrom('latencySensitive', 'throughput', 'batch') as fc.Arbitrary<SimTask['profile']>,
      hints: fc.subarray(['gpuRequired', 'cpuOnly', 'memoryHeavy'] as const),
      cpuCores: fc.integer({ min: 0, max: 8 }),
      memMb: fc.integer({ min: 0, max: 8_192 }),
      vramMb: fc.integer({ min: 0, max: 16_000 }),
      origin: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(nodeArb, { minLength: 1, maxLength: 6 }), fc.array(taskArb, { maxLength: 40 }), (specs, raw) => {
        const nodes: ScenarioNode[] = specs.map((s, i) => ({ id: `n${i}`, ...s, vramMb: s.gpus > 0 ? s.vramMb : 0 }));
        const rtt = nodes.map((_, i) => nodes.map((__, j) => Math.abs(i - j) * 5));
        const scenario = world(nodes, rtt);
        const tasks = raw.map((t, k) => task(`t${k}`, { ...t, hints: [...t.hints], origin: nodes[t.origin % nodes.length].id }));
        const out = placeTaskSet(scenario, { clusters: nodes.map(() => 'c'), leaders: { c: 'n0' } }, tasks, { gpuSlotsPerGpu: 2 });
        const byId = new Map(tasks.map((t) => [t.taskId, t]));
        nodes.forEach((node) => {
          const mine = Object.entries(out.placements).filter(([, n]) => n === node.id).map(([id]) => byId.get(id) as SimTask);
          expect(mine.reduce((s, t) => s + t.cpuCores, 0)).toBeLessThanOrEqual(node.cpuCores);
          expect(mine.reduce((s, t) => s + t.memMb, 0)).toBeLessThanOrEqual(node.memoryMb as number);
          for (let g = 0; g < node.gpus; g++) {
            const onGpu = mine.filter((t) => out.gpuIndex[t.taskId] === g);
            expect(onGpu.length).toBeLessThanOrEqual(2);
            expect(onGpu.reduce((s, t) => s + t.vramMb, 0)).toBeLessThanOrEqual(node.vramMb);
          }
          // GPU tasks always hold a GPU; CPU tasks never do.
          for (const t of mine) expect(out.gpuIndex[t.taskId] !== undefined).toBe(t.vramMb > 0 || t.hints.includes('gpuRequired'));
        });
        expect(Object.keys(out.placements).length + Object.keys(out.rejected).length).toBe(tasks.length);
      }),
      { numRuns: 150 },
    );
  });
});
