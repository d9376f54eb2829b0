import fc from 'fast-check';
import { codecs } from '@cellmesh/contracts';
import type * as YjsModule from 'yjs' with { 'resolution-mode': 'require' };
import { compareEntries, describeCrdt, mergeEntries, Room, type AcceptedDelta } from './room';
import { PolicyName } from './policy';
import { roomFromState, toRoomState } from './snapshot';
import { hlcOf } from './hlc';
const Y: typeof YjsModule = require('yjs');

// Small domains so ties (same wall clock, same logical, same node) actually occur.
const hlcArb = fc.record({ wallMs: fc.integer({ min: 1, max: 4 }), logical: fc.integer({ min: 0, max: 2 }), nodeId: fc.constantFrom('a', 'b', 'c') });
const entryArb = fc.record({ hlc: hlcArb, deleted: fc.boolean(), value: fc.uint8Array({ maxLength: 2 }) });
const writeArb = fc.record({ key: fc.constantFrom('k1', 'k2', 'k3'), value: fc.uint8Array({ maxLength: 3 }), delete: fc.boolean() });
const deltasArb = fc
  .array(fc.record({ writes: fc.uniqueArray(writeArb, { selector: (w) => w.key, minLength: 1, maxLength: 3 }), hlc: hlcArb }), { minLength: 1, maxLength: 12 })
  .map((ds) => ds.map((d, i): AcceptedDelta => ({ taskId: `t${i % 3}`, version: i, writes: d.writes, crdtUpdate: undefined, hlc: d.hlc })));

/** The order-independent content of a room: entries without the room version that wrote them, and the CRDT view. */
function content(room: Room): unknown {
  const entries = [...room.entries.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, e]) => [k, e.deleted, Array.from(e.value), e.hlc]);
  return { entries, crdt: describeCrdt(room.crdtState()), version: room.version };
}

function applyAll(deltas: readonly AcceptedDelta[], policy: PolicyName): Room {
  const room = new Room('g', 'r');
  deltas.forEach((d, i) => room.apply(d, policy, i + 1));
  return room;
}

describe('LWW register merge', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(entryArb, entryArb, entryArb, (a, b, c) => {
        expect(mergeEntries(a, b)).toEqual(mergeEntries(b, a));
        expect(mergeEntries(mergeEntries(a, b), c)).toEqual(mergeEntries(a, mergeEntries(b, c)));
        expect(mergeEntries(a, a)).toEqual(a);
      }),
    );
  });

  it('orders by HLC, then nodeId as the tie-break', () => {
    const v = new Uint8Array([1]);
    expect(compareEntries({ hlc: { wallMs: 2, logical: 0, nodeId: 'a' }, deleted: false, value: v }, { hlc: { wallMs: 1, logical: 9, nodeId: 'z' }, deleted: false, value: v })).toBe(1);
    expect(compareEntries({ hlc: { wallMs: 2, logical: 1, nodeId: 'a' }, deleted: false, value: v }, { hlc: { wallMs: 2, logical: 0, nodeId: 'z' }, deleted: false, value: v })).toBe(1);
    expect(compareEntries({ hlc: { wallMs: 2, logical: 1, nodeId: 'b' }, deleted: false, value: v }, { hlc: { wallMs: 2, logical: 1, nodeId: 'a' }, deleted: false, value: v })).toBe(1);
  });

  it('gives the same room content for any order of the same deltas', () => {
    fc.assert(
      fc.property(deltasArb.chain((ds) => fc.tuple(fc.constant(ds), fc.shuffledSubarray(ds, { minLength: ds.length, maxLength: ds.length }))), ([ds, shuffled]) => {
        expect(content(applyAll(shuffled, PolicyName.LastWriterWins))).toEqual(content(applyAll(ds, PolicyName.LastWriterWins)));
      }),
    );
  });

  it('gives the same content when a delta is applied again (idempotent)', () => {
    fc.assert(
      fc.property(deltasArb, fc.nat(), (ds, pick) => {
        const again = ds[pick % ds.length]!;
        const once = content(applyAll(ds, PolicyName.LastWriterWins)) as { entries: unknown };
        const twice = content(applyAll([...ds, again], PolicyName.LastWriterWins)) as { entries: unknown };
        expect(twice.entries).toEqual(once.entries);
      }),
    );
  });

  it('keeps a tombstone so an older write cannot resurrect a deleted key', () => {
    const del: AcceptedDelta = { taskId: 't', version: 1, writes: [{ key: 'k', value: new Uint8Array(0), delete: true }], crdtUpdate: undefined, hlc: { wallMs: 5, logical: 0, nodeId: 'a' } };
    const old: AcceptedDelta = { taskId: 't', version: 2, writes: [{ key: 'k', value: new Uint8Array([1]), delete: false }], crdtUpdate: undefined, hlc: { wallMs: 4, logical: 0, nodeId: 'a' } };
    const room = applyAll([del, old], PolicyName.LastWriterWins);
    expect(room.entries.get('k')?.deleted).toBe(true);
  });

  it('overwrites in reject-stale scopes (the version check already ran)', () => {
    const newer: AcceptedDelta = { taskId: 't', version: 1, writes: [{ key: 'k', value: new Uint8Array([1]), delete: false }], crdtUpdate: undefined, hlc: { wallMs: 9, logical: 0, nodeId: 'a' } };
    const later: AcceptedDelta = { taskId: 't', version: 2, writes: [{ key: 'k', value: new Uint8Array([2]), delete: false }], crdtUpdate: undefined, hlc: { wallMs: 1, logical: 0, nodeId: 'a' } };
    expect(Array.from(applyAll([newer, later], PolicyName.RejectStale).entries.get('k')!.value)).toEqual([2]);
  });
});

