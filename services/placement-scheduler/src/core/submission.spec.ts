import { TaskReason, WireReason, type PlacementDecision, type TaskSpec } from '@cellmesh/placement-core';
import type { InFlightEntry } from './book';
import { SchedulerReason } from './names';
import { classifyDecision, classifySubmission, isDuplicate, outcomeOfDecision, spilledDecision, validateSubmission, type LastReceiptFacts, type SubmissionFacts, type SubmitFields } from './submission';

const isToken = (v: string) => /^[A-Za-z0-9_-]+$/.test(v) && v.length > 0;
type S = SubmitFields & { profile: number; cpuMillis: number; memoryMib: number; originNode: string };
const submitOf = (taskId: string | undefined, over: Partial<S> = {}): S => ({ scope: { gameId: 'g', roomId: 'r', taskId }, profile: 3, cpuMillis: 100, memoryMib: 16, originNode: 'a', hints: [], ...over });
const task: TaskSpec = { scope: { gameId: 'g', roomId: 'r', taskId: 't1' }, profile: 'batch', hints: [], cpuMillis: 100, memoryMib: 16, vramMib: 0, originNode: 'a', deadlineMs: 0 };
const inFlight: InFlightEntry<S> = { task, submit: submitOf('t1'), nodeId: 'b', gpuIndex: undefined, attempt: 2, dispatchedAtMs: 5 };
const receipt = (outcome: LastReceiptFacts['outcome'], attempt = 1): LastReceiptFacts => ({ outcome, chosenNode: 'c', gpuIndex: 1, attempt, decidedAtMs: 42 });
const facts = (over: Partial<SubmissionFacts<S>> = {}): SubmissionFacts<S> => ({ submit: submitOf('t1'), isToken, inFlight: undefined, queued: false, queuedBackoffMs: 30_000, ...over });

describe('classifySubmission: the idempotency ladder', () => {
  it.each([
    { name: 'no task id: dead letter missing-scope', f: facts({ submit: submitOf(undefined) }), want: { kind: 'dead-letter', reason: 'missing-scope' }, dup: false },
    { name: 'task id not a token: dead letter invalid-scope', f: facts({ submit: submitOf('a.b') }), want: { kind: 'dead-letter', reason: SchedulerReason.InvalidScope }, dup: false },
    { name: 'in flight in the books: dispatch again', f: facts({ inFlight }), want: { kind: 'redispatch', entry: inFlight, restore: false }, dup: true },
    { name: 'in flight wins over the stream', f: facts({ inFlight, lastReceipt: receipt('rejected') }), want: { kind: 'redispatch', restore: false }, dup: true },
    { name: 'queued under an earlier delivery: wait one ack wait', f: facts({ queued: true }), want: { kind: 'wait', backoffMs: 30_000 }, dup: true },
    { name: 'books know nothing: read the last receipt', f: facts(), want: { kind: 'read-last-receipt' }, dup: false },
    { name: 'no receipt: decide under attempt 1', f: facts({ lastReceipt: null }), want: { kind: 'decide', attempt: 1 }, dup: false },
    { name: 'rejected before: done', f: facts({ lastReceipt: receipt('rejected') }), want: { kind: 'done' }, dup: true },
    { name: 'placed before: read the result', f: facts({ lastReceipt: receipt('placed') }), want: { kind: 'read-result' }, dup: false },
    { name: 'placed and finished: done', f: facts({ lastReceipt: receipt('placed'), finished: true }), want: { kind: 'done' }, dup: true },
    {
      name: 'placed, not finished: restore and dispatch again as recorded',
      f: facts({ lastReceipt: receipt('placed', 3), finished: false }),
      want: { kind: 'redispatch', restore: true, entry: expect.objectContaining({ nodeId: 'c', gpuIndex: 1, attempt: 3, dispatchedAtMs: 42 }) },
      dup: true,
    },
    { name: 'placed, not finished, invalid task now: done', f: facts({ submit: submitOf('t1', { profile: 0 }), lastReceipt: receipt('placed'), finished: false }), want: { kind: 'done' }, dup: true },
    { name: 'queued receipt from a stopped instance: decide again under its attempt', f: facts({ lastReceipt: receipt('queued', 2) }), want: { kind: 'decide', attempt: 2 }, dup: false },
  ])('$name', ({ f, want, dup }) => {
    const step = classifySubmission(f);
    expect(step).toMatchObject(want);
    expect(isDuplicate(step)).toBe(dup);
  });
});

