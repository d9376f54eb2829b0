import { checkScope, canonicalKey } from './scope';
import { RejectReason } from './reasons';

const scope = { gameId: 'g1', roomId: 'r1', taskId: 't1' };
const base = { subjectRoom: { gameId: 'g1', roomId: 'r1' }, taskId: 't1', scope, keys: ['score'] };

describe('checkScope', () => {
  const cases: { name: string; input: Partial<typeof base> & { keys?: string[] }; want: RejectReason | string[] }[] = [
    { name: 'room-relative keys are accepted', input: { keys: ['score', 'players/p1/hp'] }, want: ['score', 'players/p1/hp'] },
    { name: 'a qualified key of the same room is made room-relative', input: { keys: ['rooms/g1/r1/score'] }, want: ['score'] },
    { name: 'the task may write its own private keys', input: { keys: ['tasks/t1/progress'] }, want: ['tasks/t1/progress'] },
    { name: 'subject naming another room', input: { subjectRoom: { gameId: 'g1', roomId: 'r2' } }, want: RejectReason.SubjectScopeMismatch },
    { name: 'subject naming another game', input: { subjectRoom: { gameId: 'g2', roomId: 'r1' } }, want: RejectReason.SubjectScopeMismatch },
    { name: 'malformed subject', input: { subjectRoom: undefined }, want: RejectReason.SubjectScopeMismatch },
    { name: 'taskId differs from scope.taskId', input: { taskId: 't2' }, want: RejectReason.TaskScopeMismatch },
    { name: 'empty taskId', input: { taskId: '' }, want: RejectReason.TaskScopeMismatch },
    { name: 'qualified key of another room', input: { keys: ['rooms/g1/r9/score'] }, want: RejectReason.KeyOutsideRoom },
    { name: 'qualified key of another game', input: { keys: ['rooms/g9/r1/score'] }, want: RejectReason.KeyOutsideRoom },
    { name: 'another task private key', input: { keys: ['tasks/t2/progress'] }, want: RejectReason.KeyForeignTask },
    { name: 'another task private key behind a qualified prefix', input: { keys: ['rooms/g1/r1/tasks/t2/x'] }, want: RejectReason.KeyForeignTask },
    { name: 'path traversal', input: { keys: ['a/../../g2/x'] }, want: RejectReason.KeyInvalid },
    { name: 'leading slash', input: { keys: ['/abs'] }, want: RejectReason.KeyInvalid },
    { name: 'empty key', input: { keys: [''] }, want: RejectReason.KeyInvalid },
    { name: 'whitespace', input: { keys: ['a b'] }, want: RejectReason.KeyInvalid },
    { name: 'wildcards', input: { keys: ['a/*'] }, want: RejectReason.KeyInvalid },
    { name: 'too long', input: { keys: ['k'.repeat(300)] }, want: RejectReason.KeyInvalid },
    { name: 'nested qualified prefix', input: { keys: ['rooms/g1/r1/rooms/g2/r2/x'] }, want: RejectReason.KeyInvalid },
    { name: 'the same key twice (one canonical)', input: { keys: ['score', 'rooms/g1/r1/score'] }, want: RejectReason.KeyWrittenTwice },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    const verdict = checkScope({ ...base, ...input });
    if (Array.isArray(want)) expect(verdict).toEqual({ ok: true, keys: want });
    else expect(verdict).toMatchObject({ ok: false, reason: want });
  });

  it('explains a rejection with the keys and rooms involved', () => {
    expect(canonicalKey('rooms/g1/r9/score', scope)).toEqual({ ok: false, reason: RejectReason.KeyOutsideRoom, detail: 'key "rooms/g1/r9/score" is outside room g1/r1' });
  });
});
