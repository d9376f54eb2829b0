import fc from 'fast-check';
import { checkFencingToken, fenceOf, fencingTokenOf, isStaleTerm, raiseFence, type FencingToken, type TermFence } from './fencing';
import { VACANT_HOLDER } from './lease';
import { FencingRejection } from './names';
import { lease } from './testing/fixtures';

const token = (term: number, holder = 'a', clusterId = 'c1'): FencingToken => ({ clusterId, holder, term });

describe('isStaleTerm', () => {
  it.each([
    { name: 'below the current term', token: token(2), current: lease({ term: 3 }), want: true },
    { name: 'the current term', token: token(3), current: lease({ term: 3 }), want: false },
    { name: 'above the current term (the reader lags)', token: token(4), current: lease({ term: 3 }), want: false },
    { name: 'no lease known', token: token(1), current: undefined, want: false },
    { name: 'another cluster', token: token(1, 'a', 'c2'), current: lease({ term: 3 }), want: false },
  ])('$name → $want', ({ token: t, current, want }) => {
    expect(isStaleTerm(t, current)).toBe(want);
  });
});

describe('checkFencingToken', () => {
  const fence: TermFence = { clusterId: 'c1', term: 5, holder: 'b' };
  it.each([
    { name: 'the current holder and term', token: token(5, 'b'), accepted: true, reason: undefined },
    { name: 'a deposed leader (lower term)', token: token(4, 'a'), accepted: false, reason: FencingRejection.StaleTerm },
    { name: 'the same term from another holder', token: token(5, 'a'), accepted: false, reason: FencingRejection.HolderMismatch },
    { name: 'another cluster', token: token(5, 'b', 'c2'), accepted: false, reason: FencingRejection.ClusterMismatch },
    { name: 'term 0 (no lease ever produced it)', token: token(0, 'b'), accepted: false, reason: FencingRejection.InvalidToken },
    { name: 'an empty holder', token: token(5, ''), accepted: false, reason: FencingRejection.InvalidToken },
    { name: 'a newer term the writer had not read yet', token: token(6, 'c'), accepted: true, reason: undefined },
  ])('$name → accepted: $accepted', ({ token: t, accepted, reason }) => {
    const verdict = checkFencingToken(fence, t);
    expect(verdict.accepted).toBe(accepted);
    expect('reason' in verdict ? verdict.reason : undefined).toBe(reason);
  });

  it('raises the fence on a newer term, so the previous term is rejected from then on', () => {
    const first = checkFencingToken(fence, token(6, 'c'));
    expect(first.fence).toEqual({ clusterId: 'c1', term: 6, holder: 'c' });
    expect(checkFencingToken(first.fence, token(5, 'b'))).toMatchObject({ accepted: false, reason: FencingRejection.StaleTerm });
  });

  it('fences off a holder that released its lease, at its own term', () => {
    const released = fenceOf(lease({ holder: VACANT_HOLDER, term: 5 }));
    expect(checkFencingToken(released, token(5, 'b'))).toMatchObject({ accepted: false, reason: FencingRejection.HolderMismatch });
  });

  it('with no fence yet, the first token sets it', () => {
    expect(checkFencingToken(undefined, token(2))).toEqual({ accepted: true, fence: token(2) });
  });

  it('stamps tokens from the lease', () => {
    expect(fencingTokenOf(lease({ clusterId: 'c9', holder: 'h', term: 12 }))).toEqual({ clusterId: 'c9', holder: 'h', term: 12 });
  });

  it('raiseFence never lowers a fence', () => {
    const high = fenceOf(lease({ term: 9, holder: 'x' }));
    expect(raiseFence(high, lease({ term: 3 }))).toBe(high);
    expect(raiseFence(high, lease({ term: 10, holder: 'y' }))).toEqual({ clusterId: 'c1', term: 10, holder: 'y' });
    expect(raiseFence(undefined, lease({ term: 1 }))).toEqual({ clusterId: 'c1', term: 1, holder: 'a' });
  });

  it('accepted terms never go down, whatever order tokens and lease reads arrive in (property)', () => {
    const eventArb = fc.oneof(
      fc.record({ kind: fc.constant('lease' as const), term: fc.integer({ min: 1, max: 20 }), holder: fc.constantFrom('a', 'b', '') }),
      fc.record({ kind: fc.constant('token' as const), term: fc.integer({ min: 1, max: 20 }), holder: fc.constantFrom('a', 'b') }),
    );
    fc.assert(
      fc.property(fc.array(eventArb), (events) => {
        let fence: TermFence | undefined;
        let highest = 0;
        for (const e of events) {
          if (e.kind === 'lease') {
            fence = raiseFence(fence, lease({ term: e.term, holder: e.holder }));
          } else {
            const verdict = checkFencingToken(fence, token(e.term, e.holder));
            if (verdict.accepted) {
              expect(e.term).toBeGreaterThanOrEqual(highest);
              highest = e.term;
            }
            fence = verdict.fence;
          }
          if (fence !== undefined) expect(fence.term).toBeGreaterThanOrEqual(highest);
        }
      }),
    );
  });
});
