import { decideLoadReport } from './load-reporter';

describe('decideLoadReport', () => {
  const a = { queueDepth: 1, runningTasks: 2 };
  it.each([
    { name: 'first report goes out', state: {}, cur: a, now: 0, want: { action: 'send' } },
    { name: 'unchanged figures are skipped', state: { lastSent: a, lastSentAtMs: 0 }, cur: a, now: 5000, want: { action: 'skip' } },
    { name: 'a change after the interval is sent', state: { lastSent: a, lastSentAtMs: 0 }, cur: { ...a, queueDepth: 0 }, now: 250, want: { action: 'send' } },
    { name: 'a change inside the interval is deferred to its end', state: { lastSent: a, lastSentAtMs: 100 }, cur: { ...a, runningTasks: 0 }, now: 150, want: { action: 'defer', afterMs: 200 } },
  ])('$name', ({ state, cur, now, want }) => {
    expect(decideLoadReport(state, cur, now, 250)).toEqual(want);
  });
});
