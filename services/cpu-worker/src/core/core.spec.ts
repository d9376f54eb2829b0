import { planDeadline, describeTimeout, DeadlineReason, taskResultKey } from './index';

describe('planDeadline', () => {
  it.each([
    { name: 'no deadline: capped by the worker', deadline: 0, now: 1000, cap: 500, want: { run: true, stopAtMs: 1500, budgetMs: 500, reasonAtStop: DeadlineReason.WorkerCap } },
    { name: 'deadline sooner than the cap', deadline: 1200, now: 1000, cap: 500, want: { run: true, stopAtMs: 1200, budgetMs: 200, reasonAtStop: DeadlineReason.Exceeded } },
    { name: 'deadline later than the cap', deadline: 9000, now: 1000, cap: 500, want: { run: true, stopAtMs: 1500, budgetMs: 500, reasonAtStop: DeadlineReason.WorkerCap } },
    { name: 'deadline already passed', deadline: 900, now: 1000, cap: 500, want: { run: false, reason: DeadlineReason.PassedBeforeStart, lateByMs: 100 } },
    { name: 'deadline exactly now', deadline: 1000, now: 1000, cap: 500, want: { run: false, reason: DeadlineReason.PassedBeforeStart, lateByMs: 0 } },
  ])('$name', ({ deadline, now, cap, want }) => {
    expect(planDeadline(deadline, now, cap)).toEqual(want);
  });

  it('explains each timeout in words', () => {
    expect(describeTimeout(DeadlineReason.Exceeded, 200)).toBe('task exceeded its deadline after 200 ms and was stopped');
    expect(describeTimeout(DeadlineReason.WorkerCap, 500)).toBe("task exceeded the worker's maximum task time of 500 ms and was stopped");
    expect(describeTimeout(DeadlineReason.PassedBeforeStart, 100)).toBe('deadline passed 100 ms before the task could start');
  });
});

describe('taskResultKey', () => {
  it('keeps every write under task.<taskId>.', () => {
    expect(taskResultKey('t-1', 'summary')).toBe('task.t-1.summary');
  });
  it.each([['../r2', 'x'], ['t1', 'a.b'], ['t1', ''], ['t 1', 'x'], ['t1', '*']])('rejects %j / %j', (taskId, name) => {
    expect(() => taskResultKey(taskId, name)).toThrow(/cannot form a DataState key/);
  });
});
