import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import * as protobuf from 'protobufjs';
import { waitFor } from './wait-for';

/**
 * A real OTLP/HTTP trace receiver for tests: accepts `POST /v1/traces` in OTLP JSON (what
 * @opentelemetry/exporter-trace-otlp-http sends by default) and in OTLP protobuf
 * (`application/x-protobuf`, as exporter-trace-otlp-proto and most collectors send), optionally
 * gzip-encoded, and keeps every span so tests can assert on the trace tree.
 */

export type ReceivedSpanKind = 'unspecified' | 'internal' | 'server' | 'client' | 'producer' | 'consumer';
export type ReceivedStatusCode = 'unset' | 'ok' | 'error';
export type AttributeValue = string | number | boolean | AttributeValue[] | { [key: string]: AttributeValue } | null;

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** Absent on a root span. */
  parentSpanId?: string;
  name: string;
  kind: ReceivedSpanKind;
  /** The resource's service.name. */
  serviceName: string;
  scopeName: string;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: Record<string, AttributeValue>;
  events: Array<{ name: string; timeUnixNano: bigint; attributes: Record<string, AttributeValue> }>;
  links: Array<{ traceId: string; spanId: string }>;
  status: { code: ReceivedStatusCode; message?: string };
}

export interface SpanTreeNode {
  span: ReceivedSpan;
  children: SpanTreeNode[];
}

export interface OtlpReceiverOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Largest request body accepted (default 16 MiB); larger ones get 413. */
  maxBodyBytes?: number;
}

export interface OtlpReceiver {
  /** Base URL to give as OTEL_EXPORTER_OTLP_ENDPOINT / setupTracing's otlpEndpoint. */
  readonly endpoint: string;
  /** The full traces URL (`<endpoint>/v1/traces`). */
  readonly tracesUrl: string;
  /** Every span received, in arrival order. */
  spans(): ReceivedSpan[];
  traceIds(): string[];
  spansOfTrace(traceId: string): ReceivedSpan[];
  /** The trace's spans as a forest (roots are spans whose parent was not received), children by start time. */
  tree(traceId: string): SpanTreeNode[];
  /** One line per span, indented by depth: `name [kind] service` — handy in `toEqual`. */
  renderTree(traceId: string): string[];
  /** Resolves with the spans once `predicate` holds over everything received. */
  waitForSpans(predicate: (spans: ReceivedSpan[]) => boolean, timeoutMs?: number): Promise<ReceivedSpan[]>;
  /** Requests that could not be decoded (their reason), for diagnosing exporters. */
  rejected(): string[];
  clear(): void;
  stop(): Promise<void>;
}

const KINDS: ReceivedSpanKind[] = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];
const STATUS: ReceivedStatusCode[] = ['unset', 'ok', 'error'];

