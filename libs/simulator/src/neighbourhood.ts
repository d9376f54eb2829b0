/**
 * Scenario → LocalWorld: every node ends up with a bounded neighbour list (k closest + a few far
 * peers) without anyone evaluating the n×n matrix. A node starts from a random sample of peers (what
 * a peer-sampling service hands out), then gossips: it probes its neighbours' neighbours and keeps the
 * closest (T-Man style). Each "probe" reads the scenario's RTT for one pair, so a run costs
 * O(n·(sample + passes·fanout²)) link reads, not O(n²).
 */
import { chooseNeighbours, type LocalWorld, type NodeAttributes, type WorldLink } from '@cellmesh/topology-core';
import { hashSeed, seededRandom } from '@cellmesh/netcoords';
import type { Scenario } from '@cellmesh/scenario';
import { linkMeter, type LinkMeter } from './measure';
import type { CompiledSimulationOptions, SimulationProgress } from './options';

/** Uplink assumed for a node whose scenario entry does not say (a 1 GbE port). */
export const DEFAULT_UPLINK_MBPS = 1000;

export interface NeighbourDiscovery {
  /** Per node: the indices of its chosen neighbours, closest first, then the far ones. */
  readonly neighbourIndices: readonly Int32Array[];
  /** Link reads done while discovering (a node re-probing a peer in a later pass counts again). */
  readonly probes: number;
  /** Gossip passes run before the lists stopped changing (0 = the first sample only). */
  readonly passes: number;
}

interface Candidate {
  readonly id: string;
  readonly rttMs: number;
  readonly index: number;
}

type Discovery = Pick<CompiledSimulationOptions, 'neighbourK' | 'farNeighbours' | 'sampleSize' | 'gossipPasses' | 'gossipFanout' | 'seed'>;

/** Fresh random peers mixed into every gossip pass, so small sites in huge worlds still find each other. */
function freshPerPass(sampleSize: number): number {
  return Math.max(4, Math.ceil(sampleSize / 8));
}

export function discoverNeighbours(
  scenario: Scenario,
  options: Discovery,
  onProgress?: (p: SimulationProgress) => void,
  meter: LinkMeter = linkMeter(scenario, undefined, options.seed),
): NeighbourDiscovery {
  const n = scenario.nodes.length;
  const ids = scenario.nodes.map((node) => node.id);
  const selection = { closest: options.neighbourK, far: options.farNeighbours, seed: options.seed };
  let probes = 0;
  const probe = (i: number, j: number, into: Candidate[], seen: Set<number>): boolean => {
    if (j === i || seen.has(j)) return false;
    seen.add(j);
    probes++;
    const rttMs = meter.rttMs(i, j);
    // A pair the data set has no number for cannot be measured: it is simply not a candidate.
    if (Number.isFinite(rttMs) && rttMs >= 0) into.push({ id: ids[j], rttMs, index: j });
    return true;
  };
  const randomPeers = (i: number, count: number, salt: string, into: Candidate[], seen: Set<number>): void => {
    if (n - 1 <= count) {
      for (let j = 0; j < n; j++) probe(i, j, into, seen);
      return;
    }
    const random = seededRandom(hashSeed(options.seed, salt, ids[i]));
    // Bounded attempts: with count < n − 1 most draws are new.
    let added = 0;
    for (let attempts = 0; attempts < count * 4 && added < count; attempts++) if (probe(i, Math.floor(random() * n), into, seen)) added++;
  };
  const choose = (i: number, candidates: Candidate[]): Int32Array => Int32Array.from(chooseNeighbours(ids[i], candidates, selection), (c) => c.index);
  const report = (pass: number, nodesDone: number) => onProgress?.({ phase: 'neighbours', pass, passes: options.gossipPasses, nodesDone, nodes: n });
  const reportEvery = Math.max(1, Math.floor(n / 20));

  let lists: Int32Array[] = new Array<Int32Array>(n);
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>([i]);
    const candidates: Candidate[] = [];
    randomPeers(i, options.sampleSize, 'sample', candidates, seen);
    lists[i] = choose(i, candidates);
    if (i % reportEvery === 0) report(0, i);
  }
  report(0, n);

  let passes = 0;
  const fanout = options.gossipFanout;
  const fresh = freshPerPass(options.sampleSize);
  for (let pass = 1; pass <= options.gossipPasses; pass++) {
    // Who listed me: a probe is answered, so the probed node learns of the prober.
    const listedBy: number[][] = Array.from({ length: n }, () => []);
    for (let i = 0; i < n; i++) for (const j of lists[i]) listedBy[j].push(i);
    const next = new Array<Int32Array>(n);
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const seen = new Set<number>([i]);
      const candidates: Candidate[] = [];
      const own = lists[i];
      for (const j of own) probe(i, j, candidates, seen);
      // The closest neighbours' closest neighbours: where the rest of my site most likely is.
      for (let a = 0; a < Math.min(fanout, own.length); a++) {
        const theirs = lists[own[a]];
        for (let b = 0; b < Math.min(fanout, theirs.length); b++) probe(i, theirs[b], candidates, seen);
      }
      const back = listedBy[i];
      for (let b = 0; b < Math.min(fanout, back.length); b++) probe(i, back[b], candidates, seen);
      randomPeers(i, fresh, `gossip-${pass}`, candidates, seen);
      next[i] = choose(i, candidates);
      if (!sameList(next[i], own)) changed++;
      if (i % reportEvery === 0) report(pass, i);
    }
    report(pass, n);
    lists = next;
    passes = pass;
    if (changed === 0) break;
  }
  return { neighbourIndices: lists, probes, passes };
}

