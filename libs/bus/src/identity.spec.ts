import { BoundedMap, Identity, IdentityRejection, boundIdentity, identityRejection } from './identity';
import { subjects } from './names';

describe('identity binding', () => {
  it('accepts a payload that speaks for its subject', () => {
    expect(identityRejection(Identity.nodeMetrics, subjects.metricsNode('eu-2'), { nodeId: 'eu-2' })).toBeNull();
    expect(boundIdentity(Identity.clusterAnnounce, subjects.topologyAnnounce('c1'), { clusterId: 'c1' })).toBe('c1');
  });

  it('rejects a payload whose id differs from the subject, with a reason', () => {
    expect(identityRejection(Identity.nodeMetrics, subjects.metricsNode('eu-2'), { nodeId: 'ghost' })?.reason).toBe(IdentityRejection.SubjectMismatch);
    expect(identityRejection(Identity.nodeMetrics, subjects.metricsNode('eu-2'), { nodeId: '' })?.reason).toBe(IdentityRejection.MissingId);
    expect(identityRejection(Identity.nodeMetrics, subjects.metricsLoad('eu-2'), { nodeId: 'eu-2' })?.reason).toBe(IdentityRejection.BadSubject);
    expect(identityRejection(Identity.leaderChanged, subjects.leaderChanged('c1'), { clusterId: 'c2' })?.reason).toBe(IdentityRejection.SubjectMismatch);
    expect(identityRejection(Identity.taskResult, subjects.taskResult('t1'), { scope: { taskId: 't2' } })?.reason).toBe(IdentityRejection.SubjectMismatch);
    expect(() => boundIdentity(Identity.loadReport, subjects.metricsLoad('a'), { nodeId: 'b' })).toThrow(/identity-differs-from-subject/);
  });
});

describe('BoundedMap', () => {
  it('caps its size, evicting the least recently set key', () => {
    const now = 0;
    const evicted: string[] = [];
    const m = new BoundedMap<number>({ maxEntries: 3, now: () => now, onEvict: (k) => void evicted.push(k) });
    for (let i = 0; i < 30_000; i++) m.set(`ghost-${i}`, i);
    expect(m.size).toBe(3);
    expect(m.keys()).toEqual(['ghost-29997', 'ghost-29998', 'ghost-29999']);
    m.set('ghost-29997', 1);
    m.set('x', 2);
    expect(m.keys()).toEqual(['ghost-29999', 'ghost-29997', 'x']);
    expect(evicted.length).toBe(29_998);
  });

  it('ages entries out', () => {
    let now = 0;
    const m = new BoundedMap<string>({ maxEntries: 10, maxAgeMs: 100, now: () => now });
    m.set('a', 'A');
    now = 50;
    m.set('b', 'B');
    now = 120;
    expect(m.get('a')).toBeUndefined();
    expect(m.values()).toEqual(['B']);
    now = 200;
    expect(m.prune()).toBe(1);
    expect(m.size).toBe(0);
  });
});
