import { seededRandom } from '@cellmesh/netcoords';
import { DEFAULT_MIX, pickTemplate, planRooms } from './plan';
import { percentile, WorkloadStats } from './stats';

describe('workload plan', () => {
  it('gives every room an origin among the fabric nodes, reproducibly for a seed', () => {
    const a = planRooms(['eu-1', 'us-1', 'ap-1'], 2, 3, seededRandom(7));
    const b = planRooms(['eu-1', 'us-1', 'ap-1'], 2, 3, seededRandom(7));
    expect(a).toEqual(b);
    expect(a).toHaveLength(6);
    expect(a.map((r) => `${r.gameId}/${r.roomId}`)).toContain('game-2/room-3');
    for (const r of a) expect(['eu-1', 'us-1', 'ap-1']).toContain(r.originNode);
  });

  it('picks templates in proportion to their weights', () => {
    const random = seededRandom(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 11_000; i++) {
      const t = pickTemplate(DEFAULT_MIX, random);
      counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
    }
    // weights 4:3:2:1:1 of 11 → 4000, 3000, 2000, 1000, 1000 expected
    expect(counts.get('pathfind')! / 4000).toBeCloseTo(1, 1);
    expect(counts.get('matmul')! / 1000).toBeCloseTo(1, 0);
  });
});

describe('workload stats', () => {
  it('computes nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 99)).toBe(99);
  });

  it('counts rejections by reason and throughput over a window', () => {
    const s = new WorkloadStats();
    s.recordRejected('no-feasible-node');
    s.recordRejected('no-feasible-node');
    s.recordRejected('vram-exceeds-largest-gpu');
    expect(s.rejected).toBe(3);
    expect(s.rejectedByReason.get('no-feasible-node')).toBe(2);
    s.recordCompleted('batch', 10, 1000);
    s.recordCompleted('batch', 30, 5500);
    expect(s.throughput(6000, 5000)).toBeCloseTo(0.2);
    expect(s.endToEndPercentile(50)).toBe(10);
  });
});
