import { generateWorld, type Scenario } from '@cellmesh/scenario';
import { placeTaskSet, type SimTask, type TaskTopology } from '@cellmesh/simulator';
import type { BenchSuite, BenchTable } from './types';

// Placement quality of placeTaskSet (placement-core's plugins, every task live at once) on
// generated worlds, against two baselines run on the same worlds and task sets in the same run:
// random and round-robin (both send GPU tasks to GPU nodes, as the simplest sane scheduler would).

const GPU_SLOTS = 4;

/** mulberry32, seeded: every run generates the same task sets. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Clusters = sites; each site's leader is its node with the most cores (lowest id on ties). */
function siteTopology(world: Scenario): TaskTopology {
  const clusters: string[] = world.nodes.map((n, i) => world.truth?.siteOf[i] ?? n.id);
  const leaders: Record<string, string> = {};
  world.nodes.forEach((n, i) => {
    const c = clusters[i];
    const current = leaders[c] === undefined ? undefined : world.nodes[world.indexOf(leaders[c])];
    if (!current || n.cpuCores > current.cpuCores || (n.cpuCores === current.cpuCores && n.id < current.id)) leaders[c] = n.id;
  });
  return { clusters, leaders };
}

/** 60% latency-sensitive, 25% throughput, 15% batch; 10% of tasks need a GPU, 10% are cpuOnly, 5% memoryHeavy. */
function taskSet(world: Scenario, count: number, seed: number): SimTask[] {
  const rand = seeded(seed);
  const n = world.nodes.length;
  return Array.from({ length: count }, (_, k): SimTask => {
    const r = rand();
    const profile = r < 0.6 ? 'latencySensitive' : r < 0.85 ? 'throughput' : 'batch';
    const h = rand();
    const gpu = h < 0.1;
    const hints: SimTask['hints'] = gpu ? ['gpuRequired'] : h < 0.2 ? ['cpuOnly'] : h < 0.25 ? ['memoryHeavy'] : [];
    return {
      taskId: `t${k}`, gameId: 'bench', roomId: `r${k % 50}`, profile, hints, origin: world.nodes[Math.floor(rand() * n)].id,
      cpuCores: [0.5, 1, 1, 2, 4][Math.floor(rand() * 5)], memMb: [256, 512, 1_024, 2_048][Math.floor(rand() * 4)], vramMb: gpu ? [2_048, 4_096, 8_192][Math.floor(rand() * 3)] : 0,
    };
  });
}

interface Assignment {
  /** taskId → node index */
  node: Map<string, number>;
  /** taskId → GPU index (GPU tasks) */
  gpu: Map<string, number>;
  rejected: number;
}

/** Baselines ignore capacity: they pick a node (a GPU node for GPU tasks) and the least-used GPU on it. */
function baseline(world: Scenario, tasks: readonly SimTask[], pick: (candidates: readonly number[], k: number) => number): Assignment {
  const all = world.nodes.map((_, i) => i);
  const gpuNodes = all.filter((i) => world.nodes[i].gpus > 0);
  const gpuUse = new Map<string, number>();
  const out: Assignment = { node: new Map(), gpu: new Map(), rejected: 0 };
  tasks.forEach((t, k) => {
    const gpuTask = t.vramMb > 0 || t.hints.includes('gpuRequired');
    const pool = gpuTask ? gpuNodes : all;
    if (pool.length === 0) {
      out.rejected++;
      return;
    }
    const i = pick(pool, k);
    out.node.set(t.taskId, i);
    if (gpuTask) {
      let best = 0;
      for (let g = 1; g < world.nodes[i].gpus; g++) if ((gpuUse.get(`${i}:${g}`) ?? 0) < (gpuUse.get(`${i}:${best}`) ?? 0)) best = g;
      gpuUse.set(`${i}:${best}`, (gpuUse.get(`${i}:${best}`) ?? 0) + 1);
      out.gpu.set(t.taskId, best);
    }
  });
  return out;
}

