import { checkSafety, type LeaseObservation, type WriteAttempt } from './checker';

// The checker must be able to fail: each planted violation is found.
describe('independent safety checker', () => {
  const lease = (holder: string, term: number, revision: number, seenAtMs = revision * 10): LeaseObservation => ({ clusterId: 'c', holder, term, revision, seenAtMs });
  const write = (holder: string, term: number, startedAtMs: number, revision: number, accepted = true): WriteAttempt => ({ clusterId: 'c', holder, term, startedAtMs, accepted, revision });

  it('passes a clean history and counts elections', () => {
    const r = checkSafety([lease('a', 1, 1), lease('a', 1, 2), lease('b', 2, 3)], [write('a', 1, 5, 1), write('b', 2, 40, 2)]);
    expect(r).toEqual({ elections: 2, violations: [], acceptedWrites: 2, rejectedStale: 0 });
  });

  it.each([
    { name: 'two holders of one term', leases: [lease('a', 1, 1), lease('b', 1, 2)], writes: [], want: /held by both/ },
    { name: 'a takeover without a new term', leases: [lease('a', 1, 1), lease('b', 1, 2)], writes: [], want: /without a new term/ },
    { name: 'a term going down', leases: [lease('a', 2, 1), lease('b', 1, 2)], writes: [], want: /term went down/ },
    { name: 'a deposed holder\'s write accepted', leases: [lease('a', 1, 1), lease('b', 2, 2)], writes: [write('a', 1, 25, 1)], want: /term 2 was visible/ },
    { name: 'a write under a term it does not hold', leases: [lease('a', 1, 1)], writes: [write('b', 1, 5, 1)], want: /belongs to a/ },
    { name: 'a data key going back', leases: [lease('a', 1, 1), lease('b', 2, 2)], writes: [write('b', 2, 25, 1), write('a', 1, 5, 2)], want: /went back/ },
  ])('finds $name', ({ leases, writes, want }) => {
    expect(checkSafety(leases, writes).violations.join('\n')).toMatch(want);
  });
});
