import { nkeys } from '@nats-io/transport-node';
import { ConfigError, redactConfigValue } from './errors';
import { readConfig } from './read-config';
import { int, natsUrls } from './readers';

const seed = new TextDecoder().decode(nkeys.createUser().getSeed());

describe('config errors never echo a secret', () => {
  it('redacts a seed pasted into the wrong variable', () => {
    let message = '';
    try {
      readConfig({ NATS_URL: seed }, { urls: ['NATS_URL', natsUrls()] });
    } catch (err) {
      message = (err as Error).message;
      expect((err as ConfigError).value).not.toContain(seed.slice(2, 20));
    }
    expect(message).toMatch(/NATS_URL=<redacted: looks like an nkey seed/);
    expect(message).not.toContain(seed.slice(2, 20));
  });

  it('redacts by variable name, JWTs, keys and URL passwords', () => {
    expect(redactConfigValue('NATS_PASSWORD', 'hunter2')).toBe('<redacted: NATS_PASSWORD is a secret, 7 characters>');
    expect(redactConfigValue('CELLMESH_HTTP_PORT', `eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJqdGkiOiJBQkMifQ.sig`)).toMatch(/looks like a JWT/);
    expect(redactConfigValue('NATS_TLS_CERT', '-----BEGIN PRIVATE KEY-----\nMII...')).toMatch(/key or credentials/);
    expect(redactConfigValue('NATS_URL', 'nats://ops:s3cret@hub-1:4222,nats://hub-2:4222')).toBe('nats://ops:***@hub-1:4222,nats://hub-2:4222');
    expect(redactConfigValue('CELLMESH_HTTP_PORT', 'abc')).toBe('abc');
  });

  it('keeps ordinary mistakes readable', () => {
    expect(() => readConfig({ PORT: 'eighty' }, { port: ['PORT', int()] })).toThrow('PORT="eighty" is invalid');
  });
});
