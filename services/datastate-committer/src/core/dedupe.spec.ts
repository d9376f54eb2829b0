import fc from 'fast-check';
import { hasApplied, recordApplied, type AppliedVersions } from './dedupe';

describe('applied (taskId, version) set', () => {
  it('knows exactly the versions recorded, in any order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 60 }), fc.integer({ min: 0, max: 200 }), (versions, probe) => {
        const applied: AppliedVersions = new Map();
        for (const v of versions) recordApplied(applied, 't', v);
        expect(hasApplied(applied, 't', probe)).toBe(versions.includes(probe));
        expect(hasApplied(applied, 'other', probe)).toBe(false);
        expect(applied.get('t') ?? []).toEqual([...versions].sort((a, b) => a - b));
      }),
    );
  });

  it('keeps the newest versions per task and treats anything older as applied', () => {
    const applied: AppliedVersions = new Map();
    for (let v = 1; v <= 10; v++) recordApplied(applied, 't', v, 4);
    expect(applied.get('t')).toEqual([7, 8, 9, 10]);
    expect(hasApplied(applied, 't', 2, 4)).toBe(true);
    expect(hasApplied(applied, 't', 11, 4)).toBe(false);
  });
});
