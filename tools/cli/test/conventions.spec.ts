import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CLI = join(__dirname, '..', 'bin', 'cellmesh.js');
const VERSION = (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** Runs the real CLI binary (through tsx, as `npx cellmesh` does) with no NATS_URL. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, NATS_URL: '' }, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Issue 21: one exit-code convention (2 = the command line was wrong), --version, one spelling per flag. */
describe('cellmesh CLI conventions', () => {
  it('prints its package.json version for --version and -V', async () => {
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    expect((await cli('-V')).stdout).toBe(`${VERSION}\n`);
  }, 60_000);

  it.each([
    ['an unknown top-level option', ['--bogus'], /unknown option '--bogus'/],
    ['an unknown command option', ['explain', 't1', '--bogus'], /unknown option '--bogus'/],
    ['a missing required option', ['submit', 'g', 'r', 't'], /required option '--kind <kind>'/],
    ['an integer flag that does not parse', ['state', 'g', 'r', '--at-version', 'x'], /--at-version <n>' argument 'x' is invalid/],
    ['a port out of range', ['ui', '--port', '70000'], /between 0 and 65535/],
    ['a bad duration', ['snapshot', '--out', '/tmp/x', '--tasks-since', 'soon'], /--tasks-since "soon": expected a duration/],
    ['no NATS server named', ['explain', 'task-1'], /no NATS server: pass --nats-url or set NATS_URL/],
    ['an invalid task id', ['explain', 'a.b', '--nats-url', 'nats://127.0.0.1:1'], /is not a task id/],
    ['an unknown task state', ['tasks', '--state', 'done', '--nats-url', 'nats://127.0.0.1:1'], /--state "done": expected one of pending, queued, running/],
  ])('exits 2 on %s', async (_what, args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  }, 60_000);

  it('spells the server flag --nats-url on metrics too, keeping --nats as a hidden alias', async () => {
    const help = await cli('metrics', '--help');
    expect(help.stdout).toContain('--nats-url <url>');
    expect(help.stdout).not.toMatch(/^\s+--nats <url>/m);
    // Both spellings are accepted (the unreachable server then makes it a failed operation: 1, not 2).
    expect((await cli('metrics', '--nats', 'nats://127.0.0.1:1')).code).toBe(1);
    expect((await cli('metrics', '--nats-url', 'nats://127.0.0.1:1', '--nats', 'nats://127.0.0.1:2')).code).toBe(2);
  }, 60_000);
});
