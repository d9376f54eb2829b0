/**
 * Replies go only to a requester's own inbox. A request names its reply subject, and a service
 * that answers whatever it names can be made to publish on any subject its own user may publish
 * on (a probe with reply `$KV.cm_leases.lease.root` once wrote the root lease). Every place a
 * service answers goes through this guard (docs/security.md):
 *   - respondToInbox(msg, ...) for hand-written responders (probe echo, decode-error replies),
 *   - requestOnlyConnection(nc, ...) for NATS micro services (`new Svcm(requestOnlyConnection(nc))`),
 *     which drops a request whose reply is not an inbox before the endpoint or $SRV handler sees it.
 * The server side matches: no user has `allow_responses`; each responder may publish only on the
 * inbox prefixes of the roles that call it (tools/deploy-tests/src/permissions.ts).
 */
import type { Msg, NatsConnection, PublishOptions, Payload, Subscription, SubscriptionOptions } from '@nats-io/transport-node';
import type { Logger } from './logger';
import { inboxPrefix, MAX_TOKEN_LENGTH } from './names';

/** Reasons a reply was refused, for logs and metrics. */
export const ReplyRefusal = {
  NoReply: 'no-reply-subject',
  NotAnInbox: 'reply-not-an-inbox',
  NotTheRequester: 'reply-not-the-requester-inbox',
} as const;
export type ReplyRefusalReason = (typeof ReplyRefusal)[keyof typeof ReplyRefusal];

/** The NATS default inbox prefix (plain clients; never granted as a subscription in a secure deployment). */
export const DEFAULT_INBOX_PREFIX = '_INBOX';

const INBOX_TOKEN = /^[A-Za-z0-9_-]+$/;
const CELLMESH_INBOX_HEAD = /^_INBOX_[A-Za-z0-9_-]+$/;
/** Longest inbox we answer: a prefix of two tokens plus nats.js's mux token and request number. */
const MAX_INBOX_LENGTH = 2 * MAX_TOKEN_LENGTH + 128;

/**
 * True when `reply` is an inbox: `_INBOX_<service>_<node>.<tokens>` (inboxPrefix() in this lib) or
 * `_INBOX.<tokens>`, with no wildcard, no empty token and no `$` subject. Anything else
 * (`$KV.…`, `$JS.API.…`, `task.run.…`) is not a reply a service may send.
 */
export function isInboxSubject(reply: string | undefined | null): reply is string {
  if (typeof reply !== 'string' || reply.length === 0 || reply.length > MAX_INBOX_LENGTH) return false;
  const tokens = reply.split('.');
  if (tokens.length < 2) return false;
  const [head, ...rest] = tokens;
  if (head !== DEFAULT_INBOX_PREFIX && !CELLMESH_INBOX_HEAD.test(head!)) return false;
  return rest.every((t) => INBOX_TOKEN.test(t));
}

/** True when `reply` is an inbox of `<service>@<nodeId>` (the only user the server lets subscribe there). */
export function isInboxOf(reply: string | undefined | null, service: string, nodeId: string): boolean {
  if (!isInboxSubject(reply)) return false;
  try {
    return reply.startsWith(`${inboxPrefix(service, nodeId)}.`);
  } catch {
    return false;
  }
}

/**
 * Why a reply to `msg` would be refused, or null when it may be sent. With `requester`, an inbox of that
 * requester's *service* must be that very node's: a collector's probe naming `from_node: us-1` is answered on
 * `_INBOX_metrics-collector_us-1.…` only, never on another collector's inbox. Other inboxes (a CLI, a host
 * process running virtual nodes on one connection) are answered; in a secure deployment the server lets a
 * responder publish only into the inboxes of its callers (tools/deploy-tests permissions.ts).
 */
export function replyRefusal(reply: string | undefined | null, requester?: { service: string; nodeId: string }): ReplyRefusalReason | null {
  if (!reply) return ReplyRefusal.NoReply;
  if (!isInboxSubject(reply)) return ReplyRefusal.NotAnInbox;
  if (requester && reply.startsWith(`_INBOX_${requester.service}_`) && !isInboxOf(reply, requester.service, requester.nodeId)) return ReplyRefusal.NotTheRequester;
  return null;
}

export interface ReplyGuardOptions {
  logger?: Logger;
  /** Counts refusals (a metric); called with the reason. */
  onRefused?: (reason: ReplyRefusalReason, subject: string) => void;
  /** When given, a reply into an inbox of this requester's service must be this node's (e.g. a probe's from_node collector). */
  requester?: { service: string; nodeId: string };
}

// Log a refused reply at most once per this many refusals, so a flood cannot flood the log.
const LOG_EVERY = 100;
let refusedCount = 0;

function refused(reason: ReplyRefusalReason, msg: Pick<Msg, 'subject' | 'reply'>, opts: ReplyGuardOptions): void {
  opts.onRefused?.(reason, msg.subject);
  if (reason === ReplyRefusal.NoReply) return;
  if (refusedCount++ % LOG_EVERY === 0) {
    // The reply subject is attacker-chosen text: log its length and first token only.
    opts.logger?.warn({ subject: msg.subject, reason, replyHead: String(msg.reply ?? '').split('.')[0]!.slice(0, MAX_TOKEN_LENGTH), refusedSoFar: refusedCount }, 'refused to reply outside the requester inbox');
  }
}

/** Responds only when the request's reply subject is an inbox (and the requester's, when named). Returns whether it replied. */
export function respondToInbox(msg: Msg, data?: Payload, publishOpts?: PublishOptions, opts: ReplyGuardOptions = {}): boolean {
  const reason = replyRefusal(msg.reply, opts.requester);
  if (reason) {
    refused(reason, msg, opts);
    return false;
  }
  return msg.respond(data, publishOpts);
}

/**
 * A view of `nc` for request/reply servers (NATS micro): every subscription made through it drops a
 * message whose reply subject is set but is not an inbox, so neither the endpoint handler nor the
 * library's $SRV PING/INFO/STATS handlers can be made to answer on another subject. Messages
 * without a reply pass (the micro library answers nothing to them). Everything else is `nc` itself.
 */
export function requestOnlyConnection(nc: NatsConnection, opts: ReplyGuardOptions = {}): NatsConnection {
  const subscribe = (subject: string, subOpts?: SubscriptionOptions): Subscription => {
    const callback = subOpts?.callback;
    if (!callback) throw new Error('requestOnlyConnection: subscriptions need a callback (iterators would bypass the reply guard)');
    return nc.subscribe(subject, {
      ...subOpts,
      callback: (err, msg) => {
        if (!err && msg.reply && !isInboxSubject(msg.reply)) {
          refused(ReplyRefusal.NotAnInbox, msg, opts);
          return;
        }
        callback(err, msg);
      },
    });
  };
  return new Proxy(nc, {
    get(target, prop) {
      if (prop === 'subscribe') return subscribe;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
