/**
 * What the demo workload submits: game rooms, each with an origin node, submitting a mix of
 * latency-sensitive, throughput and batch tasks, some needing a GPU. Pure and seeded.
 */
import type { Hint, Profile } from '@cellmesh/client';

export interface RoomPlan {
  gameId: string;
  roomId: string;
  originNode: string;
}

export interface TaskTemplate {
  name: string;
  kind: string;
  profile: Profile;
  hints: Hint[];
  /** Relative share of the mix. */
  weight: number;
  cpuMillis: number;
  memoryMib: number;
  vramMib: number;
  deadlineMs: number;
}

/** The mix a game backend would offload: pathfinding per frame, physics, generation, GPU work. */
export const DEFAULT_MIX: readonly TaskTemplate[] = [
  { name: 'npc pathfinding', kind: 'pathfind', profile: 'latencySensitive', hints: ['cpuOnly'], weight: 4, cpuMillis: 200, memoryMib: 32, vramMib: 0, deadlineMs: 3000 },
  { name: 'physics step', kind: 'physics-step', profile: 'throughput', hints: [], weight: 3, cpuMillis: 500, memoryMib: 64, vramMib: 0, deadlineMs: 5000 },
  { name: 'terrain generation', kind: 'terrain', profile: 'batch', hints: ['memoryHeavy'], weight: 2, cpuMillis: 1000, memoryMib: 256, vramMib: 0, deadlineMs: 15000 },
  { name: 'gpu inference', kind: 'matmul', profile: 'throughput', hints: ['gpuRequired'], weight: 1, cpuMillis: 250, memoryMib: 256, vramMib: 2048, deadlineMs: 15000 },
  { name: 'frame render', kind: 'render', profile: 'latencySensitive', hints: ['gpuRequired'], weight: 1, cpuMillis: 250, memoryMib: 128, vramMib: 1024, deadlineMs: 5000 },
];

export function planRooms(nodeIds: readonly string[], games: number, roomsPerGame: number, random: () => number): RoomPlan[] {
  const rooms: RoomPlan[] = [];
  for (let g = 1; g <= games; g++) {
    for (let r = 1; r <= roomsPerGame; r++) {
      rooms.push({ gameId: `game-${g}`, roomId: `room-${r}`, originNode: nodeIds[Math.floor(random() * nodeIds.length)]! });
    }
  }
  return rooms;
}

export function pickTemplate(mix: readonly TaskTemplate[], random: () => number): TaskTemplate {
  const total = mix.reduce((s, t) => s + t.weight, 0);
  let x = random() * total;
  for (const t of mix) {
    x -= t.weight;
    if (x < 0) return t;
  }
  return mix[mix.length - 1]!;
}
