/**
 * The snapshot directory and the replay over it. A snapshot directory holds:
 *   scenario.json    the fabric as a scenario (`cellmesh simulate --scenario` loads it)
 *   tasks.json       the recorded submissions as a task set (`cellmesh simulate --tasks` loads it)
 *   placements.json  taskId → the recorded decision (node, rule, reason, attempt)
 *   timing.json      taskId → { submittedAtMs, finishedAtMs? }: the recorded clock, for the timed replay
 *   snapshot.json    the manifest: when, from where, the recorded topology, where each link came from
 * Pure: the commands read and write the files.
 */
import { placeTaskSet, type SimTask, type TaskSetPlacement, type TaskTiming } from '@cellmesh/simulator';
import type { Scenario } from '@cellmesh/scenario';
import type { WeightsTable } from '@cellmesh/placement-core';
import type { Decision } from './compare';
import type { RecordedPlacement } from './recorded';
import type { LinkProvenance, RecordedTopology } from './scenario-from-fabric';

export const SnapshotFiles = {
  scenario: 'scenario.json',
  tasks: 'tasks.json',
  placements: 'placements.json',
  timing: 'timing.json',
  manifest: 'snapshot.json',
} as const;

export const SNAPSHOT_FORMAT = 'cellmesh-snapshot/1';

export interface SnapshotManifest {
  format: typeof SNAPSHOT_FORMAT;
  takenAtMs: number;
  natsUrl: string;
  /** Submissions and receipts stored at or after this time were read. */
  tasksSinceMs: number;
  nodes: string[];
  emulatedNodes: number;
  topology: RecordedTopology;
  links: LinkProvenance;
  skippedNodes: { nodeId: string; reason: string }[];
  skippedTasks: { taskId: string; reason: string }[];
  duplicateSubmissions: number;
  /** Recorded tasks with no receipt in the window (still waiting, or never reached a scheduler). */
  tasksWithoutReceipt: string[];
  /** Recorded tasks whose result is in RESULTS (their finish time is in timing.json). */
  tasksWithResult: number;
  notes: string[];
}

/**
 * Places the recorded tasks with the current plugin code over the recorded topology. With `timing`,
 * on the recorded clock (finished tasks give their resources back); without, all live at once, as
 * `cellmesh simulate --tasks` does.
 */
export function replayTasks(scenario: Scenario, topology: RecordedTopology, tasks: readonly SimTask[], weights?: WeightsTable, timing?: Readonly<Record<string, TaskTiming>>): TaskSetPlacement {
  return placeTaskSet(scenario, topology, tasks, { ...(weights ? { weights } : {}), ...(timing ? { timing } : {}) });
}

export function decisionsOfReplay(placed: TaskSetPlacement): Record<string, Decision> {
  const out: Record<string, Decision> = {};
  for (const [taskId, node] of Object.entries(placed.placements)) out[taskId] = { node, rule: placed.rules[taskId] };
  for (const [taskId, reason] of Object.entries(placed.rejected)) out[taskId] = { reason };
  return out;
}

/** A task still QUEUED at snapshot time counts as not placed, with reason "queued". */
export function decisionsOfRecord(recorded: Readonly<Record<string, RecordedPlacement>>): Record<string, Decision> {
  const out: Record<string, Decision> = {};
  for (const [taskId, r] of Object.entries(recorded)) {
    out[taskId] = r.outcome === 'placed' && r.node ? { node: r.node, rule: r.rule } : { reason: r.outcome === 'queued' ? 'queued' : (r.reason ?? r.rule ?? 'rejected') };
  }
  return out;
}
