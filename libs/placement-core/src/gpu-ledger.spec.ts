import fc from 'fast-check';
import { GpuLedger, LedgerReason } from './gpu-ledger';
import { vramSafetyMarginFor, DEFAULT_PLACEMENT_OPTIONS } from './options';
import { placeAndReserve } from './place';
import { defaultStack } from './stack';
import type { NodeView } from './types';
import { NOW_MS, gpu, gpuHub, node, task } from '../test/fixtures';

const options = DEFAULT_PLACEMENT_OPTIONS;
const hub = gpuHub('hub', { gpus: [gpu({ index: 0, slotsTotal: 2 })] });

function reserveOk(ledger: GpuLedger, n: NodeView, gpuIndex: number, taskId: string, vramMib: number): GpuLedger {
  const r = ledger.reserve(n, gpuIndex, taskId, vramMib, options);
  if (!r.ok) throw new Error(r.reason);
  return r.ledger;
}

describe('GpuLedger', () => {
  it('holds a slot and pending VRAM per reservation, and gives them back on release', () => {
    const one = reserveOk(GpuLedger.empty(), hub, 0, 't1', 4_000);
    expect(one.usage('hub', 0)).toEqual({ slots: 1, pendingVramMib: 4_000 });
    expect(one.overlay(hub).gpus[0]).toMatchObject({ slotsUsed: 1, reservedVramMib: 4_000 });
    const none = one.release('t1');
    expect(none.size).toBe(0);
    expect(none.usage('hub', 0)).toEqual({ slots: 0, pendingVramMib: 0 });
    expect(none.overlay(hub)).toBe(hub);
  });

  it('is immutable: a reserve leaves the old ledger as it was', () => {
    const empty = GpuLedger.empty();
    reserveOk(empty, hub, 0, 't1', 4_000);
    expect(empty.size).toBe(0);
  });

  it('refuses a slot too many and VRAM too much', () => {
    const full = reserveOk(reserveOk(GpuLedger.empty(), hub, 0, 'a', 100), hub, 0, 'b', 100);
    expect(full.reserve(hub, 0, 'c', 100, options)).toEqual({ ok: false, reason: LedgerReason.NoFreeGpuSlot });
    expect(GpuLedger.empty().reserve(hub, 0, 'big', 24_000, options)).toEqual({ ok: false, reason: LedgerReason.InsufficientVram });
    expect(GpuLedger.empty().reserve(hub, 7, 'x', 1, options)).toEqual({ ok: false, reason: LedgerReason.UnknownGpu });
  });

  it('is idempotent for a redelivered task on the same GPU and refuses it elsewhere', () => {
    const once = reserveOk(GpuLedger.empty(), hub, 0, 't1', 100);
    expect(once.reserve(hub, 0, 't1', 100, options)).toEqual({ ok: true, ledger: once });
    const other = gpuHub('hub-2');
    expect(once.reserve(other, 0, 't1', 100, options)).toEqual({ ok: false, reason: LedgerReason.AlreadyReserved });
  });

  it('stops adding VRAM once the measurement shows the task, but keeps its slot', () => {
    const observed = reserveOk(GpuLedger.empty(), hub, 0, 't1', 4_000).observe('t1');
    expect(observed.usage('hub', 0)).toEqual({ slots: 1, pendingVramMib: 0 });
    expect(observed.release('t1').size).toBe(0);
    expect(observed.observe('unknown')).toBe(observed);
  });

  it('placeAndReserve rejects a task the ledger already holds, leaving the ledger as it was', () => {
    const t = task({ taskId: 'gpu-1', vramMib: 1_000 });
    const first = placeAndReserve(t, [hub], defaultStack(), { nowMs: NOW_MS, ledger: GpuLedger.empty() });
    expect(first.decision).toMatchObject({ outcome: 'placed', chosen: 'hub', gpuIndex: 0 });
    const again = placeAndReserve(t, [hub], defaultStack(), { nowMs: NOW_MS, ledger: first.ledger });
    expect(again.decision).toMatchObject({ outcome: 'rejected', rejectReason: 'already-placed' });
    expect(again.ledger).toBe(first.ledger);
  });

  it('releases everything a dead node held', () => {
    let ledger = reserveOk(GpuLedger.empty(), hub, 0, 'a', 100);
    ledger = reserveOk(ledger, gpuHub('other'), 1, 'b', 100);
    const after = ledger.releaseNode('hub');
    expect(after.reservations().map((r) => r.taskId)).toEqual(['b']);
  });
});