export async function startOtlpReceiver(opts: OtlpReceiverOptions = {}): Promise<OtlpReceiver> {
  const maxBodyBytes = opts.maxBodyBytes ?? 16 * 1024 * 1024;
  let received: ReceivedSpan[] = [];
  const rejections: string[] = [];

  const server = createServer((req, res) => {
    void readBody(req, maxBodyBytes).then(
      (body) => {
        if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/v1/traces') return reply(res, 404, 'text/plain', `only POST /v1/traces is served, not ${req.method} ${req.url}`);
        const contentType = String(req.headers['content-type'] ?? '').split(';')[0]!.trim();
        try {
          const raw = req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
          if (contentType === 'application/json') {
            received.push(...spansFromRequest(JSON.parse(raw.toString('utf8')) as OtlpRequest, 'hex'));
            return reply(res, 200, 'application/json', '{}');
          }
          if (contentType === 'application/x-protobuf') {
            const message = exportRequestType().decode(raw);
            const object = exportRequestType().toObject(message, { longs: String, bytes: String, enums: Number, defaults: false });
            received.push(...spansFromRequest(object as OtlpRequest, 'base64'));
            return reply(res, 200, 'application/x-protobuf', Buffer.alloc(0));
          }
          throw new Error(`unsupported content-type ${JSON.stringify(contentType)}`);
        } catch (err) {
          rejections.push((err as Error).message);
          return reply(res, 400, 'text/plain', `cannot decode OTLP request: ${(err as Error).message}`);
        }
      },
      (err: Error) => {
        rejections.push(err.message);
        reply(res, 413, 'text/plain', err.message);
      },
    );
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const endpoint = `http://${host}:${(server.address() as AddressInfo).port}`;

  const spansOfTrace = (traceId: string) => received.filter((s) => s.traceId === traceId);
  const tree = (traceId: string): SpanTreeNode[] => {
    const spans = spansOfTrace(traceId);
    const nodes = new Map(spans.map((s) => [s.spanId, { span: s, children: [] as SpanTreeNode[] }]));
    const roots: SpanTreeNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.span.parentSpanId ? nodes.get(node.span.parentSpanId) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    const byStart = (a: SpanTreeNode, b: SpanTreeNode) => (a.span.startTimeUnixNano < b.span.startTimeUnixNano ? -1 : a.span.startTimeUnixNano > b.span.startTimeUnixNano ? 1 : 0);
    const sort = (list: SpanTreeNode[]) => {
      list.sort(byStart);
      list.forEach((n) => sort(n.children));
    };
    sort(roots);
    return roots;
  };
  let stopped: Promise<void> | undefined;
  return {
    endpoint,
    tracesUrl: `${endpoint}/v1/traces`,
    spans: () => [...received],
    traceIds: () => [...new Set(received.map((s) => s.traceId))],
    spansOfTrace,
    tree,
    renderTree(traceId) {
      const lines: string[] = [];
      const walk = (n: SpanTreeNode, depth: number) => {
        lines.push(`${'  '.repeat(depth)}${n.span.name} [${n.span.kind}] ${n.span.serviceName}`);
        n.children.forEach((c) => walk(c, depth + 1));
      };
      tree(traceId).forEach((r) => walk(r, 0));
      return lines;
    },
    async waitForSpans(predicate, timeoutMs = 10_000) {
      await waitFor('spans at the OTLP receiver', () => predicate([...received]), timeoutMs);
      return [...received];
    },
    rejected: () => [...rejections],
    clear() {
      received = [];
      rejections.length = 0;
    },
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.destroy();
        reject(new Error(`request body over ${maxBytes} bytes`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': contentType });
  res.end(body);
}

// ---- OTLP request shapes (JSON and protobufjs.toObject share lowerCamelCase field names) ----

interface OtlpAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: number | string;
  doubleValue?: number;
  arrayValue?: { values?: OtlpAnyValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
  bytesValue?: string;
}
interface OtlpKeyValue {
  key: string;
  value?: OtlpAnyValue;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind?: number;
  startTimeUnixNano?: string | number;
  endTimeUnixNano?: string | number;
  attributes?: OtlpKeyValue[];
  events?: Array<{ name: string; timeUnixNano?: string | number; attributes?: OtlpKeyValue[] }>;
  links?: Array<{ traceId: string; spanId: string }>;
  status?: { code?: number; message?: string };
}
interface OtlpRequest {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpKeyValue[] };
    scopeSpans?: Array<{ scope?: { name?: string }; spans?: OtlpSpan[] }>;
  }>;
}

function spansFromRequest(request: OtlpRequest, idEncoding: 'hex' | 'base64'): ReceivedSpan[] {
  const id = (value: string | undefined) => (!value ? '' : idEncoding === 'hex' ? value.toLowerCase() : Buffer.from(value, 'base64').toString('hex'));
  const out: ReceivedSpan[] = [];
  for (const rs of request.resourceSpans ?? []) {
    const resource = attributesOf(rs.resource?.attributes);
    const serviceName = typeof resource['service.name'] === 'string' ? resource['service.name'] : '';
    for (const ss of rs.scopeSpans ?? []) {
      for (const s of ss.spans ?? []) {
        const parentSpanId = id(s.parentSpanId);
        out.push({
          traceId: id(s.traceId),
          spanId: id(s.spanId),
          ...(parentSpanId && !/^0+$/.test(parentSpanId) ? { parentSpanId } : {}),
          name: s.name,
          kind: KINDS[s.kind ?? 0] ?? 'unspecified',
          serviceName,
          scopeName: ss.scope?.name ?? '',
          startTimeUnixNano: BigInt(s.startTimeUnixNano ?? 0),
          endTimeUnixNano: BigInt(s.endTimeUnixNano ?? 0),
          attributes: attributesOf(s.attributes),
          events: (s.events ?? []).map((e) => ({ name: e.name, timeUnixNano: BigInt(e.timeUnixNano ?? 0), attributes: attributesOf(e.attributes) })),
          links: (s.links ?? []).map((l) => ({ traceId: id(l.traceId), spanId: id(l.spanId) })),
          status: { code: STATUS[s.status?.code ?? 0] ?? 'unset', ...(s.status?.message ? { message: s.status.message } : {}) },
        });
      }
    }
  }
  return out;
}

function attributesOf(list: OtlpKeyValue[] | undefined): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const kv of list ?? []) out[kv.key] = anyValue(kv.value);
  return out;
}

function anyValue(v: OtlpAnyValue | undefined): AttributeValue {
  if (!v) return null;
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.arrayValue !== undefined) return (v.arrayValue.values ?? []).map(anyValue);
  if (v.kvlistValue !== undefined) return attributesOf(v.kvlistValue.values);
  if (v.bytesValue !== undefined) return v.bytesValue;
  return null;
}

