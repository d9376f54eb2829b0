import { ConfigError, readConfig, securityConfig, natsSecurityOptions } from './index';

describe('securityConfig', () => {
  const existing = new Set(['/run/secrets/node.creds', '/run/secrets/worker.nk', '/certs/ca.pem', '/certs/client.pem', '/certs/client-key.pem']);
  const spec = { security: ['CELLMESH_SECURITY', securityConfig({ fileExists: (p) => existing.has(p) })] } as const;
  const read = (env: Record<string, string>) => readConfig(env, spec).security;
  const failure = (env: Record<string, string>): ConfigError => {
    try {
      read(env);
    } catch (err) {
      if (err instanceof ConfigError) return err;
      throw err;
    }
    throw new Error('expected a ConfigError');
  };

  it('is off by default, needs nothing, and lets the process provision', () => {
    expect(read({})).toEqual({ enabled: false, auth: { kind: 'none' }, provision: true });
  });

  it.each([
    [{ NATS_CREDS: '/run/secrets/node.creds' }, { kind: 'creds', credsFile: '/run/secrets/node.creds' }],
    [{ NATS_NKEY_SEED_FILE: '/run/secrets/worker.nk' }, { kind: 'nkey', seedFile: '/run/secrets/worker.nk' }],
    [{ NATS_USER: 'cpu-worker@n1', NATS_PASSWORD: 's3cret' }, { kind: 'password', user: 'cpu-worker@n1', password: 's3cret' }],
  ])('with security on, accepts %j', (auth, want) => {
    const cfg = read({ CELLMESH_SECURITY: 'on', NATS_TLS_CA: '/certs/ca.pem', ...auth });
    expect(cfg).toEqual({ enabled: true, auth: want, tls: { caFile: '/certs/ca.pem' }, provision: false });
  });

  it.each([
    [{ CELLMESH_SECURITY: 'on', NATS_TLS_CA: '/certs/ca.pem' }, 'NATS_CREDS is not set: expected a credentials file when CELLMESH_SECURITY=on (or NATS_NKEY_SEED_FILE, or NATS_USER with NATS_PASSWORD)'],
    [{ CELLMESH_SECURITY: 'on', NATS_NKEY_SEED_FILE: '/run/secrets/worker.nk' }, "NATS_TLS_CA is not set: expected the CA certificate that signed the NATS servers' certificates (TLS is required when CELLMESH_SECURITY=on)"],
    [{ CELLMESH_SECURITY: 'on', NATS_USER: 'u', NATS_TLS_CA: '/certs/ca.pem' }, 'NATS_PASSWORD is not set: expected the password of NATS_USER=u'],
    [{ NATS_PASSWORD: 'p' }, 'NATS_USER is not set: expected the user that NATS_PASSWORD belongs to'],
    [{ CELLMESH_SECURITY: 'on', NATS_CREDS: '/missing.creds', NATS_TLS_CA: '/certs/ca.pem' }, 'NATS_CREDS="/missing.creds" is invalid: expected a path to an existing file'],
    [{ CELLMESH_SECURITY: 'yes' }, 'CELLMESH_SECURITY="yes" is invalid: expected one of on, off'],
    [{ NATS_CREDS: '/run/secrets/node.creds', NATS_NKEY_SEED_FILE: '/run/secrets/worker.nk' }, 'NATS_CREDS="/run/secrets/node.creds" is invalid: expected only one of NATS_CREDS, NATS_NKEY_SEED_FILE or NATS_USER'],
    [{ NATS_TLS_CA: '/certs/ca.pem', NATS_TLS_CERT: '/certs/client.pem' }, 'NATS_TLS_KEY is not set: expected set together with NATS_TLS_CERT'],
    [{ NATS_TLS_CERT: '/certs/client.pem', NATS_TLS_KEY: '/certs/client-key.pem' }, 'NATS_TLS_CA is not set: expected a CA certificate when NATS_TLS_CERT is set'],
    [{ CELLMESH_PROVISION: 'sometimes' }, 'CELLMESH_PROVISION="sometimes" is invalid: expected one of true, false, 1, 0'],
  ])('refuses %j naming the variable', (env, message) => {
    expect(failure(env).message).toBe(message);
  });

  it('takes mutual TLS files and an explicit provisioning choice', () => {
    const cfg = read({ CELLMESH_SECURITY: 'on', NATS_CREDS: '/run/secrets/node.creds', NATS_TLS_CA: '/certs/ca.pem', NATS_TLS_CERT: '/certs/client.pem', NATS_TLS_KEY: '/certs/client-key.pem', CELLMESH_PROVISION: 'true' });
    expect(cfg.tls).toEqual({ caFile: '/certs/ca.pem', certFile: '/certs/client.pem', keyFile: '/certs/client-key.pem' });
    expect(cfg.provision).toBe(true);
    expect(natsSecurityOptions(cfg)).toEqual({ credsFile: '/run/secrets/node.creds', tls: cfg.tls });
  });

  it('maps each kind of credentials to connection options', () => {
    expect(natsSecurityOptions({ enabled: false, auth: { kind: 'none' }, provision: true })).toEqual({});
    expect(natsSecurityOptions({ enabled: true, auth: { kind: 'nkey', seedFile: '/s.nk' }, provision: false })).toEqual({ nkeySeedFile: '/s.nk' });
    expect(natsSecurityOptions({ enabled: true, auth: { kind: 'password', user: 'u', password: 'p' }, provision: false })).toEqual({ user: 'u', password: 'p' });
  });
});
