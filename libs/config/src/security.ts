/**
 * How a service authenticates to NATS and whether it must. With CELLMESH_SECURITY=on a service
 * refuses to start unless its credentials and the TLS CA are configured, and the error names the
 * missing variable (docs/security.md). Add it to a service's spec:
 *
 *   const spec = { ..., security: ['CELLMESH_SECURITY', securityConfig()] } as const;
 *
 * The reader reads the companion variables (NATS_CREDS, NATS_NKEY_SEED_FILE, NATS_USER,
 * NATS_PASSWORD, NATS_TLS_CA, NATS_TLS_CERT, NATS_TLS_KEY, CELLMESH_PROVISION) itself because
 * they only make sense together.
 */
import { existsSync } from 'node:fs';
import { ConfigError } from './errors';
import type { Env, Reader } from './readers';

export const SecurityVariables = {
  Mode: 'CELLMESH_SECURITY',
  Creds: 'NATS_CREDS',
  NkeySeedFile: 'NATS_NKEY_SEED_FILE',
  User: 'NATS_USER',
  Password: 'NATS_PASSWORD',
  TlsCa: 'NATS_TLS_CA',
  TlsCert: 'NATS_TLS_CERT',
  TlsKey: 'NATS_TLS_KEY',
  Provision: 'CELLMESH_PROVISION',
} as const;

export type NatsAuth =
  | { kind: 'none' }
  /** A JWT `.creds` file (operator mode, managed with nsc): the production path. */
  | { kind: 'creds'; credsFile: string }
  /** An nkey seed file (`SU...`): what deploy/scripts/gen-auth.sh generates. */
  | { kind: 'nkey'; seedFile: string }
  | { kind: 'password'; user: string; password: string };

export interface NatsTls {
  caFile: string;
  /** Client certificate, for servers that verify clients (mutual TLS). */
  certFile?: string;
  keyFile?: string;
}

export interface SecurityConfig {
  enabled: boolean;
  auth: NatsAuth;
  tls?: NatsTls;
  /**
   * Whether this process may create/update streams and buckets at start. Off by default when
   * security is on: least-privilege users cannot, and the operator provisions once as admin.
   */
  provision: boolean;
}

export interface SecurityReaderOptions {
  /** Checks that a configured file exists (injectable for tests). */
  fileExists?: (path: string) => boolean;
}

function value(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

const AUTH_EXPECTED = `a credentials file when ${SecurityVariables.Mode}=on (or ${SecurityVariables.NkeySeedFile}, or ${SecurityVariables.User} with ${SecurityVariables.Password})`;

/** Reads CELLMESH_SECURITY=on|off (default off) and the credentials it requires. */
export function securityConfig(opts: SecurityReaderOptions = {}): Reader<SecurityConfig> {
  const fileExists = opts.fileExists ?? existsSync;
  const file = (env: Env, name: string): string | undefined => {
    const path = value(env, name);
    if (path !== undefined && !fileExists(path)) throw new ConfigError(name, path, 'a path to an existing file');
    return path;
  };
  return (env, modeVariable) => {
    const mode = (value(env, modeVariable) ?? 'off').toLowerCase();
    if (mode !== 'on' && mode !== 'off') throw new ConfigError(modeVariable, value(env, modeVariable), 'one of on, off');
    const enabled = mode === 'on';

    const creds = file(env, SecurityVariables.Creds);
    const seed = file(env, SecurityVariables.NkeySeedFile);
    const user = value(env, SecurityVariables.User);
    const password = value(env, SecurityVariables.Password);
    const given = [creds, seed, user].filter((x) => x !== undefined).length;
    if (given > 1) {
      throw new ConfigError(SecurityVariables.Creds, creds ?? seed ?? user, `only one of ${SecurityVariables.Creds}, ${SecurityVariables.NkeySeedFile} or ${SecurityVariables.User}`);
    }
    if (user !== undefined && password === undefined) throw new ConfigError(SecurityVariables.Password, undefined, `the password of ${SecurityVariables.User}=${user}`);
    if (password !== undefined && user === undefined) throw new ConfigError(SecurityVariables.User, undefined, `the user that ${SecurityVariables.Password} belongs to`);

    let auth: NatsAuth = { kind: 'none' };
    if (creds !== undefined) auth = { kind: 'creds', credsFile: creds };
    else if (seed !== undefined) auth = { kind: 'nkey', seedFile: seed };
    else if (user !== undefined && password !== undefined) auth = { kind: 'password', user, password };
    if (enabled && auth.kind === 'none') throw new ConfigError(SecurityVariables.Creds, undefined, AUTH_EXPECTED);

    const caFile = file(env, SecurityVariables.TlsCa);
    const certFile = file(env, SecurityVariables.TlsCert);
    const keyFile = file(env, SecurityVariables.TlsKey);
    if (enabled && caFile === undefined) throw new ConfigError(SecurityVariables.TlsCa, undefined, `the CA certificate that signed the NATS servers' certificates (TLS is required when ${SecurityVariables.Mode}=on)`);
    if ((certFile === undefined) !== (keyFile === undefined)) {
      const missing = certFile === undefined ? SecurityVariables.TlsCert : SecurityVariables.TlsKey;
      throw new ConfigError(missing, undefined, `set together with ${missing === SecurityVariables.TlsCert ? SecurityVariables.TlsKey : SecurityVariables.TlsCert}`);
    }
    const tls: NatsTls | undefined = caFile !== undefined ? { caFile, ...(certFile && keyFile ? { certFile, keyFile } : {}) } : undefined;
    if (tls === undefined && certFile !== undefined) {
      throw new ConfigError(SecurityVariables.TlsCa, undefined, `a CA certificate when ${SecurityVariables.TlsCert} is set`);
    }

    const provisionRaw = value(env, SecurityVariables.Provision);
    let provision = !enabled;
    if (provisionRaw !== undefined) {
      const lower = provisionRaw.toLowerCase();
      if (!['true', 'false', '1', '0'].includes(lower)) throw new ConfigError(SecurityVariables.Provision, provisionRaw, 'one of true, false, 1, 0');
      provision = lower === 'true' || lower === '1';
    }
    return { enabled, auth, ...(tls ? { tls } : {}), provision };
  };
}

/** The connection options a SecurityConfig implies, shaped for connectService (@cellmesh/bus). */
export function natsSecurityOptions(sec: SecurityConfig): { credsFile?: string; nkeySeedFile?: string; user?: string; password?: string; tls?: NatsTls } {
  const out: { credsFile?: string; nkeySeedFile?: string; user?: string; password?: string; tls?: NatsTls } = {};
  if (sec.auth.kind === 'creds') out.credsFile = sec.auth.credsFile;
  if (sec.auth.kind === 'nkey') out.nkeySeedFile = sec.auth.seedFile;
  if (sec.auth.kind === 'password') {
    out.user = sec.auth.user;
    out.password = sec.auth.password;
  }
  if (sec.tls) out.tls = sec.tls;
  return out;
}
