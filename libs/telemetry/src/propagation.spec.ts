import { context, trace } from '@opentelemetry/api';
import { headers } from '@nats-io/transport-node';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { setupTracing, injectTraceContext, extractTraceContext } from './index';

describe('trace context over NATS headers', () => {
  const exporter = new InMemorySpanExporter();
  const tracing = setupTracing({ serviceName: 'test', exporters: [exporter] });
  afterAll(() => tracing.shutdown());

  it('carries the parent span across a message so the consumer joins the same trace', () => {
    const producer = tracing.tracer.startSpan('publish');
    const hdrs = injectTraceContext(headers(), trace.setSpan(context.active(), producer));
    expect(hdrs.get('traceparent')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const consumer = tracing.tracer.startSpan('process', {}, extractTraceContext(hdrs));
    consumer.end();
    producer.end();
    const [child, parent] = exporter.getFinishedSpans();
    expect(child!.spanContext().traceId).toBe(parent!.spanContext().traceId);
    expect(child!.parentSpanContext?.spanId).toBe(parent!.spanContext().spanId);
  });

  it('starts a new trace when a message has no headers', () => {
    const span = tracing.tracer.startSpan('orphan', {}, extractTraceContext(undefined));
    expect(trace.isSpanContextValid(span.spanContext())).toBe(true);
    span.end();
  });
});
