import { decideLeaseAction, holdsLease } from './active-lease';

describe('active committer lease', () => {
  const now = 10_000;
  it.each([
    { name: 'no lease yet: create term 1', current: undefined, want: { kind: 'create', term: 1 } },
    { name: 'own live lease: renew the same term', current: { lease: { holder: 'me', term: 3, expiresAtMs: now + 1 }, revision: 7 }, want: { kind: 'renew', term: 3, revision: 7 } },
    { name: 'someone else, live: wait', current: { lease: { holder: 'other', term: 3, expiresAtMs: now + 1 }, revision: 7 }, want: { kind: 'wait', holder: 'other', expiresAtMs: now + 1 } },
    { name: 'someone else, expired: take over with the next term', current: { lease: { holder: 'other', term: 3, expiresAtMs: now }, revision: 7 }, want: { kind: 'take-over', term: 4, revision: 7 } },
    { name: 'released: take over', current: { lease: { holder: '', term: 3, expiresAtMs: 0 }, revision: 8 }, want: { kind: 'take-over', term: 4, revision: 8 } },
    { name: 'own expired lease: take over (a new term, since others may have seen it lapse)', current: { lease: { holder: 'me', term: 3, expiresAtMs: now - 1 }, revision: 7 }, want: { kind: 'take-over', term: 4, revision: 7 } },
  ])('$name', ({ current, want }) => {
    expect(decideLeaseAction(current, 'me', now)).toEqual(want);
  });

  it('stops applying half a TTL after the last renewal', () => {
    expect(holdsLease(undefined, 0, 1000)).toBe(false);
    expect(holdsLease(1000, 1499, 1000)).toBe(true);
    expect(holdsLease(1000, 1500, 1000)).toBe(false);
  });
});
