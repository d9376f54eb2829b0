import fc from 'fast-check';
import { GpuLedger } from './gpu-ledger';
import { FilterName, FilterReason, Rule, ScorerName, TaskReason } from './names';
import { DEFAULT_PLACEMENT_OPTIONS } from './options';
import { place } from './place';
import { defaultStack } from './stack';
import type { NodeView, TaskProfile } from './types';
import { DefaultWeights } from './weights';
import { NOW_MS, gpu, gpuHub, node, task } from '../test/fixtures';

const stack = defaultStack();
const at = { nowMs: NOW_MS };
const far = (rttMs: number, overrides: Partial<NodeView> = {}) => ({
  link: { rttMs, jitterMs: rttMs / 10, lossRatio: 0, bandwidthMbps: 100, measured: true },
  ...overrides,
});

describe('place: deciding rules', () => {
  it('prefers the local (origin) node when it has room', () => {
    const nodes = [node('origin', { cores: 4 }), node('peer-a', { cores: 32, memTotalMib: 65_536, memFreeMib: 65_536 }), node('peer-b')];
    const d = place(task({ profile: 'throughput' }), nodes, stack, at);
    expect(d).toMatchObject({ outcome: 'placed', chosen: 'origin', rule: Rule.LocalNode });
  });

  it('passes over a local node that is far behind the best', () => {
    const nodes = [node('origin', { cpuLoadRatio: 0.8, queueDepth: 40 }), node('peer', far(5))];
    const d = place(task({ profile: 'batch' }), nodes, stack, at);
    expect(d).toMatchObject({ chosen: 'peer', rule: Rule.BestFitPeer });
  });

  it('falls back to the cluster leader when the local node cannot take the task', () => {
    const nodes = [node('origin', { draining: true }), node('leader', { isLeader: true, ...far(2) }), node('peer', far(2))];
    const d = place(task(), nodes, stack, at);
    expect(d).toMatchObject({ chosen: 'leader', rule: Rule.ClusterLeader });
  });

  it('does not send work to a leader far worse than the best peer', () => {
    const nodes = [node('origin', { draining: true }), node('leader', { isLeader: true, ...far(80) }), node('peer', far(2))];
    expect(place(task(), nodes, stack, at)).toMatchObject({ chosen: 'peer', rule: Rule.BestFitPeer });
  });

  it('sends a shared GPU task to the GPU hub, even past a nearer GPU node', () => {
    const nodes = [node('origin'), node('gpu-box', { gpus: [gpu()], ...far(1) }), gpuHub('hub', far(20))];
    const d = place(task({ hints: ['gpuRequired'], vramMib: 4_000 }), nodes, stack, at);
    expect(d).toMatchObject({ outcome: 'placed', chosen: 'hub', rule: Rule.GpuHub, gpuIndex: 0 });
  });

  it('uses a non-hub GPU node when no hub can admit the task', () => {
    const fullHub = gpuHub('hub', { gpus: [gpu({ slotsUsed: 4 })] });
    const d = place(task({ vramMib: 4_000 }), [node('origin'), node('gpu-box', { gpus: [gpu({ index: 2 })] }), fullHub], stack, at);
    expect(d).toMatchObject({ chosen: 'gpu-box', rule: Rule.BestFitPeer, gpuIndex: 2 });
  });

  it('sends cpuOnly work to a nearby CPU worker, even when the origin is a hub', () => {
    const nodes = [gpuHub('origin'), node('worker', far(2))];
    const d = place(task({ hints: ['cpuOnly'] }), nodes, stack, at);
    expect(d).toMatchObject({ chosen: 'worker', rule: Rule.CpuWorker, gpuIndex: undefined });
  });

  it('keeps latency-sensitive cpuOnly work on the local hub when the only CPU worker is an ocean away', () => {
    const nodes = [gpuHub('origin'), node('worker', far(120))];
    const d = place(task({ hints: ['cpuOnly'] }), nodes, stack, at);
    expect(d).toMatchObject({ chosen: 'origin', rule: Rule.LocalNode, gpuIndex: undefined });
  });

  it('sends throughput and batch cpuOnly work to a CPU worker even across the WAN', () => {
    const nodes = [gpuHub('origin'), node('worker', far(120))];
    for (const profile of ['throughput', 'batch'] as const) {
      expect(place(task({ hints: ['cpuOnly'], profile }), nodes, stack, at)).toMatchObject({ chosen: 'worker', rule: Rule.CpuWorker });
    }
  });

  it('lets cpuOnly work use a hub when no CPU worker can take it', () => {
    const nodes = [gpuHub('hub-a', far(3)), gpuHub('hub-b', far(9)), node('worker', { draining: true })];
    const d = place(task({ hints: ['cpuOnly'] }), nodes, stack, at);
    expect(d).toMatchObject({ chosen: 'hub-a', rule: Rule.BestFitPeer, gpuIndex: undefined });
  });

  it('never gives a CPU task a GPU index, even on a hub', () => {
    expect(place(task(), [gpuHub('origin')], stack, at)).toMatchObject({ chosen: 'origin', gpuIndex: undefined });
  });
});

