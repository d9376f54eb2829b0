import { aggregateCluster, median, type MemberMetrics, type MemberPeerTable } from './cluster';

const node = (nodeId: string, over: Partial<MemberMetrics> = {}): MemberMetrics => ({ nodeId, cpuCores: 8, cpuLoadPct: 50, memTotalBytes: 100, memUsedBytes: 40, queueDepth: 1, runningTasks: 2, emulated: false, gpus: [], ...over });
const link = (peerId: string, rttMs: number, measured = true) => ({ peerId, rttMs, jitterMs: rttMs / 10, lossRatio: rttMs > 50 ? 0.02 : 0, measured });

describe('aggregateCluster', () => {
  it('sums capacity and load, and summarises member-to-member measured links only', () => {
    const metrics = new Map([
      ['a', node('a', { gpus: [{ memoryTotalMib: 80, memoryUsedMib: 30 }] })],
      ['b', node('b', { cpuLoadPct: 10, emulated: true })],
    ]);
    const tables = new Map<string, MemberPeerTable>([
      ['a', { nodeId: 'a', links: [link('b', 1), link('outsider', 5), link('c', 80, false)] }],
      ['b', { nodeId: 'b', links: [link('a', 3), link('b', 0)] }],
    ]);
    expect(aggregateCluster(['a', 'b', 'c'], metrics, tables)).toEqual({
      missing: ['c'],
      totalCpuCores: 16,
      meanCpuLoadPct: 30,
      memTotalBytes: 200,
      memUsedBytes: 80,
      queueDepth: 2,
      runningTasks: 4,
      gpuCount: 1,
      vramTotalMib: 80,
      vramFreeMib: 50,
      measuredLinks: 2,
      medianRttMs: 2,
      maxRttMs: 3,
      meanJitterMs: 0.2,
      maxLossRatio: 0,
      emulated: true,
    });
  });

  it('gives zeros for a cluster nobody reported on', () => {
    expect(aggregateCluster(['x'], new Map(), new Map())).toMatchObject({ missing: ['x'], totalCpuCores: 0, meanCpuLoadPct: 0, measuredLinks: 0, medianRttMs: 0 });
  });

  it('median of sorted values', () => {
    expect([median([]), median([3]), median([1, 2, 10]), median([1, 2, 3, 10])]).toEqual([0, 3, 2, 2.5]);
  });
});
