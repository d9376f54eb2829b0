/**
 * The embedded nats-server of `cellmesh up` (issue 17): a terminal's Ctrl-C (SIGINT to the whole process
 * group) reaches only the CLI, which still has its server while it shuts down; an uncaught error never
 * leaves the server running.
 */
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';

jest.setTimeout(60_000);

const MODULE = join(__dirname, '..', 'src', 'fabric', 'embedded-nats.ts');

/** Runs a script in a child of its own process group; resolves with its stdout lines as they come. */
function runScript(script: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, CELLMESH_EMBEDDED: MODULE } });
  const lines: string[] = [];
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter(Boolean)));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, exited, stderr: () => stderr };
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => {
      s.end();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

async function firstLine(lines: string[], exited: Promise<unknown>): Promise<string> {
  let done = false;
  void exited.then(() => (done = true));
  for (let i = 0; i < 600 && !lines.length && !done; i++) await new Promise((r) => setTimeout(r, 50));
  if (!lines.length) throw new Error('the script printed nothing');
  return lines[0]!;
}

describe('embedded nats-server lifecycle', () => {
  it('survives a Ctrl-C to the process group, so the CLI can still shut down against it', async () => {
    const run = runScript(`
      const { connect } = require('@nats-io/transport-node');
      require(process.env.CELLMESH_EMBEDDED).resolveNats(undefined).then((n) => {
        process.once('SIGINT', async () => {
          await new Promise((r) => setTimeout(r, 300));
          const nc = await connect({ servers: n.url, timeout: 2000, maxReconnectAttempts: 0 }).catch(() => undefined);
          console.log(nc ? 'server still up' : 'server gone');
          await nc?.close();
          await n.stop();
          process.exit(0);
        });
        console.log(n.url);
      });`);
    const url = await firstLine(run.lines, run.exited);
    process.kill(-run.child.pid!, 'SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.lines).toContain('server still up');
    expect(await accepts(Number(new URL(url).port))).toBe(false);
  });

  it('kills the server when the CLI dies of an uncaught error', async () => {
    const run = runScript(`
      require(process.env.CELLMESH_EMBEDDED).resolveNats(undefined).then((n) => {
        console.log(n.url);
        setTimeout(() => { throw new Error('boom'); }, 200);
      });`);
    const url = await firstLine(run.lines, run.exited);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/boom/);
    await new Promise((r) => setTimeout(r, 300));
    expect(await accepts(Number(new URL(url).port))).toBe(false);
  });

  it('kills the server on a Ctrl-C that nothing in the CLI handles yet (during start-up)', async () => {
    const run = runScript(`
      require(process.env.CELLMESH_EMBEDDED).resolveNats(undefined).then((n) => {
        console.log(n.url);
        setInterval(() => undefined, 1000);
      });`);
    const url = await firstLine(run.lines, run.exited);
    process.kill(-run.child.pid!, 'SIGINT');
    await run.exited;
    await new Promise((r) => setTimeout(r, 300));
    expect(await accepts(Number(new URL(url).port))).toBe(false);
  });
});
