import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ScenarioError, generateWorld, parseGenerateSpec, parseScenario, type Scenario } from '@cellmesh/scenario';
import {
  InvalidSimulationOptionsError,
  TaskSetError,
  parseNoiseSpec,
  parseTaskSet,
  placeTaskSet,
  simulate,
  type MeasurementNoise,
  type SimTask,
  type SimulationProgress,
  type SimulationReport,
} from '@cellmesh/simulator';
import type { WeightsTable } from '@cellmesh/placement-core';
import { WeightsFileError, describeWeightChanges, parseWeightsOverride } from '@cellmesh/placement-core';

/**
 * `cellmesh simulate`: the topology-ca rules and the leader ranking over a scenario, headless.
 * The `--json` output is a stable interface (issue 5): one object whose first keys are
 * clusters, leaders, root, relays, rounds, messages. Extra keys may follow; none will be removed.
 */
export interface SimulateArgs {
  scenario?: string;
  generate?: string;
  tasks?: string;
  /** JSON weights override for the task placement (docs/what-if.md); needs --tasks. */
  weights?: string;
  json?: boolean;
  maxRounds?: string;
  k?: string;
  seed?: string;
  /** K: simulate network coordinates, each node probing at most K peers per round. */
  probes?: string;
  /** Probe rounds for the coordinates (default 150). */
  coordinateRounds?: string;
  /** 'fixed' (default, ≤ K distinct peers per node) or 'rotating' (random picks rotate, as the collector's). */
  peerSet?: string;
  /** Measurement noise model, e.g. `busy` or `busy,busyHostShare=0.5` (docs/topology.md). */
  noise?: string;
}

export interface SimulateIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Worlds at least this large get a progress bar (a TTY) or progress lines (a pipe) on stderr. */
const PROGRESS_MIN_NODES = 1000;
/** Up to this many nodes the table lists every node; above, only clusters. */
const NODE_TABLE_MAX = 60;

export function register(program: Command): void {
  program
    .command('simulate')
    .description('run the topology-ca rules and leader ranking over a scenario, headless (no broker)')
    .option('--scenario <file>', 'scenario JSON: { nodes: [{id, cpuCores, gpus, vramMb, ...}], rttMs: n×n, bandwidthMbps: n×n }')
    .option('--generate <spec>', 'a synthetic world instead of a file: sites=S,perSite=P,seed=K')
    .option('--tasks <file>', 'place a task set (JSON array of { taskId, gameId, roomId, profile, hints, origin, cpuCores, memMb, vramMb }), all live at once, with the scheduler\'s plugin code')
    .option('--weights <file>', 'with --tasks: JSON override of the scorer weights per profile, e.g. { "latencySensitive": { "rtt-to-origin": 2 } } (docs/what-if.md)')
    .option('--json', 'print one JSON object on stdout: { clusters, leaders, root, relays, rounds, messages, ... }')
    .option('--max-rounds <n>', 'round limit for the rules', '200')
    .option('--k <n>', 'closest measured peers per node (neighbour list size)', '16')
    .option('--seed <n>', 'seed for neighbour sampling (same seed, same run)', '1')
    .option('--probes <k>', 'also simulate network coordinates (the metrics-collector\'s probe selection and Vivaldi code), each node probing at most K peers per round; adds "coordinates" to the JSON')
    .option('--coordinate-rounds <n>', 'probe rounds for --probes', '150')
    .option('--peer-set <kind>', 'with --probes: fixed (at most K distinct peers per node) or rotating (random picks rotate over all peers, as in the collector)', 'fixed')
    .option('--noise <model>', 'add measurement noise to every probe: busy[,busyHostShare=F,busyDelayProbability=F,busyDelayScaleMs=N,busyDelayShape=A,jitterFraction=F,samplesPerLink=N]')
    .action(async (raw: SimulateArgs) => {
      process.exitCode = await runSimulate(raw, { stdout: process.stdout, stderr: process.stderr });
    });
}

