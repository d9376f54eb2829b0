import { checkFencing, decisionAcceptedAtMs, supersededToken } from './fencing';
import { RejectReason } from './reasons';

const lease = { clusterId: 'c1', holder: 'n1', term: 5 };

describe('checkFencing', () => {
  it.each([
    { name: 'no token: not a leader decision', token: undefined, lease, seen: undefined, want: 'ok' },
    { name: 'current term and holder', token: { clusterId: 'c1', holder: 'n1', term: 5 }, lease, seen: undefined, want: 'ok' },
    { name: 'newer term than the lease read (lagging read)', token: { clusterId: 'c1', holder: 'n2', term: 6 }, lease, seen: undefined, want: 'ok' },
    { name: 'older term than the lease', token: { clusterId: 'c1', holder: 'n0', term: 4 }, lease, seen: undefined, want: RejectReason.StaleTerm },
    { name: 'older than a term already accepted, although the lease read lags', token: { clusterId: 'c1', holder: 'n1', term: 5 }, lease, seen: 6, want: RejectReason.StaleTerm },
    { name: 'same term, other holder', token: { clusterId: 'c1', holder: 'n9', term: 5 }, lease, seen: undefined, want: RejectReason.HolderMismatch },
    { name: 'same term as a released lease', token: { clusterId: 'c1', holder: 'n1', term: 5 }, lease: { ...lease, holder: '' }, seen: undefined, want: RejectReason.HolderMismatch },
    { name: 'no lease at all: accepted unchecked', token: { clusterId: 'c2', holder: 'n1', term: 1 }, lease: undefined, seen: undefined, want: 'ok' },
    { name: 'a lease of another cluster is ignored', token: { clusterId: 'c2', holder: 'n1', term: 1 }, lease, seen: undefined, want: 'ok' },
    { name: 'term without cluster', token: { clusterId: '', holder: 'n1', term: 3 }, lease, seen: undefined, want: RejectReason.FencingInvalid },
    { name: 'cluster without term', token: { clusterId: 'c1', holder: 'n1', term: 0 }, lease, seen: undefined, want: RejectReason.FencingInvalid },
    { name: 'term 0 (unfenced scheduler) while the cluster has no lease: accepted', token: { clusterId: 'root', holder: 's1', term: 0 }, lease: undefined, seen: undefined, want: 'ok' },
    { name: 'term 0 once the committer has accepted a term for the cluster', token: { clusterId: 'c1', holder: 'n1', term: 0 }, lease: undefined, seen: 2, want: RejectReason.FencingInvalid },
  ])('$name', ({ token, lease: l, seen, want }) => {
    const verdict = checkFencing(token, l, seen);
    if (want === 'ok') expect(verdict.ok).toBe(true);
    else expect(verdict).toMatchObject({ ok: false, reason: want });
  });

  it('raises the fence to the accepted term', () => {
    expect(checkFencing({ clusterId: 'c1', holder: 'n2', term: 7 }, lease, 6)).toEqual({ ok: true, checked: true, highestTerm: 7 });
  });
});

describe('accept-time fencing inputs', () => {
  const token = { clusterId: 'root', holder: 'a', term: 3 };
  it.each([
    ['current lease, same holder', { clusterId: 'root', holder: 'a', term: 3 }, 3, false],
    ['a newer term in the lease', { clusterId: 'root', holder: 'b', term: 4 }, 4, true],
    ['a newer term known only to the fence', { clusterId: 'root', holder: 'a', term: 3 }, 4, true],
    ['its own term released', { clusterId: 'root', holder: '', term: 3 }, 3, true],
    ['no lease, no fence', undefined, undefined, false],
  ])('supersededToken: %s → %s', (_name, lease, fence, expected) => {
    expect(supersededToken(token, lease, fence)).toBe(expected);
  });
  it.each([
    [0, 5_000, 5_000],
    [4_000, 5_000, 4_000],
    [6_000, 5_000, 5_000],
  ])('decisionAcceptedAtMs(forwarded %d, stored %d) = %d', (forwarded, stored, expected) => {
    expect(decisionAcceptedAtMs(forwarded, stored)).toBe(expected);
  });
});
