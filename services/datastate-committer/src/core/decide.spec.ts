import type * as YjsModule from 'yjs' with { 'resolution-mode': 'require' };
import { decideCommit, DEFAULT_COMMIT_LIMITS, type CommitContext, type CommitDeltaView } from './decide';
import { PolicyName } from './policy';
import { RejectReason } from './reasons';
import { Room } from './room';
const Y: typeof YjsModule = require('yjs');

const NOW = 1_000_000;
const bytes = (s: string) => new TextEncoder().encode(s);

function delta(over: Partial<CommitDeltaView> = {}): CommitDeltaView {
  return {
    taskId: 't1', scope: { gameId: 'g', roomId: 'r', taskId: 't1' }, baseVersion: 0, version: 1,
    writes: [{ key: 'k', value: bytes('v'), delete: false }], crdtUpdate: new Uint8Array(0),
    hlc: { wallMs: NOW, logical: 0, nodeId: 'w1' }, fencing: undefined, nodeId: 'w1', ...over,
  };
}

function ctx(over: Partial<CommitContext> = {}): CommitContext {
  return { policy: PolicyName.LastWriterWins, nowMs: NOW, limits: DEFAULT_COMMIT_LIMITS, subjectRoom: { gameId: 'g', roomId: 'r' }, lease: undefined, highestAcceptedTerm: undefined, ...over };
}

/** A room where task t0 wrote k at version 1 and task t9 wrote other at version 2. */
function roomWithHistory(): Room {
  const room = new Room('g', 'r');
  room.apply({ taskId: 't0', version: 1, writes: [{ key: 'k', value: bytes('old'), delete: false }], crdtUpdate: undefined, hlc: { wallMs: NOW - 10, logical: 0, nodeId: 'w0' } }, PolicyName.LastWriterWins, 1);
  room.apply({ taskId: 't9', version: 1, writes: [{ key: 'other', value: bytes('x'), delete: false }], crdtUpdate: undefined, hlc: { wallMs: NOW - 5, logical: 0, nodeId: 'w9' } }, PolicyName.LastWriterWins, 2);
  return room;
}

function yjsUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set('a', 1);
  return Y.encodeStateAsUpdate(doc);
}

describe('decideCommit', () => {
  it.each<{ name: string; room?: () => Room; delta: Partial<CommitDeltaView>; ctx?: Partial<CommitContext>; want: string }>([
    { name: 'a fresh write applies', delta: {}, want: 'apply' },
    { name: 'an applied (taskId, version) is a duplicate', room: roomWithHistory, delta: { taskId: 't0', scope: { gameId: 'g', roomId: 'r', taskId: 't0' } }, want: 'duplicate' },
    { name: 'scope is checked before dedupe', room: roomWithHistory, delta: { taskId: 't0', scope: { gameId: 'g', roomId: 'r', taskId: 't0' } }, ctx: { subjectRoom: { gameId: 'g', roomId: 'x' } }, want: RejectReason.SubjectScopeMismatch },
    { name: 'reject-stale: a key changed after baseVersion', room: roomWithHistory, delta: { baseVersion: 0 }, ctx: { policy: PolicyName.RejectStale }, want: RejectReason.StaleVersion },
    { name: 'reject-stale: a current baseVersion applies', room: roomWithHistory, delta: { baseVersion: 1 }, ctx: { policy: PolicyName.RejectStale }, want: 'apply' },
    { name: 'reject-stale: an untouched key applies on an old base', room: roomWithHistory, delta: { baseVersion: 0, writes: [{ key: 'fresh', value: bytes('1'), delete: false }] }, ctx: { policy: PolicyName.RejectStale }, want: 'apply' },
    { name: 'reject-stale needs no HLC', delta: { hlc: { wallMs: 0, logical: 0, nodeId: '' } }, ctx: { policy: PolicyName.RejectStale }, want: 'apply' },
    { name: 'a base version ahead of the room', delta: { baseVersion: 5 }, want: RejectReason.BaseVersionAhead },
    { name: 'LWW writes need an HLC', delta: { hlc: { wallMs: 0, logical: 0, nodeId: '' } }, want: RejectReason.MissingHlc },
    { name: 'an HLC far in the future', delta: { hlc: { wallMs: NOW + 61_000, logical: 0, nodeId: 'w1' } }, want: RejectReason.HlcFromFuture },
    { name: 'a CRDT update in an LWW scope', delta: { writes: [], crdtUpdate: yjsUpdate() }, want: RejectReason.CrdtNotAllowed },
    { name: 'a CRDT update in a CRDT scope', delta: { writes: [], crdtUpdate: yjsUpdate() }, ctx: { policy: PolicyName.CrdtMerge }, want: 'apply' },
    { name: 'garbage as a CRDT update', delta: { writes: [], crdtUpdate: new Uint8Array([1, 2, 3, 250, 250]) }, ctx: { policy: PolicyName.CrdtMerge }, want: RejectReason.CrdtInvalid },
    { name: 'nothing to apply', delta: { writes: [] }, want: RejectReason.Empty },
    { name: 'too many writes', delta: { writes: Array.from({ length: 3 }, (_, i) => ({ key: `k${i}`, value: bytes('v'), delete: false })) }, ctx: { limits: { ...DEFAULT_COMMIT_LIMITS, maxWritesPerDelta: 2 } }, want: RejectReason.TooLarge },
    { name: 'a value over the limit', delta: { writes: [{ key: 'k', value: new Uint8Array(11), delete: false }] }, ctx: { limits: { ...DEFAULT_COMMIT_LIMITS, maxValueBytes: 10 } }, want: RejectReason.TooLarge },
    { name: 'a room past its size bound', delta: { writes: [{ key: 'k', value: new Uint8Array(100), delete: false }] }, ctx: { limits: { ...DEFAULT_COMMIT_LIMITS, maxRoomBytes: 50 } }, want: RejectReason.TooLarge },
    { name: 'a stale fencing term', delta: { fencing: { clusterId: 'c1', holder: 'n1', term: 2 } }, ctx: { lease: { clusterId: 'c1', holder: 'n2', term: 3 } }, want: RejectReason.StaleTerm },
    { name: 'the current fencing term', delta: { fencing: { clusterId: 'c1', holder: 'n2', term: 3 } }, ctx: { lease: { clusterId: 'c1', holder: 'n2', term: 3 } }, want: 'apply' },
    { name: 'a write outside the room', delta: { writes: [{ key: 'rooms/g/elsewhere/k', value: bytes('v'), delete: false }] }, want: RejectReason.KeyOutsideRoom },
  ])('$name → $want', ({ room, delta: d, ctx: c, want }) => {
    const decision = decideCommit(room ? room() : new Room('g', 'r'), delta(d), ctx(c));
    expect(decision.kind === 'reject' ? decision.reason : decision.kind).toBe(want);
  });

  it('reports the keys an LWW write raced (merged, not rejected)', () => {
    const decision = decideCommit(roomWithHistory(), delta({ baseVersion: 0, writes: [{ key: 'k', value: bytes('new'), delete: false }, { key: 'other2', value: bytes('n'), delete: false }] }), ctx());
    expect(decision).toMatchObject({ kind: 'apply', conflictingKeys: ['k'] });
  });

  it('canonicalises qualified keys in what it accepts', () => {
    const decision = decideCommit(new Room('g', 'r'), delta({ writes: [{ key: 'rooms/g/r/score', value: bytes('1'), delete: false }] }), ctx());
    expect(decision.kind === 'apply' && decision.delta.writes.map((w) => w.key)).toEqual(['score']);
  });
});
