import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';

const managers = new WeakMap<NatsConnection, Promise<JetStreamManager>>();

/**
 * One JetStreamManager per connection, made without the `$JS.API.INFO` round trip that
 * jetstreamManager() sends each time it is called (a hot-path lookup per task paid two messages
 * and a round trip for it). The first call on a connection still checks that JetStream answers.
 */
export function sharedJetStreamManager(nc: NatsConnection): Promise<JetStreamManager> {
  let jsm = managers.get(nc);
  if (!jsm) {
    jsm = jetstreamManager(nc);
    managers.set(nc, jsm);
    jsm.catch(() => managers.delete(nc));
  }
  return jsm;
}
