import { compileOptions } from './options';

describe('compileOptions', () => {
  it('fills defaults with units in the names', () => {
    const o = compileOptions();
    expect(o).toMatchObject({ leaseTtlMs: 10_000, leaseRenewMs: 3333, pullExpiresMs: 2000, ackWaitMs: 3000, maxHotRooms: 1024, serveReads: true, apply: true, loadReportIntervalMs: 5000 });
    expect(o.policies).toEqual({ default: 'last-writer-wins', byGame: {}, byRoom: {} });
  });

  it('refuses an ack wait plus pull lifetime longer than half the lease (a takeover could reorder a room)', () => {
    expect(() => compileOptions({ leaseTtlMs: 3000, ackWaitMs: 600 })).toThrow(/\["ackWaitMs","pullExpiresMs","leaseTtlMs"\]: ackWaitMs \+ pullExpiresMs \(1600\) must be at most leaseTtlMs \/ 2 \(1500\)/);
    expect(compileOptions({ leaseTtlMs: 3000, ackWaitMs: 500 })).toMatchObject({ ackWaitMs: 500, pullExpiresMs: 1000 });
    expect(() => compileOptions({ pullExpiresMs: 500 })).toThrow(/pullExpiresMs must be at least 1000/);
  });

  it('names a bad policy and a bad scope', () => {
    expect(() => compileOptions({ policies: { default: 'fastest' as never } })).toThrow(/policies.default must be one of/);
    expect(() => compileOptions({ policies: { byRoom: { 'g1.r1': 'crdt-merge' } } })).toThrow(/policies.byRoom: "g1.r1" must be "<gameId>\/<roomId>"/);
    expect(() => compileOptions({ policies: { byGame: { g1: 'nope' as never } } })).toThrow(/policies.byGame\[g1\]/);
  });

  it('rejects non-positive sizes and inverted warm-rate bounds', () => {
    expect(() => compileOptions({ maxHotRooms: 0 })).toThrow(/maxHotRooms must be a positive number/);
    expect(() => compileOptions({ loadReportIntervalMs: 0 })).toThrow(/loadReportIntervalMs must be a positive number/);
    expect(() => compileOptions({ warmRate: { minIntervalMs: 500, maxIntervalMs: 100 } })).toThrow(/max must be ≥ min/);
  });
});
