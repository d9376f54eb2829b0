import type { NodeScorer, NodeView, TaskSpec } from '../types';
import { ctx, gpuHub, node, task } from '../../test/fixtures';
import { identityNormalize, maxNormalize, minMaxNormalize } from '../normalize';
import { bandwidthScorer, jitterLossScorer, localityScorer, rttToOriginScorer } from './network';
import { freeCapacityScorer, queueDepthScorer } from './load';
import { clusterLeaderScorer, gpuHubAffinityScorer } from './roles';

interface Case {
  name: string;
  task: TaskSpec;
  node: NodeView;
  want: number;
}

const link = (overrides: Partial<NonNullable<NodeView['link']>>) => ({
  rttMs: 10,
  jitterMs: 1,
  lossRatio: 0,
  bandwidthMbps: 100,
  measured: true,
  ...overrides,
});

const tables: [NodeScorer, Case[]][] = [
  [
    rttToOriginScorer,
    [
      { name: 'origin itself is 0', task: task(), node: node('origin', { link: link({ rttMs: 5 }) }), want: 0 },
      { name: 'measured RTT as is', task: task(), node: node('n', { link: link({ rttMs: 12 }) }), want: 12 },
      { name: 'estimate inflated by its error', task: task(), node: node('n', { link: link({ rttMs: 10, measured: false, estimateError: 0.2 }) }), want: 12 },
      { name: 'estimate without error uses the default 0.5', task: task(), node: node('n', { link: link({ rttMs: 10, measured: false }) }), want: 15 },
      { name: 'no link at all is pessimistic', task: task(), node: node('n', { link: undefined }), want: 500 },
    ],
  ],
  [
    jitterLossScorer,
    [
      { name: 'origin itself is 0', task: task(), node: node('origin'), want: 0 },
      { name: 'jitter only', task: task(), node: node('n', { link: link({ jitterMs: 3 }) }), want: 3 },
      { name: '1% loss costs 2 ms', task: task(), node: node('n', { link: link({ jitterMs: 3, lossRatio: 0.01 }) }), want: 5 },
      { name: 'no link at all is pessimistic', task: task(), node: node('n', { link: undefined }), want: 500 },
    ],
  ],
  [
    bandwidthScorer,
    [
      { name: 'origin is loopback', task: task(), node: node('origin'), want: Infinity },
      { name: 'link bandwidth', task: task(), node: node('n', { link: link({ bandwidthMbps: 250 }) }), want: 250 },
      { name: 'no link is 0', task: task(), node: node('n', { link: undefined }), want: 0 },
      { name: 'a quarter-saturated uplink leaves three quarters', task: task(), node: node('n', { link: link({ bandwidthMbps: 200 }), uplinkSaturation: 0.25 }), want: 150 },
      { name: 'a saturated uplink leaves nothing', task: task(), node: node('n', { link: link({ bandwidthMbps: 200 }), uplinkSaturation: 1 }), want: 0 },
    ],
  ],
  [
    localityScorer,
    [
      { name: 'origin', task: task(), node: node('origin'), want: 1 },
      { name: 'peer', task: task(), node: node('n'), want: 0 },
    ],
  ],
  [
    freeCapacityScorer,
    [
      { name: 'idle node after a 2-core task', task: task({ cpuMillis: 2_000, memoryMib: 0 }), node: node('n'), want: 0.75 },
      { name: 'memory is the tighter', task: task({ cpuMillis: 0, memoryMib: 8_192 }), node: node('n'), want: 0.5 },
      { name: 'load counts', task: task({ cpuMillis: 0, memoryMib: 0 }), node: node('n', { cpuLoadRatio: 0.9 }), want: 0.1 },
      { name: 'no cores is 0', task: task({ cpuMillis: 0, memoryMib: 0 }), node: node('n', { cores: 0 }), want: 0 },
    ],
  ],
  [
    queueDepthScorer,
    [
      { name: 'empty queue', task: task(), node: node('n'), want: 0 },
      { name: 'per core', task: task(), node: node('n', { queueDepth: 4, cores: 8 }), want: 0.5 },
    ],
  ],
  [
    gpuHubAffinityScorer,
    [
      { name: 'GPU task on a hub', task: task({ hints: ['gpuRequired'] }), node: gpuHub('h'), want: 1 },
      { name: 'GPU task elsewhere', task: task({ vramMib: 10 }), node: node('n'), want: 0 },
      { name: 'cpuOnly on a hub', task: task({ hints: ['cpuOnly'] }), node: gpuHub('h'), want: 0 },
      { name: 'cpuOnly on a worker', task: task({ hints: ['cpuOnly'] }), node: node('n'), want: 1 },
      { name: 'neither: neutral', task: task(), node: gpuHub('h'), want: 1 },
    ],
  ],
  [
    clusterLeaderScorer,
    [
      { name: 'leader of the origin cluster', task: task(), node: node('n', { isLeader: true }), want: 1 },
      { name: 'leader of another cluster', task: task(), node: node('n', { isLeader: true, clusterId: 'c2' }), want: 0 },
      { name: 'member', task: task(), node: node('n'), want: 0 },
    ],
  ],
];

describe.each(tables.map(([s, cases]) => [s.name, s, cases] as const))('scorer %s', (_name, s, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_caseName, c) => {
    expect(s.score(c.task, c.node, ctx)).toBeCloseTo(c.want, 9);
  });
});

describe('normalization', () => {
  it.each([
    { name: 'min–max', raw: [10, 20, 30], reverse: false, want: [0, 0.5, 1] },
    { name: 'reverse: lower is better', raw: [10, 20, 30], reverse: true, want: [1, 0.5, 0] },
    { name: 'all equal: no discrimination', raw: [7, 7], reverse: true, want: [1, 1] },
    { name: '+Infinity is the top', raw: [Infinity, 100, 200], reverse: false, want: [1, 0, 1] },
    { name: 'NaN is the worst', raw: [NaN, 1, 2], reverse: true, want: [0, 1, 0] },
  ])('minMaxNormalize: $name', ({ raw, reverse, want }) => {
    expect(minMaxNormalize(raw, reverse)).toEqual(want);
  });

  it.each([
    { name: 'scaled by the max (kube)', raw: [0, 25, 50], reverse: false, want: [0, 0.5, 1] },
    { name: 'reverse keeps proportions', raw: [0, 1, 100], reverse: true, want: [1, 0.99, 0] },
    { name: 'all zero: 0, or 1 reversed', raw: [0, 0], reverse: true, want: [1, 1] },
    { name: '+Infinity is the top, the rest scale by the finite max', raw: [Infinity, 100, 200], reverse: false, want: [1, 0.5, 1] },
    { name: 'negative raws fall back to min–max', raw: [-1, 1], reverse: false, want: [0, 1] },
  ])('maxNormalize: $name', ({ raw, reverse, want }) => {
    expect(maxNormalize(raw, reverse)).toEqual(want);
  });

  it('identity clamps into [0, 1]', () => {
    expect(identityNormalize([-1, 0.25, 2, NaN], false)).toEqual([0, 0.25, 1, 0]);
    expect(identityNormalize([1, 0], true)).toEqual([0, 1]);
  });
});
