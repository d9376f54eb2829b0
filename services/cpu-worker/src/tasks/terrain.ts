/**
 * `terrain`: procedural height map from seeded fractal value noise (octaves of smoothly
 * interpolated lattice noise), the way games generate chunks of world on demand.
 * The same seed and parameters always give the same bytes.
 */
import { type TaskKind, type TaskOutput } from './types';
import { decodeJsonObject, intField, numberField } from './payload';

const KIND = 'terrain';
export const MAX_TERRAIN_SIDE = 512;

export interface TerrainInput {
  seed: number;
  width: number;
  height: number;
  /** World offset of the chunk, so neighbouring chunks tile seamlessly. */
  offsetX: number;
  offsetY: number;
  scale: number;
  octaves: number;
  persistence: number;
  lacunarity: number;
  seaLevel: number;
}

function decode(payload: Uint8Array): TerrainInput {
  const obj = decodeJsonObject(KIND, payload);
  return {
    seed: intField(KIND, obj, 'seed', { min: 0, max: 2 ** 32 - 1 }),
    width: intField(KIND, obj, 'width', { min: 1, max: MAX_TERRAIN_SIDE, default: 128 }),
    height: intField(KIND, obj, 'height', { min: 1, max: MAX_TERRAIN_SIDE, default: 128 }),
    offsetX: intField(KIND, obj, 'offsetX', { min: -1e9, max: 1e9, default: 0 }),
    offsetY: intField(KIND, obj, 'offsetY', { min: -1e9, max: 1e9, default: 0 }),
    scale: numberField(KIND, obj, 'scale', { min: 1, max: 1e5, default: 64 }),
    octaves: intField(KIND, obj, 'octaves', { min: 1, max: 12, default: 5 }),
    persistence: numberField(KIND, obj, 'persistence', { min: 0, max: 1, default: 0.5 }),
    lacunarity: numberField(KIND, obj, 'lacunarity', { min: 1, max: 4, default: 2 }),
    seaLevel: numberField(KIND, obj, 'seaLevel', { min: 0, max: 1, default: 0.4 }),
  };
}

/** Integer hash of a lattice point and seed into [0, 1). */
function lattice(x: number, y: number, seed: number): number {
  let h = Math.imul(x, 374761393) ^ Math.imul(y, 668265263) ^ Math.imul(seed, 2246822519);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

const fade = (t: number) => t * t * t * (t * (t * 6 - 15) + 10);

function valueNoise(x: number, y: number, seed: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const tx = fade(x - x0);
  const ty = fade(y - y0);
  const a = lattice(x0, y0, seed);
  const b = lattice(x0 + 1, y0, seed);
  const c = lattice(x0, y0 + 1, seed);
  const d = lattice(x0 + 1, y0 + 1, seed);
  const top = a + (b - a) * tx;
  const bottom = c + (d - c) * tx;
  return top + (bottom - top) * ty;
}

/** Heights in [0, 1], row-major. */
export function generateHeights(input: TerrainInput): Float64Array {
  const heights = new Float64Array(input.width * input.height);
  let norm = 0;
  for (let o = 0, amp = 1; o < input.octaves; o++, amp *= input.persistence) norm += amp;
  for (let y = 0; y < input.height; y++) {
    for (let x = 0; x < input.width; x++) {
      let value = 0;
      let amp = 1;
      let freq = 1 / input.scale;
      for (let o = 0; o < input.octaves; o++) {
        value += amp * valueNoise((x + input.offsetX) * freq, (y + input.offsetY) * freq, input.seed + o * 1013);
        amp *= input.persistence;
        freq *= input.lacunarity;
      }
      heights[y * input.width + x] = norm === 0 ? 0 : value / norm;
    }
  }
  return heights;
}

export const terrainTask: TaskKind<TerrainInput> = {
  name: KIND,
  description: 'seeded fractal value-noise height map; commits it as 8-bit heights (row-major)',
  decode,
  run(input): TaskOutput {
    const heights = generateHeights(input);
    const bytes = new Uint8Array(heights.length);
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    let water = 0;
    heights.forEach((h, i) => {
      bytes[i] = Math.round(h * 255);
      min = Math.min(min, h);
      max = Math.max(max, h);
      sum += h;
      if (h < input.seaLevel) water++;
    });
    return {
      summary: { width: input.width, height: input.height, seed: input.seed, min, max, mean: sum / heights.length, waterFraction: water / heights.length, encoding: 'u8 row-major, height = byte / 255' },
      artifacts: [{ name: 'heightmap', contentType: 'application/octet-stream', bytes }],
    };
  },
};
