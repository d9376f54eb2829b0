import { InvalidWorldError } from './errors';
import type { CaParams } from './params';
import type { MembershipReason } from './rules/membership';
import { clusterDeputies, coreViewOf, coresWanted, type CoreView, type Deputy } from './rules/core';
import { step } from './step';
import type { CellView, NeighbourView, NodeAttributes } from './types';

/** One link as node i sees it; `measured` defaults to true. */
export interface WorldLink {
  readonly j: number;
  readonly rttMs: number;
  readonly bandwidthMbps: number;
  readonly measured?: boolean;
}

/**
 * Plain-data world for the engine: ids, static node attributes, and each node's bounded
 * neighbour list (never an n×n matrix). A link listed by one side only is known to both sides
 * (a probe is answered, so the probed node learns the RTT too); the lister's numbers are used.
 */
export interface LocalWorld {
  readonly ids: readonly string[];
  readonly nodes: readonly NodeAttributes[];
  neighboursOf(i: number): readonly WorldLink[];
  /**
   * A probe from i to any node j, for the cores of clusters (origin and deputies) that are not in
   * i's neighbour list; `NaN` when it cannot be measured. Absent: only neighbours are measured.
   */
  measure?(i: number, j: number): number;
}

/** Every node's state, indexed like `LocalWorld.ids`. */
export interface TopologyState {
  readonly clusterOf: readonly string[];
  readonly clusterHopsOf: readonly number[];
  readonly parentOf: readonly (string | null)[];
  readonly relayOf: readonly (string | null)[];
  readonly computeHeavy: readonly boolean[];
  readonly fanoutOf: readonly number[];
}

