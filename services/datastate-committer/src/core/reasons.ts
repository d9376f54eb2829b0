/**
 * Why a delta was rejected. Each constant sits beside the rule that produces it (scope.ts,
 * fencing.ts, decide.ts) and becomes the `code` of the PermanentError, so the dead letter names it.
 */
export const RejectReason = {
  /** datastate.commit.<g>.<r> does not match scope.gameId/roomId. */
  SubjectScopeMismatch: 'subject-scope-mismatch',
  /** taskId missing, or differs from scope.taskId. */
  TaskScopeMismatch: 'task-scope-mismatch',
  /** A key that is malformed (empty, traversal, bad characters, too long). */
  KeyInvalid: 'key-invalid',
  /** A fully qualified key naming another game or room. */
  KeyOutsideRoom: 'key-outside-room',
  /** A key in another task's private area (tasks/<otherTaskId>/...). */
  KeyForeignTask: 'key-foreign-task',
  /** The same key written twice in one delta (the outcome would depend on array order). */
  KeyWrittenTwice: 'key-written-twice',
  /** The fencing token's term is older than the cluster's current lease term. */
  StaleTerm: 'stale-term',
  /** Same term, different holder (a released lease, or a forged token). */
  HolderMismatch: 'holder-mismatch',
  /** A term without a cluster, an invalid cluster id, a token with no holder, or an unfenced (term 0) token for a cluster that has a lease. */
  FencingInvalid: 'fencing-invalid',
  /** REJECT_STALE scope: a key changed after the delta's baseVersion. */
  StaleVersion: 'stale-version',
  /** baseVersion is ahead of the room: the writer claims a state that never existed. */
  BaseVersionAhead: 'base-version-ahead',
  /** LWW/CRDT scopes need an HLC stamp on writes to order them. */
  MissingHlc: 'missing-hlc',
  /** An HLC wall clock too far in the future would win every later conflict. */
  HlcFromFuture: 'hlc-from-future',
  /** A CRDT update sent to a scope whose policy is not CRDT merge. */
  CrdtNotAllowed: 'crdt-not-allowed',
  /** A CRDT update that is not a valid Yjs update. */
  CrdtInvalid: 'crdt-invalid',
  /** Too many writes, a value too large, or a room grown past its bound. */
  TooLarge: 'too-large',
  /** Nothing to apply. */
  Empty: 'empty-delta',
} as const;
export type RejectReason = (typeof RejectReason)[keyof typeof RejectReason];