describe('GPU over-admission is impossible', () => {
  // A small world whose measurement follows the ledger: when a reservation is observed, its VRAM
  // moves from "pending" into the measured use, as nvidia-smi would show it.
  const world: NodeView[] = [
    gpuHub('hub', { gpus: [gpu({ index: 0, vramTotalMib: 16_384, slotsTotal: 3 }), gpu({ index: 1, vramTotalMib: 8_192, slotsTotal: 2, vramUsedMib: 1_000 })] }),
    node('box', { gpus: [gpu({ index: 0, vramTotalMib: 12_288, slotsTotal: 2 })] }),
    node('cpu'),
  ];
  const key = (nodeId: string, index: number) => `${nodeId}/${index}`;

  function measured(ledger: GpuLedger): NodeView[] {
    return world.map((n) => ({
      ...n,
      gpus: n.gpus.map((g) => ({
        ...g,
        vramUsedMib: g.vramUsedMib + ledger.reservations().filter((r) => r.observed && r.nodeId === n.nodeId && r.gpuIndex === g.index).reduce((s, r) => s + r.vramMib, 0),
      })),
    }));
  }

  function assertWithinCapacity(ledger: GpuLedger): void {
    const views = measured(ledger);
    for (const n of views) {
      for (const g of n.gpus) {
        const usage = ledger.usage(n.nodeId, g.index);
        expect(g.slotsUsed + usage.slots).toBeLessThanOrEqual(g.slotsTotal);
        expect(g.vramUsedMib + usage.pendingVramMib + vramSafetyMarginFor(g.vramTotalMib, options)).toBeLessThanOrEqual(g.vramTotalMib);
      }
    }
    const perGpu = new Map<string, number>();
    for (const r of ledger.reservations()) perGpu.set(key(r.nodeId, r.gpuIndex), (perGpu.get(key(r.nodeId, r.gpuIndex)) ?? 0) + r.vramMib);
    for (const n of world) for (const g of n.gpus) expect(g.vramUsedMib + (perGpu.get(key(n.nodeId, g.index)) ?? 0)).toBeLessThanOrEqual(g.vramTotalMib);
  }

  const op = fc.oneof(
    fc.record({ kind: fc.constant('reserve' as const), nodeIdx: fc.nat(2), gpuIndex: fc.nat(1), task: fc.nat(15), vram: fc.integer({ min: 0, max: 14_000 }) }),
    fc.record({ kind: fc.constant('place' as const), task: fc.nat(15), vram: fc.integer({ min: 0, max: 14_000 }) }),
    fc.record({ kind: fc.constant('release' as const), task: fc.nat(15) }),
    fc.record({ kind: fc.constant('observe' as const), task: fc.nat(15) }),
  );

  it('holds under any sequence of reserve, place, observe and release', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let ledger = GpuLedger.empty();
        for (const o of ops) {
          const taskId = `t${o.task}`;
          if (o.kind === 'reserve') {
            const r = ledger.reserve(measured(ledger)[o.nodeIdx], o.gpuIndex, taskId, o.vram, options);
            if (r.ok) ledger = r.ledger;
          } else if (o.kind === 'place') {
            const t = task({ taskId, hints: ['gpuRequired'], vramMib: o.vram, originNode: 'cpu' });
            ledger = placeAndReserve(t, measured(ledger), defaultStack(), { nowMs: NOW_MS, ledger }).ledger;
          } else if (o.kind === 'release') {
            ledger = ledger.release(taskId);
          } else {
            ledger = ledger.observe(taskId);
          }
          assertWithinCapacity(ledger);
        }
      }),
      { numRuns: 300 },
    );
  });
});
