/**
 * Runs inside a piscina worker thread (loaded by worker.js). Plain data in, plain data out.
 */
import { runTask, type TaskRunOutcome } from '../tasks/registry';

export interface ThreadTaskInput {
  kind: string;
  payload: Uint8Array;
}

export function runTaskInThread(input: ThreadTaskInput): TaskRunOutcome {
  return runTask(input.kind, input.payload);
}