/** Runs the command; returns the exit code (0 ok, 1 bad input). Never throws for bad input. */
export async function runSimulate(args: SimulateArgs, io: SimulateIo): Promise<number> {
  let scenario: Scenario;
  let source: string;
  let tasks: SimTask[] | undefined;
  let weights: WeightsTable | undefined;
  try {
    ({ scenario, source } = loadScenario(args, (t) => io.stderr.write(t)));
    tasks = args.tasks ? loadTasks(args.tasks) : undefined;
    if (args.weights !== undefined && !args.tasks) throw new UsageError('--weights applies to task placement: give --tasks FILE too');
    weights = args.weights !== undefined ? loadWeights(args.weights) : undefined;
  } catch (error) {
    io.stderr.write(`cellmesh simulate: ${(error as Error).message}\n`);
    return 1;
  }
  const json = args.json === true;
  const progress = !json && scenario.nodes.length >= PROGRESS_MIN_NODES ? progressReporter(io.stderr) : undefined;
  let report: SimulationReport;
  try {
    const noise: MeasurementNoise | undefined = args.noise === undefined ? undefined : parseNoiseSpec(args.noise);
    if (args.peerSet !== undefined && args.peerSet !== 'fixed' && args.peerSet !== 'rotating') {
      throw new UsageError(`--peer-set ${JSON.stringify(args.peerSet)}: expected fixed or rotating`);
    }
    report = simulate(scenario, {
      maxRounds: integerArg('--max-rounds', args.maxRounds),
      neighbourK: integerArg('--k', args.k),
      seed: integerArg('--seed', args.seed),
      probes: integerArg('--probes', args.probes),
      coordinateRounds: args.probes === undefined ? undefined : integerArg('--coordinate-rounds', args.coordinateRounds),
      peerSet: args.peerSet as 'fixed' | 'rotating' | undefined,
      noise,
      onProgress: progress?.update,
    }).report;
  } catch (error) {
    progress?.done();
    if (error instanceof InvalidSimulationOptionsError || error instanceof ScenarioError || error instanceof UsageError) {
      io.stderr.write(`cellmesh simulate: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  progress?.done();
  // Same plugin code as the live scheduler, over the clusters and leaders just simulated.
  const placed = tasks ? placeTaskSet(scenario, { clusters: report.clusters, leaders: report.leaders }, tasks, weights ? { weights } : {}) : undefined;
  const output = placed
    ? { ...report, placements: placed.placements, rejected: placed.rejected, placementRules: placed.rules, ...(weights ? { weightChanges: describeWeightChanges(weights) } : {}) }
    : report;
  io.stdout.write(json ? `${JSON.stringify(output)}\n` : renderTable(report, scenario, source) + (placed ? renderPlacements(placed.placements, placed.rejected, placed.rules) : ''));
  return 0;
}

function loadTasks(file: string): SimTask[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read task file ${JSON.stringify(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return parseTaskSet(text);
  } catch (error) {
    if (error instanceof TaskSetError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

function loadWeights(file: string): WeightsTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read weights file ${JSON.stringify(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return parseWeightsOverride(text);
  } catch (error) {
    if (error instanceof WeightsFileError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

function renderPlacements(placements: Record<string, string>, rejected: Record<string, string>, rules: Record<string, string>): string {
  const byRule = new Map<string, number>();
  for (const rule of Object.values(rules)) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  const byReason = new Map<string, number>();
  for (const reason of Object.values(rejected)) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  const lines = ['', `tasks: ${Object.keys(placements).length} placed, ${Object.keys(rejected).length} rejected`];
  for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) lines.push(`  placed by ${rule}: ${n}`);
  for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1])) lines.push(`  rejected (${reason}): ${n}`);
  return `${lines.join('\n')}\n`;
}

class UsageError extends Error {
  override readonly name = 'UsageError';
}

function loadScenario(args: SimulateArgs, warn: (text: string) => void): { scenario: Scenario; source: string } {
  if ((args.scenario === undefined) === (args.generate === undefined)) {
    throw new UsageError('give exactly one of --scenario FILE or --generate sites=S,perSite=P,seed=K');
  }
  if (args.generate !== undefined) {
    const spec = parseGenerateSpec(args.generate);
    return { scenario: generateWorld(spec), source: `generated world (sites=${spec.sites}, perSite=${spec.perSite}, seed=${spec.seed})` };
  }
  const file = args.scenario!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read scenario file ${JSON.stringify(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return { scenario: parseScenario(text), source: file };
  } catch (error) {
    if (error instanceof ScenarioError && /is not symmetric/.test(error.message)) {
      // Measured RTT matrices are rarely exactly symmetric (each direction is its own measurement): use the mean.
      const scenario = parseScenario(text, { asymmetry: 'average' });
      warn(`cellmesh simulate: warning: ${file}: ${error.message}; using the mean of both directions for every asymmetric cell\n`);
      return { scenario, source: file };
    }
    if (error instanceof ScenarioError) throw new ScenarioError(error.path, `${file}: ${error.message}`, error);
    throw error;
  }
}

function integerArg(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(`${flag} ${JSON.stringify(value)}: expected an integer`);
  return n;
}

/** A bar redrawn in place on a terminal; a line per phase step on a pipe (logs stay readable). */
function progressReporter(stderr: SimulateIo['stderr']): { update(p: SimulationProgress): void; done(): void } {
  const tty = stderr.isTTY === true;
  let lastLine = '';
  const draw = (label: string, fraction: number) => {
    const width = 30;
    const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
    const line = `${label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)}%`;
    if (line === lastLine) return;
    if (tty) stderr.write(`\r${line}`);
    else if (fraction >= 1) stderr.write(`${line}\n`);
    lastLine = line;
  };
  return {
    update(p) {
      if (p.phase === 'neighbours') draw(`neighbours (pass ${p.pass}/${p.passes})`, p.nodesDone / p.nodes);
      else if (p.phase === 'rules') draw(`rules over ${p.nodes} nodes`, 1);
      else if (p.phase === 'coordinates') draw(`coordinates over ${p.nodes} nodes`, 1);
      else draw('leader ranking', p.clustersDone / Math.max(1, p.clusters));
    },
    done() {
      if (tty && lastLine !== '') stderr.write('\n');
    },
  };
}

function renderTable(report: SimulationReport, scenario: Scenario, source: string): string {
  const ids = scenario.nodes.map((node) => node.id);
  const n = ids.length;
  const members = new Map<string, string[]>();
  for (const id of ids) {
    const c = report.clusters[id];
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  }
  const heavy = new Set(report.computeHeavy);
  const perNodeRound = report.rounds > 0 ? report.messages / n / report.rounds : 0;
  const lines = [
    `cellmesh simulate: ${source}`,
    `  ${n} nodes → ${members.size} clusters; ${report.converged ? `converged in ${report.rounds} rounds` : `NOT converged after ${report.rounds} rounds`}; ` +
      `${report.messages} announcements (${perNodeRound.toFixed(1)} per node per round); ${report.probes} link probes`,
    `  root: ${report.root ?? '(none)'}`,
  ];
  if (report.ari !== undefined) {
    const over = report.ariNodes === n ? '' : ` (over the ${report.ariNodes} nodes that name a site)`;
    lines.push(`  adjusted Rand index vs the scenario's sites: ${report.ari.toFixed(4)}${over}`);
  }
  if (report.coordinateProbes) {
    const c = report.coordinateProbes;
    lines.push(`  coordinates: ${c.rounds} rounds, ≤ ${c.perRound} probes per node per round (${c.split.neighbours} neighbours + ${c.split.random} random + ${c.split.uncertain} uncertain), ` +
      `${c.peerSet} peer set, at most ${c.maxDistinctPeersPerNode} distinct peers per node (--json has them)`);
  }
  if (report.noise) lines.push(`  measurement noise: ${Object.entries(report.noise).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  lines.push('', table(['cluster', 'size', 'leader', 'compute-heavy', 'members'], [...members.entries()]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([c, list]) => [c, String(list.length), report.leaders[c] ?? '-', String(list.filter((id) => heavy.has(id)).length), preview(list)])));
  if (n <= NODE_TABLE_MAX) {
    lines.push('', table(['node', 'cluster', 'because', 'relay', 'parent'], ids.map((id) => [
      id, report.clusters[id], report.because[id], report.relays[id] ?? '-', report.parents[id] ?? '-',
    ])));
  }
  const fired = Object.entries(report.firedRules).sort((a, b) => b[1] - a[1]);
  if (fired.length > 0) lines.push('', `  rules fired: ${fired.map(([rule, count]) => `${rule} ×${count}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function preview(list: readonly string[]): string {
  const shown = list.slice(0, 4).join(', ');
  return list.length > 4 ? `${shown}, … (+${list.length - 4})` : shown;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const fmt = (cells: string[]) => `  ${cells.map((cell, c) => cell.padEnd(widths[c])).join('  ')}`.trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}
