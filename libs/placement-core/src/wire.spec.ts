import { place } from './place';
import { defaultStack } from './stack';
import { gpuHub, node, NOW_MS, task } from '../test/fixtures';
import { WireReason, hintFromWire, hintToWire, profileFromWire, profileToWire, taskSpecFromSubmit, toReceiptFields } from './wire';

describe('wire mapping', () => {
  it('maps profiles and hints both ways and refuses unknown numbers', () => {
    for (const p of ['latencySensitive', 'throughput', 'batch'] as const) expect(profileFromWire(profileToWire(p))).toBe(p);
    for (const h of ['gpuRequired', 'cpuOnly', 'memoryHeavy'] as const) expect(hintFromWire(hintToWire(h))).toBe(h);
    expect(profileToWire('latencySensitive')).toBe(1);
    expect(hintToWire('memoryHeavy')).toBe(3);
    expect(profileFromWire(0)).toBeUndefined();
    expect(hintFromWire(9)).toBeUndefined();
  });

  const submit = {
    scope: { gameId: 'g', roomId: 'r', taskId: 't' },
    profile: 2,
    hints: [1, 1, 3],
    cpuMillis: 500,
    memoryMib: 64,
    vramMib: 1_024,
    originNode: 'n1',
    deadlineMs: 0,
    kind: 'render',
  };
  it('turns a TaskSubmit into a TaskSpec', () => {
    expect(taskSpecFromSubmit(submit)).toEqual({
      ok: true,
      task: { scope: submit.scope, profile: 'throughput', hints: ['gpuRequired', 'memoryHeavy'], cpuMillis: 500, memoryMib: 64, vramMib: 1_024, originNode: 'n1', deadlineMs: 0, kind: 'render' },
    });
  });
  it.each([
    { name: 'unspecified profile', patch: { profile: 0 }, want: WireReason.UnknownProfile },
    { name: 'unknown hint', patch: { hints: [7] }, want: WireReason.UnknownHint },
    { name: 'no scope', patch: { scope: null }, want: WireReason.MissingScope },
    { name: 'empty taskId', patch: { scope: { gameId: 'g', roomId: 'r', taskId: '' } }, want: WireReason.MissingScope },
    { name: 'no origin', patch: { originNode: '' }, want: WireReason.MissingOrigin },
    { name: 'negative size', patch: { cpuMillis: -5 }, want: 'invalid-resource-request' },
  ])('refuses $name', ({ patch, want }) => {
    expect(taskSpecFromSubmit({ ...submit, ...patch })).toEqual({ ok: false, reason: want });
  });

  it('fills PlacementReceipt fields, with -1 for no GPU and finite raws', () => {
    const placed = toReceiptFields(place(task({ vramMib: 100 }), [gpuHub('hub'), node('origin')], defaultStack(), { nowMs: NOW_MS }));
    expect(placed).toMatchObject({ outcome: 1, profile: 1, chosenNode: 'hub', gpuIndex: 0, rule: 'gpu-hub', rejectReason: '', candidatesOmitted: 0 });
    expect(placed.candidates.find((c) => c.nodeId === 'origin')).toMatchObject({ feasible: false, rejectedBy: 'gpu-present', reason: 'no-gpu', finalScore: 0 });
    const cpu = toReceiptFields(place(task(), [node('origin'), node('peer')], defaultStack(), { nowMs: NOW_MS }));
    expect(cpu.gpuIndex).toBe(-1);
    expect(cpu.candidates.flatMap((c) => c.scores).every((s) => Number.isFinite(s.raw))).toBe(true);
    expect(toReceiptFields(place(task(), [], defaultStack(), { nowMs: NOW_MS }))).toMatchObject({ outcome: 3, chosenNode: '', rejectReason: 'no-candidates' });
  });
});