describe('validateSubmission', () => {
  it.each([
    { name: 'valid', submit: submitOf('t1'), subject: 'task.submit.g.r', want: { ok: true } },
    { name: 'bad game token', submit: submitOf('t1', { scope: { gameId: 'g*', roomId: 'r', taskId: 't1' } }), subject: 'task.submit.g.r', want: { ok: false, reason: SchedulerReason.InvalidScope } },
    { name: 'scope differs from the subject', submit: submitOf('t1'), subject: 'task.submit.g.other', want: { ok: false, reason: SchedulerReason.ScopeSubjectMismatch } },
    { name: 'unspecified profile', submit: submitOf('t1', { profile: 0 }), subject: 'task.submit.g.r', want: { ok: false, reason: WireReason.UnknownProfile } },
  ])('$name', ({ submit, subject, want }) => {
    expect(validateSubmission(submit, subject, 1, isToken)).toMatchObject(want);
  });
  it('books the task under the attempt it is given', () => {
    const v = validateSubmission(submitOf('t1'), 'task.submit.g.r', 4, isToken);
    expect(v.ok && v.entry).toMatchObject({ taskId: 't1', attempt: 4 });
  });
});

const decision = (outcome: PlacementDecision['outcome'], rejectReason?: string): PlacementDecision =>
  ({ taskId: 't1', profile: 'batch', outcome, rule: outcome === 'rejected' ? 'rejected' : 'best-fit-peer', rejectReason, candidates: [], candidatesOmitted: 0 }) as PlacementDecision;
const gpuTask: TaskSpec = { ...task, vramMib: 1_024 };
const ctx = { deliveryCount: 1, maxDeliver: 5, retryBackoffMs: 1_000, spillConfigured: false };

describe('outcomeOfDecision: retry policy and the spill path', () => {
  it.each([
    { name: 'placed: publish', d: decision('placed'), t: task, c: ctx, want: { kind: 'publish', hold: false } },
    { name: 'queued: publish and hold', d: decision('queued'), t: gpuTask, c: ctx, want: { kind: 'publish', hold: true } },
    { name: 'CPU, no feasible node, deliveries left: retry', d: decision('rejected', TaskReason.NoFeasibleNode), t: task, c: ctx, want: { kind: 'retry', backoffMs: 1_000 } },
    { name: 'CPU, no candidates, deliveries left: retry', d: decision('rejected', TaskReason.NoCandidates), t: task, c: ctx, want: { kind: 'retry' } },
    { name: 'CPU, no feasible node, last delivery: publish the rejection', d: decision('rejected', TaskReason.NoFeasibleNode), t: task, c: { ...ctx, deliveryCount: 5 }, want: { kind: 'publish', hold: false } },
    { name: 'GPU, no feasible node: publish the rejection (no retry)', d: decision('rejected', TaskReason.NoFeasibleNode), t: gpuTask, c: ctx, want: { kind: 'publish', hold: false } },
    { name: 'rejected for the task itself: publish, never spill', d: decision('rejected', TaskReason.DeadlinePassed), t: task, c: { ...ctx, spillConfigured: true }, want: { kind: 'publish', hold: false } },
    { name: 'no feasible node with a spill handler: spill, retry locally if declined', d: decision('rejected', TaskReason.NoFeasibleNode), t: task, c: { ...ctx, spillConfigured: true }, want: { kind: 'spill', local: { kind: 'retry' } } },
    { name: 'last delivery with a spill handler: spill, reject locally if declined', d: decision('rejected', TaskReason.NoCandidates), t: task, c: { ...ctx, deliveryCount: 5, spillConfigured: true }, want: { kind: 'spill', local: { kind: 'publish', hold: false } } },
  ])('$name', ({ d, t, c, want }) => {
    expect(outcomeOfDecision(d, t, c)).toMatchObject(want);
  });

  it.each([
    ['placed', undefined, 'placed'],
    ['queued', undefined, 'queued'],
    ['rejected', TaskReason.NoFeasibleNode, 'no-feasible'],
    ['rejected', TaskReason.NoCandidates, 'no-feasible'],
    ['rejected', TaskReason.ConflictingHints, 'rejected'],
  ] as const)('classifies %s/%s as %s', (outcome, reason, want) => {
    expect(classifyDecision(decision(outcome, reason))).toBe(want);
  });

  it('a spilled decision keeps the candidates and says spilled', () => {
    const d = { ...decision('rejected', TaskReason.NoFeasibleNode), candidates: [{ nodeId: 'a' }] } as unknown as PlacementDecision;
    expect(spilledDecision(d)).toMatchObject({ outcome: 'rejected', rejectReason: SchedulerReason.Spilled, candidates: [{ nodeId: 'a' }] });
  });
});
