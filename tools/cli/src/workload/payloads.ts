/** Example payloads for the demo workload, in each task kind's documented JSON format (docs/workers.md). */
export function payloadFor(kind: string, random: () => number): Uint8Array {
  const seed = Math.floor(random() * 2 ** 31);
  const size = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const grid = size(48, 96);
  const bodies: Record<string, unknown> = {
    pathfind: { width: grid, height: grid, obstacleDensity: 0.25, seed, start: [0, 0], goal: [grid - 1, grid - 1] },
    'physics-step': { count: size(32, 96), steps: 20, seed },
    terrain: { seed, width: 128, height: 128, octaves: 5 },
    matmul: { size: 1024, iterations: 5 },
    render: { width: 160, height: 120, seed },
  };
  return new TextEncoder().encode(JSON.stringify(bodies[kind] ?? {}));
}
