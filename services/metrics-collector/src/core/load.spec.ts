import { applyLoadReport, currentLoad, LoadReportReason, rejectLoadReport, type SourceLoad } from './load';

const report = (source: string, queueDepth: number, runningTasks = 0, datastate: { hotBytes: number; warmBytes: number; coldBytes: number; commitBacklog: number } | null = null) => ({ nodeId: 'n1', source, queueDepth, runningTasks, datastate });

describe('load reports', () => {
  it('sums the latest report of each fresh source', () => {
    let loads = new Map<string, SourceLoad>();
    loads = applyLoadReport(loads, report('cpu-worker', 5, 2), 0, 8);
    loads = applyLoadReport(loads, report('cpu-worker', 3, 1), 100, 8); // replaces the first
    loads = applyLoadReport(loads, report('gpu-runner', 2, 2), 100, 8);
    loads = applyLoadReport(loads, report('committer', 0, 0, { hotBytes: 10, warmBytes: 20, coldBytes: 30, commitBacklog: 4 }), 100, 8);
    expect(currentLoad(loads, 200, 1_000)).toEqual({ queueDepth: 5, runningTasks: 3, datastate: { hotBytes: 10, warmBytes: 20, coldBytes: 30, commitBacklog: 4 }, sources: 3 });
  });

  it('forgets a source whose last report is older than the TTL', () => {
    let loads = applyLoadReport(new Map(), report('dead-worker', 9), 0, 8);
    loads = applyLoadReport(loads, report('live-worker', 1), 5_000, 8);
    expect(currentLoad(loads, 6_000, 2_000).queueDepth).toBe(1);
  });

  it('keeps at most maxSources, dropping the least recently heard', () => {
    let loads = new Map<string, SourceLoad>();
    for (let i = 0; i < 5; i++) loads = applyLoadReport(loads, report(`w${i}`, 1), i, 3);
    expect([...loads.keys()]).toEqual(['w2', 'w3', 'w4']);
  });

  it.each([
    [{ ...report('w', 1), nodeId: 'n2' }, LoadReportReason.WrongNode],
    [report(' ', 1), LoadReportReason.NoSource],
    [report('w', 1), null],
  ])('rejectLoadReport(%j) → %p', (r, reason) => {
    expect(rejectLoadReport(r, 'n1')).toBe(reason);
  });
});
