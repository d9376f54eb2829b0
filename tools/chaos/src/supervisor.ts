import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The node processes of the fabric under test, under a supervisor that restarts a process that ended
 * (as compose `restart: unless-stopped` or systemd would). Each node is the `cellmesh up --processes` entry
 * (tools/cli/src/fabric/node-process.ts): its seven services in one OS process, configured by the environment.
 */
export const NODE_ENTRY = join(__dirname, '..', '..', 'cli', 'src', 'fabric', 'node-process.ts');

export interface SupervisorOptions {
  natsUrl: string;
  nodeIds: readonly string[];
  scenarioFile: string;
  logDir: string;
  logLevel?: string;
  /** Wait this long before restarting a process that ended. */
  restartDelayMs?: number;
  onEvent?: (text: string) => void;
}

export interface NodeExit {
  nodeId: string;
  pid: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
  atMs: number;
}

export class NodeSupervisor {
  private readonly children = new Map<string, ChildProcess>();
  private stopping = false;
  readonly exits: NodeExit[] = [];
  readonly restarts = new Map<string, number>();

  constructor(private readonly opts: SupervisorOptions) {}

  start(): void {
    for (const id of this.opts.nodeIds) this.spawnNode(id);
  }

  pid(nodeId: string): number | undefined {
    return this.children.get(nodeId)?.pid;
  }

  pids(): number[] {
    return [...this.children.values()].map((c) => c.pid).filter((p): p is number => p !== undefined);
  }

  /** Sends a signal to one node's process (the fault injector's kill -9, SIGSTOP, SIGCONT). */
  signal(nodeId: string, signal: NodeJS.Signals): number {
    const child = this.children.get(nodeId);
    if (!child?.pid) throw new Error(`node ${nodeId} has no running process`);
    process.kill(child.pid, signal);
    return child.pid;
  }

  /** SIGTERM every node (SIGCONT first, in case one is stopped), SIGKILL after the grace. */
  async stop(graceMs = 8000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGCONT');
            child.kill('SIGTERM');
          }),
      ),
    );
  }

  /** Synchronous last resort for exit paths: SIGKILL whatever is still running. */
  killAllNow(): void {
    this.stopping = true;
    for (const child of this.children.values()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  private spawnNode(nodeId: string): void {
    const log = openSync(join(this.opts.logDir, `${nodeId}.log`), 'a');
    const child = spawn(process.execPath, ['--import', 'tsx', NODE_ENTRY], {
      env: { ...process.env, NATS_URL: this.opts.natsUrl, CELLMESH_NODE_ID: nodeId, CELLMESH_SCENARIO: this.opts.scenarioFile, LOG_LEVEL: this.opts.logLevel ?? 'warn' },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.children.set(nodeId, child);
    child.once('exit', (code, signal) => {
      this.exits.push({ nodeId, pid: child.pid, code, signal, atMs: Date.now() });
      if (this.stopping) return;
      this.opts.onEvent?.(`node ${nodeId} (pid ${child.pid}) ended (${signal ?? `exit ${code}`}); restarting`);
      this.restarts.set(nodeId, (this.restarts.get(nodeId) ?? 0) + 1);
      setTimeout(() => {
        if (!this.stopping) this.spawnNode(nodeId);
      }, this.opts.restartDelayMs ?? 1000);
    });
  }
}
