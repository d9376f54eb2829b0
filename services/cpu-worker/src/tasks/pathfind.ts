/**
 * `pathfind`: A* on a 2D grid (4- or 8-connected, octile heuristic), the classic NPC-navigation
 * job a game backend offloads. The grid comes as rows of text ('#' blocked, '.' free) or is
 * generated from a seed and an obstacle density, so a large map needs only a small payload.
 */
import { TaskInputError, type TaskKind, type TaskOutput } from './types';
import { boolField, decodeJsonObject, encodeJson, gridPointField, intField, numberField, seededRandom } from './payload';

const KIND = 'pathfind';
export const MAX_GRID_SIDE = 2048;

export interface PathfindInput {
  width: number;
  height: number;
  /** 1 = blocked, row-major. */
  blocked: Uint8Array;
  start: [number, number];
  goal: [number, number];
  diagonal: boolean;
}

function decode(payload: Uint8Array): PathfindInput {
  const obj = decodeJsonObject(KIND, payload);
  let width: number;
  let height: number;
  let blocked: Uint8Array;
  if (obj.rows !== undefined) {
    const rows = obj.rows;
    if (!Array.isArray(rows) || rows.length === 0 || !rows.every((r) => typeof r === 'string')) throw new TaskInputError(KIND, 'payload.rows must be a non-empty array of strings');
    height = rows.length;
    width = (rows[0] as string).length;
    if (width === 0 || width > MAX_GRID_SIDE || height > MAX_GRID_SIDE) throw new TaskInputError(KIND, `payload.rows must describe a grid between 1×1 and ${MAX_GRID_SIDE}×${MAX_GRID_SIDE}`);
    blocked = new Uint8Array(width * height);
    rows.forEach((row, y) => {
      const text = row as string;
      if (text.length !== width) throw new TaskInputError(KIND, `payload.rows[${y}] has ${text.length} cells, expected ${width}`);
      for (let x = 0; x < width; x++) {
        const c = text[x];
        if (c === '#') blocked[y * width + x] = 1;
        else if (c !== '.') throw new TaskInputError(KIND, `payload.rows[${y}][${x}] is ${JSON.stringify(c)}; use "#" for blocked and "." for free`);
      }
    });
  } else {
    width = intField(KIND, obj, 'width', { min: 1, max: MAX_GRID_SIDE });
    height = intField(KIND, obj, 'height', { min: 1, max: MAX_GRID_SIDE });
    const density = numberField(KIND, obj, 'obstacleDensity', { min: 0, max: 0.9, default: 0.2 });
    const seed = intField(KIND, obj, 'seed', { min: 0, max: 2 ** 32 - 1, default: 1 });
    const random = seededRandom(seed);
    blocked = new Uint8Array(width * height);
    for (let i = 0; i < blocked.length; i++) blocked[i] = random() < density ? 1 : 0;
  }
  const start = gridPointField(KIND, obj, 'start', width, height);
  const goal = gridPointField(KIND, obj, 'goal', width, height);
  if (obj.rows === undefined) {
    // Generated maps keep the endpoints walkable; explicit maps are taken as given.
    blocked[start[1] * width + start[0]] = 0;
    blocked[goal[1] * width + goal[0]] = 0;
  }
  return { width, height, blocked, start, goal, diagonal: boolField(KIND, obj, 'diagonal', true) };
}

/** Binary min-heap of node indices keyed by f-score. */
class OpenSet {
  private readonly nodes: number[] = [];
  constructor(private readonly f: Float64Array) {}
  get size(): number {
    return this.nodes.length;
  }
  push(node: number): void {
    const h = this.nodes;
    h.push(node);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.f[h[parent]] <= this.f[h[i]]) break;
      [h[parent], h[i]] = [h[i], h[parent]];
      i = parent;
    }
  }
  pop(): number {
    const h = this.nodes;
    const top = h[0];
    const last = h.pop() as number;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.f[h[l]] < this.f[h[m]]) m = l;
        if (r < h.length && this.f[h[r]] < this.f[h[m]]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
}

export interface PathfindResult {
  found: boolean;
  path: Array<[number, number]>;
  cost: number;
  expanded: number;
}

/** A* search. Diagonal steps cost √2 and may not cut a blocked corner. */
export function astar(input: PathfindInput): PathfindResult {
  const { width, height, blocked, start, goal, diagonal } = input;
  const n = width * height;
  const g = new Float64Array(n).fill(Infinity);
  const f = new Float64Array(n).fill(Infinity);
  const came = new Int32Array(n).fill(-1);
  const closed = new Uint8Array(n);
  const startIdx = start[1] * width + start[0];
  const goalIdx = goal[1] * width + goal[0];
  if (blocked[startIdx] || blocked[goalIdx]) return { found: false, path: [], cost: Infinity, expanded: 0 };
  const heuristic = (idx: number) => {
    const dx = Math.abs((idx % width) - goal[0]);
    const dy = Math.abs(Math.floor(idx / width) - goal[1]);
    return diagonal ? Math.max(dx, dy) + (Math.SQRT2 - 1) * Math.min(dx, dy) : dx + dy;
  };
  const steps: Array<[number, number, number]> = [[1, 0, 1], [-1, 0, 1], [0, 1, 1], [0, -1, 1]];
  if (diagonal) steps.push([1, 1, Math.SQRT2], [1, -1, Math.SQRT2], [-1, 1, Math.SQRT2], [-1, -1, Math.SQRT2]);
  const open = new OpenSet(f);
  g[startIdx] = 0;
  f[startIdx] = heuristic(startIdx);
  open.push(startIdx);
  let expanded = 0;
  while (open.size > 0) {
    const current = open.pop();
    if (closed[current]) continue;
    if (current === goalIdx) break;
    closed[current] = 1;
    expanded++;
    const cx = current % width;
    const cy = (current - cx) / width;
    for (const [dx, dy, cost] of steps) {
      const nx = cx + dx;
      const ny = cy + dy;
      if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
      const next = ny * width + nx;
      if (blocked[next] || closed[next]) continue;
      if (dx !== 0 && dy !== 0 && (blocked[cy * width + nx] || blocked[ny * width + cx])) continue;
      const tentative = g[current] + cost;
      if (tentative < g[next]) {
        g[next] = tentative;
        f[next] = tentative + heuristic(next);
        came[next] = current;
        open.push(next);
      }
    }
  }
  if (g[goalIdx] === Infinity) return { found: false, path: [], cost: Infinity, expanded };
  const path: Array<[number, number]> = [];
  for (let at = goalIdx; at !== -1; at = came[at]) path.push([at % width, Math.floor(at / width)]);
  path.reverse();
  return { found: true, path, cost: g[goalIdx], expanded };
}

/** Paths longer than this are summarised, not committed point by point. */
export const MAX_COMMITTED_PATH_POINTS = 8192;

export const pathfindTask: TaskKind<PathfindInput> = {
  name: KIND,
  description: 'A* shortest path on a grid (rows of "#"/"." or a seeded random map); commits the path',
  decode,
  run(input): TaskOutput {
    const result = astar(input);
    const summary = {
      found: result.found,
      width: input.width,
      height: input.height,
      steps: Math.max(result.path.length - 1, 0),
      cost: result.found ? Number(result.cost.toFixed(4)) : null,
      expanded: result.expanded,
      pathTruncated: result.path.length > MAX_COMMITTED_PATH_POINTS,
    };
    const artifacts = result.found ? [{ name: 'path', contentType: 'application/json', bytes: encodeJson(result.path.slice(0, MAX_COMMITTED_PATH_POINTS)) }] : [];
    return { summary, artifacts };
  },
};