// Yjs updates from three replicas editing a map and a text, syncing now and then.
type Op = { client: number; kind: 'set' | 'insert' | 'delete' | 'sync'; key: string; value: number; pos: number };
const opArb: fc.Arbitrary<Op> = fc.record({
  client: fc.integer({ min: 0, max: 2 }),
  kind: fc.constantFrom('set', 'insert', 'delete', 'sync'),
  key: fc.constantFrom('a', 'b'),
  value: fc.integer({ min: 0, max: 99 }),
  pos: fc.nat(),
});

function yjsUpdates(ops: readonly Op[]): Uint8Array[] {
  const docs = [0, 1, 2].map((i) => {
    const d = new Y.Doc();
    d.clientID = i + 1;
    return d;
  });
  const updates: Uint8Array[] = [];
  docs.forEach((d) => d.on('update', (u: Uint8Array, origin: unknown) => origin !== 'sync' && updates.push(u)));
  for (const op of ops) {
    const doc = docs[op.client]!;
    const text = doc.getText('t');
    if (op.kind === 'set') doc.getMap('m').set(op.key, op.value);
    else if (op.kind === 'insert') text.insert(op.pos % (text.length + 1), String(op.value));
    else if (op.kind === 'delete' && text.length > 0) text.delete(op.pos % text.length, 1);
    else if (op.kind === 'sync') for (const u of updates) Y.applyUpdate(doc, u, 'sync');
  }
  return updates;
}

const crdt = (update: Uint8Array, i: number): AcceptedDelta => ({ taskId: 'y', version: i, writes: [], crdtUpdate: update, hlc: { wallMs: 0, logical: 0, nodeId: '' } });

describe('CRDT merge (Yjs)', () => {
  const updatesArb = fc.array(opArb, { minLength: 1, maxLength: 25 }).map(yjsUpdates).filter((u) => u.length > 0);

  it('gives the same document for any order of the same updates (commutative)', () => {
    fc.assert(
      fc.property(updatesArb.chain((us) => fc.tuple(fc.constant(us), fc.shuffledSubarray(us, { minLength: us.length, maxLength: us.length }))), ([us, shuffled]) => {
        const a = applyAll(us.map(crdt), PolicyName.CrdtMerge);
        const b = applyAll(shuffled.map(crdt), PolicyName.CrdtMerge);
        expect(describeCrdt(b.crdtState())).toEqual(describeCrdt(a.crdtState()));
        expect(Array.from(b.crdtState())).toEqual(Array.from(a.crdtState()));
      }),
      { numRuns: 60 },
    );
  });

  it('groups updates in any way with the same result (associative)', () => {
    fc.assert(
      fc.property(updatesArb, fc.nat(), (us, cut) => {
        const i = cut % us.length;
        const left = Y.mergeUpdates([Y.mergeUpdates(us.slice(0, i)), Y.mergeUpdates(us.slice(i))]);
        const right = Y.mergeUpdates([us[0]!, Y.mergeUpdates(us.slice(1))]);
        expect(describeCrdt(applyAll([crdt(left, 0)], PolicyName.CrdtMerge).crdtState())).toEqual(describeCrdt(applyAll([crdt(right, 0)], PolicyName.CrdtMerge).crdtState()));
      }),
      { numRuns: 60 },
    );
  });

  it('ignores an update applied twice (idempotent)', () => {
    fc.assert(
      fc.property(updatesArb, (us) => {
        const once = applyAll(us.map(crdt), PolicyName.CrdtMerge);
        const twice = applyAll([...us, ...us].map(crdt), PolicyName.CrdtMerge);
        expect(Array.from(twice.crdtState())).toEqual(Array.from(once.crdtState()));
      }),
      { numRuns: 60 },
    );
  });
});

describe('snapshots', () => {
  it('round-trip a room through RoomState', () => {
    fc.assert(
      fc.property(deltasArb, (ds) => {
        const room = applyAll(ds, PolicyName.LastWriterWins);
        room.coldSeq = 42;
        const back = roomFromState(codecs.RoomState.decode(codecs.RoomState.encode(toRoomState(room, PolicyName.LastWriterWins, 1))));
        expect(content(back)).toEqual(content(room));
        expect([...back.applied.entries()].sort()).toEqual([...room.applied.entries()].sort());
        expect(back.coldSeq).toBe(42);
        expect(hlcOf(undefined)).toEqual({ wallMs: 0, logical: 0, nodeId: '' });
      }),
      { numRuns: 50 },
    );
  });
});