function sameList(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Static node attributes as the CA rules see them; a scenario carries no relay load, so it is 0. */
export function nodeAttributesOf(scenario: Scenario): NodeAttributes[] {
  return scenario.nodes.map((node) => ({
    cpuCores: node.cpuCores,
    gpus: node.gpus,
    vramMb: node.vramMb,
    uplinkMbps: node.uplinkMbps ?? DEFAULT_UPLINK_MBPS,
    relayLoadMbps: 0,
  }));
}

/**
 * Each node "measures" the links to its chosen neighbours (RTT through the meter, bandwidth from
 * the scenario); `measure` lets the rules probe a cluster's core (origin and deputies) beyond them.
 */
export function toLocalWorld(
  scenario: Scenario,
  neighbourIndices: readonly Int32Array[],
  meter: LinkMeter = linkMeter(scenario, undefined, 0),
): LocalWorld {
  const links: WorldLink[][] = neighbourIndices.map((list, i) =>
    Array.from(list, (j) => {
      const bandwidth = scenario.bandwidthMbps(i, j);
      return { j, rttMs: meter.rttMs(i, j), bandwidthMbps: Number.isFinite(bandwidth) ? bandwidth : Number.NaN, measured: true };
    }).filter((link) => !Number.isNaN(link.rttMs)),
  );
  return {
    ids: scenario.nodes.map((node) => node.id),
    nodes: nodeAttributesOf(scenario),
    neighboursOf: (i) => links[i],
    measure: (i, j) => meter.rttMs(i, j),
  };
}

/**
 * The same neighbour lists re-measured with multiplicative noise: every link's RTT becomes
 * rtt·(1 + u·jitter), u uniform in [−1, 1], hashed from (seed, i, j) so the run is reproducible.
 */
export function remeasure(world: LocalWorld, jitterFraction: number, seed: number): LocalWorld {
  const n = world.ids.length;
  const links: WorldLink[][] = [];
  for (let i = 0; i < n; i++) {
    links.push(
      world.neighboursOf(i).map((link) => {
        const u = seededRandom(hashSeed(seed, 'jitter', world.ids[i], world.ids[link.j]))() * 2 - 1;
        return { ...link, rttMs: link.rttMs * (1 + u * jitterFraction) };
      }),
    );
  }
  const measure = world.measure;
  const jittered = measure && ((i: number, j: number) => {
    const u = seededRandom(hashSeed(seed, 'jitter', world.ids[i], world.ids[j]))() * 2 - 1;
    return measure(i, j) * (1 + u * jitterFraction);
  });
  return { ids: world.ids, nodes: world.nodes, neighboursOf: (i) => links[i], ...(jittered ? { measure: jittered } : {}) };
}
