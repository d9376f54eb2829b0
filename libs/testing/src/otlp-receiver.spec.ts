import { gzipSync } from 'node:zlib';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { startOtlpReceiver, type OtlpReceiver } from './otlp-receiver';

/** Spans made by the real SDK, serialized by the real OTLP serializers, POSTed over HTTP. */
function makeSpans(): ReadableSpan[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': 'svc-a' }), spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('scope-a');
  const root = tracer.startSpan('send task.submit.>', { kind: SpanKind.PRODUCER, attributes: { 'cellmesh.task_id': 't1', count: 3, ratio: 0.5, ok: true, nodes: ['n1', 'n2'] } });
  const child = tracer.startSpan('process task.submit.>', { kind: SpanKind.CONSUMER }, trace.setSpan(context.active(), root));
  child.addEvent('cellmesh.placement.candidate_rejected', { 'cellmesh.placement.reason': 'no-gpu' });
  child.setStatus({ code: SpanStatusCode.ERROR, message: 'boom' });
  child.end();
  root.end();
  return exporter.getFinishedSpans() as ReadableSpan[];
}

describe('OTLP/HTTP receiver', () => {
  let receiver: OtlpReceiver;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });
  afterEach(() => receiver.clear());
  afterAll(() => receiver.stop());

  const post = (body: Uint8Array, contentType: string, extra: Record<string, string> = {}) =>
    fetch(receiver.tracesUrl, { method: 'POST', headers: { 'Content-Type': contentType, ...extra }, body });

  const expectDecoded = () => {
    const [traceId] = receiver.traceIds();
    expect(receiver.traceIds()).toHaveLength(1);
    expect(receiver.renderTree(traceId!)).toEqual(['send task.submit.> [producer] svc-a', '  process task.submit.> [consumer] svc-a']);
    const [root] = receiver.tree(traceId!);
    expect(root!.span.attributes).toEqual({ 'cellmesh.task_id': 't1', count: 3, ratio: 0.5, ok: true, nodes: ['n1', 'n2'] });
    expect(root!.span.scopeName).toBe('scope-a');
    expect(root!.span.parentSpanId).toBeUndefined();
    const child = root!.children[0]!.span;
    expect(child.parentSpanId).toBe(root!.span.spanId);
    expect(child.status).toEqual({ code: 'error', message: 'boom' });
    expect(child.events.map((e) => [e.name, e.attributes])).toEqual([['cellmesh.placement.candidate_rejected', { 'cellmesh.placement.reason': 'no-gpu' }]]);
    expect(child.endTimeUnixNano).toBeGreaterThanOrEqual(child.startTimeUnixNano);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
  };

  it('accepts OTLP JSON', async () => {
    const res = await post(JsonTraceSerializer.serializeRequest(makeSpans())!, 'application/json');
    expect(res.status).toBe(200);
    expectDecoded();
  });

  it('accepts OTLP protobuf, gzip-encoded too', async () => {
    const body = ProtobufTraceSerializer.serializeRequest(makeSpans())!;
    expect((await post(body, 'application/x-protobuf')).status).toBe(200);
    expectDecoded();
    receiver.clear();
    expect((await post(gzipSync(body), 'application/x-protobuf', { 'Content-Encoding': 'gzip' })).status).toBe(200);
    expectDecoded();
  });

  it('answers 400 with the reason for a body it cannot decode, and 404 elsewhere', async () => {
    const res = await post(new TextEncoder().encode('{not json'), 'application/json');
    expect(res.status).toBe(400);
    expect(receiver.rejected()).toHaveLength(1);
    expect((await fetch(`${receiver.endpoint}/v1/metrics`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect(receiver.spans()).toEqual([]);
  });
});
