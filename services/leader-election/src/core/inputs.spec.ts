import { rankCandidates } from '@cellmesh/leader-core';
import { candidateOf, membersOf, rootMembersOf } from './inputs';

describe('rank inputs from fabric snapshots', () => {
  it('splits probed and estimated RTTs and skips self, unknown peers and invalid numbers', () => {
    const c = candidateOf('a', {
      peers: {
        links: [
          { peerId: 'b', rttMs: 2, measured: true },
          { peerId: 'c', rttMs: 9, measured: false },
          { peerId: 'a', rttMs: 0, measured: true },
          { peerId: 'd', rttMs: Number.NaN, measured: true },
          { peerId: '', rttMs: 1, measured: true },
          { peerId: 'e', rttMs: -1, measured: false },
        ],
      },
    });
    expect(c.measuredRttMs).toEqual({ b: 2 });
    expect(c.estimatedRttMs).toEqual({ c: 9 });
  });

  it('derives compute from NodeMetrics: free memory in MiB, GPU count and measured free VRAM', () => {
    const c = candidateOf('a', {
      metrics: { cpuCores: 8, memTotalBytes: 4 * 1024 ** 3, memUsedBytes: 1024 ** 3, gpus: [{ memoryTotalMib: 8000, memoryUsedMib: 2000 }, { memoryTotalMib: 100, memoryUsedMib: 200 }] },
    });
    expect(c.compute).toEqual({ cores: 8, freeMemoryMib: 3072, gpus: 2, freeVramMib: 6000 });
    expect(c.eligible).toBe(true);
  });

  it('ranks a member with no snapshot at all (zero compute, no RTTs) instead of failing the round', () => {
    const ranking = rankCandidates({ members: [candidateOf('ghost', undefined), candidateOf('a', { metrics: { cpuCores: 2 } })] });
    expect(ranking.map((r) => r.nodeId)).toEqual(['a', 'ghost']);
  });

  it('makes a draining node ineligible, and lets the caller override its own eligibility', () => {
    expect(candidateOf('a', { metrics: { draining: true } }).eligible).toBe(false);
    expect(candidateOf('a', { metrics: { draining: false } }, false).eligible).toBe(false);
  });

  it.each([
    { name: 'static members win', staticMembers: ['c', 'b'], state: ['x'], holder: 'h', want: ['b', 'c'] },
    { name: 'then ClusterState members', staticMembers: undefined, state: ['b', 'a', 'b'], holder: 'h', want: ['a', 'b'] },
    { name: 'with neither: self and the holder, so the holder is not read as gone', staticMembers: undefined, state: undefined, holder: 'h', want: ['h', 'self'] },
    { name: 'with neither and no holder: self alone', staticMembers: undefined, state: [], holder: undefined, want: ['self'] },
  ])('membership: $name', ({ staticMembers, state, holder, want }) => {
    expect(membersOf('self', staticMembers, state, holder)).toEqual(want);
  });

  it('root members are the distinct live leaders', () => {
    expect(rootMembersOf(['b', 'a', '', 'b'])).toEqual(['a', 'b']);
  });
});
