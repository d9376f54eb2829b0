/**
 * Runs one GPU task as a child process in its own process group, pinned by environment, with a
 * timeout that kills the whole group (SIGTERM, then SIGKILL after a grace period), so a stuck
 * script and anything it spawned are cleaned up. The same code runs real and emulated devices.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScriptReport {
  ok: true;
  device: { uuid: string; name: string; emulated: boolean };
  vramUsedMib: number;
  computeMs: number;
  output: Record<string, unknown>;
}

export interface GpuProcessRequest {
  python: string;
  scriptsDir: string;
  script: string;
  params: Record<string, unknown>;
  env: Record<string, string>;
  timeoutMs: number;
  killGraceMs: number;
  /** Aborting (runner stopping) kills the group too. */
  signal?: AbortSignal;
  wantArtifact: boolean;
  onSpawn?(pid: number): void;
}

export type GpuProcessOutcome =
  | { status: 'ok'; report: ScriptReport; artifact?: Uint8Array; wallMs: number; pid: number }
  | { status: 'failed' | 'timed-out' | 'aborted'; reason: string; wallMs: number; pid?: number };

const MAX_STDOUT_BYTES = 1024 * 1024;
const STDERR_TAIL_BYTES = 4 * 1024;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

export async function runGpuProcess(req: GpuProcessRequest): Promise<GpuProcessOutcome> {
  const started = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), 'cellmesh-gpu-task-'));
  const artifactPath = join(workDir, 'artifact.bin');
  try {
    const child = spawn(req.python, [join(req.scriptsDir, req.script)], {
      cwd: req.scriptsDir,
      env: { ...process.env, ...req.env, CELLMESH_ARTIFACT_PATH: artifactPath, PYTHONUNBUFFERED: '1' },
      detached: true, // its own process group: the timeout kills the script and its children
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    if (pid === undefined) {
      const err = await new Promise<Error>((resolve) => child.once('error', resolve));
      return { status: 'failed', reason: `could not start ${req.python}: ${err.message}`, wallMs: performance.now() - started };
    }
    req.onSpawn?.(pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      if (stdout.length < MAX_STDOUT_BYTES) stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString('utf8')).slice(-STDERR_TAIL_BYTES);
    });
    child.stdin.on('error', () => undefined); // a script that exits without reading stdin
    child.stdin.end(JSON.stringify(req.params));

    let stoppedBy: 'timed-out' | 'aborted' | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (why: 'timed-out' | 'aborted') => {
      if (stoppedBy) return;
      stoppedBy = why;
      killGroup(pid, 'SIGTERM');
      killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), req.killGraceMs);
    };
    const timer = setTimeout(() => stop('timed-out'), Math.max(req.timeoutMs, 0));
    const onAbort = () => stop('aborted');
    req.signal?.addEventListener('abort', onAbort);
    if (req.signal?.aborted) onAbort();
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
    clearTimeout(timer);
    if (killTimer) clearTimeout(killTimer);
    req.signal?.removeEventListener('abort', onAbort);
    // The leader is gone; anything it left behind in its group goes too.
    killGroup(pid, 'SIGKILL');
    const wallMs = performance.now() - started;
    if (stoppedBy === 'timed-out') return { status: 'timed-out', reason: `GPU task exceeded its ${req.timeoutMs} ms budget; its process group was killed`, wallMs, pid };
    if (stoppedBy === 'aborted') return { status: 'aborted', reason: 'runner stopping; the task process group was killed', wallMs, pid };
    if (exit.code !== 0) {
      const tail = stderr.trim().split('\n').slice(-3).join(' | ');
      return { status: 'failed', reason: `${req.script} exited with ${exit.code ?? exit.signal}${tail ? `: ${tail}` : ''}`, wallMs, pid };
    }
    const line = stdout.trim().split('\n').pop() ?? '';
    let report: ScriptReport;
    try {
      report = JSON.parse(line) as ScriptReport;
    } catch {
      return { status: 'failed', reason: `${req.script} printed no JSON report (stdout: ${JSON.stringify(line.slice(0, 200))})`, wallMs, pid };
    }
    if (report.ok !== true || typeof report.device?.uuid !== 'string' || typeof report.vramUsedMib !== 'number') {
      return { status: 'failed', reason: `${req.script} printed an incomplete report: ${line.slice(0, 200)}`, wallMs, pid };
    }
    const artifact = req.wantArtifact ? new Uint8Array(await readFile(artifactPath).catch(() => Buffer.alloc(0))) : undefined;
    if (req.wantArtifact && artifact!.byteLength === 0) return { status: 'failed', reason: `${req.script} wrote no artifact`, wallMs, pid };
    return { status: 'ok', report, artifact, wallMs, pid };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