describe('place: weights per profile on one world', () => {
  // near: 2 ms away but busy; idle: 60 ms away with every core free and a fat link.
  const world = [
    node('near', { cpuLoadRatio: 0.7, queueDepth: 12, ...far(2) }),
    node('idle', { cores: 32, memTotalMib: 65_536, memFreeMib: 65_536, link: { rttMs: 60, jitterMs: 4, lossRatio: 0, bandwidthMbps: 10_000, measured: true } }),
  ];
  it.each<[TaskProfile, string]>([
    ['latencySensitive', 'near'],
    ['throughput', 'idle'],
    ['batch', 'idle'],
  ])('%s goes to %s', (profile, want) => {
    expect(place(task({ profile }), world, stack, at).chosen).toBe(want);
  });

  it('every profile weighs every scorer, RTT most for latencySensitive, capacity most for batch', () => {
    for (const profile of ['latencySensitive', 'throughput', 'batch'] as const) {
      expect(Object.keys(DefaultWeights[profile]).sort()).toEqual(Object.values(ScorerName).sort());
    }
    const ls = DefaultWeights.latencySensitive;
    expect(Math.max(...Object.values(ls))).toBe(ls[ScorerName.RttToOrigin]);
    const batch = DefaultWeights.batch;
    expect(Math.max(...Object.values(batch))).toBe(batch[ScorerName.FreeCapacity]);
    expect(batch[ScorerName.JitterLoss]).toBe(0);
    expect(DefaultWeights.throughput[ScorerName.Bandwidth]).toBeGreaterThan(DefaultWeights.throughput[ScorerName.RttToOrigin]);
  });

  it('prefers a measured path over an equally short estimate', () => {
    const nodes = [
      node('estimated', { link: { rttMs: 5, jitterMs: 0.5, lossRatio: 0, bandwidthMbps: 100, measured: false, estimateError: 0.4 } }),
      node('measured', { link: { rttMs: 5, jitterMs: 0.5, lossRatio: 0, bandwidthMbps: 100, measured: true } }),
    ];
    expect(place(task(), nodes, stack, at).chosen).toBe('measured');
  });
});

