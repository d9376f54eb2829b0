/**
 * The operator flags against a real secure server: TLS with a generated CA and the generated least-privilege
 * users (the generator `up --secure` and the secure-fabric tests run). `cellmesh status` and `explain` get in as
 * `admin@<id>` with --nkey/--tls-ca (or NATS_NKEY_SEED_FILE/NATS_TLS_CA), and are refused without credentials.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { connectService, provisionAll, silentLogger } from '@cellmesh/bus';
import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';
import { generateSingleServer, UP_ADMIN_ID, type SecureCredentials } from '../src/fabric/secure';

const CLI = join(__dirname, '..', 'bin', 'cellmesh.js');
const CLEAN_ENV = { NATS_URL: '', NATS_CREDS: '', NATS_NKEY_SEED_FILE: '', NATS_TLS_CA: '', NATS_TLS_CERT: '', NATS_TLS_KEY: '', CELLMESH_ADMIN_ID: '' };

function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...CLEAN_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('operator credentials (--nkey, --tls-ca, --admin and their variables) against a TLS server with the generated users', () => {
  let security: SecureCredentials;
  let server: RunningNatsServer;
  let admin: NatsConnection;
  let url: string;
  let adminSeed: string;

  beforeAll(async () => {
    security = await generateSingleServer({ sites: [{ site: 's1', nodes: [{ nodeId: 'n1', gpu: false }] }], clients: ['game-1'] });
    server = await startNatsServer({ jetstream: true, extraConfig: security.serverConfig('nats') });
    url = `tls://127.0.0.1:${server.port}`;
    adminSeed = security.connectAs('admin', UP_ADMIN_ID).nkeySeedFile!;
    admin = await connectService({ servers: [url], logger: silentLogger, firstConnectTimeoutMs: 5000, ...security.connectAs('admin', UP_ADMIN_ID) });
    await provisionAll(admin);
  }, 60_000);

  afterAll(async () => {
    await admin?.close();
    await server?.stop();
    security?.remove();
  });

  it('cellmesh status gets in as admin@<id> with --nkey, --tls-ca and --admin', async () => {
    const res = await runCli(['status', '--json', '--nats-url', url, '--nkey', adminSeed, '--tls-ca', security.caFile, '--admin', UP_ADMIN_ID]);
    expect({ code: res.code, stderr: res.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(res.stdout)).toMatchObject({ nodes: [], clusters: [] });
  }, 30_000);

  it('takes the same from NATS_NKEY_SEED_FILE, NATS_TLS_CA and CELLMESH_ADMIN_ID', async () => {
    const res = await runCli(['status', '--json'], { NATS_URL: url, NATS_NKEY_SEED_FILE: adminSeed, NATS_TLS_CA: security.caFile, CELLMESH_ADMIN_ID: UP_ADMIN_ID });
    expect({ code: res.code, stderr: res.stderr }).toEqual({ code: 0, stderr: '' });
  }, 30_000);

  it('cellmesh explain reaches the fabric with credentials (no receipt for an unknown task) and is refused without', async () => {
    const withCreds = await runCli(['explain', 'no-such-task', '--nats-url', url, '--nkey', adminSeed, '--tls-ca', security.caFile, '--admin', UP_ADMIN_ID]);
    expect(withCreds.code).toBe(1);
    expect(withCreds.stderr).toMatch(/no-such-task/);
    expect(withCreds.stderr).not.toMatch(/Authorization|cannot reach/i);
    const without = await runCli(['explain', 'no-such-task', '--nats-url', url, '--tls-ca', security.caFile]);
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/Authorization Violation/i);
  }, 40_000);

  it('is refused without credentials, and with the admin seed under another admin id (its inbox is not granted)', async () => {
    const none = await runCli(['status', '--nats-url', url, '--tls-ca', security.caFile]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Authorization Violation/i);
    // The seed authenticates admin@up; as admin@ops its replies would go to _INBOX_admin_ops, which that user may not read.
    const wrongId = await runCli(['status', '--nats-url', url, '--nkey', adminSeed, '--tls-ca', security.caFile, '--admin', 'ops']);
    expect(wrongId.code).toBe(1);
  }, 60_000);

  it('exits 2 on a usage error, naming the flag and never echoing a pasted seed', async () => {
    const missing = await runCli(['status', '--nats-url', url, '--nkey', '/no/such/admin.nk']);
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/--nkey: no such file "\/no\/such\/admin\.nk"/) });
    const seed = 'SUAM4Q2TV3B6FX6XXYVSYWQ6EV4QZ6WYOSE3DW5LULMVYKDDKVRHEKCDSY';
    const pasted = await runCli(['status', '--nats-url', url], { NATS_NKEY_SEED_FILE: seed });
    expect(pasted.code).toBe(2);
    expect(pasted.stderr).toMatch(/NATS_NKEY_SEED_FILE: no such file \(the value is not shown/);
    expect(pasted.stderr).not.toContain(seed);
    const dir = mkdtempSync(join(tmpdir(), 'cellmesh-operator-'));
    const file = join(dir, 'some.pem');
    writeFileSync(file, 'x');
    try {
      const certOnly = await runCli(['status', '--nats-url', url, '--tls-ca', security.caFile, '--tls-cert', file]);
      expect({ code: certOnly.code, stderr: certOnly.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/--tls-cert and --tls-key go together/) });
      const both = await runCli(['status', '--nats-url', url, '--nkey', adminSeed, '--creds', file]);
      expect({ code: both.code, stderr: both.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/either --creds .* or --nkey/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
