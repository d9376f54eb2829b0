import type { NodeView, TaskSpec } from '@cellmesh/placement-core';
import { chooseSpillTarget, offerServes, summarizeCell, SpillRefusal, type CellOffer } from './spill-target';

const gpuTask: TaskSpec = { scope: { gameId: 'g', roomId: 'r', taskId: 't' }, profile: 'throughput', hints: ['gpuRequired'], cpuMillis: 500, memoryMib: 256, vramMib: 4096, originNode: 'ap-1', deadlineMs: 0 };
const cpuTask: TaskSpec = { ...gpuTask, hints: [], vramMib: 0, cpuMillis: 1000 };
const offer = (cellId: string, o: Partial<CellOffer> = {}): CellOffer => ({ cellId, nodes: [`${cellId}-n1`], freeCores: 4, largestFreeVramMb: 0, gpus: 0, publishedAtMs: 1_000, ...o });
const rtts: Record<string, number> = { 'eu-n1': 120, 'us-n1': 80 };
const base = { ownCell: 'ap', homeCell: '', nowMs: 2_000, maxOfferAgeMs: 5_000, rttFromOrigin: (n: string) => rtts[n] };

describe('chooseSpillTarget', () => {
  it.each([
    ['the nearest cell with a GPU that fits', gpuTask, [offer('eu', { gpus: 2, largestFreeVramMb: 40_000 }), offer('us', { gpus: 1, largestFreeVramMb: 8_000 })], 'us'],
    ['a farther cell when the nearer GPU is too small', gpuTask, [offer('eu', { gpus: 2, largestFreeVramMb: 40_000 }), offer('us', { gpus: 1, largestFreeVramMb: 2_000 })], 'eu'],
    ['the nearest cell with free cores for CPU work', cpuTask, [offer('eu'), offer('us')], 'us'],
    ['a cell with a known RTT before one with none', cpuTask, [offer('xx'), offer('eu')], 'eu'],
  ])('picks %s', (_what, task, offers, expected) => {
    const choice = chooseSpillTarget({ ...base, task, offers });
    expect(choice).toMatchObject({ ok: true, cellId: expected });
  });

  it.each([
    ['the task was spilled here already', { homeCell: 'eu' }, [offer('us', { gpus: 1, largestFreeVramMb: 8_000 })], SpillRefusal.AlreadySpilled],
    ['no cell has a GPU', {}, [offer('eu'), offer('us')], SpillRefusal.NoCellCanServe],
    ['every summary is stale (WAN down)', { nowMs: 60_000 }, [offer('us', { gpus: 1, largestFreeVramMb: 8_000 })], SpillRefusal.NoCellCanServe],
    ['only its own cell could', {}, [offer('ap', { gpus: 1, largestFreeVramMb: 8_000 })], SpillRefusal.NoCellCanServe],
    ['the only serving cell went quiet (waits for it)', { nowMs: 30_000, maxSilentOfferAgeMs: 60_000 }, [offer('us', { gpus: 1, largestFreeVramMb: 8_000 })], SpillRefusal.TargetSilent],
    ['the only serving cell has been quiet too long', { nowMs: 90_000, maxSilentOfferAgeMs: 60_000 }, [offer('us', { gpus: 1, largestFreeVramMb: 8_000 })], SpillRefusal.NoCellCanServe],
  ])('refuses when %s', (_what, extra, offers, refusal) => {
    expect(chooseSpillTarget({ ...base, task: gpuTask, offers, ...extra })).toMatchObject({ ok: false, refusal });
  });
});

describe('summarizeCell / offerServes', () => {
  const view = (nodeId: string, o: Partial<NodeView> = {}): NodeView => ({
    nodeId, clusterId: 'c', isLeader: false, isGpuHub: false, acceptsComputeHeavy: true, cores: 4, cpuLoadRatio: 0.5, memTotalMib: 1024, memFreeMib: 512,
    queueDepth: 0, runningTasks: 0, draining: false, healthy: true, lastSeenMs: 0, gpus: [], backoffUntilMs: 0, ...o,
  } as NodeView);

  it('sums free cores over live nodes and keeps the largest free GPU', () => {
    const gpu = { index: 0, uuid: 'u', vramTotalMib: 16_000, vramUsedMib: 4_000, slotsTotal: 2, slotsUsed: 0, reservedVramMib: 2_000 };
    const s = summarizeCell('eu', [view('a'), view('b', { gpus: [gpu] }), view('dead', { healthy: false, cores: 64 })], 5);
    expect(s).toMatchObject({ cellId: 'eu', nodes: ['a', 'b'], freeCores: 4, gpus: 1, largestFreeVramMb: 10_000, publishedAtMs: 5 });
    expect(offerServes(s, gpuTask)).toBe(true);
    expect(offerServes(s, { ...gpuTask, vramMib: 12_000 })).toBe(false);
    expect(offerServes({ ...s, freeCores: 0.5 }, cpuTask)).toBe(false);
  });
});
