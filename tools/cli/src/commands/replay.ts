import { readFileSync } from 'node:fs';
import { intArg } from '../usage';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { ScenarioError, parseScenario, type Scenario } from '@cellmesh/scenario';
import { TaskSetError, parseTaskSet, type SimTask } from '@cellmesh/simulator';
import type { WeightsTable } from '@cellmesh/placement-core';
import type { Output } from './explain';
import { comparePlacements, renderComparison, type Comparison, type Side } from '../whatif/compare';
import { parseRecordedPlacementsFile, type RecordedPlacement } from '../whatif/recorded';
import { SNAPSHOT_FORMAT, SnapshotFiles, decisionsOfRecord, decisionsOfReplay, replayTasks, type SnapshotManifest } from '../whatif/replay';
import type { TaskTiming } from '@cellmesh/simulator';
import { WeightsFileError, describeWeightChanges, parseWeightsOverride } from '@cellmesh/placement-core';

/**
 * `cellmesh whatif` (alias `replay`): replays a snapshot's recorded tasks with the current plugin
 * code, over the recorded nodes, links and topology, and compares with what the fabric decided;
 * with `--weights FILE`, replays again under the changed weights, so the effect of a weight change
 * is seen before it ships. See docs/what-if.md.
 */
export interface WhatIfOptions {
  snapshot: string;
  weights?: string;
  json?: boolean;
  maxMoves?: number;
  /** Hold every task to the end, as `cellmesh simulate --tasks` does, instead of following the recorded clock. */
  allAtOnce?: boolean;
}

const stdio: Output = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`cellmesh whatif: ${t}\n`) };

export const RECORDED_LABEL = 'recorded';
export const REPLAY_LABEL = 'replay (current weights)';

export function register(program: Command): void {
  program
    .command('whatif')
    .alias('replay')
    .description('replay the tasks recorded by `cellmesh snapshot` with the current placement code (and changed weights), and compare with the recorded placements')
    .requiredOption('--snapshot <dir>', 'a directory written by `cellmesh snapshot`')
    .option('--weights <file>', 'JSON weights override, e.g. { "latencySensitive": { "rtt-to-origin": 2 } }; unnamed weights keep their defaults')
    .option('--json', 'print the comparison as one JSON object', false)
    .option('--max-moves <n>', 'moved tasks listed in the table', intArg(0), 20)
    .option('--all-at-once', 'hold every task to the end of the replay (as `cellmesh simulate --tasks` does) instead of releasing it at its recorded finish', false)
    .action((raw: { snapshot: string; weights?: string; json: boolean; maxMoves: number; allAtOnce: boolean }) => {
      process.exitCode = runWhatIf({ snapshot: raw.snapshot, weights: raw.weights, json: raw.json, maxMoves: raw.maxMoves, allAtOnce: raw.allAtOnce }, stdio);
    });
}

export interface LoadedSnapshot {
  readonly scenario: Scenario;
  readonly tasks: SimTask[];
  readonly recorded: Record<string, RecordedPlacement>;
  readonly manifest: SnapshotManifest;
  /** The recorded clock; undefined for a snapshot without timing.json. */
  readonly timing?: Record<string, TaskTiming>;
}

export class WhatIfInputError extends Error {
  override readonly name = 'WhatIfInputError';
  readonly retryable = false;
}

/** Reads and validates a snapshot directory; every problem names the file. */
export function loadSnapshot(dir: string): LoadedSnapshot {
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new WhatIfInputError(`${join(dir, name)}: ${code === 'ENOENT' ? 'missing; is this a directory written by `cellmesh snapshot`?' : (code ?? (err as Error).message)}`);
    }
  };
  let manifest: SnapshotManifest;
  try {
    manifest = JSON.parse(read(SnapshotFiles.manifest)) as SnapshotManifest;
  } catch (err) {
    if (err instanceof WhatIfInputError) throw err;
    throw new WhatIfInputError(`${join(dir, SnapshotFiles.manifest)}: not JSON: ${(err as Error).message}`);
  }
  if (manifest?.format !== SNAPSHOT_FORMAT || typeof manifest.topology !== 'object' || manifest.topology === null) {
    throw new WhatIfInputError(`${join(dir, SnapshotFiles.manifest)}: not a ${SNAPSHOT_FORMAT} manifest (format ${JSON.stringify(manifest?.format)})`);
  }
  let scenario: Scenario;
  try {
    scenario = parseScenario(read(SnapshotFiles.scenario));
  } catch (err) {
    if (err instanceof ScenarioError) throw new WhatIfInputError(`${join(dir, SnapshotFiles.scenario)}: ${err.message}`);
    throw err;
  }
  let tasks: SimTask[];
  try {
    tasks = parseTaskSet(read(SnapshotFiles.tasks));
  } catch (err) {
    if (err instanceof TaskSetError) throw new WhatIfInputError(`${join(dir, SnapshotFiles.tasks)}: ${err.message}`);
    throw err;
  }
  let recorded: Record<string, RecordedPlacement>;
  try {
    recorded = parseRecordedPlacementsFile(read(SnapshotFiles.placements));
  } catch (err) {
    if (err instanceof WhatIfInputError) throw err;
    throw new WhatIfInputError(`${join(dir, SnapshotFiles.placements)}: ${(err as Error).message}`);
  }
  let timing: Record<string, TaskTiming> | undefined;
  try {
    timing = JSON.parse(readFileSync(join(dir, SnapshotFiles.timing), 'utf8')) as Record<string, TaskTiming>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new WhatIfInputError(`${join(dir, SnapshotFiles.timing)}: ${(err as Error).message}`);
  }
  if (timing !== undefined && (typeof timing !== 'object' || timing === null || Array.isArray(timing))) throw new WhatIfInputError(`${join(dir, SnapshotFiles.timing)}: expected an object of taskId → { submittedAtMs, finishedAtMs? }`);
  return { scenario, tasks, recorded, manifest, ...(timing ? { timing } : {}) };
}

