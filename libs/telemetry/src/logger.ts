import pino from 'pino';
import { trace } from '@opentelemetry/api';
import type { Logger } from '@cellmesh/bus';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface LoggerOptions {
  service: string;
  nodeId?: string;
  level?: LogLevel;
  /** Where JSON lines go (default stderr, so stdout stays free for command output). */
  destination?: NodeJS.WritableStream;
}

/** Structured JSON logs (pino) carrying the active span's trace and span ids. */
export function createLogger(opts: LoggerOptions): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      base: { service: opts.service, ...(opts.nodeId ? { nodeId: opts.nodeId } : {}) },
      mixin() {
        const span = trace.getActiveSpan();
        if (!span) return {};
        const ctx = span.spanContext();
        return { traceId: ctx.traceId, spanId: ctx.spanId };
      },
    },
    (opts.destination ?? process.stderr) as pino.DestinationStream,
  ) as unknown as Logger;
}
