/**
 * Term monotonicity and fencing, as properties. The first drives nextLease directly; the second runs
 * decideLeadership for several nodes against a compare-and-set store, with stale reads, skewed clocks,
 * membership churn and deposed leaders that keep writing.
 */
import fc from 'fast-check';
import { decideLeadership } from './decide';
import { checkFencingToken, fenceOf, fencingTokenOf } from './fencing';
import { LeaseTransitionError } from './errors';
import { holderMayAct, nextLease, VACANT_HOLDER, type LeaseRecord, type LeaseTransition } from './lease';
import { compileLeaderParams } from './params';
import type { CandidateInfo } from './rank';
import { mesh, node } from './testing/fixtures';

/** Terms never fall; a term names at most one holder; a new holder always comes with term + 1. */
function expectTermInvariants(log: readonly LeaseRecord[]): void {
  const holderOfTerm = new Map<number, string>();
  let previous: LeaseRecord | undefined;
  for (const record of log) {
    if (record.holder !== VACANT_HOLDER) {
      const known = holderOfTerm.get(record.term);
      expect(known === undefined || known === record.holder).toBe(true);
      holderOfTerm.set(record.term, record.holder);
    }
    if (previous !== undefined) {
      expect(record.term).toBeGreaterThanOrEqual(previous.term);
      const newHolder = record.holder !== VACANT_HOLDER && record.holder !== previous.holder;
      if (newHolder) expect(record.term).toBe(previous.term + 1);
    } else {
      expect(record.term).toBe(1);
    }
    previous = record;
  }
}

function transitionFor(kind: LeaseTransition['kind'], holder: string, nowMs: number): LeaseTransition {
  if (kind === 'acquire') return { kind, clusterId: 'c1', holder, holderRank: 0, nowMs };
  if (kind === 'renew') return { kind, holder, holderRank: 0, nowMs };
  return { kind, holder, nowMs };
}

describe('term monotonicity: any sequence of lease transitions', () => {
  const params = { leaseDurationMs: 9_000 };
  const stepArb = fc.record({
    kind: fc.constantFrom<LeaseTransition['kind'][]>('acquire', 'renew', 'release'),
    holder: fc.constantFrom('a', 'b', 'c'),
    advanceMs: fc.integer({ min: 0, max: 20_000 }),
  });

  it('yields strictly increasing terms across holders', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        let current: LeaseRecord | undefined;
        let nowMs = 0;
        const log: LeaseRecord[] = [];
        for (const step of steps) {
          nowMs += step.advanceMs;
          const transition = transitionFor(step.kind, step.holder, nowMs);
          if (step.kind !== 'acquire' && current?.holder !== step.holder) {
            // Only the holder may renew or release; the transition refuses everyone else.
            expect(() => nextLease(current, transition, params)).toThrow(LeaseTransitionError);
            continue;
          }
          current = nextLease(current, transition, params);
          log.push(current);
        }
        expectTermInvariants(log);
      }),
    );
  });
});

describe('term monotonicity and fencing: decideLeadership against a compare-and-set store', () => {
  const params = compileLeaderParams({ lease: { leaseDurationMs: 3_000, maxClockSkewMs: 200 }, stability: { minTenureMs: 5_000, acquireStaggerMs: 100 } });
  const ids = ['n0', 'n1', 'n2', 'n3'];

  const commandArb = fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('tick' as const), node: fc.nat(3), advanceMs: fc.integer({ min: 0, max: 4_000 }), staleRead: fc.boolean() }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('write' as const), node: fc.nat(3) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('cores' as const), node: fc.nat(3), cores: fc.integer({ min: 1, max: 128 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('membership' as const), node: fc.nat(3), member: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('eligible' as const), node: fc.nat(3), eligible: fc.boolean() }) },
  );

  let electionsExercised = 0;
  let staleWritesRejected = 0;

  it('keeps terms strictly increasing across holders, one actor at a time, and accepts writes only from the current term', () => {
    fc.assert(
      fc.property(
        fc.array(commandArb, { minLength: 60, maxLength: 200 }),
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 4, maxLength: 4 }), // clock offsets: pairwise ≤ skew
        (commands, offsets) => {
          const versions: { record: LeaseRecord; revision: number }[] = [];
          const latest = () => versions[versions.length - 1];
          const compute = ids.map(() => 8);
          const member = ids.map(() => true);
          const eligible = ids.map(() => true);
          /** What each node last wrote or read: its belief about who leads. */
          const belief: (LeaseRecord | undefined)[] = ids.map(() => undefined);
          let realMs = 0;

          const members = (): CandidateInfo[] =>
            mesh(
              ids.filter((_, i) => member[i]).map((id) => node(id, { compute: { cores: compute[ids.indexOf(id)] }, eligible: eligible[ids.indexOf(id)] })),
              (a, b) => 1 + ids.indexOf(a) + ids.indexOf(b),
            );

          const step = (cmd: (typeof commands)[number]): void => {
            const i = cmd.node;
            if (cmd.kind === 'cores') compute[i] = cmd.cores;
            if (cmd.kind === 'membership') member[i] = cmd.member;
            if (cmd.kind === 'eligible') eligible[i] = cmd.eligible;
            if (cmd.kind === 'write') {
              // A node that still believes it leads writes, even if it has since been deposed (a paused leader waking up).
              const own = belief[i];
              if (own === undefined || own.holder !== ids[i]) return;
              const current = latest()?.record;
              const verdict = checkFencingToken(current === undefined ? undefined : fenceOf(current), fencingTokenOf(own));
              if (verdict.accepted) {
                expect(current).toBeDefined();
                expect(own.term).toBe(current?.term);
                expect(own.holder).toBe(current?.holder);
              } else {
                staleWritesRejected++;
              }
            }
            if (cmd.kind !== 'tick') return;

            realMs += cmd.advanceMs;
            const nowMs = realMs + offsets[i];
            const read = cmd.staleRead && versions.length > 1 ? versions[versions.length - 2] : latest();
            const action = decideLeadership({ selfId: ids[i], clusterId: 'c1', members: members(), lease: read, vacantSinceMs: 0 }, nowMs, params);
            if (action.kind === 'follow') {
              belief[i] = read?.record;
              return;
            }
            if (action.kind === 'lead') {
              const acting = nowMs >= action.mayActFromMs && nowMs < action.mayActUntilMs;
              expect(holderMayAct(read?.record, ids[i], nowMs, params.lease)).toBe(acting);
              return;
            }
            // Compare-and-set: the write lands only if nobody wrote since the revision this node read.
            const revision = latest()?.revision ?? 0;
            if (action.expectedRevision !== revision) return;
            versions.push({ record: action.lease, revision: revision + 1 });
            belief[i] = action.kind === 'step-down' ? undefined : action.lease;
            if (action.kind === 'acquire' || action.kind === 'challenge') electionsExercised++;
          };

          for (const cmd of commands) {
            step(cmd);
            // With clocks within the skew bound, at most one node may act at any real instant.
            const acting = ids.filter((id, n) => holderMayAct(belief[n], id, realMs + offsets[n], params.lease));
            expect(acting.length).toBeLessThanOrEqual(1);
          }
          expectTermInvariants(versions.map((v) => v.record));
        },
      ),
      { numRuns: 400 },
    );
  });

  // Runs after the property (Jest keeps declaration order): it proves the property exercised what it claims.
  it('exercised over 1,000 elections and rejected deposed leaders\' writes', () => {
    expect(electionsExercised).toBeGreaterThan(1_000);
    expect(staleWritesRejected).toBeGreaterThan(0);
  });
});
