import { adjustedRandIndex, generateWorld, type Scenario } from '@cellmesh/scenario';
import { compileCaParams, iterateToFixedPoint } from '@cellmesh/topology-core';
import { remeasure, simulate, thresholdComponents } from '@cellmesh/simulator';
import { realDataTable } from './topology-real';
import type { BenchSuite, BenchTable, Cell } from './types';

// Topology: the CA rules (via the simulator, the same code the topology-ca service runs) against a
// baseline measured in the same run over the SAME bounded neighbour lists: connected components of
// links with RTT < 10 ms. Worlds come from the scenario generator plus transformations of it, so the
// figures do not describe one generator only.

const BASELINE_RTT_MS = 10;
const JITTER = 0.2;
const JITTER_TRIALS = 3;

interface NamedWorld {
  name: string;
  scenario: Scenario;
  seed: number;
}

/** Keeps only some nodes of a world (uneven site sizes); links and truth follow the kept indices. */
function subset(world: Scenario, keep: readonly number[]): Scenario {
  const nodes = keep.map((i) => world.nodes[i]);
  const index = new Map(nodes.map((n, k) => [n.id, k]));
  const at = (k: number) => keep[k];
  return {
    nodes,
    rttMs: (a, b) => world.rttMs(at(a), at(b)),
    bandwidthMbps: (a, b) => world.bandwidthMbps(at(a), at(b)),
    jitterMs: (a, b) => world.jitterMs(at(a), at(b)),
    lossRatio: (a, b) => world.lossRatio(at(a), at(b)),
    indexOf: (id) => index.get(id) ?? -1,
    truth: { siteOf: keep.map((i) => world.truth!.siteOf[i]) },
  };
}

/** Same world, each intra-site RTT rewritten by `f` (slower LANs, congested pairs); WAN links untouched. */
function reshapeLan(world: Scenario, f: (rttMs: number, i: number, j: number) => number): Scenario {
  const site = world.truth!.siteOf;
  return { ...world, rttMs: (i, j) => (i !== j && site[i] === site[j] ? f(world.rttMs(i, j), Math.min(i, j), Math.max(i, j)) : world.rttMs(i, j)) };
}

