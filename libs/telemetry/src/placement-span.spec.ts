import { SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { PlacementOutcome, TaskProfile, type InitOf } from '@cellmesh/contracts';
import {
  setupTracing,
  recordPlacementOnSpan,
  PlacementAttr,
  SpanEventName,
  MAX_PLACEMENT_ATTRIBUTE_BYTES,
  MAX_REJECTION_EVENTS,
  MAX_SPAN_CANDIDATES,
  type SpanCandidate,
} from './index';

type Receipt = InitOf<'PlacementReceipt'>;
type Candidate = NonNullable<Receipt['candidates']>[number];

const feasible = (nodeId: string, final: number): Candidate => ({
  nodeId, feasible: true, finalScore: final,
  scores: [{ plugin: 'rtt-to-origin', raw: 12, normalized: final, weight: 3 }, { plugin: 'free-capacity', raw: 0.5, normalized: 0.5, weight: 1 }],
});
const rejected = (nodeId: string, by: string, reason: string): Candidate => ({ nodeId, feasible: false, rejectedBy: by, reason });

describe('recordPlacementOnSpan', () => {
  const exporter = new InMemorySpanExporter();
  const tracing = setupTracing({ serviceName: 'placement-span-test', exporters: [exporter], registerGlobal: false });
  afterEach(() => exporter.reset());
  afterAll(() => tracing.shutdown());

  const record = (receipt: Receipt) => {
    const span = tracing.tracer.startSpan('cellmesh.place');
    recordPlacementOnSpan(span, receipt);
    span.end();
    return exporter.getFinishedSpans()[0]!;
  };

  it('writes outcome, chosen node, rule, verdicts and per-plugin scores with weights; chosen first', () => {
    const s = record({
      scope: { gameId: 'g', roomId: 'r', taskId: 't1' }, outcome: PlacementOutcome.PLACEMENT_OUTCOME_PLACED, chosenNode: 'n2', gpuIndex: -1,
      rule: 'highest-weighted-score', profile: TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, decisionLatencyMs: 0.4, attempt: 1,
      fencing: { clusterId: 'c1', holder: 'n9', term: 7 },
      candidates: [feasible('n1', 0.6), feasible('n2', 0.9), rejected('n3', 'capacity', 'insufficient-cpu')],
    });
    expect(s.attributes[PlacementAttr.Outcome]).toBe('placed');
    expect(s.attributes[PlacementAttr.ChosenNode]).toBe('n2');
    expect(s.attributes[PlacementAttr.GpuIndex]).toBeUndefined();
    expect(s.attributes[PlacementAttr.Rule]).toBe('highest-weighted-score');
    expect(s.attributes[PlacementAttr.Profile]).toBe('latency_sensitive');
    expect(s.attributes[PlacementAttr.FencingTerm]).toBe(7);
    expect(s.attributes[PlacementAttr.CandidateCount]).toBe(3);
    expect(s.attributes[PlacementAttr.CandidatesOmitted]).toBe(0);
    expect(s.attributes[PlacementAttr.CandidateNodes]).toEqual(['n2', 'n1', 'n3']);
    expect(JSON.parse(String(s.attributes[PlacementAttr.Candidates]))).toEqual([
      { node: 'n2', ok: true, final: 0.9, scores: { 'rtt-to-origin': [0.9, 3], 'free-capacity': [0.5, 1] } },
      { node: 'n1', ok: true, final: 0.6, scores: { 'rtt-to-origin': [0.6, 3], 'free-capacity': [0.5, 1] } },
      { node: 'n3', ok: false, by: 'capacity', why: 'insufficient-cpu' },
    ] satisfies SpanCandidate[]);
    expect(s.events.map((e) => [e.name, e.attributes])).toEqual([
      [SpanEventName.CandidateRejected, { 'cellmesh.placement.candidate_node': 'n3', 'cellmesh.placement.filter': 'capacity', 'cellmesh.placement.reason': 'insufficient-cpu' }],
    ]);
    expect(s.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('bounds a large receipt: at most 16 candidates, 8 KiB of JSON and 16 rejection events, counting what it left out', () => {
    const longName = (i: number) => `node-${String(i).padStart(3, '0')}-${'x'.repeat(40)}`;
    const candidates = [
      ...Array.from({ length: 30 }, (_, i) => feasible(longName(i), i / 30)),
      ...Array.from({ length: 30 }, (_, i) => rejected(longName(100 + i), 'vram-admission', `insufficient-vram ${'y'.repeat(200)}`)),
    ];
    const s = record({ outcome: PlacementOutcome.PLACEMENT_OUTCOME_PLACED, chosenNode: longName(3), rule: 'highest-weighted-score', candidates, candidatesOmitted: 5 });
    const json = String(s.attributes[PlacementAttr.Candidates]);
    const kept = JSON.parse(json) as SpanCandidate[];
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(MAX_PLACEMENT_ATTRIBUTE_BYTES);
    expect(kept.length).toBeLessThanOrEqual(MAX_SPAN_CANDIDATES);
    expect(kept[0]!.node).toBe(longName(3));
    expect(s.attributes[PlacementAttr.CandidateCount]).toBe(65);
    expect(s.attributes[PlacementAttr.CandidatesOmitted]).toBe(65 - kept.length);
    expect(s.events).toHaveLength(MAX_REJECTION_EVENTS);
  });

  it('marks the span ERROR with the reason when the task was rejected', () => {
    const s = record({ outcome: PlacementOutcome.PLACEMENT_OUTCOME_REJECTED, rule: 'no-feasible-node', rejectReason: 'no-feasible-node', candidates: [rejected('n1', 'gpu-present', 'no-gpu')] });
    expect(s.attributes[PlacementAttr.Outcome]).toBe('rejected');
    expect(s.attributes[PlacementAttr.RejectReason]).toBe('no-feasible-node');
    expect(s.attributes[PlacementAttr.ChosenNode]).toBeUndefined();
    expect(s.status).toEqual({ code: SpanStatusCode.ERROR, message: 'placement rejected: no-feasible-node' });
  });
});
