import { ConfigError, readConfig, str, int, num, bool, oneOf, durationMs, natsUrls, token, parseDurationMs, optionalStr } from './index';

describe('readConfig', () => {
  const spec = {
    nodeId: ['CELLMESH_NODE_ID', token()],
    servers: ['NATS_URL', natsUrls({ default: ['nats://127.0.0.1:4222'] })],
    probeEveryMs: ['CELLMESH_PROBE_INTERVAL', durationMs({ default: 1000, min: 10 })],
    workers: ['CELLMESH_WORKERS', int({ default: 2, min: 1, max: 256 })],
    margin: ['CELLMESH_VRAM_MARGIN', num({ default: 0.1, min: 0, max: 0.9 })],
    emulate: ['CELLMESH_EMULATE_GPU', bool({ default: false })],
    level: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error'] as const, { default: 'info' })],
    site: ['CELLMESH_SITE', optionalStr()],
  } as const;

  it('reads valid values and applies defaults', () => {
    const cfg = readConfig({ CELLMESH_NODE_ID: 'eu-1', CELLMESH_PROBE_INTERVAL: '2s', CELLMESH_EMULATE_GPU: 'true' }, spec);
    expect(cfg).toEqual({ nodeId: 'eu-1', servers: ['nats://127.0.0.1:4222'], probeEveryMs: 2000, workers: 2, margin: 0.1, emulate: true, level: 'info', site: undefined });
  });

  it.each([
    [{}, 'CELLMESH_NODE_ID is not set: expected a token of 1-64 letters, digits, "-" or "_"'],
    [{ CELLMESH_NODE_ID: 'eu.1' }, 'CELLMESH_NODE_ID="eu.1" is invalid: expected a token of 1-64 letters, digits, "-" or "_"'],
    [{ CELLMESH_NODE_ID: 'n', NATS_URL: 'http://x y' }, 'NATS_URL="http://x y" is invalid: expected comma-separated NATS URLs like nats://127.0.0.1:4222'],
    [{ CELLMESH_NODE_ID: 'n', CELLMESH_PROBE_INTERVAL: 'soon' }, 'CELLMESH_PROBE_INTERVAL="soon" is invalid: expected a duration like 250ms, 10s or 2m between 10 ms and 9007199254740991 ms'],
    [{ CELLMESH_NODE_ID: 'n', CELLMESH_WORKERS: '0' }, 'CELLMESH_WORKERS="0" is invalid: expected an integer between 1 and 256'],
    [{ CELLMESH_NODE_ID: 'n', CELLMESH_WORKERS: '2.5' }, 'CELLMESH_WORKERS="2.5" is invalid: expected an integer between 1 and 256'],
    [{ CELLMESH_NODE_ID: 'n', CELLMESH_VRAM_MARGIN: '1.5' }, 'CELLMESH_VRAM_MARGIN="1.5" is invalid: expected a number between 0 and 0.9'],
    [{ CELLMESH_NODE_ID: 'n', CELLMESH_EMULATE_GPU: 'maybe' }, 'CELLMESH_EMULATE_GPU="maybe" is invalid: expected one of true, false, 1, 0'],
    [{ CELLMESH_NODE_ID: 'n', LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud" is invalid: expected one of debug, info, warn, error'],
  ])('names the bad variable for %j', (env, message) => {
    let caught: unknown;
    try {
      readConfig(env, spec);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).message).toBe(message);
  });

  it('treats blank values as unset', () => {
    expect(() => readConfig({ CELLMESH_NODE_ID: '   ' }, spec)).toThrow('CELLMESH_NODE_ID is not set');
  });

  it('accepts several NATS URLs and bare host:port', () => {
    expect(readConfig({ X: 'nats://a:4222, tls://b:4443,c:4222' }, { s: ['X', natsUrls()] } as const).s).toEqual(['nats://a:4222', 'tls://b:4443', 'c:4222']);
  });

  it('restricts strings to a pattern when one is given', () => {
    expect(() => readConfig({ X: 'abc' }, { s: ['X', str({ pattern: /^\d+$/ })] } as const)).toThrow('X="abc" is invalid: expected a string matching /^\\d+$/');
  });
});

describe('parseDurationMs', () => {
  it.each([
    ['250ms', 250],
    ['10s', 10_000],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['42', 42],
  ])('%s → %d ms', (text, ms) => expect(parseDurationMs(text)).toBe(ms));
  it.each(['', 's', '-1s', '10 parsecs', '1d'])('rejects %j', (text) => expect(parseDurationMs(text)).toBeUndefined());
});
