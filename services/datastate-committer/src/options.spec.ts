import { compileOptions } from './options';

describe('compileOptions', () => {
  it('fills defaults with units in the names', () => {
    const o = compileOptions();
    expect(o).toMatchObject({ leaseTtlMs: 10_000, leaseRenewMs: 3333, ackWaitMs: 5000, maxHotRooms: 1024, serveReads: true, apply: true });
    expect(o.policies).toEqual({ default: 'last-writer-wins', byGame: {}, byRoom: {} });
  });

  it('refuses an ack wait longer than half the lease (a takeover could reorder a room)', () => {
    expect(() => compileOptions({ leaseTtlMs: 1000, ackWaitMs: 600 })).toThrow(/\["ackWaitMs","leaseTtlMs"\]/);
  });

  it('names a bad policy and a bad scope', () => {
    expect(() => compileOptions({ policies: { default: 'fastest' as never } })).toThrow(/policies.default must be one of/);
    expect(() => compileOptions({ policies: { byRoom: { 'g1.r1': 'crdt-merge' } } })).toThrow(/policies.byRoom: "g1.r1" must be "<gameId>\/<roomId>"/);
    expect(() => compileOptions({ policies: { byGame: { g1: 'nope' as never } } })).toThrow(/policies.byGame\[g1\]/);
  });

  it('rejects non-positive sizes and inverted warm-rate bounds', () => {
    expect(() => compileOptions({ maxHotRooms: 0 })).toThrow(/maxHotRooms must be a positive number/);
    expect(() => compileOptions({ warmRate: { minIntervalMs: 500, maxIntervalMs: 100 } })).toThrow(/max must be ≥ min/);
  });
});
