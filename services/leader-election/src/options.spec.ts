import { compileOptions, InvalidLeaderElectionOptionsError } from './options';

describe('leader-election options', () => {
  it('fills documented defaults', () => {
    const o = compileOptions();
    expect(o).toMatchObject({ clusterId: undefined, electRoot: true, eligible: true, inputsRefreshMs: 2000, releaseOnStop: true, publishEvents: true });
    expect(o.clusterParams.lease).toEqual({ leaseDurationMs: 9000, renewIntervalMs: 3000, maxClockSkewMs: 1000 });
    expect(o.rootParams.stability.minTenureMs).toBe(120_000);
  });

  it.each([
    { name: 'a cluster id that is not a token', options: { clusterId: 'a.b' }, fields: ['clusterId'] },
    { name: 'the reserved root cluster id', options: { clusterId: 'root' }, fields: ['clusterId'] },
    { name: 'empty static members', options: { staticMembers: [] }, fields: ['staticMembers'] },
    { name: 'a too fast refresh', options: { inputsRefreshMs: 1 }, fields: ['inputsRefreshMs'] },
    { name: 'an unsafe lease', options: { leader: { lease: { leaseDurationMs: 1000, renewIntervalMs: 900 } } }, fields: ['leader.renewIntervalMs', 'leader.maxClockSkewMs', 'leader.leaseDurationMs'] },
    { name: 'a bad root margin', options: { root: { stability: { challengeMargin: 2 } } }, fields: ['root.challengeMargin'] },
  ])('rejects $name, naming the fields', ({ options, fields }) => {
    let caught: unknown;
    try {
      compileOptions(options);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InvalidLeaderElectionOptionsError);
    expect((caught as InvalidLeaderElectionOptionsError).fields).toEqual(fields);
  });
});
