import { operatorConnectOptions, OperatorCredentialsError } from './connect';
import { silentLogger } from './logger';

const base = { servers: ['tls://hub-1:4222'], command: 'status', logger: silentLogger };

describe('operatorConnectOptions', () => {
  it('connects as admin@<id> with its inbox when credentials are given', () => {
    expect(operatorConnectOptions(base, { nkeySeedFile: '/s/admin/ops.nk', tlsCa: '/c/ca.pem' })).toMatchObject({ service: 'admin', nodeId: 'ops', nkeySeedFile: '/s/admin/ops.nk', tls: { caFile: '/c/ca.pem' } });
    expect(operatorConnectOptions(base, { credsFile: '/s/ann.creds', adminId: 'ann', tlsCa: '/c/ca.pem', tlsCert: '/c/me.pem', tlsKey: '/c/me-key.pem' })).toMatchObject({
      service: 'admin', nodeId: 'ann', credsFile: '/s/ann.creds', tls: { caFile: '/c/ca.pem', certFile: '/c/me.pem', keyFile: '/c/me-key.pem' },
    });
  });

  it('stays cli@<command> on an open development server', () => {
    expect(operatorConnectOptions(base)).toMatchObject({ service: 'cli', nodeId: 'status' });
    expect(operatorConnectOptions(base).tls).toBeUndefined();
  });

  it('refuses contradictory options', () => {
    expect(() => operatorConnectOptions(base, { credsFile: 'a', nkeySeedFile: 'b' })).toThrow(OperatorCredentialsError);
    expect(() => operatorConnectOptions(base, { tlsCa: 'ca', tlsCert: 'c' })).toThrow(/go together/);
    expect(() => operatorConnectOptions(base, { tlsCert: 'c', tlsKey: 'k' })).toThrow(/--tls-ca/);
  });
});
