export { createLogger } from './logger';
export type { LoggerOptions, LogLevel } from './logger';
export { setupTracing } from './tracing';
export type { Tracing, TracingOptions } from './tracing';
export { injectTraceContext, extractTraceContext, natsHeaderGetter, natsHeaderSetter } from './propagation';
export { CellmeshAttr, MessagingAttr } from './attributes';