/** A hash in [0, 1) per unordered pair, so reshaped links stay symmetric and reproducible. */
function pairUnit(i: number, j: number, salt: number): number {
  let h = Math.imul(i + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(j + salt, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Sites 2m and 2m+1 become neighbours in one metro area: their WAN links measure 7–9 ms. */
function metroPairs(world: Scenario): Scenario {
  const siteIndex = new Map<string, number>();
  for (const s of world.truth!.siteOf) if (!siteIndex.has(s)) siteIndex.set(s, siteIndex.size);
  const pairOf = world.truth!.siteOf.map((s) => Math.floor(siteIndex.get(s)! / 2));
  const site = world.truth!.siteOf;
  return {
    ...world,
    rttMs: (i, j) => (i !== j && site[i] !== site[j] && pairOf[i] === pairOf[j] ? 7 + 2 * pairUnit(Math.min(i, j), Math.max(i, j), 3) : world.rttMs(i, j)),
  };
}

function accuracyWorlds(quick: boolean): NamedWorld[] {
  const g = (sites: number, perSite: number, seed: number): NamedWorld => ({ name: `generated ${sites}×${perSite} (seed ${seed})`, scenario: generateWorld({ sites, perSite, seed }), seed });
  const worlds = [g(3, 30, 1), g(6, 40, 2), g(12, 25, 3), g(24, 12, 4), g(48, 6, 5)];
  const base = generateWorld({ sites: 8, perSite: 40, seed: 6 });
  worlds.push(
    // Virtualised hosts / VPN overlays: LAN RTTs three times slower (0.6–4.5 ms).
    { name: 'slow LANs ×3 (8×40, seed 6)', scenario: reshapeLan(base, (r) => r * 3), seed: 6 },
    { name: 'slow LANs ×6 (8×40, seed 6)', scenario: reshapeLan(base, (r) => r * 6), seed: 6 },
    // Two data centres in one metro area: sites paired (0,1), (2,3), … measure 7–9 ms apart.
    { name: 'metro pairs 7–9 ms apart (8×40, seed 6)', scenario: metroPairs(base), seed: 6 },
    // Bufferbloat: 5 % of intra-site pairs measure 8–20 ms.
    { name: 'congested pairs 5 % at 8–20 ms (8×40, seed 6)', scenario: reshapeLan(base, (r, i, j) => (pairUnit(i, j, 1) < 0.05 ? 8 + 12 * pairUnit(i, j, 2) : r)), seed: 6 },
    // Uneven sites: site s keeps (s+1)/S of its nodes (5 to 40 nodes).
    { name: 'uneven sites 5–40 nodes (8×40, seed 6)', scenario: subset(base, base.nodes.map((_, i) => i).filter((i) => (i % 40) < Math.max(5, Math.round((40 * (Math.floor(i / 40) + 1)) / 8)))), seed: 6 },
  );
  return quick ? worlds.slice(0, 3).concat(worlds.slice(5, 8)) : worlds;
}

function siteCount(world: Scenario): number {
  return new Set(world.truth!.siteOf).size;
}

function clusterCount(labels: readonly string[]): number {
  return new Set(labels).size;
}

function accuracyTable(worlds: NamedWorld[], progress: (m: string) => void): BenchTable {
  const rows: Cell[][] = [];
  for (const { name, scenario, seed } of worlds) {
    progress(`accuracy: ${name}`);
    const truth = scenario.truth!.siteOf;
    const { state, world } = simulate(scenario, { seed });
    const baseline = thresholdComponents(world, BASELINE_RTT_MS);
    rows.push([name, scenario.nodes.length, siteCount(scenario), clusterCount(state.clusterOf), adjustedRandIndex(state.clusterOf, truth), clusterCount(baseline), adjustedRandIndex(baseline, truth), state.rounds]);
  }
  return {
    title: 'Topology accuracy: adjusted Rand index against the true sites',
    columns: ['world', 'nodes', 'sites', 'CA clusters', 'CA ARI', 'baseline clusters', 'baseline ARI', 'CA rounds'],
    rows,
    notes: [
      'CA: topology-core rules run by @cellmesh/simulator (k = 16 closest + 4 far neighbours per node, found by sampling + gossip; never the n×n matrix).',
      `Baseline: connected components of links with RTT < ${BASELINE_RTT_MS} ms over the same neighbour lists, in the same run.`,
      'ARI 1 = the sites exactly; 0 = chance. Generated worlds: real cloud-region locations on six continents, 0.2–1.5 ms inside a site, tens to hundreds of ms between.',
      'The last five rows transform one generated world (slower LANs, two sites in one metro, congested intra-site pairs, uneven site sizes) so the figures are not about one generator.',
    ],
  };
}

function stabilityTable(worlds: NamedWorld[], progress: (m: string) => void): BenchTable {
  const rows: Cell[][] = [];
  const params = compileCaParams();
  for (const { name, scenario, seed } of worlds) {
    progress(`stability: ${name}`);
    const truth = scenario.truth!.siteOf;
    const sim = simulate(scenario, { seed });
    const baselineBefore = thresholdComponents(sim.world, BASELINE_RTT_MS);
    let moved = 0;
    let worstCa = 1;
    let worstBaseline = 1;
    let baselineMoved = 0;
    for (let trial = 1; trial <= JITTER_TRIALS; trial++) {
      const jittered = remeasure(sim.world, JITTER, seed * 100 + trial);
      const after = iterateToFixedPoint(jittered, params, 200, sim.state);
      moved = Math.max(moved, after.clusterOf.filter((c, i) => c !== sim.state.clusterOf[i]).length);
      worstCa = Math.min(worstCa, adjustedRandIndex(after.clusterOf, truth));
      const baselineAfter = thresholdComponents(jittered, BASELINE_RTT_MS);
      worstBaseline = Math.min(worstBaseline, adjustedRandIndex(baselineAfter, truth));
      baselineMoved = Math.max(baselineMoved, 1 - adjustedRandIndex(baselineAfter, baselineBefore));
    }
    rows.push([name, scenario.nodes.length, adjustedRandIndex(sim.state.clusterOf, truth), worstCa, moved, worstBaseline, 1 - baselineMoved]);
  }
  return {
    title: `Topology stability: ±${JITTER * 100} % jitter re-measurement after convergence`,
    columns: ['world', 'nodes', 'CA ARI before', 'CA ARI after (worst)', 'CA nodes moved (worst)', 'baseline ARI after (worst)', 'baseline ARI vs its own before (worst)'],
    rows,
    notes: [
      `Every link of the converged neighbour lists is re-measured as rtt·(1 + u·${JITTER}), u uniform in [−1, 1]; ${JITTER_TRIALS} trials with different seeds.`,
      'CA continues from its converged state (hysteresis h = 0.25); the baseline is recomputed from the jittered links (it has no state).',
    ],
  };
}

const MB = 1024 * 1024;

function scaleTable(quick: boolean, progress: (m: string) => void): BenchTable {
  const sizes: Array<[sites: number, perSite: number]> = quick ? [[4, 25], [8, 125]] : [[4, 25], [8, 125], [10, 1000]];
  const rows: Cell[][] = [];
  for (const [sites, perSite] of sizes) {
    const n = sites * perSite;
    progress(`scale: ${n} nodes`);
    const scenario = generateWorld({ sites, perSite, seed: 11 });
    const heapBefore = process.memoryUsage().heapUsed;
    let peakHeap = heapBefore;
    let peakRss = process.memoryUsage().rss;
    const sample = () => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    };
    const started = performance.now();
    let rulesStarted = started;
    let rulesEnded = started;
    const sim = simulate(scenario, {
      seed: 11,
      onProgress: (p) => {
        sample();
        if (p.phase === 'rules') rulesStarted = performance.now();
        if (p.phase === 'leaders' && rulesEnded === started) rulesEnded = performance.now();
      },
    });
    sample();
    const wallMs = performance.now() - started;
    const { report, state } = sim;
    const perNodeRound = report.messages / n / report.rounds;
    const peakRoundPerNode = Math.max(...report.messagesByRound) / n;
    rows.push([
      n,
      report.rounds,
      report.converged ? 'yes' : 'no',
      perNodeRound,
      peakRoundPerNode,
      report.probes / n,
      report.coreProbes / n,
      rulesEnded - rulesStarted,
      wallMs,
      (peakHeap - heapBefore) / MB,
      peakRss / MB,
      adjustedRandIndex(state.clusterOf, scenario.truth!.siteOf),
    ]);
  }
  return {
    title: 'Topology at scale: the simulator on generated worlds',
    columns: ['nodes', 'rounds', 'converged', 'msgs / node / round', 'peak round msgs / node', 'probes / node', 'core probes / node', 'rules ms', 'wall ms', 'peak heap Δ MB', 'peak RSS MB', 'ARI'],
    rows,
    notes: [
      'Worlds: 4×25, 8×125 and 10×1,000 nodes (sites × nodes per site), seed 11. One process, one core.',
      'rounds includes the quiet round that confirms the fixed point. Messages = state announcements to neighbours (round 1: everyone; later: only nodes that changed), bounded by the node degree (≈ 2k with symmetric links), not by n.',
      'probes / node: link reads while discovering neighbours (random sample of 64, then up to 4 gossip passes); not counted as messages.',
      'core probes / node: distinct cluster-core members (origin, deputies) a node probed beyond its neighbour list for the bounded-diameter check; not counted as messages.',
      'rules ms: topology-core iterateToFixedPoint alone; wall ms adds neighbour discovery and the leader ranking.',
      'Memory: heapUsed and RSS sampled at progress events (≈ 20 per phase); heap Δ is against the heap before the run (no forced GC), so it is an upper bound of what the run holds.',
    ],
  };
}

export const topologySuite: BenchSuite = {
  name: 'topology',
  async run(ctx) {
    const worlds = accuracyWorlds(ctx.quick);
    return [accuracyTable(worlds, ctx.progress), scaleTable(ctx.quick, ctx.progress), stabilityTable(worlds, ctx.progress), realDataTable(ctx.quick, ctx.progress)];
  },
};
