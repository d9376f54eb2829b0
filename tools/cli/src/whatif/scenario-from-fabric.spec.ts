import { estimateRttMs } from '@cellmesh/netcoords';
import { parseScenario } from '@cellmesh/scenario';
import { DEFAULT_UNKNOWN_RTT_MS, SnapshotError, buildFabricSnapshot, type FabricRecords } from './scenario-from-fabric';

const NOW = 1_000_000;
const MIB = 1024 * 1024;
const coordC = { vec: [10, 0], height: 1, error: 0.2 };
const coordD = { vec: [0, 30], height: 2, error: 0.3 };

function records(over: Partial<FabricRecords> = {}): FabricRecords {
  return {
    registry: [
      { nodeId: 'a', cpuCores: 8, site: 'eu', emulated: true },
      { nodeId: 'b', cpuCores: 4, site: 'eu' },
      { nodeId: 'c', cpuCores: 16, site: 'us' },
    ],
    metrics: [
      { nodeId: 'a', cpuCores: 8, memTotalBytes: 16384 * MIB, site: 'eu', emulated: true, uplinkMbps: 1000, gpus: [{ memoryTotalMib: 81920, name: 'A100' }, { memoryTotalMib: 40960, name: 'A100' }] },
      { nodeId: 'd', cpuCores: 0, sampledAtMs: NOW - 10_000, coord: coordD },
      { nodeId: 'gone', cpuCores: 2, sampledAtMs: NOW - 600_000 },
    ],
    peerTables: [
      { nodeId: 'a', links: [
        { peerId: 'b', rttMs: 1.0, jitterMs: 0.1, lossRatio: 0, throughputMbps: 900, measured: true, emulated: true },
        { peerId: 'c', rttMs: 40, jitterMs: 2, lossRatio: 0.01, measured: true },
      ] },
      { nodeId: 'b', links: [
        { peerId: 'a', rttMs: 1.2, jitterMs: 0.3, lossRatio: 0, throughputMbps: 1100, measured: true },
        { peerId: 'c', rttMs: 30, measured: false },
      ] },
      { nodeId: 'c', coord: coordC, links: [] },
    ],
    clusters: [
      { clusterId: 'a', members: ['a', 'b'], leaderId: 'a', computeHeavyMembers: ['b'] },
      { clusterId: 'c', members: ['c', 'd'], leaderId: 'c' },
    ],
    neighbours: [{ nodeId: 'd', clusterId: 'd', acceptsComputeHeavy: false }],
    rootLeader: 'a',
    ...over,
  };
}

describe('buildFabricSnapshot', () => {
  const snap = buildFabricSnapshot(records(), { nowMs: NOW });
  const s = snap.scenario;
  const rtt = (x: string, y: string) => s.rttMs(s.indexOf(x), s.indexOf(y));

  it('takes registry nodes and recently sampled warm ones, and leaves out the long gone', () => {
    expect(s.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(snap.skippedNodes).toEqual([{ nodeId: 'gone', reason: expect.stringContaining('not in the registry and last sampled 600 s ago') }]);
    expect(snap.emulatedNodes).toBe(1);
  });

  it('writes capacities: memory in MiB, GPUs at the smallest size with a note, a node without cores as 1 core with a note', () => {
    expect(s.nodes[0]).toEqual({ id: 'a', cpuCores: 8, gpus: 2, vramMb: 40960, site: 'eu', memoryMb: 16384, uplinkMbps: 1000, gpuModel: 'A100' });
    expect(s.nodes[3]).toMatchObject({ id: 'd', cpuCores: 1, gpus: 0 });
    expect(snap.notes).toEqual(['a: GPUs of different sizes (81920, 40960 MiB); written as 2 × 40960 MiB', 'd: no CPU core count reported; written as 1 core']);
  });

  it('takes each link from the best source and records which: both ways (mean), one way, estimate, coordinates, default', () => {
    expect(rtt('a', 'b')).toBeCloseTo(1.1, 9);
    expect(s.jitterMs(0, 1)).toBeCloseTo(0.2, 9);
    expect(s.bandwidthMbps(0, 1)).toBe(1000);
    expect(rtt('a', 'c')).toBe(40);
    expect(s.lossRatio(0, 2)).toBe(0.01);
    expect(rtt('b', 'c')).toBe(30);
    expect(s.jitterMs(1, 2)).toBe(0);
    expect(rtt('c', 'd')).toBeCloseTo(estimateRttMs(coordC, coordD), 3);
    expect(rtt('a', 'd')).toBe(DEFAULT_UNKNOWN_RTT_MS);
    expect(snap.links.matrix).toEqual(['-Mmd', 'M-ed', 'me-e', 'dde-']);
    expect(snap.links.counts).toEqual({ measuredBothWays: 1, measuredOneWay: 1, estimated: 2, default: 2 });
    expect(snap.links.bandwidth).toEqual({ measured: 1, uplinks: 0, default: 5 });
    expect(snap.links.emulated).toBe(true);
  });

  it('writes a file `cellmesh simulate --scenario` loads, with the same links (symmetric, 4 decimals)', () => {
    const again = parseScenario(snap.scenarioText);
    expect(again.nodes).toEqual(s.nodes);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(again.rttMs(i, j)).toBe(again.rttMs(j, i));
    expect(again.truth?.siteOf).toBeUndefined(); // d has no site, so no ground truth
  });

  it('records the topology as the scheduler sees it: neighbour lists over cluster state, leaders, compute-heavy, root', () => {
    expect(snap.topology).toEqual({
      clusters: { a: 'a', b: 'a', c: 'c', d: 'd' },
      leaders: { a: 'a', c: 'c' },
      computeHeavy: { a: false, b: true, d: false },
      rootLeader: 'a',
    });
  });

  it('refuses a fabric with no live node, saying where it looked', () => {
    expect(() => buildFabricSnapshot(records({ registry: [], metrics: [{ nodeId: 'x', sampledAtMs: 0 }] }), { nowMs: NOW })).toThrow(SnapshotError);
    expect(() => buildFabricSnapshot(records({ registry: [], metrics: [] }), { nowMs: NOW })).toThrow(/no live node: the registry \(cm_nodes\) and the warm metrics \(cm_metrics\)/);
  });
});