interface Quality {
  medianRttMs: number;
  p90RttMs: number;
  gpuOverAdmissions: number;
  cpuOverCommittedNodes: number;
  imbalance: number;
  rejected: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * GPU over-admissions: tasks beyond a GPU's slots, or whose VRAM does not fit beside the tasks before
 * them on that GPU. Imbalance: max/mean of CPU utilisation (assigned cores ÷ cores) over all nodes.
 */
function measure(world: Scenario, tasks: readonly SimTask[], a: Assignment): Quality {
  const byId = new Map(tasks.map((t) => [t.taskId, t]));
  const rtts: number[] = [];
  const usedCores = new Float64Array(world.nodes.length);
  const gpuLoad = new Map<string, { slots: number; vram: number }>();
  let over = 0;
  for (const t of tasks) {
    const i = a.node.get(t.taskId);
    if (i === undefined) continue;
    usedCores[i] += t.cpuCores;
    if (t.profile === 'latencySensitive') rtts.push(world.rttMs(world.indexOf(t.origin), i));
    const g = a.gpu.get(t.taskId);
    if (g !== undefined) {
      const key = `${i}:${g}`;
      const load = gpuLoad.get(key) ?? { slots: 0, vram: 0 };
      load.slots += 1;
      load.vram += byId.get(t.taskId)?.vramMb ?? 0;
      gpuLoad.set(key, load);
      if (load.slots > GPU_SLOTS || load.vram > world.nodes[i].vramMb) over++;
    }
  }
  const util = world.nodes.map((n, i) => usedCores[i] / n.cpuCores);
  const mean = util.reduce((s, x) => s + x, 0) / util.length;
  rtts.sort((x, y) => x - y);
  return {
    medianRttMs: percentile(rtts, 50),
    p90RttMs: percentile(rtts, 90),
    gpuOverAdmissions: over,
    cpuOverCommittedNodes: util.filter((u) => u > 1 + 1e-9).length,
    imbalance: mean > 0 ? Math.max(...util) / mean : NaN,
    rejected: a.rejected,
  };
}

const WORLDS = [
  { sites: 4, perSite: 16, tasks: 400, seed: 11 },
  { sites: 8, perSite: 32, tasks: 2_000, seed: 12 },
  { sites: 16, perSite: 64, tasks: 8_000, seed: 13 },
];

export const placementQualitySuite: BenchSuite = {
  name: 'placement-quality',
  async run(ctx) {
    const table: BenchTable = {
      title: 'placement quality: placeTaskSet against random and round-robin, every task live at once',
      columns: ['world (nodes, tasks)', 'method', 'median RTT latencySensitive (ms)', 'p90 RTT (ms)', 'GPU over-admissions', 'CPU over-committed nodes', 'load imbalance (max/mean)', 'not placed'],
      rows: [],
      notes: [
        'Worlds come from @cellmesh/scenario generateWorld (sites on real coordinates, 15% GPU nodes); RTT is the world\'s true origin→node RTT.',
        'Task mix: 60% latencySensitive, 25% throughput, 15% batch; 10% gpuRequired (2-8 GiB VRAM), 10% cpuOnly, 5% memoryHeavy; origins uniformly random over nodes.',
        `Baselines pick a uniformly random node / the next node in turn (a GPU node for GPU tasks, then its least-used GPU) and never refuse; ${GPU_SLOTS} slots per GPU for all methods.`,
        'GPU over-admissions count tasks placed beyond a GPU\'s slots or VRAM (must be 0 for placement); load imbalance is max ÷ mean of assigned cores ÷ cores over all nodes (1 is perfectly even).',
        'placeTaskSet refuses what does not fit (counted as "not placed"), so its imbalance is measured on fewer tasks when the set overfills the world.',
      ],
    };
    const worlds = ctx.quick ? WORLDS.slice(0, 2) : WORLDS;
    for (const spec of worlds) {
      const world = generateWorld({ sites: spec.sites, perSite: spec.perSite, seed: spec.seed });
      const tasks = taskSet(world, ctx.quick ? Math.floor(spec.tasks / 4) : spec.tasks, spec.seed * 7);
      const label = `${world.nodes.length} nodes, ${tasks.length} tasks`;
      ctx.progress(label);
      const placed = placeTaskSet(world, siteTopology(world), tasks, { gpuSlotsPerGpu: GPU_SLOTS });
      const ours: Assignment = {
        node: new Map(Object.entries(placed.placements).map(([id, node]) => [id, world.indexOf(node)])),
        gpu: new Map(Object.entries(placed.gpuIndex)),
        rejected: Object.keys(placed.rejected).length,
      };
      const rand = seeded(spec.seed);
      const random = baseline(world, tasks, (pool) => pool[Math.floor(rand() * pool.length)]);
      const counters = new Map<readonly number[], number>();
      const roundRobin = baseline(world, tasks, (pool) => {
        const next = counters.get(pool) ?? 0;
        counters.set(pool, next + 1);
        return pool[next % pool.length];
      });
      for (const [method, a] of [['placeTaskSet', ours], ['random', random], ['round-robin', roundRobin]] as const) {
        const q = measure(world, tasks, a);
        table.rows.push([label, method, q.medianRttMs, q.p90RttMs, q.gpuOverAdmissions, q.cpuOverCommittedNodes, q.imbalance, q.rejected]);
      }
    }
    return [table];
  },
};
