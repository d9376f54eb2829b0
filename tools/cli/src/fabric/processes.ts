import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toScenarioJson, type Scenario } from '@cellmesh/scenario';

export interface NodeProcessesOptions {
  natsUrl: string;
  scenario: Scenario;
  logLevel: string;
  onExit?: (nodeId: string, code: number | null) => void;
}

export interface NodeProcesses {
  readonly pids: ReadonlyMap<string, number | undefined>;
  stop(): Promise<void>;
}

const NODE_ENTRY = join(__dirname, 'node-process.ts');
/** How long a node process gets to drain after SIGTERM before it is killed. */
const STOP_GRACE_MS = 8000;

/**
 * `cellmesh up --processes`: each virtual node runs in its own OS process (its seven services
 * together, as on a real machine), reading its identity and the scenario from the environment.
 */
export async function startNodeProcesses(opts: NodeProcessesOptions): Promise<NodeProcesses> {
  const dir = mkdtempSync(join(tmpdir(), 'cellmesh-up-'));
  const scenarioFile = join(dir, 'scenario.json');
  writeFileSync(scenarioFile, toScenarioJson(opts.scenario));
  const children = new Map<string, ChildProcess>();
  for (const node of opts.scenario.nodes) {
    const child = spawn(process.execPath, ['--import', 'tsx', NODE_ENTRY], {
      env: { ...process.env, NATS_URL: opts.natsUrl, CELLMESH_NODE_ID: node.id, CELLMESH_SCENARIO: scenarioFile, LOG_LEVEL: opts.logLevel },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code) => opts.onExit?.(node.id, code));
    children.set(node.id, child);
  }
  return {
    pids: new Map([...children].map(([id, c]) => [id, c.pid])),
    async stop() {
      await Promise.all(
        [...children.values()].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
              child.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              child.kill('SIGTERM');
            }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
