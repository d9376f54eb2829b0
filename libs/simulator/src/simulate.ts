import { iterateToFixedPoint, type IterationResult, type LocalWorld, type MembershipReason } from '@cellmesh/topology-core';
import { adjustedRandIndex, type Scenario } from '@cellmesh/scenario';
import { DEFAULT_COORDINATE_OPTIONS, simulateCoordinates, type CoordinateRun } from './coordinates';
import { linkMeter } from './measure';
import { electLeaders } from './leaders';
import { discoverNeighbours, toLocalWorld } from './neighbourhood';
import { compileSimulationOptions, type SimulationOptions } from './options';

/**
 * The stable part (issue 5, read by other tools): `clusters`, `leaders`, `root`, `relays`,
 * `rounds`, `messages`. Everything after it is an extra.
 */
export interface SimulationReport {
  /** nodeId → clusterId (a cluster is named by its smallest member id reachable over candidate links). */
  readonly clusters: Record<string, string>;
  /** clusterId → leader nodeId (leader-core ranking). */
  readonly leaders: Record<string, string>;
  /** The root among the leaders, or null when there is none. */
  readonly root: string | null;
  /** nodeId → fallback relay nodeId (a close peer in another cluster), or null. */
  readonly relays: Record<string, string | null>;
  /** Engine rounds, including the quiet round that confirmed the fixed point. */
  readonly rounds: number;
  /** Announcements sent (round 1: everyone to each neighbour; later: only nodes that changed). */
  readonly messages: number;
  readonly converged: boolean;
  /** nodeId → the membership rule of its last cluster change (what `cellmesh up` shows). */
  readonly because: Record<string, MembershipReason>;
  /** How often each rule reason changed some node's state. */
  readonly firedRules: Readonly<Record<string, number>>;
  /** nodeId → sub-tree parent (taken while its uplink is saturated), or null. */
  readonly parents: Record<string, string | null>;
  /** Node ids marked as accepting compute-heavy work. */
  readonly computeHeavy: string[];
  readonly messagesByRound: readonly number[];
  /** Link reads spent discovering neighbours (not counted in `messages`). */
  readonly probes: number;
  /** Probes of cluster cores (origin, deputies) beyond the neighbour lists, each (node, peer) once. */
  readonly coreProbes: number;
  /**
   * Adjusted Rand index of `clusters` against the scenario's site labels: over every node when all
   * name a site (`truth`), else over the nodes that do (`"site": null` is unknown), when at least two do.
   */
  readonly ari?: number;
  /** How many nodes the ARI was computed over. */
  readonly ariNodes?: number;
  /**
   * With `probes` K: nodeId → Vivaldi coordinate. Estimated RTT between a and b =
   * ‖a.vec − b.vec‖ + a.height + b.height (ms), netcoords `estimateRttMs`.
   */
  readonly coordinates?: Record<string, { vec: number[]; height: number; error: number }>;
  /** With `probes`: how the coordinates were measured. */
  readonly coordinateProbes?: {
    readonly perRound: number;
    readonly rounds: number;
    readonly peerSet: 'fixed' | 'rotating';
    readonly split: { neighbours: number; random: number; uncertain: number };
    readonly maxDistinctPeersPerNode: number;
    readonly samples: number;
  };
  /** Present when a noise model was on: its parameters and which hosts were busy is seeded by `seed`. */
  readonly noise?: Readonly<Record<string, number>>;
}

/** The report plus what a caller needs to continue (re-measure, compare with a baseline). */
export interface Simulation {
  readonly report: SimulationReport;
  /** The bounded neighbour lists the rules ran over. */
  readonly world: LocalWorld;
  /** The engine's raw result, indexed like `world.ids`; pass it as `from` to continue. */
  readonly state: IterationResult;
}

/**
 * Runs the topology-ca rules (topology-core's `iterateToFixedPoint`, the code the service runs)
 * and the leader ranking over a scenario, with no broker. Deterministic for a seed.
 */
