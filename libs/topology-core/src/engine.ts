import { InvalidWorldError } from './errors';
import type { CaParams } from './params';
import type { MembershipReason } from './rules/membership';
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
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Adjacency {
  readonly targetsOf: Int32Array[];
  readonly viewsOf: Mutable<NeighbourView>[][];
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
  const { targetsOf, viewsOf } = buildSymmetricAdjacency(world);
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
  };
}
