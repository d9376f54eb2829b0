/**
 * A replay that follows the recorded clock: tasks are decided in submission order, and a task whose
 * recorded result came before the next submission gives its CPU, memory and GPU slot back first.
 * `placeTaskSet` (what `cellmesh simulate --tasks` runs) holds every task to the end instead, which
 * over a window of minutes piles up far more work than ever ran at once (docs/what-if.md).
 *
 * The decision is placement-core's `placeAndReserve` with the same default stack and options as
 * `placeTaskSet`; the views are built the way the scheduler's Fleet builds them (one literal shape,
 * the scenario's links as measured ones, 4 slots per GPU, 2048 MiB per core when memory is unknown,
 * the compute-heavy mark selecting GPU hubs, cpuOnly work accepted on every node). Pure.
 */
import {
  DefaultWeights,
  GpuLedger,
  compilePlacementOptions,
  defaultStack,
  placeAndReserve,
  type GpuView,
  type NodeView,
  type TaskSpec,
  type WeightsTable,
} from '@cellmesh/placement-core';
import type { Scenario } from '@cellmesh/scenario';
import { UNKNOWN_ORIGIN, type SimTask, type TaskSetPlacement } from '@cellmesh/simulator';
import type { RecordedTopology } from './scenario-from-fabric';

/** When a task was submitted and, if its result was recorded, when it finished (epoch ms). */
export interface TaskTiming {
  readonly submittedAtMs: number;
  readonly finishedAtMs?: number;
}

const GPU_SLOTS_PER_GPU = 4;
const MEMORY_MB_PER_CORE_WHEN_UNKNOWN = 2_048;

/**
 * Places `tasks` in order of submission (file order breaks ties; a task without timing keeps its
 * file position at the time of the task before it), releasing each replayed task once the clock
 * passes its recorded finish. A task with no recorded finish holds its resources to the end.
 */
export function replayTimed(scenario: Scenario, topology: RecordedTopology, tasks: readonly SimTask[], timing: Readonly<Record<string, TaskTiming>>, weights: WeightsTable = DefaultWeights): TaskSetPlacement {
  const nodes = scenario.nodes;
  const n = nodes.length;
  const options = compilePlacementOptions({});
  const stack = defaultStack(weights);
  const memTotal = nodes.map((node) => node.memoryMb ?? node.cpuCores * MEMORY_MB_PER_CORE_WHEN_UNKNOWN);
  const gpusOf: GpuView[][] = nodes.map((node) =>
    Array.from({ length: node.gpus }, (_, index) => ({ index, uuid: `${node.id}-gpu${index}`, vramTotalMib: node.vramMb, vramUsedMib: 0, slotsTotal: GPU_SLOTS_PER_GPU, slotsUsed: 0, reservedVramMib: 0 })),
  );
  const clusterOf = nodes.map((node) => topology.clusters[node.id] ?? node.id);
  const isLeader = nodes.map((node, i) => topology.leaders[clusterOf[i]] === node.id);
  // As the scheduler's Fleet: topology-ca's compute-heavy mark picks which GPU nodes act as hubs;
  // isolated (cpuOnly) CPU work is accepted everywhere.
  const isGpuHub = nodes.map((node) => node.gpus > 0 && (topology.computeHeavy[node.id] ?? true));
  const usedCpuMillis = new Float64Array(n);
  const usedMemMb = new Float64Array(n);
  let ledger = GpuLedger.empty();

  // Submission order; a task without timing inherits the time of the one before it in the file.
  let lastMs = -Infinity;
  const ordered = tasks
    .map((t, position) => {
      const at = timing[t.taskId]?.submittedAtMs;
      if (at !== undefined) lastMs = at;
      return { t, at: at ?? lastMs, position };
    })
    .sort((a, b) => a.at - b.at || a.position - b.position);

  /** Placed tasks still holding resources, by recorded finish. */
  const running: { taskId: string; node: number; cpuMillis: number; memMb: number; endMs: number }[] = [];
  const placements: Record<string, string> = {};
  const rejected: Record<string, string> = {};
  const rules: Record<string, string> = {};
  const gpuIndex: Record<string, number> = {};

  for (const { t, at } of ordered) {
    for (let k = running.length - 1; k >= 0; k--) {
      const r = running[k];
      if (r.endMs > at) continue;
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
    const views: NodeView[] = new Array(n);
    for (let j = 0; j < n; j++) {
      const node = nodes[j];
      const capacity = node.cpuCores * 1000;
      views[j] = {
        nodeId: node.id,
        clusterId: clusterOf[j],
        isLeader: isLeader[j],
        isGpuHub: isGpuHub[j],
        acceptsComputeHeavy: true,
        cores: node.cpuCores,
        cpuLoadRatio: capacity > 0 ? usedCpuMillis[j] / capacity : 1,
        memTotalMib: memTotal[j],
        memFreeMib: memTotal[j] - usedMemMb[j],
        queueDepth: 0,
        runningTasks: 0,
        draining: false,
        healthy: true,
        lastSeenMs: 0,
        gpus: gpusOf[j],
        link: j === o ? undefined : { rttMs: scenario.rttMs(o, j), jitterMs: scenario.jitterMs(o, j), lossRatio: scenario.lossRatio(o, j), bandwidthMbps: scenario.bandwidthMbps(o, j), measured: true, estimateError: 0 },
        backoffUntilMs: 0,
      };
    }
    const spec: TaskSpec = {
      scope: { gameId: t.gameId, roomId: t.roomId, taskId: t.taskId },
      profile: t.profile,
      hints: t.hints,
      cpuMillis: Math.round(t.cpuCores * 1000),
      memoryMib: t.memMb,
      vramMib: t.vramMb,
      originNode: t.origin,
      deadlineMs: 0,
    };
    const result = placeAndReserve(spec, views, stack, { nowMs: 0, options, ledger });
    ledger = result.ledger;
    const d = result.decision;
    if (d.outcome === 'placed' && d.chosen !== undefined) {
      const j = scenario.indexOf(d.chosen);
      usedCpuMillis[j] += spec.cpuMillis;
      usedMemMb[j] += spec.memoryMib;
      running.push({ taskId: t.taskId, node: j, cpuMillis: spec.cpuMillis, memMb: spec.memoryMib, endMs: timing[t.taskId]?.finishedAtMs ?? Infinity });
      placements[t.taskId] = d.chosen;
      rules[t.taskId] = d.rule;
      if (d.gpuIndex !== undefined) gpuIndex[t.taskId] = d.gpuIndex;
    } else {
      rejected[t.taskId] = d.rejectReason ?? 'rejected';
    }
  }
  return { placements, rejected, rules, gpuIndex };
}
