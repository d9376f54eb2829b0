import { subjects, tok, keys, Consumers, inboxPrefix, InvalidSubjectTokenError, MAX_TOKEN_LENGTH } from './index';

describe('subject builders', () => {
  it.each([
    [subjects.taskSubmit('g1', 'room-7'), 'task.submit.g1.room-7'],
    [subjects.taskRun('eu-1'), 'task.run.eu-1'],
    [subjects.taskRunGpu('eu-1'), 'task.run.eu-1.gpu'],
    [subjects.metricsNode('eu-1'), 'metrics.node.eu-1'],
    [subjects.probe('eu-1'), 'probe.eu-1'],
    [subjects.topologyAnnounce('c_3'), 'topology.announce.c_3'],
    [subjects.leaderChanged('c_3'), 'leader.changed.c_3'],
    [subjects.datastateCommit('g1', 'r1'), 'datastate.commit.g1.r1'],
    [subjects.datastateHistory('g1', 'r1'), 'datastate.history.g1.r1'],
    [subjects.render('g1', 'r1'), 'render.g1.r1'],
    [subjects.deadLetter('placement-scheduler'), 'deadletter.placement-scheduler'],
    [subjects.placementReceipt('t-1'), 'placement.receipt.t-1'],
    [subjects.taskResult('t-1'), 'task.result.t-1'],
    [keys.room('g1', 'r1'), 'room.g1.r1'],
    [keys.lease('c1'), 'lease.c1'],
    [Consumers.cpuWorker('eu-1'), 'cpu-worker-eu-1'],
    [inboxPrefix('cpu-worker', 'eu-1'), '_INBOX_cpu-worker_eu-1'],
  ])('%s', (built, expected) => expect(built).toBe(expected));

  it('has wildcard forms for consumers of every concrete subject', () => {
    expect(subjects.taskSubmitAll).toBe('task.submit.>');
    expect(subjects.metricsNodeAll).toBe('metrics.node.*');
    expect(subjects.datastateCommitAll).toBe('datastate.commit.>');
  });
});

describe('token validation', () => {
  it.each([
    ['room.1', 'invalid roomId "room.1": must not contain "."'],
    ['room*', 'invalid roomId "room*": must not contain the wildcards "*" or ">"'],
    ['>', 'invalid roomId ">": must not contain the wildcards "*" or ">"'],
    ['my room', 'invalid roomId "my room": must not contain whitespace'],
    ['tab\there', 'invalid roomId "tab\\there": must not contain whitespace'],
    ['', 'invalid roomId "": must not be empty'],
    ['x'.repeat(MAX_TOKEN_LENGTH + 1), `invalid roomId "${'x'.repeat(MAX_TOKEN_LENGTH + 1)}": longer than 64 characters`],
    ['ümlaut', 'invalid roomId "ümlaut": may only contain letters, digits, "-" and "_"'],
  ])('rejects %j with a clear message', (value, message) => {
    expect(() => subjects.taskSubmit('game', value)).toThrow(InvalidSubjectTokenError);
    expect(() => subjects.taskSubmit('game', value)).toThrow(message);
  });

  it('names the field that was bad', () => {
    expect(() => subjects.taskSubmit('bad.game', 'r')).toThrow('invalid gameId "bad.game"');
    expect(() => subjects.taskRun('node 1')).toThrow('invalid nodeId "node 1"');
  });

  it('accepts ids at the length bound', () => {
    const id = 'a'.repeat(MAX_TOKEN_LENGTH);
    expect(tok(id)).toBe(id);
  });
});
