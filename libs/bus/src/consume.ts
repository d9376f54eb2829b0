import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, AckPolicy, DeliverPolicy, type JsMsg, type ConsumerMessages } from '@nats-io/jetstream';
import type { Codec } from '@cellmesh/contracts';
import type { Logger } from './logger';
import { publishDeadLetter } from './deadletter';
import { isRetryable, PermanentError } from './errors';

export interface DurableConsumerOptions<M> {
  service: string;
  nodeId?: string;
  stream: string;
  durable: string;
  filterSubject: string;
  codec: Codec<unknown, M>;
  logger: Logger;
  /** After this many deliveries a retryable failure becomes a dead letter. */
  maxDeliver?: number;
  /** How long a handler may run before JetStream redelivers (keep above the slowest task's deadline). */
  ackWaitMs?: number;
  /** At most this many messages in flight at once. */
  maxInFlight?: number;
  handler: (message: M, msg: JsMsg) => Promise<void>;
  /**
   * Called once if the pull loop ends while nobody stopped the consumer (the consumer was deleted, the
   * connection closed, the iterator failed): the owner reports it, e.g. `onEnd: (err) => handle.fail(err)`,
   * so /readyz turns unready and the process exits for its supervisor instead of idling with no consumer.
   */
  onEnd?: (err: Error) => void;
}

export interface DurableConsumerHandle {
  /** Stops pulling; waits for in-flight handlers up to graceMs. */
  stop(graceMs?: number): Promise<void>;
  readonly inFlight: number;
}

const MS = 1_000_000;

/**
 * nats.js errors that say "the broker could not be reached or did not answer in time", never "this
 * message is bad": a request timeout, no responders (a JetStream API request while the server restarts),
 * a closed, draining or broken connection. They carry no `retryable` flag, so without this a server
 * restart dead-lettered perfectly good messages on their first delivery.
 */
const TRANSIENT_NATS_ERRORS = new Set(['TimeoutError', 'NoResponders', 'NoRespondersError', 'ClosedConnectionError', 'DrainingConnectionError', 'ConnectionError', 'RequestError']);

/** True for a failure worth retrying: a RetryableError (or anything flagged retryable), or a transient nats.js error, also as the cause. */
export function isRetryableFailure(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (isRetryable(e)) return true;
    if ((e as { retryable?: unknown }).retryable === false) return false;
    if (e instanceof Error && TRANSIENT_NATS_ERRORS.has(e.name)) return true;
  }
  return false;
}

/**
 * At-least-once durable consumption with the error mapping every service shares:
 * ok → ack (double-acked); retryable → nak with backoff; permanent, undecodable or out of
 * deliveries → dead letter with the reason, then term. The consumer keeps running.
 */
export async function consumeDurable<M>(nc: NatsConnection, opts: DurableConsumerOptions<M>): Promise<DurableConsumerHandle> {
  const maxDeliver = opts.maxDeliver ?? 5;
  const jsm = await jetstreamManager(nc);
  await jsm.consumers.add(opts.stream, {
    durable_name: opts.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: opts.filterSubject,
    ack_wait: (opts.ackWaitMs ?? 30_000) * MS,
    max_deliver: maxDeliver + 1,
    max_ack_pending: Math.max(opts.maxInFlight ?? 64, 1) * 4,
  });
  const consumer = await jetstream(nc).consumers.get(opts.stream, opts.durable);
  const maxInFlight = opts.maxInFlight ?? 64;
  const messages: ConsumerMessages = await consumer.consume({ max_messages: maxInFlight });
  const running = new Set<Promise<void>>();
  let stopping = false;

  const deadLetter = async (msg: JsMsg, error: unknown) => {
    await publishDeadLetter(nc, {
      service: opts.service, nodeId: opts.nodeId, originalSubject: msg.subject, payload: msg.data, error,
      streamSeq: msg.seq, deliveryCount: msg.info.deliveryCount, headers: msg.headers,
    });
    msg.term();
  };

  const handle = async (msg: JsMsg): Promise<void> => {
    let decoded: M;
    try {
      decoded = opts.codec.decode(msg.data);
    } catch (err) {
      opts.logger.warn({ subject: msg.subject, seq: msg.seq, err: (err as Error).message }, 'dead-lettering a malformed message');
      await deadLetter(msg, err);
      return;
    }
    try {
      await opts.handler(decoded, msg);
      await msg.ackAck().catch(() => msg.ack());
    } catch (err) {
      const lastTry = msg.info.deliveryCount >= maxDeliver;
      const retryable = isRetryableFailure(err);
      if (retryable && !lastTry) {
        const backoffMs = (err as { backoffMs?: number }).backoffMs ?? 1000;
        opts.logger.warn({ subject: msg.subject, seq: msg.seq, delivery: msg.info.deliveryCount, err: (err as Error).message }, 'retrying later');
        msg.nak(backoffMs);
        return;
      }
      const reason = retryable ? new PermanentError(`gave up after ${msg.info.deliveryCount} deliveries: ${(err as Error).message}`, 'max-deliveries', { cause: err }) : err;
      opts.logger.warn({ subject: msg.subject, seq: msg.seq, err: (reason as Error).message }, 'dead-lettering');
      await deadLetter(msg, reason);
    }
  };

  const loop = (async () => {
    for await (const msg of messages) {
      if (stopping) {
        msg.nak();
        continue;
      }
      const p = handle(msg).catch((err: Error) => opts.logger.error({ err: err.message, subject: msg.subject }, 'consumer handler crashed'));
      running.add(p);
      void p.finally(() => running.delete(p));
      while (running.size >= maxInFlight) await Promise.race(running);
    }
  })().then(
    () => {
      if (!stopping) reportEnd(new Error(`consumer ${opts.durable} on ${opts.stream} stopped delivering (consumer deleted or connection closed)`));
    },
    (err: Error) => {
      if (!stopping) reportEnd(new Error(`consumer ${opts.durable} on ${opts.stream} failed: ${err.message}`, { cause: err }));
      throw err;
    },
  );
  let ended = false;
  function reportEnd(err: Error): void {
    if (ended) return;
    ended = true;
    opts.logger.error({ stream: opts.stream, durable: opts.durable, err: err.message }, 'consumer loop ended');
    opts.onEnd?.(err);
  }

  return {
    get inFlight() {
      return running.size;
    },
    async stop(graceMs = 5000) {
      stopping = true;
      await messages.close().catch(() => undefined);
      const drained = Promise.all(running);
      await Promise.race([drained, new Promise((r) => setTimeout(r, graceMs).unref())]);
      await loop.catch(() => undefined);
    },
  };
}
