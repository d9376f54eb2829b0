/**
 * How every operator command connects: `--creds`/`--nkey` (or NATS_CREDS / NATS_NKEY_SEED_FILE) make it the
 * generated operator user `admin@<id>` (`--admin`, CELLMESH_ADMIN_ID, default `ops`) with that user's own inbox
 * prefix; `--tls-ca` (NATS_TLS_CA) verifies the servers, `--tls-cert`/`--tls-key` (NATS_TLS_CERT/NATS_TLS_KEY)
 * present a client certificate. Without any of them it connects as before (an open development server).
 * A flag beats its variable. Only paths are named in messages, never a file's contents.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { NatsConnection } from '@nats-io/transport-node';
import { connectService, isValidToken, operatorConnectOptions, OperatorCredentialsError, silentLogger, type OperatorCredentials } from '@cellmesh/bus';
import { UsageError } from './usage';

/** The raw connection flags of a command (commander's camel-cased names). */
export interface ConnectionFlags {
  creds?: string;
  nkey?: string;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  admin?: string;
}

/** Adds --creds, --nkey, --tls-ca, --tls-cert, --tls-key and --admin to a command that connects. */
export function withConnectionOptions<C extends Command>(command: C): C {
  command
    .option('--creds <file>', 'a NATS .creds file (JWT deployments; default: $NATS_CREDS)')
    .option('--nkey <file>', 'an nkey seed file, e.g. <generated>/admin/<id>.nk (default: $NATS_NKEY_SEED_FILE)')
    .option('--tls-ca <file>', 'the CA that signed the servers\' certificates; TLS is used when set (default: $NATS_TLS_CA)')
    .option('--tls-cert <file>', 'a client certificate, for servers that verify clients (default: $NATS_TLS_CERT)')
    .option('--tls-key <file>', 'the key of --tls-cert (default: $NATS_TLS_KEY)')
    .option('--admin <id>', 'the operator id of the generated user admin@<id> (default: $CELLMESH_ADMIN_ID, else ops)');
  return command;
}

/**
 * The operator credentials of a command line: each flag, else its variable. Throws a UsageError (exit 2)
 * for a combination that cannot work or a file that does not exist.
 */
export function operatorCredentials(flags: ConnectionFlags, env: NodeJS.ProcessEnv = process.env): OperatorCredentials {
  const pick = (flag: string | undefined, variable: string) => flag ?? (env[variable] || undefined);
  const creds: OperatorCredentials = {};
  const files: Array<[keyof OperatorCredentials, string, string]> = [
    ['credsFile', '--creds', 'NATS_CREDS'],
    ['nkeySeedFile', '--nkey', 'NATS_NKEY_SEED_FILE'],
    ['tlsCa', '--tls-ca', 'NATS_TLS_CA'],
    ['tlsCert', '--tls-cert', 'NATS_TLS_CERT'],
    ['tlsKey', '--tls-key', 'NATS_TLS_KEY'],
  ];
  const flagOf: Record<string, string | undefined> = { '--creds': flags.creds, '--nkey': flags.nkey, '--tls-ca': flags.tlsCa, '--tls-cert': flags.tlsCert, '--tls-key': flags.tlsKey };
  for (const [key, flag, variable] of files) {
    const value = pick(flagOf[flag], variable);
    if (value === undefined) continue;
    const source = flagOf[flag] !== undefined ? flag : variable;
    // A value that is not a path (a seed pasted into the variable) is never echoed: only that it names no file.
    if (!existsSync(value)) throw new UsageError(`${source}: no such file${looksLikeAPath(value) ? ` ${JSON.stringify(value)}` : ' (the value is not shown: it does not look like a path)'}`);
    creds[key] = value;
  }
  const adminId = pick(flags.admin, 'CELLMESH_ADMIN_ID');
  if (adminId !== undefined) {
    if (!isValidToken(adminId)) throw new UsageError(`${flags.admin !== undefined ? '--admin' : 'CELLMESH_ADMIN_ID'}: expected an operator id (letters, digits, "-" and "_")`);
    creds.adminId = adminId;
  }
  try {
    // Checks the combinations (one of --creds/--nkey, cert with key, cert needs a CA) without connecting.
    operatorConnectOptions({ servers: [], command: 'check', logger: silentLogger }, creds);
  } catch (err) {
    if (err instanceof OperatorCredentialsError) throw new UsageError(err.message);
    throw err;
  }
  return creds;
}

/**
 * Connects an operator command: `cli@<command>` on an open server, `admin@<id>` with credentials, or with
 * credentials and `as` the generated user `<as.service>@<as.id>` (submit: the game backend `client@<gameId>`).
 */
export function connectOperator(opts: { servers: string[]; command: string; credentials?: OperatorCredentials; as?: { service: string; id: string }; firstConnectTimeoutMs?: number }): Promise<NatsConnection> {
  const options = operatorConnectOptions({ servers: opts.servers, command: opts.command, logger: silentLogger, firstConnectTimeoutMs: opts.firstConnectTimeoutMs ?? 5000 }, opts.credentials ?? {});
  const authenticated = Boolean(opts.credentials?.credsFile || opts.credentials?.nkeySeedFile);
  return connectService(authenticated && opts.as ? { ...options, service: opts.as.service, nodeId: opts.as.id } : options);
}

function looksLikeAPath(value: string): boolean {
  return value.length <= 4096 && /[/.]/.test(value) && !/^S[A-Z2-7]{40,}$/.test(value.trim());
}