describe('place: rejections and queueing', () => {
  it.each([
    { name: 'gpuRequired with cpuOnly', t: task({ hints: ['gpuRequired', 'cpuOnly'] }), want: TaskReason.ConflictingHints },
    { name: 'cpuOnly asking for VRAM', t: task({ hints: ['cpuOnly'], vramMib: 10 }), want: TaskReason.ConflictingHints },
    { name: 'negative request', t: task({ cpuMillis: -1 }), want: TaskReason.InvalidResourceRequest },
    { name: 'NaN request', t: task({ memoryMib: NaN }), want: TaskReason.InvalidResourceRequest },
    { name: 'deadline passed', t: task({ deadlineMs: NOW_MS }), want: TaskReason.DeadlinePassed },
  ])('rejects $name before looking at nodes', ({ t, want }) => {
    expect(place(t, [node('origin')], stack, at)).toMatchObject({ outcome: 'rejected', rule: Rule.Rejected, rejectReason: want, candidates: [] });
  });

  it('rejects with no candidates', () => {
    expect(place(task(), [], stack, at)).toMatchObject({ outcome: 'rejected', rejectReason: TaskReason.NoCandidates });
  });

  it('rejects a task needing more VRAM than any single GPU has, even with a queue', () => {
    const d = place(task({ vramMib: 48_000 }), [gpuHub('hub'), gpuHub('hub-2')], stack, { ...at, waitQueue: { isFull: false } });
    expect(d).toMatchObject({ outcome: 'rejected', rejectReason: TaskReason.VramExceedsLargestGpu });
    expect(d.candidates.every((c) => c.rejectedBy === FilterName.VramAdmission && c.code === 'unresolvable')).toBe(true);
  });

  const busyHub = gpuHub('hub', { gpus: [gpu({ reservedVramMib: 20_000 })] });
  it('queues a GPU task that fits once reservations release, when the queue has room', () => {
    const d = place(task({ vramMib: 8_000 }), [busyHub], stack, { ...at, waitQueue: { isFull: false } });
    expect(d).toMatchObject({ outcome: 'queued', rule: Rule.GpuWaitQueue, rejectReason: TaskReason.GpuCapacityBusy });
    expect(d.chosen).toBeUndefined();
  });
  it('rejects that task when the queue is full', () => {
    const d = place(task({ vramMib: 8_000 }), [busyHub], stack, { ...at, waitQueue: { isFull: true } });
    expect(d).toMatchObject({ outcome: 'rejected', rejectReason: TaskReason.GpuWaitQueueFull });
  });
  it('rejects that task when there is no queue', () => {
    expect(place(task({ vramMib: 8_000 }), [busyHub], stack, at)).toMatchObject({ outcome: 'rejected', rejectReason: TaskReason.GpuCapacityBusy });
  });
  it('rejects a CPU task that fits nowhere (no queueing for CPU work)', () => {
    const d = place(task(), [node('a', { draining: true }), node('b', { cpuLoadRatio: 1 })], stack, { ...at, waitQueue: { isFull: false } });
    expect(d).toMatchObject({ outcome: 'rejected', rejectReason: TaskReason.NoFeasibleNode });
  });

  it('sees reservations held in the ledger', () => {
    const hub = gpuHub('hub', { gpus: [gpu({ slotsTotal: 1 })] });
    const held = GpuLedger.empty().reserve(hub, 0, 'other', 1_000, DEFAULT_PLACEMENT_OPTIONS);
    if (!held.ok) throw new Error(held.reason);
    const d = place(task({ vramMib: 1_000 }), [hub], stack, { ...at, ledger: held.ledger, waitQueue: { isFull: false } });
    expect(d).toMatchObject({ outcome: 'queued' });
    expect(d.candidates[0]).toMatchObject({ rejectedBy: FilterName.VramAdmission, reason: FilterReason.NoFreeGpuSlot, code: 'unfit' });
  });
});

describe('place: the candidate trail', () => {
  it('lists every node in input order, with the first filter that rejected it or every weighted score', () => {
    const nodes = [node('stale', { lastSeenMs: 0 }), node('origin'), node('busy', { cpuLoadRatio: 1 }), node('peer', far(4))];
    const d = place(task(), nodes, stack, at);
    expect(d.candidates.map((c) => c.nodeId)).toEqual(['stale', 'origin', 'busy', 'peer']);
    expect(d.candidates[0]).toMatchObject({ feasible: false, rejectedBy: FilterName.NodeHealthy, reason: FilterReason.HeartbeatStale, scores: [] });
    expect(d.candidates[2]).toMatchObject({ feasible: false, rejectedBy: FilterName.Capacity, reason: FilterReason.InsufficientCpu });
    // peer-health runs only when some feasible node is below full health (none is here).
    const weighted = Object.entries(DefaultWeights.latencySensitive).filter(([n, w]) => w > 0 && n !== 'peer-health').map(([n]) => n);
    for (const c of [d.candidates[1], d.candidates[3]]) {
      expect(c.feasible).toBe(true);
      expect(c.scores.map((s) => s.plugin).sort()).toEqual(weighted.sort());
      const weightSum = c.scores.reduce((sum, s) => sum + s.weight, 0);
      expect(c.final).toBeCloseTo(c.scores.reduce((sum, s) => sum + s.weight * s.normalized, 0) / weightSum, 12);
    }
  });

  it('decays a recently slow peer\'s final by its peer-health, and leaves a healthy fleet\'s finals as they were', () => {
    const healthy = place(task(), [node('origin'), node('peer', far(4))], stack, at);
    const slow = place(task(), [node('origin'), node('peer', { ...far(4), peerHealth: 0.5 })], stack, at);
    const final = (d: typeof healthy, id: string) => d.candidates.find((c) => c.nodeId === id)!;
    expect(final(healthy, 'peer').scores.map((s) => s.plugin)).not.toContain('peer-health');
    expect(final(slow, 'peer').scores.find((s) => s.plugin === 'peer-health')).toMatchObject({ raw: 0.5, normalized: 0.5 });
    expect(final(slow, 'origin').scores.find((s) => s.plugin === 'peer-health')).toMatchObject({ raw: 1, normalized: 1 });
    expect(final(slow, 'peer').final).toBeCloseTo(final(healthy, 'peer').final * 0.5, 12);
    expect(final(slow, 'origin').final).toBeCloseTo(final(healthy, 'origin').final, 12);
  });

  it('skips scorers weighted 0', () => {
    const d = place(task({ profile: 'batch' }), [node('a'), node('b')], stack, at);
    expect(d.candidates[0].scores.some((s) => s.plugin === ScorerName.JitterLoss)).toBe(false);
  });
});

