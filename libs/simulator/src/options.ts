import { type CaParams, compileCaParams } from '@cellmesh/topology-core';
import { DEFAULT_RANK_WEIGHTS, type RankWeights, compileRankWeights } from '@cellmesh/leader-core';
import { InvalidSimulationOptionsError } from './errors';
import { DEFAULT_COORDINATE_OPTIONS } from './coordinates';
import { compileNoise, type MeasurementNoise } from './noise';

/** What a simulation reports while it runs (the CLI draws its progress bar from these). */
export type SimulationProgress =
  | { readonly phase: 'neighbours'; readonly pass: number; readonly passes: number; readonly nodesDone: number; readonly nodes: number }
  | { readonly phase: 'rules'; readonly nodes: number }
  | { readonly phase: 'coordinates'; readonly nodes: number }
  | { readonly phase: 'leaders'; readonly clustersDone: number; readonly clusters: number };

/** One engine round as reported after the run: announcements sent in it. */
export interface RoundReport {
  readonly round: number;
  readonly messages: number;
}

export interface SimulationOptions {
  /** Overrides onto topology-core's DEFAULT_CA_PARAMS (the same compileCaParams the service uses). */
  caParams?: Partial<CaParams>;
  /** Engine round limit. Default 200. */
  maxRounds?: number;
  /** k: the closest measured peers each node keeps (chooseNeighbours `closest`). Default 16. */
  neighbourK?: number;
  /** Extra far peers per node for WAN reach (relays). Default 4. */
  farNeighbours?: number;
  /** Random peers each node probes first, as a peer-sampling service would hand out. Default 64. */
  sampleSize?: number;
  /** Gossip passes: probe neighbours of neighbours, keep the closest (T-Man style). Default 4. */
  gossipPasses?: number;
  /** Neighbours of each neighbour offered per gossip pass. Default 8. */
  gossipFanout?: number;
  /** Every choice that looks random is a hash of (seed, ids): same seed, same run. Default 1. */
  seed?: number;
  /** Leader ranking weights (leader-core); defaults to DEFAULT_RANK_WEIGHTS. */
  rankWeights?: Partial<RankWeights>;
  /** Leaders each leader knows an RTT estimate to when electing the root (bounds the O(L²) cost). Default 64. */
  rootPeerSample?: number;
  /** Measurement noise added to every probe (e.g. BUSY_HOST_NOISE); absent: probes read the scenario exactly. */
  noise?: MeasurementNoise;
  /** K: when set, network coordinates are simulated too, each node probing at most K peers per round. */
  probes?: number;
  /** Probe rounds for the coordinates. Default 150. */
  coordinateRounds?: number;
  /** 'fixed' (default): at most K distinct peers per node over the run; 'rotating': random picks rotate over all peers, as in the collector. */
  peerSet?: 'fixed' | 'rotating';
  onProgress?: (progress: SimulationProgress) => void;
  /** Called once per engine round, in order, after the rules have run (the engine runs rounds in one call). */
  onRound?: (round: RoundReport) => void;
}

export interface CompiledSimulationOptions {
  readonly caParams: CaParams;
  readonly maxRounds: number;
  readonly neighbourK: number;
  readonly farNeighbours: number;
  readonly sampleSize: number;
  readonly gossipPasses: number;
  readonly gossipFanout: number;
  readonly seed: number;
  readonly rankWeights: RankWeights;
  readonly rootPeerSample: number;
  readonly noise: MeasurementNoise | undefined;
  readonly probes: number | undefined;
  readonly coordinateRounds: number;
  readonly peerSet: 'fixed' | 'rotating';
}

export const DEFAULT_SIMULATION_OPTIONS = Object.freeze({
  maxRounds: 200,
  // 16 closest keeps a site's hop diameter small (3–6 at 1,000 nodes), well under maxClusterHops.
  neighbourK: 16,
  farNeighbours: 4,
  sampleSize: 64,
  gossipPasses: 4,
  gossipFanout: 8,
  seed: 1,
  rootPeerSample: 64,
  coordinateRounds: DEFAULT_COORDINATE_OPTIONS.rounds,
});

/** Merges over the defaults and validates once, naming every offending field. */
export function compileSimulationOptions(options: SimulationOptions = {}): CompiledSimulationOptions {
  const merged = { ...DEFAULT_SIMULATION_OPTIONS, ...stripUndefined(options) };
  const bad: string[] = [];
  const positiveInts = ['maxRounds', 'neighbourK', 'sampleSize', 'gossipFanout', 'rootPeerSample', 'coordinateRounds'] as const;
  for (const key of positiveInts) if (!(Number.isInteger(merged[key]) && merged[key] >= 1)) bad.push(key);
  const nonNegativeInts = ['farNeighbours', 'gossipPasses'] as const;
  for (const key of nonNegativeInts) if (!(Number.isInteger(merged[key]) && merged[key] >= 0)) bad.push(key);
  if (!Number.isInteger(merged.seed)) bad.push('seed');
  if (options.probes !== undefined && !(Number.isInteger(options.probes) && options.probes >= 1 && options.probes <= 256)) bad.push('probes');
  if (options.peerSet !== undefined && options.peerSet !== 'fixed' && options.peerSet !== 'rotating') bad.push('peerSet');
  if (bad.length > 0) throw new InvalidSimulationOptionsError(bad, 'must be integers in range');
  return Object.freeze({
    caParams: compileCaParams(options.caParams ?? {}),
    maxRounds: merged.maxRounds,
    neighbourK: merged.neighbourK,
    farNeighbours: merged.farNeighbours,
    sampleSize: merged.sampleSize,
    gossipPasses: merged.gossipPasses,
    gossipFanout: merged.gossipFanout,
    seed: merged.seed,
    rankWeights: compileRankWeights(options.rankWeights ?? {}, DEFAULT_RANK_WEIGHTS),
    rootPeerSample: merged.rootPeerSample,
    noise: options.noise === undefined ? undefined : compileNoise(options.noise),
    probes: options.probes,
    coordinateRounds: merged.coordinateRounds,
    peerSet: options.peerSet ?? 'fixed',
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
