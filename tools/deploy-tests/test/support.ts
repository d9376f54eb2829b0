/** Test helpers: connect as a generated user, and wait for the server to deny something. */
import { connect, nkeyAuthenticator, PermissionViolationError, type NatsConnection } from '@nats-io/transport-node';
import { inboxPrefix } from '@cellmesh/bus';
import type { GeneratedCredentials } from '../src/generate-auth';

/** Connects the way a service does (own inbox prefix, nkey auth) as `<service>@<nodeId>`. */
export async function connectAs(url: string | string[], creds: GeneratedCredentials, name: string): Promise<NatsConnection> {
  const seed = creds.seeds.get(name);
  if (!seed) throw new Error(`no generated user named ${name}`);
  const [role, id] = name.split('@') as [string, string];
  return connect({
    servers: url,
    name,
    authenticator: nkeyAuthenticator(new TextEncoder().encode(seed)),
    inboxPrefix: inboxPrefix(role, id),
    maxReconnectAttempts: -1,
  });
}

/**
 * Runs `action` and resolves with the server's permission violation for `subject`. The server
 * reports it asynchronously (-ERR 'Permissions Violation ...'); the connection stays open.
 */
export async function expectDenied(
  nc: NatsConnection,
  operation: 'publish' | 'subscription',
  subject: string,
  action: () => unknown,
  timeoutMs = 5000,
): Promise<PermissionViolationError> {
  const statuses = nc.status()[Symbol.asyncIterator]();
  const violation = (async () => {
    for (let next = await statuses.next(); !next.done; next = await statuses.next()) {
      const s = next.value;
      if (s.type === 'error' && s.error instanceof PermissionViolationError && s.error.subject === subject && s.error.operation === operation) return s.error;
    }
    throw new Error('connection closed before the server denied anything');
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the server did not deny ${operation} on ${subject} within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    // The action's own outcome (a timeout, a closed subscription) is not the evidence: the server's -ERR is.
    void Promise.resolve().then(action).catch(() => undefined);
    return await Promise.race([violation, timeout]);
  } finally {
    clearTimeout(timer);
    void statuses.return?.();
  }
}
