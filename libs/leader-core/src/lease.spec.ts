import fc from 'fast-check';
import { InvalidLeaderInputError, InvalidLeaderParamsError, LeaseTransitionError } from './errors';
import {
  actingDeadlineMs,
  DEFAULT_LEASE_PARAMS,
  holderMayAct,
  leaseState,
  nextLease,
  renewDueAtMs,
  renewIntervalFor,
  takeoverAllowedAtMs,
  VACANT_HOLDER,
  type LeaseParams,
} from './lease';
import { compileLeaderParams, DEFAULT_LEADER_PARAMS } from './params';
import { lease, thrownBy } from './testing/fixtures';

const params: LeaseParams = { leaseDurationMs: 9_000, renewIntervalMs: 3_000, maxClockSkewMs: 1_000 };

describe('leaseState: expiry with the clock-skew bound (reader side)', () => {
  const held = lease({ expiresAtMs: 9_000 }); // takeover allowed from 9_000 + 1_000
  it.each([
    { name: 'no record', record: undefined, nowMs: 0, want: 'vacant' },
    { name: 'released record', record: lease({ holder: VACANT_HOLDER }), nowMs: 0, want: 'vacant' },
    { name: 'fresh', record: held, nowMs: 5_000, want: 'held' },
    { name: 'at nominal expiry, still inside the skew bound', record: held, nowMs: 9_000, want: 'held' },
    { name: 'one ms before expiry + skew', record: held, nowMs: 9_999, want: 'held' },
    { name: 'exactly expiry + skew', record: held, nowMs: 10_000, want: 'expired' },
    { name: 'long after', record: held, nowMs: 1e9, want: 'expired' },
  ] as const)('$name → $want', ({ record, nowMs, want }) => {
    expect(leaseState(record, nowMs, params)).toBe(want);
  });

  it('with zero skew, expires exactly at expiresAtMs', () => {
    expect(leaseState(held, 8_999, { maxClockSkewMs: 0 })).toBe('held');
    expect(leaseState(held, 9_000, { maxClockSkewMs: 0 })).toBe('expired');
  });
});

describe('holderMayAct: the holder stops before expiry − skew (holder side)', () => {
  const held = lease({ holder: 'a', acquiredAtMs: 0, expiresAtMs: 9_000 }); // acts in [0, 8_000)
  it.each([
    { name: 'holder, fresh', selfId: 'a', nowMs: 0, want: true },
    { name: 'holder, 1 ms before expiry − skew', selfId: 'a', nowMs: 7_999, want: true },
    { name: 'holder, exactly expiry − skew', selfId: 'a', nowMs: 8_000, want: false },
    { name: 'holder, after expiry', selfId: 'a', nowMs: 9_500, want: false },
    { name: 'someone else', selfId: 'b', nowMs: 0, want: false },
    { name: 'holder, before its tenure starts', selfId: 'a', nowMs: -1, want: false },
  ])('$name → $want', ({ selfId, nowMs, want }) => {
    expect(holderMayAct(held, selfId, nowMs, params)).toBe(want);
  });

  it('never for a released or absent lease', () => {
    expect(holderMayAct(undefined, 'a', 0, params)).toBe(false);
    expect(holderMayAct(lease({ holder: VACANT_HOLDER }), VACANT_HOLDER, 0, params)).toBe(false);
  });

  it('puts a 2 × skew window between the last acting instant and the first takeover', () => {
    const record = lease({ expiresAtMs: 9_000 });
    expect(takeoverAllowedAtMs(record, params) - actingDeadlineMs(record, params)).toBe(2 * params.maxClockSkewMs);
  });
});

describe('clock-skew safety (property)', () => {
  // Real time t; node clocks read t + offset. The bound: any two offsets differ by at most maxClockSkewMs.
  it('a holder can act and a reader can take over at no common real instant, with maxClockSkewMs to spare', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }), // maxClockSkewMs
        fc.integer({ min: 0, max: 1e9 }), // expiresAtMs
        fc.integer({ min: -1e6, max: 1e6 }), // holder's offset
        fc.double({ min: -1, max: 1, noNaN: true }), // reader's offset relative to the holder, as a fraction of the bound
        fc.integer({ min: -1e9, max: 2e9 }), // real time
        (skew, expiresAtMs, holderOffset, relative, t) => {
          const readerOffset = holderOffset + Math.trunc(relative * skew);
          const record = lease({ holder: 'h', expiresAtMs });
          const p = { maxClockSkewMs: skew };
          if (holderMayAct(record, 'h', t + holderOffset, p)) {
            // Even maxClockSkewMs (minus one tick) later in real time, the reader must still see it held.
            const later = t + Math.max(0, skew - 1);
            expect(leaseState(record, later + readerOffset, p)).toBe('held');
          }
        },
      ),
    );
  });
});

