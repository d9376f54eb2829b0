/**
 * Names for the cell shape: every site is a cell with its own NATS server(s) and JetStream domain
 * (the cell id), joined to the hub (domain `hub`) by a leaf connection. Which subjects stay inside a
 * cell, and which few a remote cell may publish into it, are wire names too, so they live here.
 */
import { tok, subjects } from './names';

/** JetStream domain of the hub cluster (the root lease and the fabric-wide views). */
export const HUB_DOMAIN = 'hub';

/**
 * Subjects that never cross a leaf link (denied both ways on the cell's leaf remote). Everything a
 * cell needs to work alone is on them, and every stream of a cell captures only them, so two cells'
 * same-named streams never store each other's messages (a stream captures a subject wherever it is
 * published when interest crosses the leaf).
 */
export const CELL_LOCAL_SUBJECTS: readonly string[] = [
  subjects.taskSubmitAll,
  subjects.taskRunAll,
  subjects.taskResultAll,
  subjects.placementReceiptAll,
  // Commits and history stay home; commit verdicts (datastate.ack.*, core NATS, stored nowhere) may
  // cross, so the worker of a spilled task hears its home cell's verdict.
  'datastate.commit.>',
  'datastate.history.>',
  'datastate.read.>',
  subjects.deadLetterAll,
  'leader.changed.>',
  'metrics.node.>',
  'metrics.load.>',
  // KV values and consumer acks: same-named buckets and consumers exist in every cell.
  '$KV.>',
  '$JS.ACK.>',
  // Stream and consumer advisories of the cell's own JetStream.
  '$JS.EVENT.>',
];

/**
 * The reject reason of the receipt a home cell writes when it spills a task: not a rejection for the
 * submitter, who keeps waiting for the result (it comes back to the home cell).
 */
export const SPILLED_RECEIPT_REASON = 'spilled';

/** Prefix under which another cell addresses this cell's local subjects (mapped back by the server). */
const CELL_PREFIX = 'cell';

/**
 * What a remote cell may publish into a cell: a submission it spills here, the result of a task of a
 * room homed here, and that task's commit. The cell's server maps each to the local subject; nothing
 * else from the WAN reaches a local subject.
 */
export const cellSubjects = {
  /** A submission spilled into `cellId` (lands in its TASKS as `task.submit.<g>.<r>`). */
  taskSubmit: (cellId: string, gameId: string, roomId: string) => `${CELL_PREFIX}.${tok(cellId, 'cellId')}.${subjects.taskSubmit(gameId, roomId)}`,
  /** The result of a spilled task, back to the room's home cell. */
  taskResult: (cellId: string, taskId: string) => `${CELL_PREFIX}.${tok(cellId, 'cellId')}.${subjects.taskResult(taskId)}`,
  /** What a cell can serve, from its active scheduler (core NATS, crosses the WAN). */
  summary: (cellId: string) => `cells.summary.${tok(cellId, 'cellId')}`,
  summaryAll: 'cells.summary.*',
  /** A spilled task's commit, into the room's home cell. */
  datastateCommit: (cellId: string, gameId: string, roomId: string) => `${CELL_PREFIX}.${tok(cellId, 'cellId')}.${subjects.datastateCommit(gameId, roomId)}`,
} as const;

/**
 * The server-side subject mappings of a cell (nats-server `mappings {}`): each inbound cross-cell
 * subject to the local one. Applied to messages arriving over the leaf link as to local ones.
 */
export function cellInboundMappings(cellId: string): Record<string, string> {
  const c = `${CELL_PREFIX}.${tok(cellId, 'cellId')}`;
  return {
    [`${c}.task.submit.*.*`]: 'task.submit.{{wildcard(1)}}.{{wildcard(2)}}',
    [`${c}.task.result.*`]: 'task.result.{{wildcard(1)}}',
    [`${c}.datastate.commit.*.*`]: 'datastate.commit.{{wildcard(1)}}.{{wildcard(2)}}',
  };
}

/**
 * A cell server's own config lines (nats-server syntax): its name, the leaf remote to the hub with
 * the cell-local subjects denied both ways, and the mappings of the cross-cell subjects into local
 * ones. The JetStream block (domain = cell id) and listeners are the caller's.
 */
export function cellServerConfig(cellId: string, hubLeafUrl: string, extra = ''): string {
  const denied = JSON.stringify(CELL_LOCAL_SUBJECTS);
  const mappings = Object.entries(cellInboundMappings(cellId)).map(([from, to]) => `  ${JSON.stringify(from)}: ${JSON.stringify(to)}`).join('\n');
  return [
    `server_name: ${JSON.stringify(`cellmesh-${tok(cellId, 'cellId')}`)}`,
    // Reconnect fast once a cut link heals.
    `leafnodes { reconnect: 1, remotes: [ { url: ${JSON.stringify(hubLeafUrl)}, deny_imports: ${denied}, deny_exports: ${denied} } ] }`,
    `mappings {\n${mappings}\n}`,
    extra,
  ].join('\n');
}