export function loadWeights(file: string): WeightsTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new WhatIfInputError(`cannot read weights file ${JSON.stringify(file)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return parseWeightsOverride(text);
  } catch (err) {
    if (err instanceof WeightsFileError) throw new WhatIfInputError(`${file}: ${err.message}`);
    throw err;
  }
}

export interface WhatIfResult {
  readonly comparison: Comparison;
  readonly weightChanges: string[];
  /** Whether the replay followed the recorded clock. */
  readonly timed: boolean;
}

/**
 * Replays and compares. On the recorded clock when the snapshot has timing and `allAtOnce` is not
 * set; otherwise every task is held to the end.
 */
export function whatIf(snapshot: LoadedSnapshot, weights?: { table: WeightsTable; label: string }, opts: { allAtOnce?: boolean } = {}): WhatIfResult {
  const { scenario, tasks, recorded, manifest } = snapshot;
  const timing = opts.allAtOnce ? undefined : snapshot.timing;
  const sides: Side[] = [
    { label: RECORDED_LABEL, decisions: decisionsOfRecord(recorded) },
    { label: REPLAY_LABEL, decisions: decisionsOfReplay(replayTasks(scenario, manifest.topology, tasks, undefined, timing)) },
  ];
  if (weights) sides.push({ label: weights.label, decisions: decisionsOfReplay(replayTasks(scenario, manifest.topology, tasks, weights.table, timing)) });
  return { comparison: comparePlacements(scenario, tasks, sides), weightChanges: weights ? describeWeightChanges(weights.table) : [], timed: timing !== undefined };
}

/** Runs the command; returns the exit code (0 ok, 1 bad input). */
export function runWhatIf(opts: WhatIfOptions, io: Output = stdio): number {
  let result: WhatIfResult;
  let snapshot: LoadedSnapshot;
  try {
    snapshot = loadSnapshot(opts.snapshot);
    const weights = opts.weights === undefined ? undefined : { table: loadWeights(opts.weights), label: `what-if (${basename(opts.weights)})` };
    result = whatIf(snapshot, weights, { allAtOnce: opts.allAtOnce });
  } catch (err) {
    if (err instanceof WhatIfInputError) return fail(io, err.message);
    throw err;
  }
  if (opts.json) {
    io.out(JSON.stringify({ snapshot: opts.snapshot, takenAtMs: snapshot.manifest.takenAtMs, timed: result.timed, weightChanges: result.weightChanges, ...result.comparison }));
    return 0;
  }
  const m = snapshot.manifest;
  const c = m.links.counts;
  const lines = [
    `cellmesh whatif: snapshot ${opts.snapshot} taken ${new Date(m.takenAtMs).toISOString()}: ${m.nodes.length} nodes${m.emulatedNodes > 0 ? ` (${m.emulatedNodes} EMULATED)` : ''}, ${snapshot.tasks.length} recorded tasks`,
    `  links: ${c.measuredBothWays + c.measuredOneWay} measured, ${c.estimated} ESTIMATED, ${c.default} unknown (default ${m.links.defaultRttMs} ms)`,
    result.timed
      ? '  replays follow the recorded clock (a task frees its node at its recorded finish) over the recorded topology, on otherwise idle nodes (docs/what-if.md says why some differ from the record)'
      : '  replays hold every recorded task at once on idle nodes, over the recorded topology (docs/what-if.md says why some differ from the record)',
  ];
  if (opts.weights !== undefined) lines.push(`  weights changed: ${result.weightChanges.length > 0 ? result.weightChanges.join(', ') : 'none (same as the defaults)'}`);
  io.out(`${lines.join('\n')}\n\n${renderComparison(result.comparison, opts.maxMoves ?? 20).trimEnd()}`);
  return 0;
}

function fail(io: Output, message: string): number {
  io.err(message);
  return 1;
}
