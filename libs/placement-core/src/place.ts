import type { GpuLedger } from './gpu-ledger';
import { FilterName, Rule, TaskReason, type ScorerName } from './names';
import { maxNormalize } from './normalize';
import { DEFAULT_PLACEMENT_OPTIONS, vramSafetyMarginFor, type CompiledPlacementOptions } from './options';
import { isCpuOnly, needsGpu, validateTask } from './task';
import { effectiveRttMs } from './scorers/network';
import type { CandidateVerdict, NodeView, PlacementContext, PlacementDecision, PluginScore, Stack, TaskSpec } from './types';

/** What one call to `place` is given besides the task, the nodes and the stack. */
export interface PlaceContext {
  readonly nowMs: number;
  readonly options?: CompiledPlacementOptions;
  /** cellmesh's GPU reservations, laid over every node before filtering (see GpuLedger.overlay). */
  readonly ledger?: GpuLedger;
  /** Whether the GPU wait queue has room: decides QUEUED vs REJECTED for a GPU task that fits nowhere now. Absent: no queue. */
  readonly waitQueue?: { readonly isFull: boolean };
}

const NO_SCORES: readonly PluginScore[] = Object.freeze([]);

interface ScoreColumn {
  readonly plugin: ScorerName;
  readonly weight: number;
  readonly raw: readonly number[];
  readonly normalized: readonly number[];
}

/**
 * A feasible candidate whose `scores` are read from the decision's score columns on first access.
 * It serializes (toJSON) like a plain CandidateVerdict; boundReceipt returns plain copies, so
 * receipts are plain data.
 */
class ScoredCandidate implements CandidateVerdict {
  readonly feasible = true;
  private materialized: readonly PluginScore[] | undefined;
  constructor(
    readonly nodeId: string,
    readonly final: number,
    readonly gpuIndex: number | undefined,
    private readonly columns: readonly ScoreColumn[],
    private readonly row: number,
  ) {}

  get scores(): readonly PluginScore[] {
    this.materialized ??= this.columns.map((c) => ({ plugin: c.plugin, raw: c.raw[this.row], normalized: c.normalized[this.row], weight: c.weight }));
    return this.materialized;
  }

  toJSON(): CandidateVerdict {
    return toPlainCandidate(this);
  }
}

/** A plain-object copy (safe to spread, store or compare), whatever the candidate's class. */
export function toPlainCandidate(c: CandidateVerdict): CandidateVerdict {
  const plain: { -readonly [K in keyof CandidateVerdict]: CandidateVerdict[K] } = { nodeId: c.nodeId, feasible: c.feasible, scores: c.scores, final: c.final };
  if (c.rejectedBy !== undefined) plain.rejectedBy = c.rejectedBy;
  if (c.reason !== undefined) plain.reason = c.reason;
  if (c.code !== undefined) plain.code = c.code;
  if (c.gpuIndex !== undefined) plain.gpuIndex = c.gpuIndex;
  return plain;
}

function byFinalThenNodeId(a: CandidateVerdict, b: CandidateVerdict): boolean {
  return a.final > b.final || (a.final === b.final && a.nodeId < b.nodeId);
}

function decision(task: TaskSpec, fields: Omit<PlacementDecision, 'taskId' | 'profile' | 'candidatesOmitted'>): PlacementDecision {
  return { taskId: task.scope.taskId, profile: task.profile, candidatesOmitted: 0, ...fields };
}

/**
 * filter → score → select for one task, in the manner of kube-scheduler's framework:
 *  1. Task checks that need no node (validateTask).
 *  2. Every filter of the stack, in order, on every node; the first rejection is recorded.
 *  3. Every scorer with weight > 0 on the feasible nodes; raw values normalized across them into [0, 1].
 *     final = Σ w·s / Σ w.
 *  4. Selection by the brief's rules (docs/placement.md, "Deciding rules"):
 *     a GPU task's pool narrows to feasible GPU hubs ("gpu-hub") when any exist, and a cpuOnly task's to
 *     feasible non-hubs ("cpu-worker") when any exist — for a latency-sensitive task only while the nearest
 *     of them is within `cpuWorkerMaxExtraRttMs` of the nearest node (isolated work does not cross an ocean
 *     to avoid a hub); within the pool the origin node wins when its final is
 *     within `localPreferenceMargin` of the best ("local-node"), else the origin cluster's leader
 *     within `leaderPreferenceMargin` ("cluster-leader"), else the best ("best-fit-peer").
 *     Ties go to the lowest nodeId.
 *  5. No feasible node: a GPU task blocked only by GPU capacity that can free up is QUEUED when the
 *     wait queue has room; everything else is REJECTED with a reason.
 * Pure: the same inputs give the same decision.
 */
