/**
 * `cellmesh simulate --tasks`: places a task set on a scenario with the same plugin code the
 * placement-scheduler runs (placement-core's placeAndReserve over NodeViews). All tasks are live
 * at once: each placement takes its CPU, memory and GPU (slot + VRAM) from the node, so the set as
 * a whole never exceeds any node's `cpuCores`, memory or `vramMb`. Pure and deterministic: tasks
 * are placed in file order, links are the scenario's own (as if every link were measured).
 */
import type { Scenario } from '@cellmesh/scenario';
import {
  DefaultWeights,
  GpuLedger,
  boundReceipt,
  compilePlacementOptions,
  defaultStack,
  placeAndReserve,
  type GpuView,
  type NodeView,
  type PlacementDecision,
  type PlacementOptions,
  type TaskSpec,
  type WeightsTable,
} from '@cellmesh/placement-core';
import type { SimTask } from './task-set';

/** Who belongs to which cluster and who leads it (from the topology and leader simulations). */
export interface TaskTopology {
  /**
   * nodeId → clusterId (the simulation report's `clusters`), or cluster ids indexed like
   * `scenario.nodes` (topology-core's `clusterOf`). A node without an entry is its own cluster.
   */
  readonly clusters: Readonly<Record<string, string>> | readonly string[];
  /** clusterId → leader nodeId (the simulation report's `leaders`). */
  readonly leaders: Readonly<Record<string, string>>;
  /**
   * topology-ca's compute-heavy mark, by nodeId or by index (default: set). As in the live scheduler, it decides
   * which GPU nodes act as GPU hubs; isolated (cpuOnly) CPU work is accepted by every node.
   */
  readonly computeHeavy?: Readonly<Record<string, boolean>> | readonly boolean[];
}

/** When a recorded task was submitted and, if its result was recorded, when it finished (epoch ms). */
export interface TaskTiming {
  readonly submittedAtMs: number;
  readonly finishedAtMs?: number;
}

export interface PlaceTaskSetOptions {
  /**
   * Follow a recorded clock (a replay of `cellmesh snapshot`): tasks are decided in submission order (file order
   * breaks ties; a task without timing keeps its file position at the time of the task before it), and a task
   * whose recorded finish came before the next submission gives its CPU, memory and GPU slot back first. Without
   * it every task is live at once (the `simulate --tasks` contract).
   */
  timing?: Readonly<Record<string, TaskTiming>>;
  placement?: PlacementOptions;
  weights?: WeightsTable;
  /** Concurrent tasks per GPU (the scenario format has no slot count); default 4, as the scheduler's. */
  gpuSlotsPerGpu?: number;
  /** Memory of a node whose scenario entry has no `memoryMb`; default 2048 MiB per core, as the scheduler assumes. */
  memoryMbPerCoreWhenUnknown?: number;
  /** Keep each task's bounded decision (candidates, scores, rule) in the result; default false. */
  keepDecisions?: boolean;
  /** Candidates per kept decision; default 16. */
  maxCandidates?: number;
}

export interface TaskSetPlacement {
  /** taskId → nodeId for every placed task. */
  readonly placements: Record<string, string>;
  /** taskId → reason for every task that was not placed. */
  readonly rejected: Record<string, string>;
  /** taskId → rule that decided, for placed tasks. */
  readonly rules: Record<string, string>;
  /** taskId → GPU index, for placed GPU tasks. */
  readonly gpuIndex: Record<string, number>;
  /** Bounded decisions in file order (only with keepDecisions). */
  readonly decisions?: readonly PlacementDecision[];
}

/** The reason for a task whose origin is not a node of the scenario. */
export const UNKNOWN_ORIGIN = 'unknown-origin';
const SIM_NOW_MS = 0;

function taskSpecOf(t: SimTask): TaskSpec {
  return {
    scope: { gameId: t.gameId, roomId: t.roomId, taskId: t.taskId },
    profile: t.profile,
    hints: t.hints,
    cpuMillis: Math.round(t.cpuCores * 1000),
    memoryMib: t.memMb,
    vramMib: t.vramMb,
    originNode: t.origin,
    deadlineMs: 0,
  };
}

