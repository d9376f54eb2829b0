/**
 * What the committer decided about one delta, read from its CommitAck (pure). The committer writes a
 * rejection's reason as `<reason-code>: <detail>` (docs/datastate.md); the code is what producers branch on.
 */
import { TaskStatus, type MessageOf } from '@cellmesh/contracts';

export type CommitVerdict =
  | { outcome: 'applied'; roomVersion: number }
  /** (taskId, version) was already applied: its effect is in the room once. */
  | { outcome: 'duplicate'; roomVersion: number }
  | { outcome: 'rejected'; reason: string; detail: string };

const REASON_CODE = /^([a-z][a-z0-9-]*): ([\s\S]*)$/;

/** The verdict an ack carries; `undefined` when the ack is about another delta. */
export function commitVerdictOf(ack: Pick<MessageOf<'CommitAck'>, 'taskId' | 'version' | 'accepted' | 'duplicate' | 'reason' | 'roomVersion'>, taskId: string, version: number): CommitVerdict | undefined {
  if (ack.taskId !== taskId || Number(ack.version) !== version) return undefined;
  if (ack.accepted) return { outcome: ack.duplicate ? 'duplicate' : 'applied', roomVersion: Number(ack.roomVersion) };
  const text = ack.reason ?? '';
  const m = REASON_CODE.exec(text);
  return m ? { outcome: 'rejected', reason: m[1]!, detail: m[2]! } : { outcome: 'rejected', reason: 'rejected', detail: text || 'the committer gave no reason' };
}

/** Rejections that come from a leader's term and not from the delta itself: the task may succeed under a newer term. */
export const FENCING_REASONS: ReadonlySet<string> = new Set(['stale-term', 'holder-mismatch', 'fencing-invalid']);

/**
 * The task outcome an executor reports when the committer refused its delta: a fencing reason means a
 * newer leader took over before the delta was accepted (REJECTED, so a newer dispatch may still finish
 * the task), anything else is the task's own output being refused (FAILED). The text names the reason.
 */
export function outcomeOfCommitRejection(reason: string, detail: string): { status: TaskStatus; error: string } {
  return FENCING_REASONS.has(reason)
    ? { status: TaskStatus.TASK_STATUS_REJECTED, error: `commit rejected for its leader term: ${reason}: ${detail}` }
    : { status: TaskStatus.TASK_STATUS_FAILED, error: `commit rejected: ${reason}: ${detail}` };
}