export function place(task: TaskSpec, nodes: readonly NodeView[], stack: Stack, ctx: PlaceContext): PlacementDecision {
  const options = ctx.options ?? DEFAULT_PLACEMENT_OPTIONS;
  const invalid = validateTask(task, ctx.nowMs);
  if (invalid) return decision(task, { outcome: 'rejected', rule: Rule.Rejected, rejectReason: invalid, candidates: [] });
  if (nodes.length === 0) return decision(task, { outcome: 'rejected', rule: Rule.Rejected, rejectReason: TaskReason.NoCandidates, candidates: [] });

  const originClusterId = nodes.find((n) => n.nodeId === task.originNode)?.clusterId;
  const pctx: PlacementContext = { nowMs: ctx.nowMs, options, originClusterId };
  const gpuTask = needsGpu(task);

  // Filter pass.
  const candidates: CandidateVerdict[] = new Array(nodes.length);
  const feasibleAt: number[] = [];
  const feasibleNodes: NodeView[] = [];
  const gpuIndexOf: (number | undefined)[] = [];
  let largestAdmissibleVram = -Infinity;
  let gpuCapacityMayFree = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = ctx.ledger ? ctx.ledger.overlay(nodes[i]) : nodes[i];
    if (gpuTask) {
      for (const gpu of node.gpus) {
        if (gpu.slotsTotal >= 1) largestAdmissibleVram = Math.max(largestAdmissibleVram, gpu.vramTotalMib - vramSafetyMarginFor(gpu.vramTotalMib, options));
      }
    }
    let rejected: CandidateVerdict | undefined;
    let gpuIndex: number | undefined;
    for (const f of stack.filters) {
      const v = f.filter(task, node, pctx);
      if (!v.fit) {
        rejected = { nodeId: node.nodeId, feasible: false, rejectedBy: f.name, reason: v.reason, code: v.code, scores: NO_SCORES, final: 0 };
        if (f.name === FilterName.VramAdmission && v.code === 'unfit') gpuCapacityMayFree = true;
        break;
      }
      if (v.gpuIndex !== undefined) gpuIndex = v.gpuIndex;
    }
    if (rejected) {
      candidates[i] = rejected;
    } else {
      feasibleAt.push(i);
      feasibleNodes.push(node);
      gpuIndexOf.push(gpuIndex);
    }
  }

  if (feasibleNodes.length === 0) {
    if (gpuTask && task.vramMib > largestAdmissibleVram) {
      return decision(task, { outcome: 'rejected', rule: Rule.Rejected, rejectReason: TaskReason.VramExceedsLargestGpu, candidates });
    }
    if (gpuTask && gpuCapacityMayFree) {
      if (!ctx.waitQueue) return decision(task, { outcome: 'rejected', rule: Rule.Rejected, rejectReason: TaskReason.GpuCapacityBusy, candidates });
      return ctx.waitQueue.isFull
        ? decision(task, { outcome: 'rejected', rule: Rule.Rejected, rejectReason: TaskReason.GpuWaitQueueFull, candidates })
        : decision(task, { outcome: 'queued', rule: Rule.GpuWaitQueue, rejectReason: TaskReason.GpuCapacityBusy, candidates });
    }
    return decision(task, { outcome: 'rejected', rule: Rule.Rejected, rejectReason: TaskReason.NoFeasibleNode, candidates });
  }

  // Score pass, one scorer at a time so each normalizes across all feasible nodes. Scores are kept
  // in columns and turned into PluginScore objects only when a candidate's `scores` is read
  // (boundReceipt reads a bounded few), which keeps a 10,000-node decision from allocating 80,000 of them.
  const weights = stack.weights[task.profile];
  const count = feasibleNodes.length;
  const finals = new Float64Array(count);
  const columns: ScoreColumn[] = [];
  let weightSum = 0;
  for (const scorer of stack.scorers) {
    const weight = weights[scorer.name] ?? 0;
    if (!(weight > 0)) continue;
    if (scorer.appliesTo && !scorer.appliesTo(feasibleNodes)) continue;
    const raw = new Array<number>(count);
    for (let j = 0; j < count; j++) raw[j] = scorer.score(task, feasibleNodes[j], pctx);
    const normalized = (scorer.normalize ?? maxNormalize)(raw, scorer.reverse ?? false);
    columns.push({ plugin: scorer.name, weight, raw, normalized });
    if (scorer.combine === 'multiply') continue;
    weightSum += weight;
    for (let j = 0; j < count; j++) finals[j] += weight * normalized[j];
  }
  // Multiplying scorers (peer-health) scale the weighted mean by normalized^weight afterwards.
  for (const c of columns) {
    if (stack.scorers.find((sc) => sc.name === c.plugin)?.combine !== 'multiply') continue;
    for (let j = 0; j < count; j++) finals[j] = (weightSum > 0 ? finals[j] : 0) * Math.pow(Math.max(0, c.normalized[j]), c.weight);
  }
  const feasible: CandidateVerdict[] = new Array(count);
  for (let j = 0; j < count; j++) {
    const verdict = new ScoredCandidate(feasibleNodes[j].nodeId, weightSum > 0 ? finals[j] / weightSum : 0, gpuIndexOf[j], columns, j);
    feasible[j] = verdict;
    candidates[feasibleAt[j]] = verdict;
  }

  // Selection.
  let pool = feasible.map((_, j) => j);
  let classRule: Rule | undefined;
  if (gpuTask) {
    const hubs = pool.filter((j) => feasibleNodes[j].isGpuHub);
    if (hubs.length > 0) [pool, classRule] = [hubs, Rule.GpuHub];
  }
  const bestOf = (js: readonly number[]): number | undefined => {
    let top: number | undefined;
    for (const j of js) if (top === undefined || byFinalThenNodeId(feasible[j], feasible[top])) top = j;
    return top;
  };
  if (isCpuOnly(task)) {
    const workers = pool.filter((j) => !feasibleNodes[j].isGpuHub);
    const nearest = (js: readonly number[]) => Math.min(...js.map((j) => effectiveRttMs(feasibleNodes[j], task.originNode, pctx)));
    const closeEnough = task.profile !== 'latencySensitive' || (workers.length > 0 && nearest(workers) <= nearest(pool) + options.cpuWorkerMaxExtraRttMs);
    if (workers.length > 0 && closeEnough) [pool, classRule] = [workers, Rule.CpuWorker];
  }
  const best = bestOf(pool) as number;
  const local = pool.find((j) => feasibleNodes[j].nodeId === task.originNode);
  // More than one node may claim leadership during an election; the best-scoring claimant counts.
  const leader = bestOf(pool.filter((j) => feasibleNodes[j].isLeader && feasibleNodes[j].clusterId === originClusterId));
  const bestFinal = feasible[best].final;

  let chosen = best;
  let rule: Rule = classRule ?? Rule.BestFitPeer;
  if (local !== undefined && feasible[local].final >= bestFinal - options.localPreferenceMargin) {
    chosen = local;
    rule = Rule.LocalNode;
  } else if (leader !== undefined && feasible[leader].final >= bestFinal - options.leaderPreferenceMargin) {
    chosen = leader;
    rule = classRule ?? Rule.ClusterLeader;
  }
  return decision(task, {
    outcome: 'placed',
    chosen: feasible[chosen].nodeId,
    gpuIndex: gpuTask ? gpuIndexOf[chosen] : undefined,
    rule,
    candidates,
  });
}

