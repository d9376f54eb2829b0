import { MAX_OFFICE_PERIODS, inOfficeAt, officePeriodOf, recordOfficePeriod, type OfficePeriod } from './office';

const SKEW = 1_000;
// Term 3 (a) from t=10 000, released at 30 000; term 4 (b) from 40 000; term 5 (c) from 60 000.
const periods: OfficePeriod[] = [
  { term: 3, holder: 'a', fromMs: 10_000 },
  { term: 3, holder: '', fromMs: 30_000 },
  { term: 4, holder: 'b', fromMs: 40_000 },
  { term: 5, holder: 'c', fromMs: 60_000 },
];

describe('inOfficeAt: accept-time fencing', () => {
  it.each([
    ['term 4 accepted mid-term, long before term 5', { term: 4, holder: 'b' }, 50_000, true],
    ['term 4 accepted within the skew bound of term 5', { term: 4, holder: 'b' }, 59_500, false],
    ['term 4 accepted after term 5 began (a deposed leader writing late)', { term: 4, holder: 'b' }, 61_000, false],
    ['term 5, the current one', { term: 5, holder: 'c' }, 70_000, true],
    ['term 3 before its release', { term: 3, holder: 'a' }, 20_000, true],
    ['term 3 after its release', { term: 3, holder: 'a' }, 35_000, false],
    ['term 4 under a foreign holder name', { term: 4, holder: 'mallory' }, 50_000, false],
    ['term 4 accepted before it began', { term: 4, holder: 'b' }, 30_000, false],
  ])('%s → in office %s', (_name, token, acceptedAtMs, expected) => {
    expect(inOfficeAt(periods, token, acceptedAtMs, SKEW).inOffice).toBe(expected);
  });

  it('says "unknown" when the history does not reach the token term, so the caller keeps the current-term rule', () => {
    expect(inOfficeAt(periods, { term: 2, holder: 'z' }, 5_000, SKEW)).toMatchObject({ inOffice: false, unknown: true });
    expect(inOfficeAt(periods, { term: 4, holder: 'b' }, 61_000, SKEW)).toMatchObject({ inOffice: false, unknown: false, detail: expect.stringContaining('term 5 of c began') });
  });
});

describe('recordOfficePeriod', () => {
  it('ignores renewals, sorts by term with a release after the hold, and keeps a bounded list', () => {
    let list: OfficePeriod[] = [];
    list = recordOfficePeriod(list, officePeriodOf({ clusterId: 'c', holder: 'b', term: 4, acquiredAtMs: 40, renewedAtMs: 41, expiresAtMs: 50, holderRank: 0 }));
    list = recordOfficePeriod(list, officePeriodOf({ clusterId: 'c', holder: 'b', term: 4, acquiredAtMs: 40, renewedAtMs: 45, expiresAtMs: 55, holderRank: 0 }));
    list = recordOfficePeriod(list, officePeriodOf({ clusterId: 'c', holder: '', term: 3, acquiredAtMs: 10, renewedAtMs: 30, expiresAtMs: 30, holderRank: 0 }));
    list = recordOfficePeriod(list, officePeriodOf({ clusterId: 'c', holder: 'a', term: 3, acquiredAtMs: 10, renewedAtMs: 20, expiresAtMs: 30, holderRank: 0 }));
    expect(list).toEqual([
      { term: 3, holder: 'a', fromMs: 10 },
      { term: 3, holder: '', fromMs: 30 },
      { term: 4, holder: 'b', fromMs: 40 },
    ]);
    for (let t = 5; t < 5 + 2 * MAX_OFFICE_PERIODS; t++) list = recordOfficePeriod(list, { term: t, holder: 'x', fromMs: t * 100 });
    expect(list).toHaveLength(MAX_OFFICE_PERIODS);
    expect(list[list.length - 1]!.term).toBe(4 + 2 * MAX_OFFICE_PERIODS);
  });
});