export function simulate(scenario: Scenario, options: SimulationOptions = {}): Simulation {
  const compiled = compileSimulationOptions(options);
  const meter = linkMeter(scenario, compiled.noise, compiled.seed);
  const discovery = discoverNeighbours(scenario, compiled, options.onProgress, meter);
  const world = toLocalWorld(scenario, discovery.neighbourIndices, meter);
  options.onProgress?.({ phase: 'rules', nodes: world.ids.length });
  const state = iterateToFixedPoint(world, compiled.caParams, compiled.maxRounds);
  state.messagesByRound.forEach((messages, r) => options.onRound?.({ round: r + 1, messages }));
  const { leaders, root } = electLeaders({
    scenario,
    world,
    clusterOf: state.clusterOf,
    rankWeights: compiled.rankWeights,
    rootPeerSample: compiled.rootPeerSample,
    seed: compiled.seed,
    onProgress: options.onProgress,
  });
  let coordinates: CoordinateRun | undefined;
  if (compiled.probes !== undefined) {
    options.onProgress?.({ phase: 'coordinates', nodes: world.ids.length });
    coordinates = simulateCoordinates(world.ids, discovery.neighbourIndices, meter, {
      probesPerRound: compiled.probes,
      rounds: compiled.coordinateRounds,
      seed: compiled.seed,
      dims: DEFAULT_COORDINATE_OPTIONS.dims,
      peerSet: compiled.peerSet,
    });
  }
  const report = reportOf(world, state, leaders, root, discovery.probes);
  const { ari, ariNodes } = ariAgainstSites(scenario, state.clusterOf);
  return {
    report: {
      ...report,
      coreProbes: state.coreProbes,
      ...(ari === undefined ? {} : { ari, ariNodes }),
      ...(coordinates ? coordinateFields(world.ids, coordinates, compiled.coordinateRounds, compiled.peerSet) : {}),
      ...(compiled.noise ? { noise: { ...compiled.noise } } : {}),
    },
    world,
    state,
  };
}

function coordinateFields(ids: readonly string[], run: CoordinateRun, rounds: number, peerSet: 'fixed' | 'rotating'): Pick<SimulationReport, 'coordinates' | 'coordinateProbes'> {
  const coordinates: NonNullable<SimulationReport['coordinates']> = {};
  ids.forEach((id, i) => {
    const c = run.coords[i];
    coordinates[id] = { vec: c.vec, height: c.height, error: c.error };
  });
  const { neighbours, random, uncertain } = run.budget;
  return {
    coordinates,
    coordinateProbes: {
      perRound: neighbours + random + uncertain,
      rounds,
      peerSet,
      split: { neighbours, random, uncertain },
      maxDistinctPeersPerNode: run.distinctPeersProbed.reduce((a, b) => Math.max(a, b), 0),
      samples: run.probes,
    },
  };
}

function reportOf(world: LocalWorld, state: IterationResult, leaders: Record<string, string>, root: string | null, probes: number): Omit<SimulationReport, 'coreProbes'> {
  const clusters: Record<string, string> = {};
  const relays: Record<string, string | null> = {};
  const because: Record<string, MembershipReason> = {};
  const parents: Record<string, string | null> = {};
  const computeHeavy: string[] = [];
  world.ids.forEach((id, i) => {
    clusters[id] = state.clusterOf[i];
    relays[id] = state.relayOf[i];
    because[id] = state.because[i];
    parents[id] = state.parentOf[i];
    if (state.computeHeavy[i]) computeHeavy.push(id);
  });
  return {
    clusters,
    leaders,
    root,
    relays,
    rounds: state.rounds,
    messages: state.messages,
    converged: state.converged,
    because,
    firedRules: state.firedRules,
    parents,
    computeHeavy,
    messagesByRound: state.messagesByRound,
    probes,
  };
}

/**
 * The baseline the benchmarks compare with: connected components of links below `rttBelowMs`
 * over the same bounded neighbour lists (no hysteresis, no relative threshold). Labels are the
 * smallest id in each component, like the CA's.
 */
export function thresholdComponents(world: LocalWorld, rttBelowMs: number): string[] {
  const n = world.ids.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (let i = 0; i < n; i++) {
    for (const link of world.neighboursOf(i)) {
      if (!(link.rttMs < rttBelowMs)) continue;
      const a = find(i);
      const b = find(link.j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const smallest = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const seen = smallest.get(root);
    if (seen === undefined || world.ids[i] < seen) smallest.set(root, world.ids[i]);
  }
  return Array.from({ length: n }, (_, i) => smallest.get(find(i))!);
}

/** The ARI against the site labels the scenario has: all of them (truth), or the labelled subset. */
function ariAgainstSites(scenario: Scenario, clusterOf: readonly string[]): { ari?: number; ariNodes?: number } {
  if (scenario.truth) return { ari: adjustedRandIndex(clusterOf, scenario.truth.siteOf), ariNodes: clusterOf.length };
  const labelled = scenario.nodes.flatMap((node, i) => (node.site === undefined ? [] : [i]));
  if (labelled.length < 2) return {};
  return {
    ari: adjustedRandIndex(labelled.map((i) => clusterOf[i]), labelled.map((i) => scenario.nodes[i].site!)),
    ariNodes: labelled.length,
  };
}
