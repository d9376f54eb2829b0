import { join } from 'node:path';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { injectTraceContext } from './propagation';
import {
  OtelResourceAttributesError,
  otelSdkDisabled,
  otelSettingsFromEnv,
  packageVersion,
  parseOtelResourceAttributes,
  setupTracing,
  tracingResourceAttributes,
} from './index';
import { headers as natsHeaders } from '@nats-io/transport-node';

describe('OTEL_* settings', () => {
  it('parses OTEL_RESOURCE_ATTRIBUTES pairs, percent-decoding values and skipping empty pairs', () => {
    expect(parseOtelResourceAttributes('deployment.environment=prod, cell=eu%2Dwest,,team=a%20b')).toEqual({ 'deployment.environment': 'prod', cell: 'eu-west', team: 'a b' });
    expect(parseOtelResourceAttributes(undefined)).toEqual({});
    expect(parseOtelResourceAttributes('  ')).toEqual({});
  });

  it('refuses a malformed pair instead of dropping it silently', () => {
    expect(() => parseOtelResourceAttributes('ok=1,oops')).toThrow(OtelResourceAttributesError);
    expect(() => parseOtelResourceAttributes('=1')).toThrow(/not key=value/);
    expect(() => parseOtelResourceAttributes('k=%E0%A4%A')).toThrow(/percent-encoding/);
  });

  it('treats only "true" (any case) as OTEL_SDK_DISABLED', () => {
    expect(otelSdkDisabled('TRUE')).toBe(true);
    expect(otelSdkDisabled(' true ')).toBe(true);
    expect(otelSdkDisabled('1')).toBe(false);
    expect(otelSdkDisabled(undefined)).toBe(false);
    expect(otelSdkDisabled(true)).toBe(true);
  });

  it('picks only the OTEL_* values it honours out of an environment record', () => {
    expect(otelSettingsFromEnv({ OTEL_SERVICE_NAME: 'svc', OTEL_RESOURCE_ATTRIBUTES: 'a=1', OTEL_SDK_DISABLED: 'false', PATH: '/bin' })).toEqual({ serviceName: 'svc', resourceAttributes: 'a=1', sdkDisabled: 'false' });
    expect(otelSettingsFromEnv({})).toEqual({});
  });

  it('orders the resource: code defaults < OTEL_RESOURCE_ATTRIBUTES < OTEL_SERVICE_NAME', () => {
    expect(tracingResourceAttributes({ serviceName: 'placement-scheduler', serviceVersion: '1.2.3' })).toEqual({ 'service.name': 'placement-scheduler', 'service.version': '1.2.3' });
    expect(tracingResourceAttributes({ serviceName: 'code', serviceVersion: '1.2.3', otel: { resourceAttributes: 'service.name=attrs,service.version=9,cell=a' } })).toEqual({ 'service.name': 'attrs', 'service.version': '9', cell: 'a' });
    expect(tracingResourceAttributes({ serviceName: 'code', otel: { serviceName: 'env', resourceAttributes: 'service.name=attrs' } })['service.name']).toBe('env');
    // No version given: the release's (this lib's package.json), never a made-up one.
    expect(tracingResourceAttributes({ serviceName: 'code' })['service.version']).toBe((jest.requireActual('../package.json') as { version: string }).version);
  });
});

describe('setupTracing', () => {
  afterEach(() => trace.disable());

  it('records and exports with an exporter, with the resource on every span', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = setupTracing({ serviceName: 'svc', serviceVersion: '2.0.0', exporters: [exporter], registerGlobal: false, otel: { resourceAttributes: 'cell=c1' } });
    expect(tracing.recording).toBe(true);
    tracing.tracer.startSpan('one').end();
    const [span] = exporter.getFinishedSpans();
    expect(span?.resource.attributes).toMatchObject({ 'service.name': 'svc', 'service.version': '2.0.0', cell: 'c1' });
    await tracing.shutdown();
  });

  it('records nothing when nothing exports, yet keeps real trace ids and propagates them', async () => {
    const tracing = setupTracing({ serviceName: 'svc' });
    expect(tracing.recording).toBe(false);
    const span = tracing.tracer.startSpan('unexported');
    expect(span.isRecording()).toBe(false);
    expect(isSpanContextValid(span.spanContext())).toBe(true);
    const h = natsHeaders();
    injectTraceContext(h, trace.setSpan(context.active(), span));
    expect(h.get('traceparent')).toContain(span.spanContext().traceId);
    span.end();
    await tracing.shutdown();
  });

  it('with OTEL_SDK_DISABLED=true hands out no-op tracers and exports nothing, even with exporters', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = setupTracing({ serviceName: 'svc', exporters: [exporter], otel: { sdkDisabled: 'true' } });
    const span = tracing.tracer.startSpan('disabled');
    expect(span.isRecording()).toBe(false);
    expect(isSpanContextValid(span.spanContext())).toBe(false);
    span.end();
    expect(exporter.getFinishedSpans()).toHaveLength(0);
    await tracing.shutdown();
  });
});

describe('packageVersion', () => {
  it('reads the nearest package.json version at or above a directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'cellmesh-pkgver-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'x', version: '3.4.5' }));
    mkdirSync(join(root, 'src', 'deep'), { recursive: true });
    expect(packageVersion(join(root, 'src', 'deep'))).toBe('3.4.5');
  });

  it('is this lib\'s own version from its src folder', () => {
    expect(packageVersion(__dirname)).toBe((jest.requireActual('../package.json') as { version: string }).version);
  });
});
