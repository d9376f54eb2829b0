import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from './wait-for';

export interface RunningServiceMain {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

const REPO_ROOT = join(__dirname, '..', '..', '..');

/**
 * Runs a service's main.ts as an operator would (through tsx), with only the environment it is given
 * (plus PATH), from the repository root.
 */
export function spawnServiceMain(mainPath: string, env: Record<string, string>): RunningServiceMain {
  const child = spawn(process.execPath, ['--import', 'tsx', mainPath], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO_ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** The base URL of the operator endpoints, from the JSON log line a service process writes once they listen. */
export function operatorEndpointsUrl(run: RunningServiceMain, timeoutMs = 20_000): Promise<string> {
  return waitFor('the operator endpoints log line', () => {
    for (const line of run.stderr().split('\n')) {
      if (line.includes('operator endpoints')) return (JSON.parse(line) as { url: string }).url.replace(/\/metrics$/, '');
    }
    return undefined;
  }, timeoutMs);
}
