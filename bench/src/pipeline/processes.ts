/**
 * The `--processes` shape of the fabric for the pipeline bench: one OS process per virtual node,
 * each running `cellmesh up --processes`'s node entry (tools/cli/src/fabric/node-process.ts, the
 * same six services and demo timings), spawned the way an operator would start it. It answers
 * whether one event loop hosting every node is what bounds the in-process fabric.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toScenarioJson } from '@cellmesh/scenario';
import { spawnServiceMain, waitFor, type RunningServiceMain } from '@cellmesh/testing';
import { lanScenario } from './fabric';

const NODE_ENTRY = join(__dirname, '..', '..', '..', 'tools', 'cli', 'src', 'fabric', 'node-process.ts');

export interface ProcessFabric {
  readonly nodeIds: readonly string[];
  /** Node processes' pids, for their CPU clocks. */
  readonly pids: readonly number[];
  stop(): Promise<void>;
}

/**
 * Spawns one node process per node and waits until `probe` (a task through the whole path) succeeds:
 * there is no handle to ask across processes whether the root scheduler knows every node.
 */
export async function startProcessFabric(opts: { natsUrl: string; prefix: string; nodes: number; probe: (attempt: number) => Promise<void> }): Promise<ProcessFabric> {
  const scenario = lanScenario(opts.prefix, opts.nodes);
  const dir = mkdtempSync(join(tmpdir(), 'cellmesh-bench-processes-'));
  const scenarioFile = join(dir, 'scenario.json');
  writeFileSync(scenarioFile, toScenarioJson(scenario));
  const children: RunningServiceMain[] = scenario.nodes.map((node) => spawnServiceMain(NODE_ENTRY, { NATS_URL: opts.natsUrl, CELLMESH_NODE_ID: node.id, CELLMESH_SCENARIO: scenarioFile, LOG_LEVEL: 'warn' }));
  const stop = async () => {
    for (const c of children) c.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(children.map((c) => c.exited)), new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    let attempt = 0;
    await waitFor(`a task through ${opts.nodes} node processes`, async () => {
      const dead = children.find((c) => c.child.exitCode !== null);
      if (dead) throw new Error(`a node process exited (${dead.child.exitCode}): ${dead.stderr().slice(-1500)}`);
      try {
        await opts.probe(attempt++);
        return true;
      } catch {
        return false;
      }
    }, 120_000, 500);
  } catch (err) {
    await stop();
    throw err;
  }
  return { nodeIds: scenario.nodes.map((n) => n.id), pids: children.map((c) => c.child.pid!).filter((p) => p !== undefined), stop };
}
