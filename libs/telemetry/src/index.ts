export { createLogger } from './logger';
export type { LoggerOptions, LogLevel } from './logger';
export { setupTracing, parseOtelResourceAttributes, otelSdkDisabled, otelSettingsFromEnv, tracingResourceAttributes, OtelResourceAttributesError } from './tracing';
export type { Tracing, TracingOptions, OtelSettings } from './tracing';
export { packageVersion } from './package-version';
export { injectTraceContext, extractTraceContext, natsHeaderGetter, natsHeaderSetter } from './propagation';
export { CellmeshAttr, MessagingAttr, PlacementAttr, SpanName, SpanEventName } from './attributes';
export { startProducerSpan, withProducerSpan, withConsumerSpan, withInternalSpan, recordSpanError, scopeAttributes } from './spans';
export type { SpanScope, HopAttributes, ProducerSpanAttributes, ProducerSpan, ConsumerSpanAttributes, ConsumerOperation, InternalSpanAttributes } from './spans';
export {
  recordPlacementOnSpan,
  spanCandidates,
  boundedCandidatesJson,
  outcomeName,
  profileName,
  MAX_SPAN_CANDIDATES,
  MAX_PLACEMENT_ATTRIBUTE_BYTES,
  MAX_REJECTION_EVENTS,
} from './placement-span';
export type { PlacementReceiptLike, SpanCandidate } from './placement-span';
export { createNodeMetrics, MetricName, DECISION_LATENCY_BUCKETS_S, COMMIT_LAG_BUCKETS_S } from './metrics';
export type { NodeOpsMetrics } from './metrics';
export { startOpsServer, startProcessOps, watchNatsConnection, READY_STATE, DEFAULT_OPS_PORT } from './ops-server';
export type { OpsServer, OpsServerOptions, ProcessOpsOptions, HealthReport, HostedServiceHealth, NatsConnectionWatch } from './ops-server';
