/**
 * Fencing at the writer: a delta caused by a leader's decision carries that leader's term; a term
 * older than the cluster's current lease (or than any term this committer has already accepted for
 * the cluster) is rejected, so a deposed leader's late writes never land.
 */
import { RejectReason } from './reasons';

export interface FencingTokenView {
  clusterId: string;
  holder: string;
  term: number;
}

export interface LeaseView {
  clusterId: string;
  holder: string;
  term: number;
}

export type FencingVerdict =
  | { ok: true; checked: boolean; highestTerm: number | undefined }
  | { ok: false; reason: RejectReason; detail: string };

/**
 * - no token (term 0 and no cluster): the delta is not a leader's decision → accepted unchecked;
 * - a term without a cluster → fencing-invalid;
 * - term 0 with a cluster: the unfenced token of a scheduler with activation 'always' (forwarded by the
 *   worker). Accepted unchecked only while the cluster has no lease at all (the executors' rule,
 *   @cellmesh/client assertDispatchFencing); once a lease exists it could come from a stray second
 *   scheduler → fencing-invalid;
 * - term below max(lease term, highest term already accepted) → stale-term;
 * - same term as the lease but another holder (or a released lease) → holder-mismatch;
 * - no lease and no earlier term: nothing to compare with → accepted (documented in docs/datastate.md).
 * `highestTerm` is what the caller keeps per cluster, so a lagging lease read never lowers the fence.
 */
export function checkFencing(token: FencingTokenView | undefined, lease: LeaseView | undefined, highestAcceptedTerm: number | undefined): FencingVerdict {
  if (!token || (token.term === 0 && token.clusterId === '')) return { ok: true, checked: false, highestTerm: highestAcceptedTerm };
  const leaseTerm = lease && lease.clusterId === token.clusterId ? lease.term : undefined;
  if (token.term === 0 && token.clusterId !== '') {
    if (leaseTerm === undefined && highestAcceptedTerm === undefined) return { ok: true, checked: false, highestTerm: undefined };
    const known = leaseTerm !== undefined ? `term ${leaseTerm} held by ${lease!.holder || '(released)'}` : `term ${highestAcceptedTerm}`;
    return {
      ok: false,
      reason: RejectReason.FencingInvalid,
      detail: `delta carries term 0 (unfenced) but cluster ${token.clusterId} has a lease (${known}); unfenced deltas are accepted only while no lease exists`,
    };
  }
  if (token.term < 0 || token.clusterId === '') {
    return { ok: false, reason: RejectReason.FencingInvalid, detail: `fencing token needs both a cluster and a term (cluster ${JSON.stringify(token.clusterId)}, term ${token.term})` };
  }
  const fence = Math.max(leaseTerm ?? 0, highestAcceptedTerm ?? 0);
  if (token.term < fence) {
    return { ok: false, reason: RejectReason.StaleTerm, detail: `term ${token.term} of ${token.holder || 'an unnamed holder'} is older than term ${fence} for cluster ${token.clusterId}` };
  }
  if (leaseTerm !== undefined && token.term === leaseTerm && token.holder !== lease!.holder) {
    // An empty lease holder means the lease was released: its last holder is fenced off at once.
    const owner = lease!.holder === '' ? 'nobody (the lease was released)' : lease!.holder;
    return { ok: false, reason: RejectReason.HolderMismatch, detail: `term ${token.term} of cluster ${token.clusterId} belongs to ${owner}, not ${token.holder || 'an unnamed holder'}` };
  }
  return { ok: true, checked: leaseTerm !== undefined || highestAcceptedTerm !== undefined, highestTerm: Math.max(token.term, highestAcceptedTerm ?? 0) };
}

/** True when the lease or the fence has moved past the token: a newer term, or its own term released / held by another. */
export function supersededToken(token: FencingTokenView, lease: LeaseView | undefined, fenceTerm: number | undefined): boolean {
  if (token.term < (fenceTerm ?? 0)) return true;
  return lease !== undefined && lease.clusterId === token.clusterId && lease.term === token.term && lease.holder !== token.holder;
}

/**
 * The instant a delta's decision was accepted by the fabric (accept-time fencing, docs/datastate.md): the
 * dispatch's JetStream time the executor forwards in the token, else the time COMMITS stored the delta;
 * never later than the latter (a producer cannot move its delta past what COMMITS saw).
 */
export function decisionAcceptedAtMs(forwardedAcceptedAtMs: number, commitStoredAtMs: number): number {
  return forwardedAcceptedAtMs > 0 ? Math.min(forwardedAcceptedAtMs, commitStoredAtMs) : commitStoredAtMs;
}