// ---- OTLP protobuf schema (opentelemetry-proto trace/v1, common/v1, resource/v1), the fields we read ----

let cachedRequestType: protobuf.Type | undefined;
function exportRequestType(): protobuf.Type {
  if (cachedRequestType) return cachedRequestType;
  const kv = { fields: { key: { type: 'string', id: 1 }, value: { type: 'AnyValue', id: 2 } } };
  const root = protobuf.Root.fromJSON({
    nested: {
      otlp: {
        nested: {
          AnyValue: {
            oneofs: { value: { oneof: ['stringValue', 'boolValue', 'intValue', 'doubleValue', 'arrayValue', 'kvlistValue', 'bytesValue'] } },
            fields: {
              stringValue: { type: 'string', id: 1 },
              boolValue: { type: 'bool', id: 2 },
              intValue: { type: 'int64', id: 3 },
              doubleValue: { type: 'double', id: 4 },
              arrayValue: { type: 'ArrayValue', id: 5 },
              kvlistValue: { type: 'KeyValueList', id: 6 },
              bytesValue: { type: 'bytes', id: 7 },
            },
          },
          ArrayValue: { fields: { values: { rule: 'repeated', type: 'AnyValue', id: 1 } } },
          KeyValueList: { fields: { values: { rule: 'repeated', type: 'KeyValue', id: 1 } } },
          KeyValue: kv,
          Resource: { fields: { attributes: { rule: 'repeated', type: 'KeyValue', id: 1 } } },
          InstrumentationScope: { fields: { name: { type: 'string', id: 1 }, version: { type: 'string', id: 2 } } },
          Event: { fields: { timeUnixNano: { type: 'fixed64', id: 1 }, name: { type: 'string', id: 2 }, attributes: { rule: 'repeated', type: 'KeyValue', id: 3 } } },
          Link: { fields: { traceId: { type: 'bytes', id: 1 }, spanId: { type: 'bytes', id: 2 } } },
          Status: { fields: { message: { type: 'string', id: 2 }, code: { type: 'int32', id: 3 } } },
          Span: {
            fields: {
              traceId: { type: 'bytes', id: 1 },
              spanId: { type: 'bytes', id: 2 },
              parentSpanId: { type: 'bytes', id: 4 },
              name: { type: 'string', id: 5 },
              kind: { type: 'int32', id: 6 },
              startTimeUnixNano: { type: 'fixed64', id: 7 },
              endTimeUnixNano: { type: 'fixed64', id: 8 },
              attributes: { rule: 'repeated', type: 'KeyValue', id: 9 },
              events: { rule: 'repeated', type: 'Event', id: 11 },
              links: { rule: 'repeated', type: 'Link', id: 13 },
              status: { type: 'Status', id: 15 },
            },
          },
          ScopeSpans: { fields: { scope: { type: 'InstrumentationScope', id: 1 }, spans: { rule: 'repeated', type: 'Span', id: 2 } } },
          ResourceSpans: { fields: { resource: { type: 'Resource', id: 1 }, scopeSpans: { rule: 'repeated', type: 'ScopeSpans', id: 2 } } },
          ExportTraceServiceRequest: { fields: { resourceSpans: { rule: 'repeated', type: 'ResourceSpans', id: 1 } } },
        },
      },
    },
  });
  cachedRequestType = root.lookupType('otlp.ExportTraceServiceRequest');
  return cachedRequestType;
}
