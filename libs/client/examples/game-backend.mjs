// A game backend's tick loop, offloading each room's physics step to the cellmesh fabric.
// Run: NATS_URL=nats://127.0.0.1:4222 CELLMESH_ORIGIN_NODE=node-a node game-backend.mjs
import { connect } from '@nats-io/transport-node';
import { submitTask, InvalidTaskError, TaskFailedError, TaskRejectedError, TaskTimeoutError } from '@cellmesh/client';

const GAME = 'space-race';
const ROOMS = ['lobby-1', 'lobby-2'];
const TICKS = Number(process.env.TICKS ?? 2);

// One connection per backend process; unlimited reconnects, so a NATS restart does not end the game.
const nc = await connect({ servers: (process.env.NATS_URL ?? 'nats://127.0.0.1:4222').split(','), name: 'space-race-backend', maxReconnectAttempts: -1 });

/** One physics step for one room: placed by the fabric, run on a worker, its output committed to the room's DataState. */
async function stepRoom(roomId, tick) {
  const outcome = await submitTask(
    nc,
    // gameId + roomId + taskId scope everything the task touches; the taskId de-duplicates resubmissions.
    { gameId: GAME, roomId, taskId: `${roomId}-tick-${tick}` },
    'latencySensitive',
    ['cpuOnly'],
    {
      kind: 'physics-step',
      payload: new TextEncoder().encode(JSON.stringify({ count: 16, steps: 20, seed: tick })),
      // What one step needs of a node's free CPU (millicores); the scheduler places it only where that is free.
      cpuMillis: Number(process.env.TASK_CPU_MILLIS ?? 50),
      // The node or site nearest this backend: RTT is scored from there.
      originNode: process.env.CELLMESH_ORIGIN_NODE,
      awaitResult: true,
      decisionTimeoutMs: 10_000,
      resultTimeoutMs: 20_000,
    },
  );
  const summary = JSON.parse(new TextDecoder().decode(outcome.result.output));
  return {
    taskId: outcome.taskId,
    node: outcome.receipt.chosenNode,
    rule: outcome.receipt.rule,
    committedVersion: Number(outcome.result.committedVersion),
    durationMs: Math.round(outcome.result.durationMs),
    summary,
  };
}

let exitCode = 0;
try {
  for (let tick = 1; tick <= TICKS; tick++) {
    // Rooms step concurrently; each awaits its own receipt and result.
    for (const step of await Promise.all(ROOMS.map((room) => stepRoom(room, tick)))) console.log(JSON.stringify(step));
  }
} catch (err) {
  exitCode = 1;
  if (err instanceof TaskRejectedError) console.error(`rejected (${err.reason}); see: cellmesh explain ${err.taskId}`);
  else if (err instanceof TaskTimeoutError) console.error(`no ${err.waitingFor} in ${err.timeoutMs} ms; the task was accepted and may still finish`);
  else if (err instanceof TaskFailedError) console.error(`failed on ${err.result.nodeId}: ${err.result.error}`);
  else if (err instanceof InvalidTaskError) console.error(`invalid task: ${err.message}`);
  else throw err;
} finally {
  await nc.drain();
}
process.exitCode = exitCode;
