/**
 * Scope enforcement: a delta may only touch the room its subject names, and only that room's
 * shared keys or its own task's private keys. Subject, message scope and keys must all agree.
 */
import { RejectReason } from './reasons';

/** Longest key accepted, in UTF-16 code units (keys are ASCII by grammar). */
export const MAX_KEY_LENGTH = 256;
/** One key segment: letters, digits and `_ - . : @`, never `.` or `..` alone (no traversal). */
const SEGMENT = /^[A-Za-z0-9_.:@-]+$/;
/** A fully qualified key: rooms/<gameId>/<roomId>/<rest>; it must name the delta's own room. */
export const QUALIFIED_PREFIX = 'rooms';
/** Keys under tasks/<taskId>/ are private to that task. */
export const TASK_PREFIX = 'tasks';

export interface DeltaScope {
  /** The room named by the subject's tokens, or undefined when the subject has the wrong shape. */
  subjectRoom: { gameId: string; roomId: string } | undefined;
  taskId: string;
  scope: { gameId: string; roomId: string; taskId: string };
  keys: readonly string[];
}

export type ScopeVerdict = { ok: true; keys: string[] } | { ok: false; reason: RejectReason; detail: string };

/** Checks subject vs scope vs keys; on success returns the canonical (room-relative) keys. */
export function checkScope(input: DeltaScope): ScopeVerdict {
  const { scope } = input;
  if (!input.subjectRoom || input.subjectRoom.gameId !== scope.gameId || input.subjectRoom.roomId !== scope.roomId) {
    const on = input.subjectRoom ? `${input.subjectRoom.gameId}/${input.subjectRoom.roomId}` : 'a malformed subject';
    return reject(RejectReason.SubjectScopeMismatch, `delta for room ${scope.gameId}/${scope.roomId} arrived on ${on}`);
  }
  if (!input.taskId || input.taskId !== scope.taskId) {
    return reject(RejectReason.TaskScopeMismatch, `taskId ${JSON.stringify(input.taskId)} differs from scope.taskId ${JSON.stringify(scope.taskId)}`);
  }
  const canonical: string[] = [];
  const seen = new Set<string>();
  for (const key of input.keys) {
    const verdict = canonicalKey(key, scope);
    if (!verdict.ok) return verdict;
    if (seen.has(verdict.key)) return reject(RejectReason.KeyWrittenTwice, `key ${JSON.stringify(verdict.key)} is written twice in one delta`);
    seen.add(verdict.key);
    canonical.push(verdict.key);
  }
  return { ok: true, keys: canonical };
}

/** Maps a key to its room-relative form, or says why it is outside the task's scope. */
export function canonicalKey(key: string, scope: { gameId: string; roomId: string; taskId: string }): { ok: true; key: string } | { ok: false; reason: RejectReason; detail: string } {
  if (typeof key !== 'string' || key.length === 0) return reject(RejectReason.KeyInvalid, 'empty key');
  if (key.length > MAX_KEY_LENGTH) return reject(RejectReason.KeyInvalid, `key longer than ${MAX_KEY_LENGTH} characters`);
  let segments = key.split('/');
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..' || !SEGMENT.test(s)) return reject(RejectReason.KeyInvalid, `key ${JSON.stringify(key)} has an invalid segment ${JSON.stringify(s)}`);
  }
  if (segments[0] === QUALIFIED_PREFIX) {
    if (segments.length < 4) return reject(RejectReason.KeyInvalid, `qualified key ${JSON.stringify(key)} needs rooms/<gameId>/<roomId>/<name>`);
    if (segments[1] !== scope.gameId || segments[2] !== scope.roomId) {
      return reject(RejectReason.KeyOutsideRoom, `key ${JSON.stringify(key)} is outside room ${scope.gameId}/${scope.roomId}`);
    }
    segments = segments.slice(3);
  }
  if (segments[0] === TASK_PREFIX) {
    if (segments.length < 3) return reject(RejectReason.KeyInvalid, `task key ${JSON.stringify(key)} needs tasks/<taskId>/<name>`);
    if (segments[1] !== scope.taskId) return reject(RejectReason.KeyForeignTask, `key ${JSON.stringify(key)} belongs to task ${segments[1]}, not ${scope.taskId}`);
  }
  if (segments[0] === QUALIFIED_PREFIX) return reject(RejectReason.KeyInvalid, `key ${JSON.stringify(key)} nests a qualified prefix`);
  return { ok: true, key: segments.join('/') };
}

function reject(reason: RejectReason, detail: string): { ok: false; reason: RejectReason; detail: string } {
  return { ok: false, reason, detail };
}
