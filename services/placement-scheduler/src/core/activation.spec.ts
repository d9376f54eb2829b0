import { decideActivation, fencingClusterOf, type ActivationInput, type ActivationToken, type LeaseFacts } from './activation';

const NOW = 1_000_000;
const live = (holder: string, term: number): LeaseFacts => ({ holder, term, expiresAtMs: NOW + 5_000 });
const expired = (holder: string, term: number): LeaseFacts => ({ holder, term, expiresAtMs: NOW - 1 });
const token = (clusterId: string, term: number): ActivationToken => ({ clusterId, holder: 'n1', term });

interface Case {
  name: string;
  scope: ActivationInput['scope'];
  ownClusterId?: string;
  leases: Record<string, LeaseFacts>;
  current?: ActivationToken;
  want: ReturnType<typeof decideActivation>;
}

const cases: Case[] = [
  { name: 'root: holder of a live root lease activates under its term', scope: 'root', leases: { root: live('n1', 3) }, want: { kind: 'activate', token: token('root', 3) } },
  { name: 'root: another holder: stays inactive', scope: 'root', leases: { root: live('n2', 3) }, want: { kind: 'stay' } },
  { name: 'root: no lease at all: stays inactive', scope: 'root', leases: {}, want: { kind: 'stay' } },
  { name: 'root: own lease expired while active: deactivates', scope: 'root', leases: { root: expired('n1', 3) }, current: token('root', 3), want: { kind: 'deactivate' } },
  { name: 'root: lease moved away while active: deactivates', scope: 'root', leases: { root: live('n2', 4) }, current: token('root', 3), want: { kind: 'deactivate' } },
  { name: 'root: same term while active: stays', scope: 'root', leases: { root: live('n1', 3) }, current: token('root', 3), want: { kind: 'stay' } },
  { name: 'root: new term while active: reactivates under it', scope: 'root', leases: { root: live('n1', 5) }, current: token('root', 3), want: { kind: 'reactivate', token: token('root', 5) } },
  { name: 'root: a cluster lease does not activate', scope: 'root', ownClusterId: 'c1', leases: { c1: live('n1', 2) }, want: { kind: 'stay' } },
  { name: 'cluster: holder of its own cluster lease activates, fenced by that cluster', scope: 'cluster', ownClusterId: 'c1', leases: { c1: live('n1', 2) }, want: { kind: 'activate', token: token('c1', 2) } },
  { name: 'cluster: holding only the root lease does not activate', scope: 'cluster', ownClusterId: 'c1', leases: { root: live('n1', 9) }, want: { kind: 'stay' } },
  { name: 'cluster: holding another cluster\'s lease does not activate', scope: 'cluster', ownClusterId: 'c1', leases: { c2: live('n1', 2) }, want: { kind: 'stay' } },
  { name: 'cluster: own cluster unknown yet: stays inactive', scope: 'cluster', ownClusterId: '', leases: { c1: live('n1', 2) }, want: { kind: 'stay' } },
  { name: 'cluster: node moved to another cluster it leads: reactivates there', scope: 'cluster', ownClusterId: 'c2', leases: { c2: live('n1', 1) }, current: token('c1', 2), want: { kind: 'reactivate', token: token('c2', 1) } },
  { name: 'cluster: lost its cluster lease: deactivates', scope: 'cluster', ownClusterId: 'c1', leases: { c1: live('n3', 3) }, current: token('c1', 2), want: { kind: 'deactivate' } },
];

describe('decideActivation', () => {
  it.each(cases)('$name', ({ scope, ownClusterId, leases, current, want }) => {
    expect(decideActivation({ scope, nodeId: 'n1', ownClusterId: ownClusterId ?? 'c1', rootClusterId: 'root', leaseOf: (c) => leases[c], nowMs: NOW, current })).toEqual(want);
  });

  it.each([
    ['root', 'c1', 'root'],
    ['cluster', 'c1', 'c1'],
    ['cluster', '', ''],
  ] as const)('fencing cluster of scope %s with own cluster %j is %j', (scope, own, want) => {
    expect(fencingClusterOf(scope, own, 'root')).toBe(want);
  });
});
