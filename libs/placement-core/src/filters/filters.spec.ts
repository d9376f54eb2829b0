import { DEFAULT_PLACEMENT_OPTIONS } from '../options';
import { FilterReason } from '../names';
import type { NodeFilter, NodeView, TaskSpec, Verdict } from '../types';
import { NOW_MS, ctx, gpu, gpuHub, node, task } from '../../test/fixtures';
import { nodeHealthyFilter, nodeNotDrainingFilter, slowPeerBackoffFilter } from './node-state';
import { capacityFilter, cpuOnlyFilter, memoryHeavyFilter } from './resources';
import { gpuPresentFilter, pickGpu, vramAdmissionFilter } from './gpu';

interface Case {
  name: string;
  task: TaskSpec;
  node: NodeView;
  want: Verdict;
}

const fit: Verdict = { fit: true };
const unfit = (reason: FilterReason): Verdict => ({ fit: false, code: 'unfit', reason });
const unresolvable = (reason: FilterReason): Verdict => ({ fit: false, code: 'unresolvable', reason });

// Margin on a 24 GiB GPU: max(256, 5% of 24576 = 1229) = 1229 MiB, so 23347 MiB is admissible on an idle one.
const tables: [NodeFilter, Case[]][] = [
  [
    nodeHealthyFilter,
    [
      { name: 'fresh heartbeat', task: task(), node: node('n'), want: fit },
      { name: 'marked unhealthy', task: task(), node: node('n', { healthy: false }), want: unresolvable(FilterReason.NodeUnhealthy) },
      { name: 'heartbeat exactly at the bound', task: task(), node: node('n', { lastSeenMs: NOW_MS - 5_000 }), want: fit },
      { name: 'heartbeat past the bound', task: task(), node: node('n', { lastSeenMs: NOW_MS - 5_001 }), want: unresolvable(FilterReason.HeartbeatStale) },
    ],
  ],
  [
    nodeNotDrainingFilter,
    [
      { name: 'serving', task: task(), node: node('n'), want: fit },
      { name: 'draining', task: task(), node: node('n', { draining: true }), want: unresolvable(FilterReason.NodeDraining) },
    ],
  ],
  [
    slowPeerBackoffFilter,
    [
      { name: 'no backoff', task: task(), node: node('n'), want: fit },
      { name: 'backoff over', task: task(), node: node('n', { backoffUntilMs: NOW_MS }), want: fit },
      { name: 'backing off', task: task(), node: node('n', { backoffUntilMs: NOW_MS + 1 }), want: unfit(FilterReason.SlowPeerBackoff) },
    ],
  ],
  [
    cpuOnlyFilter,
    [
      { name: 'cpuOnly on a CPU worker', task: task({ hints: ['cpuOnly'] }), node: node('n'), want: fit },
      { name: 'cpuOnly on a GPU hub that accepts it', task: task({ hints: ['cpuOnly'] }), node: gpuHub('h'), want: fit },
      {
        name: 'cpuOnly on a node that refuses isolated compute',
        task: task({ hints: ['cpuOnly'] }),
        node: gpuHub('h', { acceptsComputeHeavy: false }),
        want: unresolvable(FilterReason.RefusesIsolatedCompute),
      },
      { name: 'other tasks ignore the flag', task: task(), node: node('n', { acceptsComputeHeavy: false }), want: fit },
    ],
  ],
  [
    capacityFilter,
    [
      { name: 'fits an idle node', task: task({ cpuMillis: 8_000, memoryMib: 16_384 }), node: node('n'), want: fit },
      { name: 'more cores than the node has', task: task({ cpuMillis: 8_001 }), node: node('n'), want: unresolvable(FilterReason.CpuExceedsNode) },
      { name: 'more memory than the node has', task: task({ memoryMib: 16_385 }), node: node('n'), want: unresolvable(FilterReason.MemoryExceedsNode) },
      { name: 'cores busy', task: task({ cpuMillis: 2_001 }), node: node('n', { cpuLoadRatio: 0.75 }), want: unfit(FilterReason.InsufficientCpu) },
      { name: 'exactly the free cores', task: task({ cpuMillis: 2_000 }), node: node('n', { cpuLoadRatio: 0.75 }), want: fit },
      { name: 'load above 1 is clamped', task: task({ cpuMillis: 1 }), node: node('n', { cpuLoadRatio: 1.3 }), want: unfit(FilterReason.InsufficientCpu) },
      { name: 'memory busy', task: task({ memoryMib: 4_097 }), node: node('n', { memFreeMib: 4_096 }), want: unfit(FilterReason.InsufficientMemory) },
    ],
  ],
  [
    memoryHeavyFilter,
    [
      { name: 'not memoryHeavy', task: task({ memoryMib: 8_000 }), node: node('n', { memFreeMib: 8_000 }), want: fit },
      { name: '2x headroom', task: task({ hints: ['memoryHeavy'], memoryMib: 4_000 }), node: node('n', { memFreeMib: 8_000 }), want: fit },
      {
        name: 'less than 2x headroom',
        task: task({ hints: ['memoryHeavy'], memoryMib: 4_000 }),
        node: node('n', { memFreeMib: 7_999 }),
        want: unfit(FilterReason.InsufficientMemoryHeadroom),
      },
      {
        name: 'floor applies to small requests',
        task: task({ hints: ['memoryHeavy'], memoryMib: 10 }),
        node: node('n', { memFreeMib: 1_023 }),
        want: unfit(FilterReason.InsufficientMemoryHeadroom),
      },
      {
        name: 'node too small ever to give the headroom',
        task: task({ hints: ['memoryHeavy'], memoryMib: 9_000 }),
        node: node('n'),
        want: unresolvable(FilterReason.InsufficientMemoryHeadroom),
      },
    ],
  ],
  [
    gpuPresentFilter,
    [
      { name: 'CPU task on a CPU node', task: task(), node: node('n'), want: fit },
      { name: 'gpuRequired on a CPU node', task: task({ hints: ['gpuRequired'] }), node: node('n'), want: unresolvable(FilterReason.NoGpu) },
      { name: 'VRAM request implies a GPU', task: task({ vramMib: 100 }), node: node('n'), want: unresolvable(FilterReason.NoGpu) },
      { name: 'gpuRequired on a hub', task: task({ hints: ['gpuRequired'] }), node: gpuHub('h'), want: fit },
    ],
  ],
  [
    vramAdmissionFilter,
    [
      { name: 'CPU task is not its business', task: task(), node: node('n'), want: fit },
      { name: 'fits the best-fit GPU', task: task({ vramMib: 23_347 }), node: gpuHub('h'), want: { fit: true, gpuIndex: 0 } },
      {
        name: 'measured use by foreign processes counts',
        task: task({ vramMib: 4_000 }),
        node: node('n', { gpus: [gpu({ vramUsedMib: 20_000 })] }),
        want: unfit(FilterReason.InsufficientVram),
      },
      {
        name: 'pending reservations count',
        task: task({ vramMib: 4_000 }),
        node: node('n', { gpus: [gpu({ reservedVramMib: 20_000 })] }),
        want: unfit(FilterReason.InsufficientVram),
      },
      {
        name: 'the safety margin is kept free',
        task: task({ vramMib: 23_348 }),
        node: node('n', { gpus: [gpu({ slotsTotal: 1 }), gpu({ index: 1, vramTotalMib: 8_192 })] }),
        want: unresolvable(FilterReason.InsufficientVram),
      },
      {
        name: 'all slots taken',
        task: task({ vramMib: 1 }),
        node: node('n', { gpus: [gpu({ slotsUsed: 4 })] }),
        want: unfit(FilterReason.NoFreeGpuSlot),
      },
      {
        name: 'best fit picks the tighter GPU',
        task: task({ vramMib: 6_000 }),
        node: node('n', { gpus: [gpu({ index: 0 }), gpu({ index: 1, vramTotalMib: 8_192 })] }),
        want: { fit: true, gpuIndex: 1 },
      },
      {
        name: 'a GPU with no slots at all can never admit',
        task: task({ vramMib: 1 }),
        node: node('n', { gpus: [gpu({ slotsTotal: 0 })] }),
        want: unresolvable(FilterReason.NoFreeGpuSlot),
      },
    ],
  ],
];

describe.each(tables.map(([f, cases]) => [f.name, f, cases] as const))('filter %s', (_name, f, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_caseName, c) => {
    expect(f.filter(c.task, c.node, ctx)).toEqual(c.want);
  });
});

describe('pickGpu', () => {
  it('breaks equal leftovers by the lowest index', () => {
    const gpus = [gpu({ index: 3 }), gpu({ index: 1 }), gpu({ index: 2 })];
    expect(pickGpu(gpus, 1_000, DEFAULT_PLACEMENT_OPTIONS)?.index).toBe(1);
  });
  it('gives nothing when no GPU admits', () => {
    expect(pickGpu([gpu({ slotsUsed: 4 })], 0, DEFAULT_PLACEMENT_OPTIONS)).toBeUndefined();
  });
});
