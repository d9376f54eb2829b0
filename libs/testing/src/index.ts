export { startNatsServer, natsServerVersion, NatsServerMissingError } from './nats-server';
export type { NatsServerOptions, RunningNatsServer } from './nats-server';
export { waitFor } from './wait-for';
export { startOtlpReceiver, type OtlpReceiver, type OtlpReceiverOptions, type ReceivedSpan, type ReceivedSpanKind, type ReceivedStatusCode, type SpanTreeNode, type AttributeValue } from './otlp-receiver';
export { spawnServiceMain, operatorEndpointsUrl } from './service-main';
export type { RunningServiceMain } from './service-main';