export interface IterationResult extends TopologyState {
  /** Per node: the membership rule of its last cluster change, or its current reason if it never changed. */
  readonly because: readonly MembershipReason[];
  /** Rounds executed; when converged, the last one is the quiet round that confirmed the fixed point. */
  readonly rounds: number;
  /** Announcements sent: everyone in round 1, then only nodes whose state changed, to each neighbour. */
  readonly messages: number;
  readonly messagesByRound: readonly number[];
  readonly converged: boolean;
  /** How often each rule reason changed some node's state, summed over all rounds. */
  readonly firedRules: Readonly<Record<string, number>>;
  /** Distinct (node, core member) pairs probed beyond the neighbour lists (`LocalWorld.measure`). */
  readonly coreProbes: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Adjacency {
  readonly targetsOf: Int32Array[];
  readonly viewsOf: Mutable<NeighbourView>[][];
}

/**
 * Each node's measured RTT to the cores it checks: its own links first, then on-demand probes
 * through `LocalWorld.measure`, each pair probed once and remembered (a real node re-probes; the
 * simulator's links are static between rounds).
 */
class CoreMeter {
  private readonly probed: Array<Map<number, number> | undefined>;
  private readonly linkRtt: Array<Map<number, number>>;
  probes = 0;
  constructor(private readonly world: LocalWorld, adjacency: Adjacency, p: CaParams) {
    this.probed = new Array(world.ids.length);
    this.linkRtt = adjacency.viewsOf.map((views, i) => {
      const m = new Map<number, number>();
      views.forEach((v, e) => {
        if (v.measured || !p.requireMeasuredLinks) m.set(adjacency.targetsOf[i][e], v.rttMs);
      });
      return m;
    });
  }
  rttMs(i: number, j: number): number {
    const own = this.linkRtt[i].get(j);
    if (own !== undefined) return own;
    if (this.world.measure === undefined) return Number.NaN;
    let cache = this.probed[i];
    if (cache === undefined) this.probed[i] = cache = new Map();
    let rtt = cache.get(j);
    if (rtt === undefined) {
      rtt = this.world.measure(i, j);
      this.probes++;
      cache.set(j, rtt);
    }
    return rtt;
  }
}

function buildSymmetricAdjacency(world: LocalWorld): Adjacency {
  const n = world.ids.length;
  const lists: WorldLink[][] = Array.from({ length: n }, () => []);
  const known = new Set<number>();
  for (let i = 0; i < n; i++) {
    for (const link of world.neighboursOf(i)) {
      const { j, rttMs } = link;
      if (!Number.isInteger(j) || j < 0 || j >= n || j === i) {
        throw new InvalidWorldError(`node ${world.ids[i]}: neighbour index ${j} is not another node`);
      }
      if (!(rttMs >= 0) || typeof link.bandwidthMbps !== 'number') {
        throw new InvalidWorldError(`link ${world.ids[i]}→${world.ids[j]}: rttMs must be ≥ 0 and bandwidthMbps a number`);
      }
      const key = i * n + j;
      if (known.has(key)) continue;
      known.add(key);
      lists[i].push(link);
    }
  }
  const ownCounts = lists.map((l) => l.length);
  for (let i = 0; i < n; i++) {
    for (let e = 0; e < ownCounts[i]; e++) {
      const link = lists[i][e];
      const key = link.j * n + i;
      if (known.has(key)) continue;
      known.add(key);
      lists[link.j].push({ ...link, j: i });
    }
  }
  const targetsOf = lists.map((l) => Int32Array.from(l, (link) => link.j));
  const viewsOf = lists.map((l) =>
    l.map(
      (link): Mutable<NeighbourView> => ({
        id: world.ids[link.j],
        clusterId: world.ids[link.j],
        clusterHops: 0,
        parentId: null,
        acceptsComputeHeavy: false,
        fanout: 0,
        rttMs: link.rttMs,
        bandwidthMbps: link.bandwidthMbps,
        measured: link.measured ?? true,
      }),
    ),
  );
  return { targetsOf, viewsOf };
}

function validate(world: LocalWorld, maxRounds: number, from: TopologyState | undefined): void {
  const n = world.ids.length;
  if (new Set(world.ids).size !== n) throw new InvalidWorldError('ids must be unique: they double as cluster ids');
  if (world.nodes.length !== n) throw new InvalidWorldError(`nodes has ${world.nodes.length} entries for ${n} ids`);
  if (n * n > Number.MAX_SAFE_INTEGER) throw new InvalidWorldError(`${n} nodes is more than the engine indexes`);
  if (!Number.isInteger(maxRounds) || maxRounds < 1) throw new InvalidWorldError('maxRounds must be an integer ≥ 1');
  if (from !== undefined) {
    const arrays = [from.clusterOf, from.clusterHopsOf, from.parentOf, from.relayOf, from.computeHeavy, from.fanoutOf];
    if (arrays.some((a) => a.length !== n)) throw new InvalidWorldError(`the starting state must cover all ${n} nodes`);
  }
}

function initialState(world: LocalWorld, p: CaParams): TopologyState {
  const n = world.ids.length;
  return {
    clusterOf: world.ids.slice(),
    clusterHopsOf: new Array<number>(n).fill(0),
    parentOf: new Array<string | null>(n).fill(null),
    relayOf: new Array<string | null>(n).fill(null),
    computeHeavy: new Array<boolean>(n).fill(false),
    fanoutOf: new Array<number>(n).fill(p.maxFanout),
  };
}

function bump(counts: Record<string, number>, reason: string): void {
  counts[reason] = (counts[reason] ?? 0) + 1;
}

/**
 * Synchronous rounds: every node applies `step` to the previous round's states, until no state
 * changes (a fixed point) or `maxRounds`. Cost per round is O(n·k); memory is O(n·k).
 * Pass `from` to continue from an earlier result (e.g. after the links changed).
 */
export function iterateToFixedPoint(
  world: LocalWorld,
  params: CaParams,
  maxRounds: number,
  from?: TopologyState,
): IterationResult {
  validate(world, maxRounds, from);
  const n = world.ids.length;
  const adjacency = buildSymmetricAdjacency(world);
  const { targetsOf, viewsOf } = adjacency;
  const indexOf = new Map<string, number>(world.ids.map((id, i) => [id, i]));
  const meter = new CoreMeter(world, adjacency, params);
  const start = from ?? initialState(world, params);
  let clusterOf = start.clusterOf.slice();
  let clusterHopsOf = start.clusterHopsOf.slice();
  let parentOf = start.parentOf.slice();
  let relayOf = start.relayOf.slice();
  let computeHeavy = start.computeHeavy.slice();
  let fanoutOf = start.fanoutOf.slice();
  const because = new Array<MembershipReason>(n);
  const clusterEverChanged = new Uint8Array(n);
  const firedRules: Record<string, number> = {};
  const messagesByRound: number[] = [];
  let announcing = new Uint8Array(n).fill(1);
  let converged = false;
  let rounds = 0;

  for (let round = 1; round <= maxRounds; round++) {
    rounds = round;
    let messages = 0;
    for (let j = 0; j < n; j++) if (announcing[j] === 1) messages += targetsOf[j].length;
    messagesByRound.push(messages);

    // Every origin announces its deputies (its closest members), computed from last round's views.
    const deputiesOf = new Map<number, Deputy[]>();
    for (let o = 0; o < n; o++) {
      if (clusterOf[o] !== world.ids[o] || params.coreDeputies === 0) continue;
      const views = viewsOf[o];
      const targets = targetsOf[o];
      for (let e = 0; e < targets.length; e++) {
        views[e].clusterId = clusterOf[targets[e]];
      }
      deputiesOf.set(o, clusterDeputies(world.ids[o], views, params));
    }
    const coresOf = (i: number): CoreView[] =>
      coresWanted({ id: world.ids[i], clusterId: clusterOf[i] }, viewsOf[i], params).map((label) => {
        const o = indexOf.get(label);
        const announced = o === undefined
          ? { clusterId: label, originHolds: false, deputies: [] }
          : { clusterId: label, originHolds: clusterOf[o] === label, deputies: deputiesOf.get(o) ?? [] };
        return coreViewOf(world.ids[i], announced, (peerId) => meter.rttMs(i, indexOf.get(peerId)!));
      });

    const nextCluster = new Array<string>(n);
    const nextClusterHops = new Array<number>(n);
    const nextParent = new Array<string | null>(n);
    const nextRelay = new Array<string | null>(n);
    const nextComputeHeavy = new Array<boolean>(n);
    const nextFanout = new Array<number>(n);
    const changed = new Uint8Array(n);
    let anyChange = false;
    for (let i = 0; i < n; i++) {
      const targets = targetsOf[i];
      const views = viewsOf[i];
      for (let e = 0; e < targets.length; e++) {
        const t = targets[e];
        const view = views[e];
        view.clusterId = clusterOf[t];
        view.clusterHops = clusterHopsOf[t];
        view.parentId = parentOf[t];
        view.acceptsComputeHeavy = computeHeavy[t];
        view.fanout = fanoutOf[t];
      }
      const self: CellView = {
        id: world.ids[i],
        ...world.nodes[i],
        clusterId: clusterOf[i],
        clusterHops: clusterHopsOf[i],
        parentId: parentOf[i],
        relayId: relayOf[i],
        acceptsComputeHeavy: computeHeavy[i],
        fanout: fanoutOf[i],
        round,
        cores: coresOf(i),
      };
      const d = step(self, views, params);
      nextCluster[i] = d.clusterId;
      nextClusterHops[i] = d.clusterHops;
      nextParent[i] = d.parentId;
      nextRelay[i] = d.relayId;
      nextComputeHeavy[i] = d.acceptsComputeHeavy;
      nextFanout[i] = d.fanout;
      let nodeChanged = false;
      if (d.clusterId !== clusterOf[i]) {
        nodeChanged = true;
        clusterEverChanged[i] = 1;
        because[i] = d.because;
        bump(firedRules, d.reasons.membership);
      } else if (clusterEverChanged[i] === 0) {
        because[i] = d.because;
      }
      // Hops change without a rule of their own; they still have to be announced.
      if (d.clusterHops !== clusterHopsOf[i]) nodeChanged = true;
      const sideChanges: Array<[boolean, string]> = [
        [d.parentId !== parentOf[i], d.reasons.parent],
        [d.relayId !== relayOf[i], d.reasons.relay],
        [d.acceptsComputeHeavy !== computeHeavy[i], d.reasons.computeHeavy],
        [d.fanout !== fanoutOf[i], d.reasons.fanout],
      ];
      for (const [differs, reason] of sideChanges) {
        if (!differs) continue;
        nodeChanged = true;
        bump(firedRules, reason);
      }
      if (nodeChanged) {
        changed[i] = 1;
        anyChange = true;
      }
    }
    clusterOf = nextCluster;
    clusterHopsOf = nextClusterHops;
    parentOf = nextParent;
    relayOf = nextRelay;
    computeHeavy = nextComputeHeavy;
    fanoutOf = nextFanout;
    announcing = changed;
    if (!anyChange) {
      converged = true;
      break;
    }
  }
  return {
    clusterOf,
    clusterHopsOf,
    parentOf,
    relayOf,
    computeHeavy,
    fanoutOf,
    because,
    rounds,
    messages: messagesByRound.reduce((a, b) => a + b, 0),
    messagesByRound,
    converged,
    firedRules,
    coreProbes: meter.probes,
  };
}
