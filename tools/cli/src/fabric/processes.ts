import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toScenarioJson, type Scenario } from '@cellmesh/scenario';

/** How a node process ended, and what the supervisor does about it. */
export interface NodeExitInfo {
  pid: number | undefined;
  /** The signal that killed it (SIGKILL, SIGSEGV, the OOM killer's SIGKILL…); null when it exited by itself. */
  signal: NodeJS.Signals | null;
  /** True when it is restarted; false when its restart budget is spent (or the fabric is stopping). */
  restarting: boolean;
  /** How many times this node has been restarted so far, this one included. */
  restarts: number;
}

export interface NodeProcessesOptions {
  natsUrl: string;
  /** The cells topology: each node's own cell server and cell id (default: natsUrl for every node, no cell). */
  cellOf?(nodeId: string): { url: string; id: string };
  /** The WAN relay scale of the cells topology (the node process emulates only what its links have beyond the relays). */
  wanScale?: number;
  scenario: Scenario;
  logLevel: string;
  /** Called whenever a node process ends while the fabric runs: by an exit code or by a signal. */
  onExit?: (nodeId: string, code: number | null, info: NodeExitInfo) => void;
  /** Restart a node that ended at most this many times per RESTART_WINDOW_MS (default 3); 0 never restarts. */
  maxRestarts?: number;
  /** Wait this long before a restart (default 1 s). */
  restartDelayMs?: number;
}

export interface NodeProcesses {
  /** The current pid of each node's process (a restarted node has a new one); undefined while it is down. */
  readonly pids: ReadonlyMap<string, number | undefined>;
  /** Nodes whose process ended and will not be restarted (budget spent), with how they ended. */
  readonly givenUp: ReadonlyMap<string, string>;
  stop(): Promise<void>;
}

const NODE_ENTRY = join(__dirname, 'node-process.ts');
/** How long a node process gets to drain after SIGTERM before it is killed. */
const STOP_GRACE_MS = 8000;
const RESTART_WINDOW_MS = 60_000;

/** True once a child has ended, by an exit code or by a signal (exitCode alone stays null after a signal). */
export function hasEnded(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

const guarded = new Map<number, string>();
const GUARD_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const killGuarded = () => {
  for (const pid of guarded.keys()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
};
const onGuardSignal = (signal: NodeJS.Signals) => {
  // Someone else in this process (a command's own shutdown) handles this signal: it stops the children in order.
  if (process.listenerCount(signal) > 1) return;
  for (const [pid, what] of guarded) process.stderr.write(`${what} (pid ${pid}) killed: this process received ${signal}\n`);
  killGuarded();
  guarded.clear();
  uninstallGuard();
  process.kill(process.pid, signal);
};
function uninstallGuard(): void {
  process.removeListener('exit', killGuarded);
  for (const s of GUARD_SIGNALS) process.removeListener(s, onGuardSignal);
}

/**
 * Makes sure a child process never outlives this one: SIGKILL on every exit path of this process
 * (normal end, process.exit, an uncaught error), and on a termination signal that nothing else in this
 * process handles (then the signal's default action follows). Returns a function that removes the guard.
 */
export function guardChildProcess(pid: number | undefined, what: string): () => void {
  if (pid === undefined) return () => undefined;
  if (guarded.size === 0) {
    process.on('exit', killGuarded);
    for (const s of GUARD_SIGNALS) process.on(s, onGuardSignal);
  }
  guarded.set(pid, what);
  return () => {
    if (!guarded.delete(pid)) return;
    if (guarded.size === 0) uninstallGuard();
  };
}

/**
 * `cellmesh up --processes`: each virtual node runs in its own OS process (its seven services
 * together, as on a real machine), reading its identity and the scenario from the environment.
 * This process supervises them: a node that ends (an exit code, or a signal: kill -9, a crash) is
 * reported and restarted, up to a budget; each runs in its own process group, so a terminal's Ctrl-C
 * reaches only this process, which stops the nodes in order; an IPC channel makes a node stop by
 * itself if this process dies without stopping it.
 */
export async function startNodeProcesses(opts: NodeProcessesOptions): Promise<NodeProcesses> {
  const dir = mkdtempSync(join(tmpdir(), 'cellmesh-up-'));
  const scenarioFile = join(dir, 'scenario.json');
  writeFileSync(scenarioFile, toScenarioJson(opts.scenario));
  const children = new Map<string, ChildProcess>();
  const pids = new Map<string, number | undefined>();
  const givenUp = new Map<string, string>();
  const restartTimes = new Map<string, number[]>();
  const releases = new Map<string, () => void>();
  const maxRestarts = opts.maxRestarts ?? 3;
  let stopping = false;

  const spawnNode = (nodeId: string) => {
    const child = spawn(process.execPath, ['--import', 'tsx', NODE_ENTRY], {
      env: {
        ...process.env, NATS_URL: opts.cellOf?.(nodeId).url ?? opts.natsUrl, CELLMESH_NODE_ID: nodeId, CELLMESH_SCENARIO: scenarioFile, LOG_LEVEL: opts.logLevel,
        ...(opts.cellOf ? { CELLMESH_CELL: opts.cellOf(nodeId).id, CELLMESH_WAN_SCALE: String(opts.wanScale ?? 1) } : {}),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      detached: true,
    });
    children.set(nodeId, child);
    pids.set(nodeId, child.pid);
    releases.set(nodeId, guardChildProcess(child.pid, `node process ${nodeId}`));
    child.once('exit', (code, signal) => {
      releases.get(nodeId)?.();
      pids.set(nodeId, undefined);
      if (stopping) return;
      const now = Date.now();
      const recent = (restartTimes.get(nodeId) ?? []).filter((t) => now - t < RESTART_WINDOW_MS);
      const restarting = recent.length < maxRestarts;
      const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
      if (restarting) {
        recent.push(now);
        setTimeout(() => {
          if (!stopping) spawnNode(nodeId);
        }, opts.restartDelayMs ?? 1000).unref();
      } else {
        givenUp.set(nodeId, how);
      }
      restartTimes.set(nodeId, recent);
      const restarts = recent.length;
      process.stderr.write(`cellmesh up: node process ${nodeId} (pid ${child.pid}) ${how}; ${restarting ? `restarting it (${restarts}/${maxRestarts} within ${RESTART_WINDOW_MS / 1000}s)` : `not restarting it again (${maxRestarts} restarts within ${RESTART_WINDOW_MS / 1000}s): the fabric runs without it`}\n`);
      opts.onExit?.(nodeId, code, { pid: child.pid, signal, restarting, restarts });
    });
  };
  for (const node of opts.scenario.nodes) spawnNode(node.id);

  return {
    pids,
    givenUp: givenUp,
    async stop() {
      stopping = true;
      await Promise.all(
        [...children.values()].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (hasEnded(child)) return resolve();
              const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
              child.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              // A node stopped with SIGSTOP would never act on SIGTERM.
              child.kill('SIGCONT');
              child.kill('SIGTERM');
            }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
