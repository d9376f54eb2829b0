import { judge, recoveryMs, shortReason, staleTermCommits, invariantsHold, renderMarkdown, DEFAULT_CHECKER_OPTIONS, type Observed, type PhaseWindow, type Submission } from './verdict';

const opts = { ...DEFAULT_CHECKER_OPTIONS, submitRatePerSec: 4 };
const phase = (name: string, startMs: number, endMs: number, injectedAtMs = startMs): PhaseWindow => ({ name, detail: '', startMs, injectedAtMs, healedAtMs: injectedAtMs, endMs });
const empty = (): Observed => ({ tasksInStream: new Set(), results: [], receipts: [], commits: [], terms: [], deadLetters: new Map() });
/** Completions at `rate` per second over [from, to). */
const steady = (from: number, to: number, rate = 4) => Array.from({ length: Math.floor(((to - from) / 1000) * rate) }, (_, i) => from + i * (1000 / rate));

describe('chaos checker verdicts', () => {
  it('counts completed, rejected with a reason, and lost per phase', () => {
    const subs: Submission[] = [
      { taskId: 'a', submittedAtMs: 100, ackedAtMs: 110 },
      { taskId: 'b', submittedAtMs: 200, ackedAtMs: 210 },
      { taskId: 'c', submittedAtMs: 300, ackedAtMs: 310 },
      { taskId: 'd', submittedAtMs: 400, submitError: 'timeout' },
      { taskId: 'e', submittedAtMs: 5000, ackedAtMs: 5010 },
    ];
    const obs = empty();
    obs.tasksInStream = new Set(['a', 'b', 'c', 'e']);
    obs.results = [{ taskId: 'a', status: 'succeeded', error: '', committedVersion: 1, atMs: 500 }, { taskId: 'e', status: 'failed', error: 'stale-term: term 3 < 4', committedVersion: 0, atMs: 5500 }];
    obs.receipts = [{ taskId: 'b', rejected: true, reason: 'deadline-passed', atMs: 300 }];
    obs.commits = [{ taskId: 'a', version: 1, room: 'g/r', fencingClusterId: 'root', fencingTerm: 1, decidedAtMs: 400, acceptedAtMs: 450, appliedAtMs: 460 }];
    const [first, second] = judge(subs, obs, [phase('baseline', 0, 1000), phase('kill', 1000, 10_000)], opts);
    expect(first).toMatchObject({ submitted: 3, notAcked: 1, completed: 1, rejected: 1, rejectedByReason: { 'placement: deadline-passed': 1 }, lost: 1, lostTaskIds: ['c'] });
    expect(second).toMatchObject({ submitted: 1, completed: 0, rejected: 1, rejectedByReason: { 'failed: stale-term': 1 }, lost: 0 });
    expect(invariantsHold([first!, second!])).toBe(false);
    expect(invariantsHold([second!])).toBe(true);
  });

  it('finds a delta applied twice, an ack the server did not keep, and a success whose delta is nowhere', () => {
    const subs: Submission[] = [{ taskId: 'a', submittedAtMs: 1, ackedAtMs: 2 }, { taskId: 'b', submittedAtMs: 3, ackedAtMs: 4 }];
    const obs = empty();
    obs.tasksInStream = new Set(['a']);
    obs.results = [
      { taskId: 'a', status: 'succeeded', error: '', committedVersion: 1, atMs: 10 },
      { taskId: 'a', status: 'succeeded', error: '', committedVersion: 1, atMs: 20 },
      { taskId: 'b', status: 'succeeded', error: '', committedVersion: 1, atMs: 30 },
    ];
    const commit = { taskId: 'a', version: 1, room: 'g/r', fencingClusterId: 'root', fencingTerm: 1, decidedAtMs: 4, acceptedAtMs: 5, appliedAtMs: 6 };
    obs.commits = [commit, { ...commit, appliedAtMs: 25 }];
    const [v] = judge(subs, obs, [phase('baseline', 0, 100)], opts);
    expect(v).toMatchObject({ committedTwice: 1, resultsTwice: 1, ackedButNotStored: 1, succeededNotCommitted: 1, completed: 2, lost: 0 });
    expect(invariantsHold([v!])).toBe(false);
  });

  it('calls a write stale only when its decision was accepted after a newer term was announced, past the race slack', () => {
    const c = (term: number, decidedAtMs: number, acceptedAtMs = decidedAtMs + 10) => ({ taskId: `t${term}-${decidedAtMs}`, version: 1, room: 'g/r', fencingClusterId: 'root', fencingTerm: term, decidedAtMs, acceptedAtMs, appliedAtMs: acceptedAtMs + 1 });
    const terms = [{ clusterId: 'root', term: 2, atMs: 1000 }, { clusterId: 'eu', term: 9, atMs: 0 }];
    // Decided under term 1 before term 2, committed long after: honoured (accept-time fencing), not stale.
    const late = c(1, 900, 60_000);
    const stale = staleTermCommits([c(1, 900), c(1, 1100), c(1, 1300), late, c(2, 5000), { ...c(1, 5000), fencingClusterId: 'other' }], terms, 250);
    expect(stale.map((s) => s.taskId)).toEqual(['t1-1300']);
    // Without a stored dispatch, the commit's own accept time decides.
    expect(staleTermCommits([{ ...late, decidedAtMs: undefined }], terms, 250)).toHaveLength(1);
  });

  it('measures the time until the completion rate is full again and stays full', () => {
    const w = phase('kill', 0, 30_000, 2000);
    // Full rate, a 6 s gap after the injection, then a backlog burst and full rate again.
    const times = [...steady(0, 3000), ...steady(9000, 10_000, 20), ...steady(10_000, 30_000)];
    const r = recoveryMs(times, w, opts);
    expect(r).not.toBeNull();
    expect(r!).toBeGreaterThanOrEqual(6000);
    expect(r!).toBeLessThanOrEqual(8000);
    expect(recoveryMs(steady(0, 30_000), w, opts)).toBe(0);
    expect(recoveryMs(steady(0, 3000), w, opts)).toBeNull();
  });

  it('groups reasons by their leading token and renders one row per fault', () => {
    expect(shortReason('stale-term: term 3 of eu-1 is older than term 4')).toBe('stale-term');
    expect(shortReason('')).toBe('(no reason given)');
    expect(shortReason('fencing token rejected (stale-term): cluster root: term 1 < 2')).toBe('stale-term');
    const [v] = judge([], empty(), [phase('kill -9 root node', 0, 10_000)], opts);
    const md = renderMarkdown([v!]);
    expect(md.split('\n')).toHaveLength(3);
    expect(md).toContain('| kill -9 root node | 0 |');
  });
});
