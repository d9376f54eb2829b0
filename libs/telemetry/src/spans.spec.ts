import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Headers } from '@cellmesh/bus';
import { setupTracing, startProducerSpan, withConsumerSpan, withInternalSpan, withProducerSpan, CellmeshAttr, MessagingAttr, SpanName } from './index';

describe('messaging span helpers', () => {
  const exporter = new InMemorySpanExporter();
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  const tracing = setupTracing({ serviceName: 'spans-test', exporters: [exporter], registerGlobal: false });
  const tracer = tracing.tracer;
  const scope = { gameId: 'g1', roomId: 'r1', taskId: 't-42' };
  afterEach(() => exporter.reset());
  afterAll(async () => {
    await tracing.shutdown();
    context.disable();
  });
  const byName = (name: string): ReadableSpan => {
    const span = exporter.getFinishedSpans().find((s) => s.name === name);
    if (!span) throw new Error(`no span ${name}; have ${exporter.getFinishedSpans().map((s) => s.name).join(', ')}`);
    return span;
  };

  it('starts a PRODUCER span with messaging + cellmesh attributes and injects traceparent and the task id', () => {
    const { span, headers } = startProducerSpan(tracer, { subject: 'task.submit.g1.r1', subjectTemplate: 'task.submit.*.*', scope, nodeId: 'n1', clusterId: 'c1', messageId: 't-42', bodySize: 12 });
    span.end();
    const s = byName('send task.submit.*.*');
    expect(s.kind).toBe(SpanKind.PRODUCER);
    expect(s.attributes).toEqual({
      [MessagingAttr.System]: 'nats', [MessagingAttr.Destination]: 'task.submit.g1.r1', [MessagingAttr.DestinationTemplate]: 'task.submit.*.*',
      [MessagingAttr.Operation]: 'send', [MessagingAttr.OperationName]: 'publish', [MessagingAttr.MessageId]: 't-42', [MessagingAttr.BodySize]: 12,
      [CellmeshAttr.GameId]: 'g1', [CellmeshAttr.RoomId]: 'r1', [CellmeshAttr.TaskId]: 't-42', [CellmeshAttr.NodeId]: 'n1', [CellmeshAttr.ClusterId]: 'c1',
    });
    expect(headers.get(Headers.TraceParent)).toBe(`00-${s.spanContext().traceId}-${s.spanContext().spanId}-01`);
    expect(headers.get(Headers.TaskId)).toBe('t-42');
    expect(headers.get(Headers.NodeId)).toBe('n1');
  });

  it('makes the consumer span a child of the producer found in the headers, and nested spans children of the consumer', async () => {
    const { span: producer, headers } = startProducerSpan(tracer, { subject: 'task.run.n2', scope });
    producer.end();
    await withConsumerSpan(tracer, headers, { subject: 'task.run.n2', scope, nodeId: 'n2', consumerGroup: 'cpu-worker-n2' }, async () => {
      await withInternalSpan(tracer, SpanName.Run, { scope, nodeId: 'n2' }, async () => {
        await withProducerSpan(tracer, { subject: 'task.result.t-42', scope, nodeId: 'n2' }, async (hdrs) => expect(hdrs.get(Headers.TraceParent)).toMatch(/^00-/));
      });
    });
    const consumer = byName('process task.run.n2');
    const run = byName(SpanName.Run);
    const result = byName('send task.result.t-42');
    expect(consumer.kind).toBe(SpanKind.CONSUMER);
    expect(consumer.attributes[MessagingAttr.Operation]).toBe('process');
    expect(consumer.attributes[MessagingAttr.ConsumerGroup]).toBe('cpu-worker-n2');
    expect(consumer.parentSpanContext?.spanId).toBe(producer.spanContext().spanId);
    expect(run.parentSpanContext?.spanId).toBe(consumer.spanContext().spanId);
    expect(result.parentSpanContext?.spanId).toBe(run.spanContext().spanId);
    expect(new Set([consumer, run, result].map((s) => s.spanContext().traceId))).toEqual(new Set([producer.spanContext().traceId]));
  });

  it('records a handler exception on the consumer span, marks it ERROR and rethrows', async () => {
    await expect(withConsumerSpan(tracer, undefined, { subject: 'datastate.commit.g1.r1', scope, operation: 'receive' }, () => {
      throw new Error('stale fencing term');
    })).rejects.toThrow('stale fencing term');
    const s = byName('receive datastate.commit.g1.r1');
    expect(s.status).toEqual({ code: SpanStatusCode.ERROR, message: 'stale fencing term' });
    expect(s.events.map((e) => [e.name, e.attributes?.['exception.message']])).toEqual([['exception', 'stale fencing term']]);
    expect(s.parentSpanContext).toBeUndefined();
  });

  it('leaves a status the handler set itself (a handled failure) as it was', async () => {
    await withConsumerSpan(tracer, undefined, { subject: 'task.run.n1' }, (span) => span.setStatus({ code: SpanStatusCode.ERROR, message: 'rejected: no-gpu' }));
    expect(byName('process task.run.n1').status).toEqual({ code: SpanStatusCode.ERROR, message: 'rejected: no-gpu' });
  });

  it('omits empty scope fields instead of writing empty attributes', async () => {
    await withInternalSpan(tracer, SpanName.Place, { scope: { gameId: 'g', roomId: '', taskId: null } }, () => undefined);
    expect(byName(SpanName.Place).attributes).toEqual({ [CellmeshAttr.GameId]: 'g' });
    expect(trace.getActiveSpan()).toBeUndefined();
  });
});
