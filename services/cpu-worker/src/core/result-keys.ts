/**
 * DataState keys a task writes. Keys are relative to the task's room (the committer scopes them by
 * the subject's gameId/roomId) and always live under `task.<taskId>.`, so one task cannot
 * overwrite another task's output and nothing can name another room.
 */
const KEY_PART = /^[A-Za-z0-9_-]{1,64}$/;

export class InvalidResultKeyError extends Error {
  override readonly name = 'InvalidResultKeyError';
  readonly retryable = false;
}

export function taskResultKey(taskId: string, name: string): string {
  if (!KEY_PART.test(taskId)) throw new InvalidResultKeyError(`task id ${JSON.stringify(taskId)} cannot form a DataState key`);
  if (!KEY_PART.test(name)) throw new InvalidResultKeyError(`output name ${JSON.stringify(name)} cannot form a DataState key (letters, digits, "-", "_")`);
  return `task.${taskId}.${name}`;
}

export const SUMMARY_KEY_NAME = 'summary';
