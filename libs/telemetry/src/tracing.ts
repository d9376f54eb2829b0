import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { propagation, trace, type Tracer } from '@opentelemetry/api';

export interface TracingOptions {
  serviceName: string;
  serviceVersion?: string;
  /** OTLP/HTTP endpoint (e.g. http://jaeger:4318). Nothing is exported when absent. */
  otlpEndpoint?: string;
  /** Extra exporters (tests pass an InMemorySpanExporter); exported synchronously. */
  exporters?: SpanExporter[];
  /** Register as the global provider (one per process). */
  registerGlobal?: boolean;
}

export interface Tracing {
  provider: NodeTracerProvider;
  tracer: Tracer;
  shutdown(): Promise<void>;
}

/** Sets up tracing for one process; W3C trace context is always the propagator. */
export function setupTracing(opts: TracingOptions): Tracing {
  const spanProcessors: SpanProcessor[] = [];
  if (opts.otlpEndpoint) {
    const url = `${opts.otlpEndpoint.replace(/\/$/, '')}/v1/traces`;
    spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url })));
  }
  for (const exporter of opts.exporters ?? []) spanProcessors.push(new SimpleSpanProcessor(exporter));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: opts.serviceName, [ATTR_SERVICE_VERSION]: opts.serviceVersion ?? '0.1.0' }),
    spanProcessors,
  });
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  if (opts.registerGlobal !== false) provider.register();
  let shut: Promise<void> | undefined;
  return {
    provider,
    tracer: opts.registerGlobal === false ? provider.getTracer('cellmesh') : trace.getTracer('cellmesh'),
    shutdown: () => (shut ??= provider.shutdown()),
  };
}