/** The invariant between `place` and the ledger broke: a bug, never a capacity condition. */
export class LedgerRefusedPlacementError extends Error {
  override readonly name = 'LedgerRefusedPlacementError';
  readonly retryable = false;
  constructor(readonly taskId: string, readonly reason: string) {
    super(`ledger refused placement of ${taskId} that admission accepted: ${reason}`);
  }
}

/**
 * `place`, then reserve the chosen GPU in the ledger: what the service and the simulator do for
 * every task. Returns the ledger unchanged unless a GPU task was placed. A task the ledger already
 * holds is rejected as 'already-placed' (a redelivery); to place it again, release it first.
 */
export function placeAndReserve(
  task: TaskSpec,
  nodes: readonly NodeView[],
  stack: Stack,
  ctx: PlaceContext & { readonly ledger: GpuLedger },
): { decision: PlacementDecision; ledger: GpuLedger } {
  if (ctx.ledger.reservation(task.scope.taskId)) {
    const held = decision(task, { outcome: 'rejected', rule: Rule.Rejected, rejectReason: TaskReason.AlreadyPlaced, candidates: [] });
    return { decision: held, ledger: ctx.ledger };
  }
  const placed = place(task, nodes, stack, ctx);
  if (placed.outcome !== 'placed' || placed.gpuIndex === undefined) return { decision: placed, ledger: ctx.ledger };
  const node = nodes.find((n) => n.nodeId === placed.chosen);
  if (!node) throw new LedgerRefusedPlacementError(task.scope.taskId, 'chosen node missing');
  const reserved = ctx.ledger.reserve(node, placed.gpuIndex, task.scope.taskId, task.vramMib, ctx.options ?? DEFAULT_PLACEMENT_OPTIONS);
  if (!reserved.ok) throw new LedgerRefusedPlacementError(task.scope.taskId, reserved.reason);
  return { decision: placed, ledger: reserved.ledger };
}
