import { SpanStatusCode, type Attributes, type Span } from '@opentelemetry/api';
import { PlacementOutcome, TaskProfile, type InitOf } from '@cellmesh/contracts';
import { CellmeshAttr, PlacementAttr, SpanEventName } from './attributes';
import { scopeAttributes } from './spans';

/** Candidates written to the span (the receipt is already bounded by the scheduler; this is a second guard). */
export const MAX_SPAN_CANDIDATES = 16;
/** Upper bound of the `cellmesh.placement.candidates` JSON attribute, in UTF-8 bytes. */
export const MAX_PLACEMENT_ATTRIBUTE_BYTES = 8 * 1024;
/** Span events, one per rejected node, at most this many. */
export const MAX_REJECTION_EVENTS = 16;

export type PlacementReceiptLike = InitOf<'PlacementReceipt'>;

/** One candidate as it appears in the span's JSON attribute. */
export interface SpanCandidate {
  node: string;
  ok: boolean;
  /** Rejecting filter and its reason (rejected nodes only). */
  by?: string;
  why?: string;
  /** Final weighted score (feasible nodes only). */
  final?: number;
  /** plugin → [normalized score, weight]. */
  scores?: Record<string, [number, number]>;
}

/** `PLACEMENT_OUTCOME_PLACED` → `placed`. */
export function outcomeName(outcome: number | null | undefined): string {
  return enumName(PlacementOutcome as unknown as Record<number, string>, outcome, 'PLACEMENT_OUTCOME_');
}

/** `TASK_PROFILE_BATCH` → `batch`. */
export function profileName(profile: number | null | undefined): string {
  return enumName(TaskProfile as unknown as Record<number, string>, profile, 'TASK_PROFILE_');
}

function enumName(values: Record<number, string>, value: number | null | undefined, prefix: string): string {
  const name = values[value ?? 0];
  return typeof name === 'string' ? name.replace(prefix, '').toLowerCase() : `unknown(${value})`;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The receipt's candidates in span form: chosen first, then feasible by final score, then rejections. */
export function spanCandidates(receipt: PlacementReceiptLike): SpanCandidate[] {
  const all = (receipt.candidates ?? []).map((c): SpanCandidate => {
    const node = c.nodeId ?? '';
    if (!c.feasible) return { node, ok: false, by: c.rejectedBy ?? '', why: c.reason ?? '' };
    const scores: Record<string, [number, number]> = {};
    for (const s of c.scores ?? []) scores[s.plugin ?? ''] = [round(s.normalized ?? 0), round(s.weight ?? 0)];
    return { node, ok: true, final: round(c.finalScore ?? 0), scores };
  });
  const rank = (c: SpanCandidate) => (c.node === receipt.chosenNode && c.ok ? 0 : c.ok ? 1 : 2);
  return all.sort((a, b) => rank(a) - rank(b) || (b.final ?? 0) - (a.final ?? 0) || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
}

/** JSON of the first candidates that fit in `maxBytes`; reports how many were left out. */
export function boundedCandidatesJson(candidates: readonly SpanCandidate[], maxCandidates = MAX_SPAN_CANDIDATES, maxBytes = MAX_PLACEMENT_ATTRIBUTE_BYTES): { json: string; kept: number; dropped: number } {
  let kept = Math.min(candidates.length, maxCandidates);
  let json = JSON.stringify(candidates.slice(0, kept));
  while (kept > 0 && Buffer.byteLength(json) > maxBytes) {
    kept--;
    json = JSON.stringify(candidates.slice(0, kept));
  }
  return { json, kept, dropped: candidates.length - kept };
}

/**
 * Puts why a task went where it went on the placement span: outcome, chosen node, the deciding
 * rule, each candidate's filter verdict and per-plugin scores (bounded: at most 16 candidates in a
 * JSON attribute of at most 8 KiB), and one span event per rejected node (at most 16). What does
 * not fit is counted in `cellmesh.placement.candidates_omitted`. A rejected task marks the span ERROR.
 */
export function recordPlacementOnSpan(span: Span, receipt: PlacementReceiptLike): void {
  const candidates = spanCandidates(receipt);
  const { json, kept, dropped } = boundedCandidatesJson(candidates);
  const omittedByScheduler = receipt.candidatesOmitted ?? 0;
  const outcome = outcomeName(receipt.outcome);
  const attrs: Attributes = {
    ...scopeAttributes(receipt.scope),
    [PlacementAttr.Outcome]: outcome,
    [PlacementAttr.Rule]: receipt.rule ?? '',
    [PlacementAttr.Profile]: profileName(receipt.profile),
    [PlacementAttr.CandidateCount]: candidates.length + omittedByScheduler,
    [PlacementAttr.CandidatesOmitted]: omittedByScheduler + dropped,
    [PlacementAttr.CandidateNodes]: candidates.slice(0, kept).map((c) => c.node),
    [PlacementAttr.Candidates]: json,
  };
  if (receipt.chosenNode) attrs[PlacementAttr.ChosenNode] = receipt.chosenNode;
  if (receipt.chosenNode && receipt.gpuIndex !== undefined && receipt.gpuIndex !== null && receipt.gpuIndex >= 0) attrs[PlacementAttr.GpuIndex] = receipt.gpuIndex;
  if (receipt.rejectReason) attrs[PlacementAttr.RejectReason] = receipt.rejectReason;
  if (receipt.attempt) attrs[PlacementAttr.Attempt] = receipt.attempt;
  if (receipt.decisionLatencyMs !== undefined && receipt.decisionLatencyMs !== null) attrs[PlacementAttr.DecisionLatencyMs] = receipt.decisionLatencyMs;
  if (receipt.fencing?.term) attrs[PlacementAttr.FencingTerm] = Number(receipt.fencing.term);
  if (receipt.fencing?.clusterId) attrs[CellmeshAttr.ClusterId] = receipt.fencing.clusterId;
  span.setAttributes(attrs);
  for (const c of candidates.filter((x) => !x.ok).slice(0, MAX_REJECTION_EVENTS)) {
    span.addEvent(SpanEventName.CandidateRejected, { 'cellmesh.placement.candidate_node': c.node, 'cellmesh.placement.filter': c.by ?? '', 'cellmesh.placement.reason': c.why ?? '' });
  }
  if (outcome === 'rejected') span.setStatus({ code: SpanStatusCode.ERROR, message: `placement rejected: ${receipt.rejectReason || 'no reason given'}` });
}
