import { estimateError, estimateRttMs, hashSeed, initialCoord, relativeError, seededRandom, updateCoord, type NetCoord } from '@cellmesh/netcoords';
import { generateWorld, type Scenario } from '@cellmesh/scenario';
import type { BenchSuite, BenchTable } from './types';

// How well Vivaldi coordinates (libs/netcoords, as the metrics-collector runs them) estimate the RTT
// of pairs that never probed each other, on a generated world, against naive estimators computed in
// the same run from the same probe samples.

const SEED = 20261125;
const ROUNDS = 40;
/** The metrics-collector reports and feeds Vivaldi the 25th percentile of its probe window (RTT_FILTER_PERCENTILE). */
const FILTER_PERCENTILE = 0.25;
const WINDOW = 20;

interface Case {
  sites: number;
  perSite: number;
  neighbours: number;
  randomPeers: number;
}

const CASES: Case[] = [
  { sites: 8, perSite: 25, neighbours: 6, randomPeers: 2 },
  { sites: 8, perSite: 25, neighbours: 12, randomPeers: 4 },
  { sites: 16, perSite: 32, neighbours: 12, randomPeers: 4 },
];

export const netcoordsSuite: BenchSuite = {
  name: 'netcoords',
  async run(ctx) {
    const rows: (string | number)[][] = [];
    for (const c of ctx.quick ? CASES.slice(0, 2) : CASES) {
      const started = Date.now();
      const r = evaluate(c);
      rows.push([r.nodes, r.k, r.unprobedPairs, r.vivaldiMedian, r.vivaldiP90, r.meanMedian, r.twoHopMedian, r.naiveOverVivaldi, r.reportedErrorMedian]);
      ctx.progress(`${r.nodes} nodes, k=${r.k}: Vivaldi median ${r.vivaldiMedian.toFixed(3)} vs naive ${r.meanMedian.toFixed(3)} (${Date.now() - started} ms)`);
    }
    const table: BenchTable = {
      title: 'Network coordinates: relative RTT error on never-probed pairs',
      columns: ['nodes', 'k (probed peers/node)', 'unprobed pairs', 'Vivaldi median', 'Vivaldi p90', 'naive: node mean, median', 'naive: two-hop, median', 'naive ÷ Vivaldi (median)', 'reported error, median'],
      rows,
      notes: [
        `World: generateWorld({sites, perSite, seed: ${SEED}}) (libs/scenario, real site locations, per-node access delay and jitter).`,
        `Each node probes a fixed set of k peers: its k−r closest by true RTT (what topology-ca's neighbour lists converge to) plus r random peers; ${ROUNDS} rounds, every peer once per round, in a seeded order.`,
        'A probe sample is the scenario RTT plus a queueing delay uniform in [0, 3·jitter] (the link emulator\'s model), lost with the scenario loss ratio; Vivaldi is fed the 25th percentile of the last 20 samples, as the collector does.',
        'Error = |estimate − true| / true over every pair (i, j) where neither probed the other. Lower is better.',
        'Naive estimators from the same samples: "node mean" guesses the mean of i\'s measured RTTs; "two-hop" uses min over shared probed peers l of rtt(i,l)+rtt(l,j), else the node mean.',
        '"reported error" is the median of estimateError() over the same pairs: what the Metrics API returns beside an estimate.',
      ],
    };
    return [table];
  },
};

interface Result {
  nodes: number;
  k: number;
  unprobedPairs: number;
  vivaldiMedian: number;
  vivaldiP90: number;
  meanMedian: number;
  twoHopMedian: number;
  naiveOverVivaldi: number;
  reportedErrorMedian: number;
}

function evaluate(c: Case): Result {
  const world = generateWorld({ sites: c.sites, perSite: c.perSite, seed: SEED });
  const n = world.nodes.length;
  const k = c.neighbours + c.randomPeers;
  const probeSets = world.nodes.map((_, i) => probeSet(world, i, c));
  const random = seededRandom(hashSeed(SEED, 'samples', n, k));
  const windows = probeSets.map((set) => new Map(set.map((j) => [j, [] as number[]])));
  let coords: NetCoord[] = world.nodes.map(() => initialCoord());

  for (let round = 0; round < ROUNDS; round++) {
    const order = shuffle([...Array(n).keys()], seededRandom(hashSeed(SEED, 'order', round)));
    const next = [...coords];
    for (const i of order) {
      for (const j of probeSets[i]) {
        if (random() < world.lossRatio(i, j)) continue;
        const sample = world.rttMs(i, j) + 3 * world.jitterMs(i, j) * random();
        const window = windows[i].get(j)!;
        window.push(sample);
        if (window.length > WINDOW) window.shift();
        next[i] = updateCoord(next[i], coords[j], percentile(window, FILTER_PERCENTILE), { seed: hashSeed(i, j, round) });
      }
    }
    coords = next;
  }

  const measured = windows.map((w) => new Map([...w].filter(([, s]) => s.length > 0).map(([j, s]) => [j, percentile(s, FILTER_PERCENTILE)])));
  const nodeMean = measured.map((m) => (m.size ? [...m.values()].reduce((a, b) => a + b, 0) / m.size : 0));
  const vivaldi: number[] = [];
  const mean: number[] = [];
  const twoHop: number[] = [];
  const reported: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (measured[i].has(j) || measured[j].has(i)) continue;
      const truth = world.rttMs(i, j);
      vivaldi.push(relativeError(estimateRttMs(coords[i], coords[j]), truth));
      reported.push(estimateError(coords[i], coords[j]));
      mean.push(relativeError(nodeMean[i], truth));
      let best = Number.POSITIVE_INFINITY;
      for (const [l, viaL] of measured[i]) {
        const lj = measured[j].get(l);
        if (lj !== undefined) best = Math.min(best, viaL + lj);
      }
      twoHop.push(relativeError(Number.isFinite(best) ? best : nodeMean[i], truth));
    }
  }
  const vivaldiMedian = median(vivaldi);
  return {
    nodes: n,
    k,
    unprobedPairs: vivaldi.length,
    vivaldiMedian,
    vivaldiP90: percentile(vivaldi, 0.9),
    meanMedian: median(mean),
    twoHopMedian: median(twoHop),
    naiveOverVivaldi: median(mean) / vivaldiMedian,
    reportedErrorMedian: median(reported),
  };
}

/** k − r closest peers by true RTT, plus r distinct random others. */
function probeSet(world: Scenario, i: number, c: Case): number[] {
  const others = [...Array(world.nodes.length).keys()].filter((j) => j !== i);
  const closest = [...others].sort((a, b) => world.rttMs(i, a) - world.rttMs(i, b)).slice(0, c.neighbours);
  const chosen = new Set(closest);
  const rest = shuffle(others.filter((j) => !chosen.has(j)), seededRandom(hashSeed(SEED, 'random-peers', i)));
  return [...closest, ...rest.slice(0, c.randomPeers)];
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
