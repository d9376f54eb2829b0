import type { NatsConnection, Msg, MsgHdrs, Subscription } from '@nats-io/transport-node';
import type { Codec } from '@cellmesh/contracts';
import type { Logger } from './logger';
import { publishDeadLetter } from './deadletter';

/** Encodes with the message's contract codec and publishes on core NATS (ephemeral). */
export function publishMessage<P>(nc: NatsConnection, subject: string, codec: Codec<P, P>, message: P, headers?: MsgHdrs): void {
  nc.publish(subject, codec.encode(message), headers ? { headers } : undefined);
}

export interface SubscribeOptions {
  service: string;
  nodeId?: string;
  logger: Logger;
  queue?: string;
  /** Dead-letter payloads that fail to decode (default true); ephemeral telemetry may opt out. */
  deadLetterBadPayloads?: boolean;
}

/**
 * Subscribes and decodes with the contract codec. A payload that fails to decode is logged and
 * dead-lettered with its reason; the subscription keeps running either way.
 */
export function subscribeMessages<M>(
  nc: NatsConnection,
  subject: string,
  codec: Codec<unknown, M>,
  handler: (message: M, raw: Msg) => void | Promise<void>,
  opts: SubscribeOptions,
): Subscription {
  return nc.subscribe(subject, {
    queue: opts.queue,
    callback: (err, msg) => {
      if (err) {
        opts.logger.error({ err: err.message, subject }, 'subscription error');
        return;
      }
      let decoded: M;
      try {
        decoded = codec.decode(msg.data);
      } catch (decodeErr) {
        opts.logger.warn({ subject: msg.subject, err: (decodeErr as Error).message }, 'rejected a malformed message');
        if (msg.reply) msg.respond(new TextEncoder().encode((decodeErr as Error).message));
        if (opts.deadLetterBadPayloads !== false) {
          void publishDeadLetter(nc, { service: opts.service, nodeId: opts.nodeId, originalSubject: msg.subject, payload: msg.data, error: decodeErr, headers: msg.headers }).catch(
            (dlqErr: Error) => opts.logger.error({ err: dlqErr.message }, 'could not record a dead letter'),
          );
        }
        return;
      }
      Promise.resolve()
        .then(() => handler(decoded, msg))
        .catch((handlerErr: Error) => opts.logger.error({ subject: msg.subject, err: handlerErr.message }, 'handler failed'));
    },
  });
}
