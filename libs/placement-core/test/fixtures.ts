import { DEFAULT_PLACEMENT_OPTIONS } from '../src/options';
import type { GpuView, NodeView, PlacementContext, TaskSpec } from '../src/types';

export const NOW_MS = 1_700_000_000_000;

export function gpu(overrides: Partial<GpuView> = {}): GpuView {
  return { index: 0, uuid: `GPU-${overrides.index ?? 0}`, vramTotalMib: 24_576, vramUsedMib: 0, slotsTotal: 4, slotsUsed: 0, reservedVramMib: 0, ...overrides };
}

/** An idle, healthy 8-core CPU node one measured millisecond from the origin. */
export function node(nodeId: string, overrides: Partial<NodeView> = {}): NodeView {
  return {
    nodeId,
    clusterId: 'c1',
    isLeader: false,
    isGpuHub: false,
    acceptsComputeHeavy: true,
    cores: 8,
    cpuLoadRatio: 0,
    memTotalMib: 16_384,
    memFreeMib: 16_384,
    queueDepth: 0,
    runningTasks: 0,
    draining: false,
    healthy: true,
    lastSeenMs: NOW_MS - 500,
    gpus: [],
    link: { rttMs: 1, jitterMs: 0.1, lossRatio: 0, bandwidthMbps: 1_000, measured: true },
    backoffUntilMs: 0,
    ...overrides,
  };
}

export function gpuHub(nodeId: string, overrides: Partial<NodeView> = {}): NodeView {
  return node(nodeId, { isGpuHub: true, gpus: [gpu({ index: 0 }), gpu({ index: 1 })], ...overrides });
}

export function task(overrides: Partial<TaskSpec> & { taskId?: string } = {}): TaskSpec {
  const { taskId = 't1', ...rest } = overrides;
  return {
    scope: { gameId: 'g1', roomId: 'r1', taskId },
    profile: 'latencySensitive',
    hints: [],
    cpuMillis: 1_000,
    memoryMib: 512,
    vramMib: 0,
    originNode: 'origin',
    deadlineMs: 0,
    ...rest,
  };
}

export const ctx: PlacementContext = { nowMs: NOW_MS, options: DEFAULT_PLACEMENT_OPTIONS, originClusterId: 'c1' };