describe('nextLease', () => {
  const current = lease({ clusterId: 'c1', holder: 'a', term: 5, acquiredAtMs: 100, renewedAtMs: 200, expiresAtMs: 9_200, holderRank: 0.7 });

  it('acquires an absent key at term 1', () => {
    expect(nextLease(undefined, { kind: 'acquire', clusterId: 'c1', holder: 'a', holderRank: 0.9, nowMs: 50 }, params)).toEqual({
      clusterId: 'c1',
      holder: 'a',
      term: 1,
      acquiredAtMs: 50,
      renewedAtMs: 50,
      expiresAtMs: 9_050,
      holderRank: 0.9,
    });
  });

  it('acquires with term + 1 whoever held it', () => {
    const next = nextLease(current, { kind: 'acquire', clusterId: 'c1', holder: 'b', holderRank: 0.8, nowMs: 20_000 }, params);
    expect(next).toMatchObject({ holder: 'b', term: 6, acquiredAtMs: 20_000, expiresAtMs: 29_000 });
  });

  it('delays the tenure start for a takeover of a live lease', () => {
    const next = nextLease(current, { kind: 'acquire', clusterId: 'c1', holder: 'b', holderRank: 0.8, nowMs: 5_000, actingFromMs: 10_200 }, params);
    expect(next).toMatchObject({ term: 6, acquiredAtMs: 10_200, renewedAtMs: 5_000, expiresAtMs: 14_000 });
  });

  it('renews with the same term, keeping acquiredAtMs', () => {
    const next = nextLease(current, { kind: 'renew', holder: 'a', holderRank: 0.75, nowMs: 3_200 }, params);
    expect(next).toEqual({ ...current, renewedAtMs: 3_200, expiresAtMs: 12_200, holderRank: 0.75 });
  });

  it('never shortens a lease on renew (a clock that stepped back)', () => {
    expect(nextLease(current, { kind: 'renew', holder: 'a', holderRank: 0.7, nowMs: 0 }, params).expiresAtMs).toBe(9_200);
  });

  it('releases with the same term and no holder, so the next acquire continues the sequence', () => {
    const released = nextLease(current, { kind: 'release', holder: 'a', nowMs: 4_000 }, params);
    expect(released).toMatchObject({ holder: VACANT_HOLDER, term: 5, expiresAtMs: 4_000 });
    expect(leaseState(released, 4_000, params)).toBe('vacant');
    expect(nextLease(released, { kind: 'acquire', clusterId: 'c1', holder: 'b', holderRank: 0.5, nowMs: 4_001 }, params).term).toBe(6);
  });

  it.each([
    { name: 'renew by another node', transition: { kind: 'renew', holder: 'b', holderRank: 0, nowMs: 0 } as const, record: current },
    { name: 'release by another node', transition: { kind: 'release', holder: 'b', nowMs: 0 } as const, record: current },
    { name: 'renew of an absent key', transition: { kind: 'renew', holder: 'a', holderRank: 0, nowMs: 0 } as const, record: undefined },
    { name: 'renew of a released lease', transition: { kind: 'renew', holder: '', holderRank: 0, nowMs: 0 } as const, record: lease({ holder: VACANT_HOLDER }) },
    { name: 'acquire by an empty id', transition: { kind: 'acquire', clusterId: 'c1', holder: '', holderRank: 0, nowMs: 0 } as const, record: current },
  ])('refuses $name', ({ transition, record }) => {
    expect(() => nextLease(record, transition, params)).toThrow(LeaseTransitionError);
  });

  it('refuses to acquire a lease of another cluster', () => {
    expect(() => nextLease(current, { kind: 'acquire', clusterId: 'c2', holder: 'b', holderRank: 0, nowMs: 0 }, params)).toThrow(InvalidLeaderInputError);
  });
});

describe('renewal timing', () => {
  it('renews every duration / 3 by default', () => {
    expect(renewIntervalFor(9_000)).toBe(3_000);
    expect(DEFAULT_LEASE_PARAMS).toEqual({ leaseDurationMs: 9_000, renewIntervalMs: 3_000, maxClockSkewMs: 1_000 });
    expect(renewDueAtMs(lease({ renewedAtMs: 500 }), params)).toBe(3_500);
  });
});

describe('compileLeaderParams', () => {
  it('returns the defaults unchanged', () => {
    expect(compileLeaderParams()).toEqual(DEFAULT_LEADER_PARAMS);
  });

  it('derives the renewal interval from a given duration', () => {
    expect(compileLeaderParams({ lease: { leaseDurationMs: 3_000, maxClockSkewMs: 100 } }).lease).toEqual({ leaseDurationMs: 3_000, renewIntervalMs: 1_000, maxClockSkewMs: 100 });
  });

  it('keeps an explicit renewal interval', () => {
    expect(compileLeaderParams({ lease: { leaseDurationMs: 3_000, renewIntervalMs: 500, maxClockSkewMs: 100 } }).lease.renewIntervalMs).toBe(500);
  });

  it.each([
    { name: 'zero duration', options: { lease: { leaseDurationMs: 0, renewIntervalMs: 1 } }, fields: ['leaseDurationMs'] },
    { name: 'negative skew', options: { lease: { maxClockSkewMs: -1 } }, fields: ['maxClockSkewMs'] },
    { name: 'renewal too late for the skew', options: { lease: { leaseDurationMs: 3_000, maxClockSkewMs: 2_000 } }, fields: ['renewIntervalMs', 'maxClockSkewMs', 'leaseDurationMs'] },
    { name: 'margin of 1', options: { stability: { challengeMargin: 1 } }, fields: ['challengeMargin'] },
    { name: 'NaN tenure', options: { stability: { minTenureMs: Number.NaN } }, fields: ['minTenureMs'] },
    { name: 'zero RTT bound', options: { stability: { maxHolderRttMs: 0 } }, fields: ['maxHolderRttMs'] },
  ])('rejects $name, naming the fields', ({ options, fields }) => {
    const error = thrownBy(() => compileLeaderParams(options));
    expect(error).toBeInstanceOf(InvalidLeaderParamsError);
    expect((error as InvalidLeaderParamsError).fields).toEqual(fields);
  });
});
