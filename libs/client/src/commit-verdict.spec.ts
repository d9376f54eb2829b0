import { TaskStatus } from '@cellmesh/contracts';
import { commitVerdictOf, outcomeOfCommitRejection } from './commit-verdict';
import { decideResultPublish } from './result-rule';

const ack = (over: Partial<{ taskId: string; version: number; accepted: boolean; duplicate: boolean; reason: string; roomVersion: number }>) => ({
  taskId: 't1', version: 1, accepted: false, duplicate: false, reason: '', roomVersion: 0, ...over,
});

describe('commitVerdictOf', () => {
  it.each([
    ['applied', ack({ accepted: true, roomVersion: 7 }), { outcome: 'applied', roomVersion: 7 }],
    ['duplicate', ack({ accepted: true, duplicate: true, roomVersion: 7 }), { outcome: 'duplicate', roomVersion: 7 }],
    ['missing-hlc', ack({ reason: 'missing-hlc: keyed writes in last-writer-wins scopes need an hlc' }), { outcome: 'rejected', reason: 'missing-hlc', detail: 'keyed writes in last-writer-wins scopes need an hlc' }],
    ['stale-term', ack({ reason: 'stale-term: term 3 of a is older than term 4 for cluster root' }), { outcome: 'rejected', reason: 'stale-term', detail: 'term 3 of a is older than term 4 for cluster root' }],
    ['a reason without a code', ack({ reason: 'Something odd' }), { outcome: 'rejected', reason: 'rejected', detail: 'Something odd' }],
    ['no reason', ack({}), { outcome: 'rejected', reason: 'rejected', detail: 'the committer gave no reason' }],
  ])('%s', (_name, a, expected) => {
    expect(commitVerdictOf(a, 't1', 1)).toEqual(expected);
  });
  it('ignores acks about other deltas of the room', () => {
    expect(commitVerdictOf(ack({ taskId: 't2', accepted: true }), 't1', 1)).toBeUndefined();
    expect(commitVerdictOf(ack({ version: 2, accepted: true }), 't1', 1)).toBeUndefined();
  });
});

describe('decideResultPublish: one effect per task', () => {
  const S = TaskStatus;
  it.each([
    [undefined, S.TASK_STATUS_SUCCEEDED, true],
    [undefined, S.TASK_STATUS_REJECTED, true],
    [S.TASK_STATUS_SUCCEEDED, S.TASK_STATUS_REJECTED, false], // a late fencing rejection never follows a success
    [S.TASK_STATUS_SUCCEEDED, S.TASK_STATUS_SUCCEEDED, false], // a second run past the duplicate window
    [S.TASK_STATUS_FAILED, S.TASK_STATUS_SUCCEEDED, false],
    [S.TASK_STATUS_TIMED_OUT, S.TASK_STATUS_FAILED, false],
    [S.TASK_STATUS_REJECTED, S.TASK_STATUS_SUCCEEDED, true], // a newer dispatch ran after a fencing rejection
    [S.TASK_STATUS_REJECTED, S.TASK_STATUS_REJECTED, false],
  ])('stored %s, new %s → publish %s', (existing, next, expected) => {
    expect(decideResultPublish(existing, next).publish).toBe(expected);
  });
});

describe('outcomeOfCommitRejection', () => {
  it.each([
    ['stale-term', TaskStatus.TASK_STATUS_REJECTED],
    ['holder-mismatch', TaskStatus.TASK_STATUS_REJECTED],
    ['missing-hlc', TaskStatus.TASK_STATUS_FAILED],
    ['too-large', TaskStatus.TASK_STATUS_FAILED],
  ])('%s → %s, naming the reason', (reason, status) => {
    const o = outcomeOfCommitRejection(reason, 'why');
    expect(o.status).toBe(status);
    expect(o.error).toContain(`${reason}: why`);
  });
});
