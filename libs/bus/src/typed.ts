import type { NatsConnection, Msg, MsgHdrs, Subscription } from '@nats-io/transport-node';
import type { Codec } from '@cellmesh/contracts';
import type { Logger } from './logger';
import { publishDeadLetter } from './deadletter';
import { identityRejection, type IdentityBinding, type IdentityMismatchError } from './identity';
import { respondToInbox } from './reply-guard';

/** Encodes with the message's contract codec and publishes on core NATS (ephemeral). */
export function publishMessage<P>(nc: NatsConnection, subject: string, codec: Codec<P, P>, message: P, headers?: MsgHdrs): void {
  nc.publish(subject, codec.encode(message), headers ? { headers } : undefined);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface SubscribeOptions<M = any> {
  service: string;
  nodeId?: string;
  logger: Logger;
  queue?: string;
  /** Dead-letter payloads that fail to decode (default true); ephemeral telemetry may opt out. */
  deadLetterBadPayloads?: boolean;
  /**
   * Accept a message only when it speaks for its subject's identity (Identity.nodeMetrics, ...):
   * a mismatch is logged, dead-lettered (unless deadLetterBadPayloads is false) and never handled.
   */
  identity?: IdentityBinding<NoInfer<M>>;
  /** Counts identity rejections (a metric). */
  onIdentityRejected?: (rejection: IdentityMismatchError) => void;
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
  opts: SubscribeOptions<M>,
): Subscription {
  const deadLetter = (msg: Msg, error: unknown) => {
    if (opts.deadLetterBadPayloads === false) return;
    void publishDeadLetter(nc, { service: opts.service, nodeId: opts.nodeId, originalSubject: msg.subject, payload: msg.data, error, headers: msg.headers }).catch((dlqErr: Error) =>
      opts.logger.error({ err: dlqErr.message }, 'could not record a dead letter'),
    );
  };
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
        // Only ever to the requester's own inbox (reply-guard.ts): a reply subject is the sender's choice.
        if (msg.reply) respondToInbox(msg, new TextEncoder().encode((decodeErr as Error).message), undefined, { logger: opts.logger });
        deadLetter(msg, decodeErr);
        return;
      }
      if (opts.identity) {
        const rejection = identityRejection(opts.identity, msg.subject, decoded);
        if (rejection) {
          opts.logger.warn({ subject: msg.subject, reason: rejection.reason, binding: rejection.binding }, 'rejected a message that speaks for another identity');
          opts.onIdentityRejected?.(rejection);
          deadLetter(msg, rejection);
          return;
        }
      }
      Promise.resolve()
        .then(() => handler(decoded, msg))
        .catch((handlerErr: Error) => opts.logger.error({ subject: msg.subject, err: handlerErr.message }, 'handler failed'));
    },
  });
}
