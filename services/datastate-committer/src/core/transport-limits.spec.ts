import { RateLimitedLog, limitsForTransport, roomLimitFor } from './transport-limits';
import { CORRUPT_LEASE_HOLDER, corruptLeaseView, decideLeaseAction } from './active-lease';
import { DEFAULT_COMMIT_LIMITS } from './decide';

const MiB = 1024 * 1024;

describe('roomLimitFor: rooms never outgrow the transport', () => {
  it.each([
    ['stock 1 MiB server', MiB, 0.75 * MiB, "75% of the server's max_payload 1048576"],
    ['8 MiB server (the recommended setting)', 8 * MiB, 6 * MiB, 'limits.maxRoomBytes'],
    ['64 MiB server', 64 * MiB, 6 * MiB, 'limits.maxRoomBytes'],
    ['unknown max_payload', undefined, 6 * MiB, 'limits.maxRoomBytes'],
  ])('%s', (_name, maxPayload, expected, note) => {
    const limit = roomLimitFor(6 * MiB, maxPayload);
    expect(limit.maxRoomBytes).toBe(expected);
    expect(limit.note).toContain(note);
    expect(limitsForTransport(DEFAULT_COMMIT_LIMITS, maxPayload)).toMatchObject({ maxRoomBytes: expected, roomLimitNote: limit.note });
  });
});

describe('RateLimitedLog', () => {
  it('admits one line per key per interval and reports what it held back', () => {
    const log = new RateLimitedLog(60_000);
    expect(log.admit('g/r', 0)).toBe(0);
    expect(log.admit('g/r', 100)).toBeUndefined();
    expect(log.admit('g/r', 59_999)).toBeUndefined();
    expect(log.admit('g/other', 100)).toBe(0);
    expect(log.admit('g/r', 60_000)).toBe(2);
  });
});

describe('corruptLeaseView: a garbage committer.active never stops DataState writes', () => {
  it('waits one TTL from first sight, then takes it over by CAS on its revision', () => {
    const view = corruptLeaseView(41, 1_000, 10_000);
    expect(view.holder).toBe(CORRUPT_LEASE_HOLDER);
    expect(decideLeaseAction({ lease: view, revision: 41 }, 'me', 5_000)).toEqual({ kind: 'wait', holder: CORRUPT_LEASE_HOLDER, expiresAtMs: 11_000 });
    expect(decideLeaseAction({ lease: view, revision: 41 }, 'me', 11_000)).toEqual({ kind: 'take-over', term: 42, revision: 41 });
  });
});
