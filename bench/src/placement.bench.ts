import { defaultStack, freeCpuMillis, place, type NodeView, type TaskSpec } from '@cellmesh/placement-core';
import type { BenchSuite, BenchTable } from './types';

// Speed and quality of placement-core's place() against a naive scan measured in the same run:
// "pick the node with the most free cores" (no filters, no network).

const NOW_MS = 1_700_000_000_000;
const SIZES = [10, 100, 1_000, 10_000];
const ORIGINS_PER_SIZE = 4;

/** mulberry32: a seeded generator so every run places on the same synthetic world. */
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

interface World {
  base: NodeView[];
  coords: [number, number][];
}

/** Clusters of 16 nodes scattered over a 200 ms × 200 ms latency plane; each cluster has a leader and a GPU hub. */
function makeWorld(size: number, seed: number): World {
  const rand = seeded(seed);
  const base: NodeView[] = [];
  const coords: [number, number][] = [];
  let center: [number, number] = [0, 0];
  for (let i = 0; i < size; i++) {
    const slot = i % 16;
    if (slot === 0) center = [rand() * 200, rand() * 200];
    coords.push([center[0] + (rand() - 0.5) * 6, center[1] + (rand() - 0.5) * 6]);
    const hub = slot === 1;
    base.push({
      nodeId: `node-${String(i).padStart(5, '0')}`,
      clusterId: `cluster-${Math.floor(i / 16)}`,
      isLeader: slot === 0,
      isGpuHub: hub,
      acceptsComputeHeavy: true,
      cores: [4, 8, 16, 32, 64][Math.floor(rand() * 5)],
      cpuLoadRatio: rand() * 0.95,
      memTotalMib: 32_768,
      memFreeMib: 4_096 + Math.floor(rand() * 28_672),
      queueDepth: Math.floor(rand() * 20),
      runningTasks: Math.floor(rand() * 10),
      draining: rand() < 0.02,
      healthy: true,
      lastSeenMs: rand() < 0.02 ? NOW_MS - 60_000 : NOW_MS - 500,
      gpus: hub ? [0, 1].map((index) => ({ index, uuid: `GPU-${i}-${index}`, vramTotalMib: 24_576, vramUsedMib: Math.floor(rand() * 8_000), slotsTotal: 4, slotsUsed: 0, reservedVramMib: 0 })) : [],
      backoffUntilMs: 0,
    });
  }
  return { base, coords };
}

function distanceMs(a: [number, number], b: [number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]) + 0.2;
}

/**
 * The nodes as seen from a point: near peers are probed (measured), far ones are coordinate
 * estimates. Built as one literal shape (no spread, estimateError always a number) so V8 sees one
 * hidden class, as it does for views a service builds from decoded metrics.
 */
function linksFrom(world: World, from: [number, number]): NodeView[] {
  return world.base.map((n, i) => {
    const rttMs = distanceMs(from, world.coords[i]);
    const measured = rttMs < 40;
    return {
      nodeId: n.nodeId,
      clusterId: n.clusterId,
      isLeader: n.isLeader,
      isGpuHub: n.isGpuHub,
      acceptsComputeHeavy: n.acceptsComputeHeavy,
      cores: n.cores,
      cpuLoadRatio: n.cpuLoadRatio,
      memTotalMib: n.memTotalMib,
      memFreeMib: n.memFreeMib,
      queueDepth: n.queueDepth,
      runningTasks: n.runningTasks,
      draining: n.draining,
      healthy: n.healthy,
      lastSeenMs: n.lastSeenMs,
      gpus: n.gpus,
      link: { rttMs, jitterMs: rttMs * 0.05, lossRatio: rttMs > 150 ? 0.01 : 0, bandwidthMbps: 10_000 / (1 + rttMs / 10), measured, estimateError: measured ? 0 : 0.2 },
      backoffUntilMs: n.backoffUntilMs,
    };
  });
}

function mostFreeCores(nodes: readonly NodeView[]): NodeView {
  let best = nodes[0];
  let bestFree = -Infinity;
  for (const n of nodes) {
    const free = freeCpuMillis(n);
    if (free > bestFree || (free === bestFree && n.nodeId < best.nodeId)) {
      best = n;
      bestFree = free;
    }
  }
  return best;
}

