import { toPlainCandidate } from './place';
import type { CandidateVerdict, PlacementDecision } from './types';

export const DEFAULT_RECEIPT_MAX_CANDIDATES = 16;

function compareByFinalThenNodeId(a: CandidateVerdict, b: CandidateVerdict): number {
  if (a.final !== b.final) return b.final - a.final;
  return a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0;
}

function compareByNodeId(a: CandidateVerdict, b: CandidateVerdict): number {
  return a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0;
}

/**
 * Rejections worth showing: one node per distinct (filter, reason) first, so every reason that
 * cost a node appears, then the rest by nodeId.
 */
function sampleRejections(rejected: readonly CandidateVerdict[]): CandidateVerdict[] {
  const sorted = [...rejected].sort(compareByNodeId);
  const seen = new Set<string>();
  const firsts: CandidateVerdict[] = [];
  const rest: CandidateVerdict[] = [];
  for (const c of sorted) {
    const key = `${c.rejectedBy}\u0000${c.reason}`;
    if (seen.has(key)) rest.push(c);
    else {
      seen.add(key);
      firsts.push(c);
    }
  }
  return [...firsts, ...rest];
}

/**
 * Bounds a decision for its durable receipt and span: at most `maxCandidates` candidates, namely
 * the chosen node, then the best other feasible nodes, then a sample of rejections. About a
 * quarter of the room (at least one) is kept for rejections when there are any, and room one kind
 * does not use goes to the other. What is dropped is counted in `candidatesOmitted`. The kept
 * candidates are plain objects, ready to store or put on a span.
 */
export function boundReceipt(decision: PlacementDecision, maxCandidates: number = DEFAULT_RECEIPT_MAX_CANDIDATES): PlacementDecision {
  const limit = Math.max(1, Math.floor(maxCandidates));
  const all = decision.candidates;
  if (all.length <= limit) return { ...decision, candidates: all.map(toPlainCandidate) };
  const chosen = all.find((c) => c.nodeId === decision.chosen && c.feasible);
  const feasible = all.filter((c) => c.feasible && c !== chosen).sort(compareByFinalThenNodeId);
  const rejections = sampleRejections(all.filter((c) => !c.feasible));

  const room = limit - (chosen ? 1 : 0);
  const rejectionShare = rejections.length > 0 ? Math.max(1, Math.floor(limit / 4)) : 0;
  const keptForRejections = Math.min(rejectionShare, rejections.length, room);
  const feasibleTake = Math.min(feasible.length, room - keptForRejections);
  const rejectionTake = Math.min(rejections.length, room - feasibleTake);
  const kept = [...(chosen ? [chosen] : []), ...feasible.slice(0, feasibleTake), ...rejections.slice(0, rejectionTake)].map(toPlainCandidate);
  return { ...decision, candidates: kept, candidatesOmitted: decision.candidatesOmitted + all.length - kept.length };
}
