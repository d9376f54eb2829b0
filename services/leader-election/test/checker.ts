/**
 * An independent safety checker over logs a chaos run produces. It knows nothing of leader-core: it sees
 * every lease PUT (from its own KV watch) and every fenced write attempted, and checks:
 *  1. terms never go down in a cluster's lease history; a holder change to a real holder raises the term;
 *  2. at most one holder per (cluster, term);
 *  3. every accepted write names the holder that term belongs to;
 *  4. no accepted write started after a newer term was already visible (a deposed holder's write);
 *  5. per data key, accepted writes land in non-decreasing term order.
 */
export interface LeaseObservation {
  clusterId: string;
  holder: string;
  term: number;
  revision: number;
  seenAtMs: number;
}

export interface WriteAttempt {
  clusterId: string;
  holder: string;
  term: number;
  startedAtMs: number;
  accepted: boolean;
  /** KV revision of the data key for accepted writes. */
  revision?: number;
  rejection?: string;
}

export interface SafetyReport {
  elections: number;
  violations: string[];
  acceptedWrites: number;
  rejectedStale: number;
}

export function checkSafety(leases: readonly LeaseObservation[], writes: readonly WriteAttempt[]): SafetyReport {
  const violations: string[] = [];
  const byCluster = new Map<string, LeaseObservation[]>();
  for (const l of leases) byCluster.set(l.clusterId, [...(byCluster.get(l.clusterId) ?? []), l]);
  const holderOfTerm = new Map<string, string>();
  const firstSeenOfTerm = new Map<string, number>();
  let elections = 0;
  for (const [clusterId, history] of byCluster) {
    history.sort((a, b) => a.revision - b.revision);
    let prev: LeaseObservation | undefined;
    for (const l of history) {
      if (prev && l.term < prev.term) violations.push(`${clusterId}: term went down ${prev.term} -> ${l.term} at revision ${l.revision}`);
      if (prev && l.holder !== '' && l.holder !== prev.holder && l.term <= prev.term) violations.push(`${clusterId}: ${l.holder} took over from ${prev.holder || '(released)'} without a new term (${l.term})`);
      const key = `${clusterId}#${l.term}`;
      if (l.holder !== '') {
        const owner = holderOfTerm.get(key);
        if (owner === undefined) {
          holderOfTerm.set(key, l.holder);
          firstSeenOfTerm.set(key, l.seenAtMs);
          elections++;
        } else if (owner !== l.holder) violations.push(`${clusterId}: term ${l.term} held by both ${owner} and ${l.holder}`);
      }
      prev = l;
    }
  }
  const newestTermSeenBefore = (clusterId: string, atMs: number): number => {
    let newest = 0;
    for (const l of byCluster.get(clusterId) ?? []) if (l.seenAtMs < atMs && l.term > newest) newest = l.term;
    return newest;
  };
  const acceptedByCluster = new Map<string, WriteAttempt[]>();
  let acceptedWrites = 0;
  let rejectedStale = 0;
  for (const w of writes) {
    if (!w.accepted) {
      if (w.rejection === 'stale-term') rejectedStale++;
      continue;
    }
    acceptedWrites++;
    const owner = holderOfTerm.get(`${w.clusterId}#${w.term}`);
    if (owner !== w.holder) violations.push(`${w.clusterId}: write accepted from ${w.holder} under term ${w.term}, which belongs to ${owner ?? 'nobody'}`);
    const newest = newestTermSeenBefore(w.clusterId, w.startedAtMs);
    if (newest > w.term) violations.push(`${w.clusterId}: write from ${w.holder} (term ${w.term}) accepted though term ${newest} was visible before it started`);
    acceptedByCluster.set(w.clusterId, [...(acceptedByCluster.get(w.clusterId) ?? []), w]);
  }
  for (const [clusterId, accepted] of acceptedByCluster) {
    accepted.sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
    for (let i = 1; i < accepted.length; i++) {
      if (accepted[i].term < accepted[i - 1].term) violations.push(`${clusterId}: data key went back from term ${accepted[i - 1].term} to ${accepted[i].term}`);
    }
  }
  return { elections, violations, acceptedWrites, rejectedStale };
}
