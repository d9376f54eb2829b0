import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { AlwaysOffSampler, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { ProxyTracerProvider, propagation, trace, type Tracer } from '@opentelemetry/api';
import { packageVersion } from './package-version';

/**
 * The OpenTelemetry SDK environment variables cellmesh honours, as values: the process's config
 * (libs/runtime, or a CLI's main) reads the environment and hands them in, so this lib reads none.
 */
export interface OtelSettings {
  /** OTEL_SERVICE_NAME: wins over `service.name` in the resource attributes and over the code's default. */
  serviceName?: string;
  /** OTEL_RESOURCE_ATTRIBUTES: `key1=value1,key2=value2`, values percent-encoded (W3C Baggage octets). */
  resourceAttributes?: string;
  /** OTEL_SDK_DISABLED: "true" (any case) turns tracing off entirely; the API stays a no-op. */
  sdkDisabled?: string | boolean;
}

export interface TracingOptions {
  /** The code's default service name; OTEL_SERVICE_NAME and `service.name` in OTEL_RESOURCE_ATTRIBUTES override it. */
  serviceName: string;
  /** The service's package.json version (see packageVersion); `service.version` in the resource attributes overrides it. */
  serviceVersion?: string;
  /** OTLP/HTTP endpoint (e.g. http://jaeger:4318). Nothing is exported when absent. */
  otlpEndpoint?: string;
  /** Extra exporters (tests pass an InMemorySpanExporter); exported synchronously. */
  exporters?: SpanExporter[];
  /** Register as the global provider (one per process). */
  registerGlobal?: boolean;
  otel?: OtelSettings;
}

export interface Tracing {
  provider: NodeTracerProvider;
  tracer: Tracer;
  /**
   * Whether spans are recorded: only when something exports them. Otherwise spans are
   * non-recording but keep real trace and span ids, so traceparent headers, receipts' trace ids and
   * log correlation still work, at a fraction of the cost (issue 22).
   */
  recording: boolean;
  /** The resource every span carries (service.name, service.version and OTEL_RESOURCE_ATTRIBUTES). */
  resourceAttributes: Readonly<Record<string, string>>;
  shutdown(): Promise<void>;
}

export class OtelResourceAttributesError extends Error {
  override readonly name = 'OtelResourceAttributesError';
  readonly retryable = false;
}

/**
 * Parses OTEL_RESOURCE_ATTRIBUTES. The specification says the whole value is discarded when any
 * pair is malformed; this throws instead, so a typo is seen at start and not silently dropped.
 */
export function parseOtelResourceAttributes(raw: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw || raw.trim() === '') return out;
  for (const pair of raw.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (!key) throw new OtelResourceAttributesError(`OTEL_RESOURCE_ATTRIBUTES: ${JSON.stringify(pair)} is not key=value`);
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(eq + 1).trim());
    } catch {
      throw new OtelResourceAttributesError(`OTEL_RESOURCE_ATTRIBUTES: the value of ${key} is not valid percent-encoding`);
    }
    out[key] = value;
  }
  return out;
}

/** OTEL_SDK_DISABLED is true only for the string "true", case-insensitive (the specification's boolean rule). */
export function otelSdkDisabled(value: string | boolean | undefined): boolean {
  return typeof value === 'boolean' ? value : (value ?? '').trim().toLowerCase() === 'true';
}

/** Picks the OTEL_* values out of an environment record (call with process.env, in a main only). */
export function otelSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): OtelSettings {
  return {
    ...(env.OTEL_SERVICE_NAME ? { serviceName: env.OTEL_SERVICE_NAME } : {}),
    ...(env.OTEL_RESOURCE_ATTRIBUTES ? { resourceAttributes: env.OTEL_RESOURCE_ATTRIBUTES } : {}),
    ...(env.OTEL_SDK_DISABLED ? { sdkDisabled: env.OTEL_SDK_DISABLED } : {}),
  };
}

/** The resource of a process: code defaults < OTEL_RESOURCE_ATTRIBUTES < OTEL_SERVICE_NAME. Pure. */
export function tracingResourceAttributes(opts: Pick<TracingOptions, 'serviceName' | 'serviceVersion' | 'otel'>): Record<string, string> {
  const fromEnv = parseOtelResourceAttributes(opts.otel?.resourceAttributes);
  return {
    [ATTR_SERVICE_NAME]: opts.serviceName,
    // Without the service's own version, the version of the cellmesh release this lib came with.
    [ATTR_SERVICE_VERSION]: opts.serviceVersion ?? packageVersion(__dirname),
    ...fromEnv,
    ...(opts.otel?.serviceName ? { [ATTR_SERVICE_NAME]: opts.otel.serviceName } : {}),
  };
}

/** Sets up tracing for one process; W3C trace context is always the propagator. */
export function setupTracing(opts: TracingOptions): Tracing {
  const resourceAttributes = tracingResourceAttributes(opts);
  const disabled = otelSdkDisabled(opts.otel?.sdkDisabled);
  const spanProcessors: SpanProcessor[] = [];
  if (opts.otlpEndpoint && !disabled) {
    const url = `${opts.otlpEndpoint.replace(/\/$/, '')}/v1/traces`;
    spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url })));
  }
  if (!disabled) for (const exporter of opts.exporters ?? []) spanProcessors.push(new SimpleSpanProcessor(exporter));
  const recording = spanProcessors.length > 0;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes(resourceAttributes),
    spanProcessors,
    // With no processor a recording span is built, filled with attributes and events, and thrown away.
    ...(recording ? {} : { sampler: new AlwaysOffSampler() }),
  });
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  // Disabled: no provider is registered, so the global API stays its no-op (no ids, no headers).
  const registerGlobal = opts.registerGlobal !== false && !disabled;
  if (registerGlobal) provider.register();
  let shut: Promise<void> | undefined;
  return {
    provider,
    // A ProxyTracerProvider with no delegate hands out no-op tracers, whatever else the process registered.
    tracer: disabled ? new ProxyTracerProvider().getTracer('cellmesh') : registerGlobal ? trace.getTracer('cellmesh') : provider.getTracer('cellmesh'),
    recording,
    resourceAttributes,
    shutdown: () => (shut ??= provider.shutdown()),
  };
}
