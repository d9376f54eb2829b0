/**
 * Fencing at the executors: a TaskDispatch carries the scheduler's fencing token (the root lease's
 * holder and term). An executor runs it only while that token is current, so a deposed scheduler
 * (paused, partitioned, or simply late) cannot make nodes run work the new root did not decide.
 */
import { FencingRejectedError, FencingRejection, ROOT_CLUSTER_ID, toFencingToken, type LeaseWatcher, type FencingToken } from '@cellmesh/leases';

/**
 * Checks a dispatch's fencing token against the executor's lease view and returns the accepted term;
 * throws FencingRejectedError (a PermanentError; `code` = 'stale-term', 'holder-mismatch',
 * 'invalid-token', 'cluster-mismatch') otherwise.
 *
 * - term ≥ 1: leader-core's checkFencingToken against the fence of the token's cluster (the root's
 *   for the scheduler): a term below the newest known, or the same term from another holder (or a
 *   released lease), is refused; a newer term raises the fence.
 * - term 0: the scheduler runs with activation 'always' (no lease, one instance per fabric by the
 *   operator's promise). Accepted only while the cluster has no lease at all; once any root lease was
 *   ever written, an unfenced dispatch could come from a stray second scheduler, so it is refused.
 */
export function assertDispatchFencing(leases: LeaseWatcher, fencing: { clusterId?: string | null; holder?: string | null; term?: number | null } | null | undefined): number {
  const token: FencingToken = toFencingToken(fencing);
  if (token.term !== 0) return leases.assertFencingToken(token).term;
  const clusterId = token.clusterId || ROOT_CLUSTER_ID;
  const leader = leases.currentLeader(clusterId);
  const fenceTerm = leases.currentTerm(clusterId);
  if (leader === undefined && fenceTerm === undefined) return 0;
  const known = leader ? `term ${leader.term} held by ${leader.holder || '(released)'}` : `term ${fenceTerm}`;
  throw new FencingRejectedError(FencingRejection.InvalidToken, `dispatch carries term 0 (unfenced, activation 'always') but cluster ${clusterId} has a lease (${known}); unfenced dispatches are accepted only while no lease exists`, token, leases.fence(clusterId));
}

/** Rejections that accept-time fencing may overturn: the term moved on (or was released) after the dispatch was accepted. */
const OVERTURNABLE: ReadonlySet<string> = new Set([FencingRejection.StaleTerm, FencingRejection.HolderMismatch]);

/**
 * assertDispatchFencing with accept-time fencing (docs/datastate.md "Fencing at accept time"): a
 * dispatch the DISPATCH stream accepted at `acceptedAtMs` while its term was in office is the decision
 * of a legitimate leader, even when the root has moved on since (this executor was paused, its
 * consumer lagged, its first run timed out). Such a dispatch runs; a deposed leader's dispatch accepted
 * after its successor's term began is still refused. Returns the accepted term.
 */
export async function assertDispatchFencingAt(leases: LeaseWatcher, fencing: Parameters<typeof assertDispatchFencing>[1], acceptedAtMs: number): Promise<number> {
  try {
    return assertDispatchFencing(leases, fencing);
  } catch (err) {
    if (!(err instanceof FencingRejectedError) || !OVERTURNABLE.has(err.reason)) throw err;
    const token = toFencingToken(fencing);
    const office = await leases.wasInOffice(token, acceptedAtMs);
    if (office.inOffice) return token.term;
    throw err;
  }
}
