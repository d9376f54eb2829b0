import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from './logger';
import { inboxPrefix } from './names';

export interface ServiceConnectionOptions {
  servers: string[];
  service: string;
  nodeId: string;
  logger: Logger;
  /** Called once when the connection is closed for good; main.ts exits so the supervisor restarts it. */
  onClosed?: (err: Error | undefined) => void;
  /** Credentials file for least-privilege deployments. */
  credsFile?: string;
  /** nkey seed file (deploy/scripts/gen-auth.sh), user/password, and TLS: see natsSecurityOptions() in @cellmesh/config. */
  nkeySeedFile?: string;
  user?: string;
  password?: string;
  tls?: { caFile: string; certFile?: string; keyFile?: string };
  /** How long the first connect may wait for a server (the default never gives up). */
  firstConnectTimeoutMs?: number;
  /** Keep nats.js's async stack traces (a stack captured per request/publish-ack; off by default for speed, issue 22). */
  asyncTraces?: boolean;
}

/**
 * Connects the way a long-running service must: unlimited reconnects (nats.js stops after 10 by
 * default), status events logged, and a callback when the connection closes for good.
 */
export async function connectService(opts: ServiceConnectionOptions): Promise<NatsConnection> {
  const authenticator = opts.credsFile ? await credsAuthenticatorFromFile(opts.credsFile) : opts.nkeySeedFile ? await nkeyAuthenticatorFromFile(opts.nkeySeedFile) : undefined;
  const nc = await connect({
    servers: opts.servers,
    name: `${opts.service}@${opts.nodeId}`,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: opts.firstConnectTimeoutMs === undefined,
    timeout: opts.firstConnectTimeoutMs ?? 20_000,
    inboxPrefix: inboxPrefix(opts.service, opts.nodeId),
    noAsyncTraces: opts.asyncTraces !== true,
    ...(authenticator ? { authenticator } : {}),
    ...(opts.user !== undefined ? { user: opts.user, pass: opts.password } : {}),
    ...(opts.tls ? { tls: { caFile: opts.tls.caFile, ...(opts.tls.certFile ? { certFile: opts.tls.certFile, keyFile: opts.tls.keyFile } : {}) } } : {}),
  });
  const log = opts.logger.child({ nats: nc.getServer() });
  log.info({ server: nc.getServer(), jetstream: nc.info?.jetstream, version: nc.info?.version }, 'connected to NATS');
  void watchStatus(nc, log);
  void nc.closed().then((err) => {
    if (err) log.error({ err: err.message }, 'NATS connection closed with an error');
    else log.info('NATS connection closed');
    opts.onClosed?.(err ?? undefined);
  });
  return nc;
}

async function watchStatus(nc: NatsConnection, log: Logger): Promise<void> {
  for await (const s of nc.status()) {
    switch (s.type) {
      case 'disconnect':
        log.warn({ server: s.server }, 'disconnected from NATS; reconnecting');
        break;
      case 'reconnect':
        log.info({ server: s.server }, 'reconnected to NATS');
        break;
      case 'error':
        log.error({ err: s.error.message }, 'NATS server error');
        break;
      case 'ldm':
        log.warn({ server: s.server }, 'NATS server entering lame-duck mode');
        break;
      case 'slowConsumer':
        log.warn({ subject: s.sub.getSubject(), pending: s.pending }, 'slow consumer');
        break;
      default:
        break;
    }
  }
}

async function credsAuthenticatorFromFile(path: string) {
  const [{ readFile }, { credsAuthenticator }] = await Promise.all([import('node:fs/promises'), import('@nats-io/transport-node')]);
  return credsAuthenticator(await readFile(path));
}

async function nkeyAuthenticatorFromFile(path: string) {
  const [{ readFile }, { nkeyAuthenticator }] = await Promise.all([import('node:fs/promises'), import('@nats-io/transport-node')]);
  return nkeyAuthenticator(new TextEncoder().encode((await readFile(path, 'utf8')).trim()));
}