function latencyTask(i: number, origin: string): TaskSpec {
  return { scope: { gameId: 'bench', roomId: 'r', taskId: `t${i}` }, profile: 'latencySensitive', hints: [], cpuMillis: 500, memoryMib: 256, vramMib: 0, originNode: origin, deadlineMs: 0 };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `decide` round-robin over the inputs until the budget is spent; per-call times in ms. */
function timeCalls(inputs: number, decide: (i: number) => unknown, budgetMs: number, minCalls: number): { perCallMs: number[]; decisionsPerSec: number } {
  const warmUntil = performance.now() + budgetMs / 3;
  for (let i = 0; i < minCalls || performance.now() < warmUntil; i++) decide(i % inputs); // warm the JIT first
  const perCallMs: number[] = [];
  const started = performance.now();
  let i = 0;
  while (perCallMs.length < minCalls || performance.now() - started < budgetMs) {
    const t0 = performance.now();
    decide(i % inputs);
    perCallMs.push(performance.now() - t0);
    i++;
  }
  const total = perCallMs.reduce((s, x) => s + x, 0);
  return { perCallMs: perCallMs.sort((a, b) => a - b), decisionsPerSec: (perCallMs.length / total) * 1_000 };
}

export const placementSuite: BenchSuite = {
  name: 'placement',
  async run(ctx) {
    const stack = defaultStack();
    const budgetMs = ctx.quick ? 150 : 1_500;
    const qualityTasks = ctx.quick ? 48 : 256;
    const speed: BenchTable = {
      title: 'placement: place() speed against a most-free-cores scan',
      columns: ['nodes', 'place decisions/s', 'scan decisions/s', 'place time ÷ scan time', 'place p50 (ms)', 'place p99 (ms)', 'p99 ÷ 1 ms goal'],
      rows: [],
      notes: [
        'place() runs every filter, scorer and rule of the default stack and builds the full candidate trail; the scan reads one number per node.',
        '"place time ÷ scan time" is how many times longer a decision takes than the naive scan over the same nodes, in the same run.',
        'The goal from issue 7 is p99 under 1 ms at 1,000 nodes; "p99 ÷ 1 ms goal" below 1 meets it.',
        'Each method is warmed for a third of its budget first. Per-call times include performance.now() overhead (about a microsecond), which matters only at 10 nodes.',
        'The speed inputs are latencySensitive CPU tasks from origins that are nodes, so the local-node rule is in play as in production.',
      ],
    };
    const quality: BenchTable = {
      title: 'placement: quality for latencySensitive tasks against a most-free-cores scan',
      columns: ['nodes', 'place mean RTT (ms)', 'scan mean RTT (ms)', 'scan RTT ÷ place RTT', 'place on infeasible node', 'scan on infeasible node'],
      rows: [],
      notes: [
        `Synthetic world: clusters of 16 nodes over a 200 ms latency plane, 2% draining and 2% stale; ${qualityTasks} tasks from seeded clients placed near random nodes (a client is not a node, so the local-node rule does not apply).`,
        'RTT is the true client→chosen-node RTT in the world, whatever the link view said (links beyond 40 ms are coordinate estimates). "scan RTT ÷ place RTT" above 1 means place() chose nearer nodes.',
        'Infeasible: draining, stale, or without the free CPU the task asked for; place() never picks one by construction.',
      ],
    };

    for (const size of SIZES) {
      ctx.progress(`${size} nodes`);
      const world = makeWorld(size, 7 + size);
      const rand = seeded(size);
      const origins = Array.from({ length: Math.min(ORIGINS_PER_SIZE, size) }, () => Math.floor(rand() * size));
      const views = origins.map((o) => linksFrom(world, world.coords[o]));
      const tasks = origins.map((o, i) => latencyTask(i, world.base[o].nodeId));

      const placed = timeCalls(views.length, (i) => place(tasks[i], views[i], stack, { nowMs: NOW_MS }), budgetMs, 20);
      const scanned = timeCalls(views.length, (i) => mostFreeCores(views[i]), budgetMs, 20);
      const p99 = percentile(placed.perCallMs, 99);
      speed.rows.push([
        size,
        Math.round(placed.decisionsPerSec),
        Math.round(scanned.decisionsPerSec),
        scanned.decisionsPerSec / placed.decisionsPerSec,
        percentile(placed.perCallMs, 50),
        p99,
        p99 / 1,
      ]);

      // Clients sit near a random node but are not nodes themselves, so no "local" node exists and
      // the comparison is about the network: which node does each method pick for a nearby client?
      let placeRtt = 0;
      let scanRtt = 0;
      let placeBad = 0;
      let scanBad = 0;
      const infeasible = (n: NodeView) => n.draining || NOW_MS - n.lastSeenMs > 5_000 || freeCpuMillis(n) < 500;
      const indexOf = new Map(world.base.map((n, i) => [n.nodeId, i]));
      for (let k = 0; k < qualityTasks; k++) {
        const near = world.coords[Math.floor(rand() * size)];
        const client: [number, number] = [near[0] + (rand() - 0.5) * 4, near[1] + (rand() - 0.5) * 4];
        const nodes = linksFrom(world, client);
        const d = place(latencyTask(k, 'client'), nodes, stack, { nowMs: NOW_MS });
        const chosen = d.chosen === undefined ? undefined : indexOf.get(d.chosen);
        const scan = indexOf.get(mostFreeCores(nodes).nodeId) as number;
        if (chosen !== undefined) {
          placeRtt += distanceMs(client, world.coords[chosen]);
          if (infeasible(nodes[chosen])) placeBad++;
        }
        scanRtt += distanceMs(client, world.coords[scan]);
        if (infeasible(nodes[scan])) scanBad++;
      }
      const pct = (x: number) => `${((100 * x) / qualityTasks).toFixed(1)}%`;
      quality.rows.push([size, placeRtt / qualityTasks, scanRtt / qualityTasks, scanRtt / Math.max(placeRtt, 1e-9), pct(placeBad), pct(scanBad)]);
    }
    return [speed, quality];
  },
};
