import pino from 'pino';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import type { Logger } from '@cellmesh/bus';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface LoggerOptions {
  service: string;
  nodeId?: string;
  /** The service's package.json version (packageVersion), logged as `version` on every line. */
  version?: string;
  level?: LogLevel;
  /** Where JSON lines go (default stderr, so stdout stays free for command output). */
  destination?: NodeJS.WritableStream;
}

/**
 * `err` is always a serialized error object ({ type, message, stack, ... }, pino's stdSerializers.err),
 * also where a caller logged only `err.message`: log pipelines that index `err.message` and
 * `err.type` then see one shape.
 */
export function serializeErr(value: unknown): unknown {
  if (value instanceof Error) return pino.stdSerializers.err(value);
  if (typeof value === 'string') return { type: 'Error', message: value };
  return value;
}

/**
 * Structured JSON logs (pino) carrying the active span's ids under the OpenTelemetry log data
 * model's names (`trace_id`, `span_id`, `trace_flags`), so a log pipeline joins them to traces.
 */
export function createLogger(opts: LoggerOptions): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      base: { service: opts.service, ...(opts.version ? { version: opts.version } : {}), ...(opts.nodeId ? { nodeId: opts.nodeId } : {}) },
      serializers: { err: serializeErr },
      mixin() {
        const ctx = trace.getActiveSpan()?.spanContext();
        if (!ctx || !isSpanContextValid(ctx)) return {};
        return { trace_id: ctx.traceId, span_id: ctx.spanId, trace_flags: `0${ctx.traceFlags.toString(16)}`.slice(-2) };
      },
    },
    (opts.destination ?? process.stderr) as pino.DestinationStream,
  ) as unknown as Logger;
}
