import type { FilterName, FilterReason, Rule, ScorerName, TaskReason } from './names';
import type { CompiledPlacementOptions } from './options';

/** Mirrors the wire enum TaskProfile (see `wire.ts` for the mapping). */
export type TaskProfile = 'latencySensitive' | 'throughput' | 'batch';
/** Mirrors the wire enum ResourceHint. */
export type ResourceHint = 'gpuRequired' | 'cpuOnly' | 'memoryHeavy';

export interface TaskScope {
  readonly gameId: string;
  readonly roomId: string;
  readonly taskId: string;
}

/** What the core needs of a TaskSubmit; the payload stays with the service. */
export interface TaskSpec {
  readonly scope: TaskScope;
  readonly profile: TaskProfile;
  readonly hints: readonly ResourceHint[];
  readonly cpuMillis: number;
  readonly memoryMib: number;
  readonly vramMib: number;
  /** Node closest to the client; RTT is scored from here and it is the "local" node. */
  readonly originNode: string;
  /** Absolute epoch ms; 0 means no deadline. */
  readonly deadlineMs: number;
  readonly kind?: string;
}

export interface GpuView {
  readonly index: number;
  readonly uuid: string;
  readonly vramTotalMib: number;
  /** As nvidia-smi measured it: includes processes cellmesh does not know about. */
  readonly vramUsedMib: number;
  readonly slotsTotal: number;
  readonly slotsUsed: number;
  /** cellmesh reservations that the measurement does not show yet. */
  readonly reservedVramMib: number;
}

/** The link from the task's origin to this node, measured by probes or estimated by coordinates. */
export interface LinkView {
  readonly rttMs: number;
  readonly jitterMs: number;
  readonly lossRatio: number;
  readonly bandwidthMbps: number;
  /** False when `rttMs` is a Vivaldi estimate. */
  readonly measured: boolean;
  /** Relative error of the estimate (Vivaldi's); ignored when measured. */
  readonly estimateError?: number;
}

export interface NodeView {
  readonly nodeId: string;
  readonly clusterId: string;
  readonly isLeader: boolean;
  readonly isGpuHub: boolean;
  /**
   * Takes isolated (cpuOnly) compute: false only where the node's operator says so
   * (NodeMetrics.refuses_isolated_compute). Not the GPU hub mark: that is `isGpuHub`, from
   * topology's compute-heavy rule (the wire's `accepts_compute_heavy`).
   */
  readonly acceptsComputeHeavy: boolean;
  readonly cores: number;
  /** CPU load in [0, 1] across all cores, with in-flight cellmesh work folded in by the caller. */
  readonly cpuLoadRatio: number;
  readonly memTotalMib: number;
  readonly memFreeMib: number;
  readonly queueDepth: number;
  readonly runningTasks: number;
  readonly draining: boolean;
  readonly healthy: boolean;
  /** Epoch ms of the last heartbeat (metrics event). */
  readonly lastSeenMs: number;
  readonly gpus: readonly GpuView[];
  /** Link from the task's origin; absent when neither measured nor estimated. */
  readonly link?: LinkView;
  /** Epoch ms until which dispatches to this peer back off after a slow dispatch; 0 when none. */
  readonly backoffUntilMs: number;
  /** The node's uplink use over its capacity in [0, 1] (NodeMetrics.uplink_saturation); absent = 0. Scales `bandwidth`. */
  readonly uplinkSaturation?: number;
  /** Recent responsiveness in (0, 1] (the `peer-health` scorer); absent = 1, healthy. */
  readonly peerHealth?: number;
}

/** kube's Unschedulable vs UnschedulableAndUnresolvable: only 'unfit' can change by waiting. */
export type VerdictCode = 'unfit' | 'unresolvable';
export type Verdict =
  | { readonly fit: true; readonly gpuIndex?: number }
  | { readonly fit: false; readonly code: VerdictCode; readonly reason: FilterReason };

/** Facts about one placement that every plugin may read. */
export interface PlacementContext {
  readonly nowMs: number;
  readonly options: CompiledPlacementOptions;
  /** Cluster of the origin node, when the origin is among the nodes (for leader preference). */
  readonly originClusterId?: string;
}

export interface NodeFilter {
  readonly name: FilterName;
  filter(task: TaskSpec, node: NodeView, ctx: PlacementContext): Verdict;
}

export interface NodeScorer {
  readonly name: ScorerName;
  /** Raw score in the scorer's own unit. */
  score(task: TaskSpec, node: NodeView, ctx: PlacementContext): number;
  /** True when a lower raw value is better (RTT, queue depth). */
  readonly reverse?: boolean;
  /** Maps raw scores of all feasible nodes into [0, 1]; default maxNormalize, kube's DefaultNormalizeScore (normalize.ts). */
  normalize?(raw: readonly number[], reverse: boolean): number[];
  /**
   * 'weighted' (default): adds weight × normalized to Σw·s/Σw. 'multiply': scales that mean by
   * normalized^weight afterwards, so a factor below 1 lowers a node's final whatever the others score.
   */
  readonly combine?: 'weighted' | 'multiply';
  /** When present and false for the feasible nodes, the scorer is not run (as with weight 0). */
  appliesTo?(nodes: readonly NodeView[]): boolean;
}

export type ProfileWeights = Readonly<Record<ScorerName, number>>;
export type WeightsTable = Readonly<Record<TaskProfile, ProfileWeights>>;

/** The ordered plugins and weights one placement runs with. */
export interface Stack {
  readonly filters: readonly NodeFilter[];
  readonly scorers: readonly NodeScorer[];
  readonly weights: WeightsTable;
}

export interface PluginScore {
  readonly plugin: ScorerName;
  readonly raw: number;
  readonly normalized: number;
  readonly weight: number;
}

export interface CandidateVerdict {
  readonly nodeId: string;
  readonly feasible: boolean;
  readonly rejectedBy?: FilterName;
  readonly reason?: FilterReason;
  readonly code?: VerdictCode;
  readonly scores: readonly PluginScore[];
  /** Σw·s / Σw in [0, 1]; 0 for infeasible nodes. */
  readonly final: number;
  readonly gpuIndex?: number;
}

export type PlacementOutcome = 'placed' | 'queued' | 'rejected';

export interface PlacementDecision {
  readonly taskId: string;
  readonly profile: TaskProfile;
  readonly outcome: PlacementOutcome;
  readonly chosen?: string;
  readonly gpuIndex?: number;
  readonly rule: Rule;
  readonly rejectReason?: TaskReason;
  readonly candidates: readonly CandidateVerdict[];
  /** Candidates dropped by `boundReceipt`; 0 on an unbounded decision. */
  readonly candidatesOmitted: number;
}
