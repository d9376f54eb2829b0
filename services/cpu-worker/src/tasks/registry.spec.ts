import fc from 'fast-check';
import { runTask, knownTaskKinds, taskKinds } from './registry';
import { astar, type PathfindInput } from './pathfind';
import { simulate } from './physics-step';
import { generateHeights } from './terrain';

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('task registry', () => {
  it('registers the game-backend kinds in one place', () => {
    expect(knownTaskKinds().sort()).toEqual(['pathfind', 'physics-step', 'terrain']);
    for (const kind of taskKinds.values()) expect(kind.description.length).toBeGreaterThan(10);
  });

  it('reports an unknown kind as a failure value naming the known kinds', () => {
    const out = runTask('teleport', json({}));
    expect(out).toMatchObject({ ok: false, errorName: 'UnknownTaskKindError' });
    expect(!out.ok && out.message).toBe('task kind "teleport" is not registered on this worker (known: pathfind, physics-step, terrain)');
  });

  it.each([
    ['pathfind', new TextEncoder().encode('{not json'), /^pathfind: payload is not valid JSON/],
    ['pathfind', json([1, 2]), /^pathfind: payload must be a JSON object$/],
    ['pathfind', json({ width: 0, height: 4, start: [0, 0], goal: [1, 1] }), /^pathfind: payload.width must be a number in \[1, 2048\], got 0$/],
    ['pathfind', json({ width: 4, height: 4, start: [0, 0], goal: [9, 1] }), /payload.goal \[9, 1\] lies outside the 4×4 grid/],
    ['pathfind', json({ rows: ['..', '.x'], start: [0, 0], goal: [1, 0] }), /payload.rows\[1\]\[1\] is "x"/],
    ['pathfind', json({ rows: ['..', '.'], start: [0, 0], goal: [1, 0] }), /payload.rows\[1\] has 1 cells, expected 2/],
    ['physics-step', json({ bodies: [{ x: 0, y: 0, m: -1 }] }), /payload.bodies\[0\].m must be positive, got -1/],
    ['physics-step', json({ count: 3, steps: 1.5 }), /payload.steps must be an integer, got 1.5/],
    ['physics-step', json({}), /payload.count is required/],
    ['terrain', json({ width: 64 }), /^terrain: payload.seed is required$/],
    ['terrain', json({ seed: 1, octaves: 40 }), /payload.octaves must be a number in \[1, 12\], got 40/],
  ])('%s rejects a bad payload with a message naming the field (%#)', (kind, payload, message) => {
    const out = runTask(kind, payload);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.errorName).toBe('TaskInputError');
    expect(!out.ok && out.message).toMatch(message);
  });
});

describe('pathfind (A*)', () => {
  it('finds the shortest path around a wall', () => {
    const out = runTask('pathfind', json({ rows: ['....', '.##.', '.#..', '....'], start: [0, 0], goal: [2, 2], diagonal: false }));
    if (!out.ok) throw new Error(out.message);
    expect(out.output.summary).toMatchObject({ found: true, steps: 6, cost: 6 });
    const path = JSON.parse(text(out.output.artifacts[0].bytes)) as number[][];
    expect(path[0]).toEqual([0, 0]);
    expect(path[path.length - 1]).toEqual([2, 2]);
  });

  it('reports no path when the goal is walled off', () => {
    const out = runTask('pathfind', json({ rows: ['.#.', '##.', '...'], start: [0, 0], goal: [2, 2] }));
    expect(out.ok && out.output.summary).toMatchObject({ found: false, steps: 0, cost: null });
    expect(out.ok && out.output.artifacts).toEqual([]);
  });

  it('matches breadth-first search on random 4-connected grids (property)', () => {
    const bfs = (input: PathfindInput): number => {
      const { width, blocked } = input;
      const dist = new Map<number, number>([[input.start[1] * width + input.start[0], 0]]);
      const queue = [input.start[1] * width + input.start[0]];
      while (queue.length) {
        const at = queue.shift()!;
        const x = at % width;
        const y = Math.floor(at / width);
        for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
          const nx = x + dx;
          const ny = y + dy;
          const next = ny * width + nx;
          if (nx < 0 || ny < 0 || nx >= width || ny >= input.height || blocked[next] || dist.has(next)) continue;
          dist.set(next, dist.get(at)! + 1);
          queue.push(next);
        }
      }
      return dist.get(input.goal[1] * width + input.goal[0]) ?? Infinity;
    };
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), fc.array(fc.boolean(), { minLength: 144, maxLength: 144 }), (w, h, cells) => {
        const blocked = Uint8Array.from(cells.slice(0, w * h).map((c) => (c ? 1 : 0)));
        blocked[0] = 0;
        blocked[w * h - 1] = 0;
        const input: PathfindInput = { width: w, height: h, blocked, start: [0, 0], goal: [w - 1, h - 1], diagonal: false };
        expect(astar(input).cost).toBe(bfs(input));
      }),
    );
  });
});

describe('physics-step (n-body, velocity Verlet)', () => {
  it('keeps a two-body orbit bound with small energy drift', () => {
    const out = simulate({ bodies: [{ x: -1, y: 0, z: 0, vx: 0, vy: -0.5, vz: 0, m: 1 }, { x: 1, y: 0, z: 0, vx: 0, vy: 0.5, vz: 0, m: 1 }], steps: 2000, dt: 0.001, gravity: 1, softening: 1e-3 });
    expect(Math.abs((out.energyAfter - out.energyBefore) / out.energyBefore)).toBeLessThan(1e-4);
    // Momentum stays zero: the two bodies mirror each other.
    expect(out.bodies[0].vx + out.bodies[1].vx).toBeCloseTo(0, 10);
  });

  it('is reproducible from a seed', () => {
    const a = runTask('physics-step', json({ count: 20, seed: 7, steps: 5 }));
    const b = runTask('physics-step', json({ count: 20, seed: 7, steps: 5 }));
    expect(a.ok && text(a.output.artifacts[0].bytes)).toBe(b.ok && text(b.output.artifacts[0].bytes));
  });
});

describe('terrain (seeded value noise)', () => {
  it('gives the same bytes for the same seed and different bytes for another', () => {
    const run = (seed: number) => {
      const out = runTask('terrain', json({ seed, width: 32, height: 16 }));
      if (!out.ok) throw new Error(out.message);
      return out.output.artifacts[0].bytes;
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
    expect(run(5).byteLength).toBe(32 * 16);
  });

  it('tiles: a chunk at an offset continues its neighbour', () => {
    const base = { seed: 9, scale: 16, octaves: 3, persistence: 0.5, lacunarity: 2, seaLevel: 0.4, offsetY: 0 };
    const left = generateHeights({ ...base, width: 16, height: 4, offsetX: 0 });
    const wide = generateHeights({ ...base, width: 32, height: 4, offsetX: 0 });
    const right = generateHeights({ ...base, width: 16, height: 4, offsetX: 16 });
    for (let y = 0; y < 4; y++) {
      expect(Array.from(left.subarray(y * 16, y * 16 + 16))).toEqual(Array.from(wide.subarray(y * 32, y * 32 + 16)));
      expect(Array.from(right.subarray(y * 16, y * 16 + 16))).toEqual(Array.from(wide.subarray(y * 32 + 16, y * 32 + 32)));
    }
  });
});