export function placeTaskSet(scenario: Scenario, topology: TaskTopology, tasks: readonly SimTask[], options: PlaceTaskSetOptions = {}): TaskSetPlacement {
  const n = scenario.nodes.length;
  const placementOptions = compilePlacementOptions(options.placement ?? {});
  const stack = defaultStack(options.weights ?? DefaultWeights);
  const slots = options.gpuSlotsPerGpu ?? 4;
  const memPerCore = options.memoryMbPerCoreWhenUnknown ?? 2_048;
  const nodes = scenario.nodes;
  const memTotal = nodes.map((node) => node.memoryMb ?? node.cpuCores * memPerCore);
  const gpusOf: GpuView[][] = nodes.map((node) =>
    Array.from({ length: node.gpus }, (_, index) => ({ index, uuid: `${node.id}-gpu${index}`, vramTotalMib: node.vramMb, vramUsedMib: 0, slotsTotal: slots, slotsUsed: 0, reservedVramMib: 0 })),
  );
  const byIndex = <T>(table: Readonly<Record<string, T>> | readonly T[] | undefined, i: number): T | undefined =>
    table === undefined ? undefined : Array.isArray(table) ? (table as readonly T[])[i] : (table as Readonly<Record<string, T>>)[nodes[i].id];
  const clusterOf = nodes.map((node, i) => byIndex(topology.clusters, i) ?? node.id);
  const computeHeavy = nodes.map((_, i) => byIndex(topology.computeHeavy, i) ?? true);
  const isLeader = nodes.map((node, i) => topology.leaders[clusterOf[i]] === node.id);
  const usedCpuMillis = new Float64Array(n);
  const usedMemMb = new Float64Array(n);
  let ledger = GpuLedger.empty();

  const placements: Record<string, string> = {};
  const rejected: Record<string, string> = {};
  const rules: Record<string, string> = {};
  const gpuIndex: Record<string, number> = {};
  const decisions: PlacementDecision[] = [];
  /** Placed tasks still holding resources, by recorded finish (only with `timing`). */
  const running: { taskId: string; node: number; cpuMillis: number; memMb: number; endMs: number }[] = [];

  for (const { t, atMs } of decisionOrder(tasks, options.timing)) {
    for (let k = running.length - 1; k >= 0; k--) {
      const r = running[k];
      if (r.endMs > atMs) continue;
      usedCpuMillis[r.node] -= r.cpuMillis;
      usedMemMb[r.node] -= r.memMb;
      ledger = ledger.release(r.taskId);
      running.splice(k, 1);
    }
    const o = scenario.indexOf(t.origin);
    if (o < 0) {
      rejected[t.taskId] = UNKNOWN_ORIGIN;
      continue;
    }
    // One literal shape per view (placement-core's hot loop stays monomorphic); live tasks folded in.
    const views: NodeView[] = new Array(n);
    for (let j = 0; j < n; j++) {
      const node = nodes[j];
      const capacity = node.cpuCores * 1000;
      views[j] = {
        nodeId: node.id,
        clusterId: clusterOf[j],
        isLeader: isLeader[j],
        isGpuHub: node.gpus > 0 && computeHeavy[j],
        acceptsComputeHeavy: true,
        cores: node.cpuCores,
        cpuLoadRatio: capacity > 0 ? usedCpuMillis[j] / capacity : 1,
        memTotalMib: memTotal[j],
        memFreeMib: memTotal[j] - usedMemMb[j],
        queueDepth: 0,
        runningTasks: 0,
        draining: false,
        healthy: true,
        lastSeenMs: SIM_NOW_MS,
        gpus: gpusOf[j],
        link: j === o ? undefined : { rttMs: scenario.rttMs(o, j), jitterMs: scenario.jitterMs(o, j), lossRatio: scenario.lossRatio(o, j), bandwidthMbps: scenario.bandwidthMbps(o, j), measured: true, estimateError: 0 },
        backoffUntilMs: 0,
      };
    }
    const spec = taskSpecOf(t);
    const result = placeAndReserve(spec, views, stack, { nowMs: SIM_NOW_MS, options: placementOptions, ledger });
    ledger = result.ledger;
    const d = result.decision;
    if (options.keepDecisions) decisions.push(boundReceipt(d, options.maxCandidates ?? 16));
    if (d.outcome === 'placed' && d.chosen !== undefined) {
      const j = scenario.indexOf(d.chosen);
      usedCpuMillis[j] += spec.cpuMillis;
      usedMemMb[j] += spec.memoryMib;
      const endMs = options.timing?.[t.taskId]?.finishedAtMs;
      if (endMs !== undefined) running.push({ taskId: t.taskId, node: j, cpuMillis: spec.cpuMillis, memMb: spec.memoryMib, endMs });
      placements[t.taskId] = d.chosen;
      rules[t.taskId] = d.rule;
      if (d.gpuIndex !== undefined) gpuIndex[t.taskId] = d.gpuIndex;
    } else {
      rejected[t.taskId] = d.rejectReason ?? 'rejected';
    }
  }
  return options.keepDecisions ? { placements, rejected, rules, gpuIndex, decisions } : { placements, rejected, rules, gpuIndex };
}

/** File order, or submission order on a recorded clock; `atMs` is when each task is decided (−∞: all at once). */
function decisionOrder(tasks: readonly SimTask[], timing: Readonly<Record<string, TaskTiming>> | undefined): { t: SimTask; atMs: number }[] {
  if (!timing) return tasks.map((t) => ({ t, atMs: Number.NEGATIVE_INFINITY }));
  let lastMs = Number.NEGATIVE_INFINITY;
  return tasks
    .map((t, position) => {
      const at = timing[t.taskId]?.submittedAtMs;
      if (at !== undefined) lastMs = at;
      return { t, atMs: at ?? lastMs, position };
    })
    .sort((a, b) => a.atMs - b.atMs || a.position - b.position);
}
