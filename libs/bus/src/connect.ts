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

/** What an operator tool (the CLI) is given: flags, or NATS_CREDS / NATS_NKEY_SEED_FILE / NATS_TLS_* from its main. */
export interface OperatorCredentials {
  /** A JWT `.creds` file (`--creds`, NATS_CREDS). */
  credsFile?: string;
  /** An nkey seed file (`--nkey`, NATS_NKEY_SEED_FILE), e.g. `<generated>/admin/<id>.nk`. */
  nkeySeedFile?: string;
  /** CA that signed the servers' certificates (`--tls-ca`, NATS_TLS_CA); TLS is used when set. */
  tlsCa?: string;
  /** Client certificate and key for servers that verify clients (`--tls-cert`/`--tls-key`). */
  tlsCert?: string;
  tlsKey?: string;
  /** The operator's id: the generated user is `admin@<id>` (`--admin`, CELLMESH_ADMIN_ID; default `ops`). */
  adminId?: string;
}

export class OperatorCredentialsError extends Error {
  override readonly name = 'OperatorCredentialsError';
}

/**
 * connectService options for an operator command. With credentials it connects as `admin@<adminId>`
 * with that user's inbox prefix (`_INBOX_admin_<id>`: the only inbox its grants allow); without, as
 * `cli@<command>` (an open development server). Paths are checked by the server connect, never echoed
 * with their contents.
 */
export function operatorConnectOptions(
  base: { servers: string[]; command: string; logger: Logger; firstConnectTimeoutMs?: number },
  creds: OperatorCredentials = {},
): ServiceConnectionOptions {
  if (creds.credsFile && creds.nkeySeedFile) throw new OperatorCredentialsError('give either --creds (NATS_CREDS) or --nkey (NATS_NKEY_SEED_FILE), not both');
  if ((creds.tlsCert === undefined) !== (creds.tlsKey === undefined)) throw new OperatorCredentialsError('--tls-cert and --tls-key go together');
  if (creds.tlsCert && !creds.tlsCa) throw new OperatorCredentialsError('--tls-cert needs --tls-ca (the CA that signed the servers)');
  const authenticated = Boolean(creds.credsFile || creds.nkeySeedFile);
  return {
    servers: base.servers,
    logger: base.logger,
    ...(base.firstConnectTimeoutMs !== undefined ? { firstConnectTimeoutMs: base.firstConnectTimeoutMs } : {}),
    service: authenticated ? 'admin' : 'cli',
    nodeId: authenticated ? (creds.adminId ?? 'ops') : base.command,
    ...(creds.credsFile ? { credsFile: creds.credsFile } : {}),
    ...(creds.nkeySeedFile ? { nkeySeedFile: creds.nkeySeedFile } : {}),
    ...(creds.tlsCa ? { tls: { caFile: creds.tlsCa, ...(creds.tlsCert && creds.tlsKey ? { certFile: creds.tlsCert, keyFile: creds.tlsKey } : {}) } } : {}),
  };
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
