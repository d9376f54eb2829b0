import {
  context as otelContext,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import { Headers } from '@cellmesh/bus';
import { CellmeshAttr, MessagingAttr } from './attributes';
import { extractTraceContext, injectTraceContext } from './propagation';

/** A task's session scope as protobuf decodes it (fields may be empty or null). */
export interface SpanScope {
  gameId?: string | null;
  roomId?: string | null;
  taskId?: string | null;
}

/** What every messaging span of a hop says about where it happens. */
export interface HopAttributes {
  /** The concrete NATS subject (messaging.destination.name). */
  subject: string;
  /**
   * Low-cardinality form of the subject for the span name (e.g. the bus wildcard `task.run.>`);
   * the span name falls back to the subject when absent.
   */
  subjectTemplate?: string;
  scope?: SpanScope | null;
  nodeId?: string;
  clusterId?: string;
  /** Extra attributes (e.g. cellmesh.leader_term, cellmesh.emulated). */
  attributes?: Attributes;
}

export interface ProducerSpanAttributes extends HopAttributes {
  /** messaging.message.id, e.g. the Nats-Msg-Id used for de-duplication. */
  messageId?: string;
  /** Payload size in bytes (messaging.message.body.size). */
  bodySize?: number;
  /** Parent context; defaults to the active one (so a publish inside a consumer span is its child). */
  parent?: Context;
  /** Headers to add the trace context to; a fresh set is made when absent. */
  headers?: MsgHdrs;
}

export interface ProducerSpan {
  span: Span;
  /** Headers carrying traceparent (+ Cellmesh-Task-Id / Cellmesh-Node-Id when known). */
  headers: MsgHdrs;
  /** Context whose active span is `span`. */
  context: Context;
}

export type ConsumerOperation = 'process' | 'receive';

export interface ConsumerSpanAttributes extends HopAttributes {
  operation?: ConsumerOperation;
  /** Durable consumer / queue group (messaging.consumer.group.name). */
  consumerGroup?: string;
  messageId?: string;
  bodySize?: number;
}

const MESSAGING_SYSTEM = 'nats';

function hopAttributes(a: HopAttributes): Attributes {
  const attrs: Attributes = { [MessagingAttr.System]: MESSAGING_SYSTEM, [MessagingAttr.Destination]: a.subject };
  if (a.subjectTemplate) attrs[MessagingAttr.DestinationTemplate] = a.subjectTemplate;
  Object.assign(attrs, scopeAttributes(a.scope));
  if (a.nodeId) attrs[CellmeshAttr.NodeId] = a.nodeId;
  if (a.clusterId) attrs[CellmeshAttr.ClusterId] = a.clusterId;
  return { ...attrs, ...a.attributes };
}

/** cellmesh.game_id / room_id / task_id for the non-empty fields of a scope. */
export function scopeAttributes(scope: SpanScope | null | undefined): Attributes {
  const attrs: Attributes = {};
  if (scope?.gameId) attrs[CellmeshAttr.GameId] = scope.gameId;
  if (scope?.roomId) attrs[CellmeshAttr.RoomId] = scope.roomId;
  if (scope?.taskId) attrs[CellmeshAttr.TaskId] = scope.taskId;
  return attrs;
}

/**
 * Starts a PRODUCER span for one publish (`send <subject>`) and returns headers carrying its
 * trace context. The caller publishes with those headers and then ends the span (or uses
 * `withProducerSpan`, which does both).
 */
export function startProducerSpan(tracer: Tracer, a: ProducerSpanAttributes): ProducerSpan {
  const parent = a.parent ?? otelContext.active();
  const attributes = hopAttributes(a);
  attributes[MessagingAttr.Operation] = 'send';
  attributes[MessagingAttr.OperationName] = 'publish';
  if (a.messageId) attributes[MessagingAttr.MessageId] = a.messageId;
  if (a.bodySize !== undefined) attributes[MessagingAttr.BodySize] = a.bodySize;
  const span = tracer.startSpan(`send ${a.subjectTemplate ?? a.subject}`, { kind: SpanKind.PRODUCER, attributes }, parent);
  const ctx = trace.setSpan(parent, span);
  const hdrs = injectTraceContext(a.headers ?? natsHeaders(), ctx);
  if (a.scope?.taskId && !hdrs.has(Headers.TaskId)) hdrs.set(Headers.TaskId, a.scope.taskId);
  if (a.nodeId && !hdrs.has(Headers.NodeId)) hdrs.set(Headers.NodeId, a.nodeId);
  return { span, headers: hdrs, context: ctx };
}

/**
 * Runs `publish(headers, span)` inside a PRODUCER span: the span ends when it settles; a throw
 * sets status ERROR with the exception recorded, and is rethrown.
 */
export async function withProducerSpan<T>(tracer: Tracer, a: ProducerSpanAttributes, publish: (headers: MsgHdrs, span: Span) => Promise<T>): Promise<T> {
  const { span, headers, context } = startProducerSpan(tracer, a);
  return runInSpan(span, context, () => publish(headers, span));
}

/**
 * Runs `handle(span)` inside a CONSUMER span (`process <subject>` by default) whose parent is
 * the trace context in the message's NATS headers; a message without one starts a new trace.
 * Spans and publishes made inside `handle` become children. Exceptions are recorded and rethrown.
 */
export async function withConsumerSpan<T>(tracer: Tracer, headers: MsgHdrs | undefined, a: ConsumerSpanAttributes, handle: (span: Span) => Promise<T> | T): Promise<T> {
  const operation = a.operation ?? 'process';
  const parent = extractTraceContext(headers, otelContext.active());
  const attributes = hopAttributes(a);
  attributes[MessagingAttr.Operation] = operation;
  attributes[MessagingAttr.OperationName] = operation;
  if (a.consumerGroup) attributes[MessagingAttr.ConsumerGroup] = a.consumerGroup;
  if (a.messageId) attributes[MessagingAttr.MessageId] = a.messageId;
  if (a.bodySize !== undefined) attributes[MessagingAttr.BodySize] = a.bodySize;
  const span = tracer.startSpan(`${operation} ${a.subjectTemplate ?? a.subject}`, { kind: SpanKind.CONSUMER, attributes }, parent);
  return runInSpan(span, trace.setSpan(parent, span), () => handle(span));
}

export interface InternalSpanAttributes {
  scope?: SpanScope | null;
  nodeId?: string;
  clusterId?: string;
  attributes?: Attributes;
}

/** Runs `work(span)` inside an INTERNAL span (e.g. SpanName.Place) that is a child of the active span. */
export async function withInternalSpan<T>(tracer: Tracer, name: string, a: InternalSpanAttributes, work: (span: Span) => Promise<T> | T): Promise<T> {
  const attributes: Attributes = { ...scopeAttributes(a.scope), ...a.attributes };
  if (a.nodeId) attributes[CellmeshAttr.NodeId] = a.nodeId;
  if (a.clusterId) attributes[CellmeshAttr.ClusterId] = a.clusterId;
  const parent = otelContext.active();
  const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes }, parent);
  return runInSpan(span, trace.setSpan(parent, span), () => work(span));
}

/** Marks a span failed with the exception recorded (for failures handled without a throw). */
export function recordSpanError(span: Span, err: unknown): void {
  const error = err instanceof Error ? err : new Error(String(err));
  span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
}

async function runInSpan<T>(span: Span, ctx: Context, fn: () => Promise<T> | T): Promise<T> {
  try {
    // Success leaves the status UNSET (the OTel default for success), so an ERROR the handler
    // set itself for a handled failure is not overwritten.
    return await otelContext.with(ctx, fn);
  } catch (err) {
    recordSpanError(span, err);
    throw err;
  } finally {
    span.end();
  }
}
