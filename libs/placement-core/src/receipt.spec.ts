import fc from 'fast-check';
import { FilterName, FilterReason } from './names';
import { place } from './place';
import { boundReceipt } from './receipt';
import { defaultStack } from './stack';
import type { CandidateVerdict, PlacementDecision } from './types';
import { NOW_MS, node, task } from '../test/fixtures';

function world(feasibleCount: number, drainingCount: number, staleCount: number) {
  const nodes = [];
  for (let i = 0; i < feasibleCount; i++) nodes.push(node(`ok-${String(i).padStart(3, '0')}`, { link: { rttMs: 1 + i, jitterMs: 0, lossRatio: 0, bandwidthMbps: 100, measured: true } }));
  for (let i = 0; i < drainingCount; i++) nodes.push(node(`drain-${i}`, { draining: true }));
  for (let i = 0; i < staleCount; i++) nodes.push(node(`stale-${i}`, { lastSeenMs: 0 }));
  return nodes;
}

describe('boundReceipt', () => {
  it('keeps the chosen node, the best others and one rejection per reason, and counts the rest', () => {
    const d = place(task({ originNode: 'elsewhere' }), world(50, 30, 20), defaultStack(), { nowMs: NOW_MS });
    expect(d.chosen).toBe('ok-000');
    const bounded = boundReceipt(d, 8);
    expect(bounded.candidates).toHaveLength(8);
    expect(bounded.candidatesOmitted).toBe(92);
    expect(bounded.candidates[0].nodeId).toBe('ok-000');
    expect(bounded.candidates.slice(1, 6).map((c) => c.nodeId)).toEqual(['ok-001', 'ok-002', 'ok-003', 'ok-004', 'ok-005']);
    expect(bounded.candidates.slice(6).map((c) => [c.rejectedBy, c.reason])).toEqual([
      [FilterName.NodeNotDraining, FilterReason.NodeDraining],
      [FilterName.NodeHealthy, FilterReason.HeartbeatStale],
    ]);
    expect(bounded.chosen).toBe(d.chosen);
  });

  it('gives unused room to the other kind', () => {
    const rejectedOnly = place(task({ cpuMillis: 64_000 }), world(0, 0, 0).concat([node('a'), node('b'), node('c')]), defaultStack(), { nowMs: NOW_MS });
    expect(boundReceipt(rejectedOnly, 2).candidates).toHaveLength(2);
    const feasibleOnly = place(task(), world(10, 0, 0), defaultStack(), { nowMs: NOW_MS });
    expect(boundReceipt(feasibleOnly, 4).candidates.every((c) => c.feasible)).toBe(true);
  });

  it('keeps every candidate of a small decision, as plain data', () => {
    const d = place(task(), world(2, 1, 0), defaultStack(), { nowMs: NOW_MS });
    const b = boundReceipt(d, 16);
    expect(b.candidatesOmitted).toBe(0);
    expect(b.candidates.map((c) => c.nodeId)).toEqual(d.candidates.map((c) => c.nodeId));
    expect(b.candidates.every((c) => Object.getPrototypeOf(c) === Object.prototype)).toBe(true);
    expect({ ...b.candidates[0] }.scores).toEqual(d.candidates[0].scores);
    expect(JSON.parse(JSON.stringify(d.candidates[0]))).toEqual(JSON.parse(JSON.stringify(b.candidates[0])));
  });

  const arbCandidate = fc.record({ id: fc.nat(10_000), feasible: fc.boolean(), final: fc.double({ min: 0, max: 1, noNaN: true }), reason: fc.constantFrom(...Object.values(FilterReason)) });
  it('is bounded, keeps the chosen node and accounts for every candidate', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbCandidate, { selector: (c) => c.id, maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (raw, max) => {
        const candidates: CandidateVerdict[] = raw.map((c) =>
          c.feasible
            ? { nodeId: `n${c.id}`, feasible: true, scores: [], final: c.final }
            : { nodeId: `n${c.id}`, feasible: false, rejectedBy: FilterName.Capacity, reason: c.reason, scores: [], final: 0 },
        );
        const chosen = candidates.find((c) => c.feasible)?.nodeId;
        const d: PlacementDecision = { taskId: 't', profile: 'batch', outcome: chosen ? 'placed' : 'rejected', chosen, rule: 'best-fit-peer', candidates, candidatesOmitted: 0 };
        const b = boundReceipt(d, max);
        expect(b.candidates.length).toBeLessThanOrEqual(max);
        expect(b.candidates.length + b.candidatesOmitted).toBe(candidates.length);
        if (chosen) expect(b.candidates.some((c) => c.nodeId === chosen)).toBe(true);
        expect(new Set(b.candidates.map((c) => c.nodeId)).size).toBe(b.candidates.length);
      }),
    );
  });
});