describe('place: determinism', () => {
  it('breaks a tie by the lowest nodeId, whatever the input order', () => {
    const twins = [node('peer-b', far(5)), node('peer-a', far(5)), node('peer-c', far(5))];
    expect(place(task(), twins, stack, at)).toMatchObject({ chosen: 'peer-a', rule: Rule.BestFitPeer });
    expect(place(task(), [...twins].reverse(), stack, at).chosen).toBe('peer-a');
  });

  const arbNode = fc
    .record({
      id: fc.integer({ min: 0, max: 30 }),
      cores: fc.integer({ min: 1, max: 64 }),
      load: fc.double({ min: 0, max: 1, noNaN: true }),
      queue: fc.nat(50),
      rtt: fc.double({ min: 0.1, max: 200, noNaN: true }),
      measured: fc.boolean(),
      leader: fc.boolean(),
      hub: fc.boolean(),
      draining: fc.boolean(),
      vramUsed: fc.integer({ min: 0, max: 24_576 }),
    })
    .map((r) =>
      node(`n${r.id}`, {
        cores: r.cores,
        cpuLoadRatio: r.load,
        queueDepth: r.queue,
        isLeader: r.leader,
        isGpuHub: r.hub,
        draining: r.draining,
        gpus: r.hub ? [gpu({ vramUsedMib: r.vramUsed })] : [],
        link: { rttMs: r.rtt, jitterMs: r.rtt / 20, lossRatio: 0, bandwidthMbps: 1_000 / r.rtt, measured: r.measured },
      }),
    );
  const arbNodes = fc.uniqueArray(arbNode, { minLength: 1, maxLength: 25, selector: (n) => n.nodeId });
  const arbTask = fc
    .record({
      profile: fc.constantFrom<TaskProfile>('latencySensitive', 'throughput', 'batch'),
      kind: fc.constantFrom('cpu', 'gpu', 'cpuOnly'),
      origin: fc.integer({ min: 0, max: 30 }),
      vram: fc.integer({ min: 0, max: 16_000 }),
    })
    .map((r) =>
      task({
        profile: r.profile,
        originNode: `n${r.origin}`,
        hints: r.kind === 'gpu' ? ['gpuRequired'] : r.kind === 'cpuOnly' ? ['cpuOnly'] : [],
        vramMib: r.kind === 'gpu' ? r.vram : 0,
      }),
    );

  it('chooses the same node whatever the order of the nodes, and only a feasible one', () => {
    fc.assert(
      fc.property(arbTask, arbNodes, fc.func(fc.integer()), (t, nodes, key) => {
        const shuffled = [...nodes].sort((a, b) => key(a.nodeId) - key(b.nodeId) || (a.nodeId < b.nodeId ? -1 : 1));
        const d1 = place(t, nodes, stack, at);
        const d2 = place(t, shuffled, stack, at);
        expect(d2.chosen).toBe(d1.chosen);
        expect(d2.rule).toBe(d1.rule);
        expect(d2.gpuIndex).toBe(d1.gpuIndex);
        const chosen = d1.candidates.find((c) => c.nodeId === d1.chosen);
        if (d1.outcome === 'placed') expect(chosen?.feasible).toBe(true);
        else expect(d1.candidates.some((c) => c.feasible)).toBe(false);
        for (const c of d1.candidates) {
          expect(c.final).toBeGreaterThanOrEqual(0);
          expect(c.final).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
