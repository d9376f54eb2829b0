import { PassThrough } from 'node:stream';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { createLogger, setupTracing } from './index';

/** Lines a logger wrote, parsed. pino writes synchronously to a plain stream. */
function capture() {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  return { stream, lines };
}

describe('createLogger', () => {
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  const tracing = setupTracing({ serviceName: 'logger-test', exporters: [new InMemorySpanExporter()], registerGlobal: false });
  afterAll(async () => {
    await tracing.shutdown();
    context.disable();
  });

  it('serializes err as an error object, from an Error or from a message string', async () => {
    const { stream, lines } = capture();
    const log = createLogger({ service: 'svc', nodeId: 'n1', version: '1.2.3', destination: stream });
    log.error({ err: new TypeError('bad input') }, 'failed');
    log.warn({ err: 'connection refused' }, 'retrying');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({ service: 'svc', nodeId: 'n1', version: '1.2.3', msg: 'failed', err: { type: 'TypeError', message: 'bad input' } });
    expect(typeof (lines[0]!.err as { stack?: unknown }).stack).toBe('string');
    expect(lines[1]).toMatchObject({ err: { type: 'Error', message: 'connection refused' } });
  });

  it('carries the active span as trace_id / span_id / trace_flags, and nothing outside a span', async () => {
    const { stream, lines } = capture();
    const log = createLogger({ service: 'svc', destination: stream });
    const span = tracing.tracer.startSpan('work');
    context.with(trace.setSpan(context.active(), span), () => log.info('inside'));
    span.end();
    log.info('outside');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({ trace_id: span.spanContext().traceId, span_id: span.spanContext().spanId, trace_flags: '01' });
    expect(lines[0]).not.toHaveProperty('traceId');
    expect(lines[1]).not.toHaveProperty('trace_id');
  });
});
