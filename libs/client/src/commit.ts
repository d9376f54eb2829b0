import { randomUUID } from 'node:crypto';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { trace, type Tracer } from '@opentelemetry/api';
import { codecs, type InitOf } from '@cellmesh/contracts';
import { subjects, cellSubjects, Headers, PermanentError, RetryableError } from '@cellmesh/bus';
import { CellmeshAttr, withProducerSpan } from '@cellmesh/telemetry';
import { commitVerdictOf, type CommitVerdict } from './commit-verdict';

export type CommitDeltaInit = InitOf<'CommitDelta'>;

export interface CommitReceipt {
  /** Sequence in the COMMITS stream: the delta is durably accepted. */
  streamSeq: number;
  /** True when the same (taskId, version) was already accepted: it will be applied once. */
  duplicate: boolean;
  msgId: string;
  /** With `awaitVerdict`: what the committer did (applied or duplicate; a rejection throws CommitRejectedError). */
  verdict?: CommitVerdict;
}

export interface CommitDeltaOptions {
  /** Tracer of the PRODUCER span; default the global provider's `cellmesh-client` tracer. */
  tracer?: Tracer;
  /**
   * Resolve only once the committer has decided: applied or duplicate resolve (with `verdict`), a
   * rejection throws CommitRejectedError (code = the committer's reason, e.g. 'missing-hlc', 'too-large',
   * 'crdt-not-allowed', 'stale-term'), no verdict within `timeoutMs` (default 30 s) throws
   * CommitVerdictTimeoutError (retryable: the delta is durable and may still be applied; re-sending it is safe).
   */
  awaitVerdict?: boolean | { timeoutMs?: number };
  /**
   * The room's home cell when it is not this cell (a spilled task, cells topology): the delta goes to
   * that cell's COMMITS (`cell.<home>.datastate.commit.<g>.<r>`, mapped in by its server) and the
   * verdict comes back from its committer.
   */
  homeCell?: string;
}

export const DEFAULT_COMMIT_VERDICT_TIMEOUT_MS = 30_000;

/** The committer refused the delta; `code` is its reason (docs/datastate.md), `detail` the rest of its message. */
export class CommitRejectedError extends PermanentError {
  override readonly name = 'CommitRejectedError';
  constructor(
    readonly taskId: string,
    readonly version: number,
    code: string,
    readonly detail: string,
  ) {
    super(`commit ${taskId}:${version} rejected by the committer: ${code}: ${detail}`, code);
  }
}

/** No verdict arrived in time (the committer is stalled, handing over, or its ack was lost). Retryable. */
export class CommitVerdictTimeoutError extends RetryableError {
  override readonly name = 'CommitVerdictTimeoutError';
  constructor(
    readonly taskId: string,
    readonly version: number,
    readonly timeoutMs: number,
  ) {
    super(`commit ${taskId}:${version}: no verdict from the committer within ${timeoutMs} ms (the delta is durable and may still be applied)`, { backoffMs: 0 });
  }
}

/** De-duplication id of a delta: a task's Nth delta is applied once however often it is re-sent. */
export function commitMsgId(taskId: string, version: number): string {
  return `${taskId}:${version}`;
}

/**
 * The commit contract: `commitDelta({ taskId, scope, version, ... })` publishes durably to
 * datastate.commit.<gameId>.<roomId> with Nats-Msg-Id = taskId:version, inside a PRODUCER span
 * (`send datastate.commit.>`, a child of the caller's active span) whose context travels in the
 * headers. The committer checks scope, fencing term and version, and applies it once.
 */
export async function commitDelta(nc: NatsConnection, delta: CommitDeltaInit, options: CommitDeltaOptions = {}): Promise<CommitReceipt> {
  const scope = delta.scope;
  if (!scope?.gameId || !scope.roomId || !scope.taskId) throw new PermanentError('commitDelta needs scope.gameId, scope.roomId and scope.taskId', 'bad-scope');
  if (delta.taskId !== scope.taskId) throw new PermanentError(`commitDelta taskId ${JSON.stringify(delta.taskId)} differs from scope.taskId ${JSON.stringify(scope.taskId)}`, 'bad-scope');
  const room = { gameId: scope.gameId, roomId: scope.roomId, taskId: scope.taskId };
  const version = Number(delta.version ?? 0);
  const subject = options.homeCell ? cellSubjects.datastateCommit(options.homeCell, scope.gameId, scope.roomId) : subjects.datastateCommit(scope.gameId, scope.roomId);
  const msgId = commitMsgId(scope.taskId, version);
  const payload = codecs.CommitDelta.encode(delta);
  const term = Number(delta.fencing?.term ?? 0);
  const tracer = options.tracer ?? trace.getTracer('cellmesh-client');
  const attributes = term ? { [CellmeshAttr.Term]: term } : undefined;
  return withProducerSpan(
    tracer,
    { subject, subjectTemplate: subjects.datastateCommitAll, scope, nodeId: delta.nodeId || undefined, messageId: msgId, bodySize: payload.byteLength, ...(attributes ? { attributes } : {}) },
    async (hdrs) => {
      if (term) hdrs.set(Headers.Term, String(term));
      if (!options.awaitVerdict) {
        const ack = await jetstream(nc).publish(subject, payload, { msgID: msgId, headers: hdrs });
        return { streamSeq: ack.seq, duplicate: ack.duplicate, msgId };
      }
      const timeoutMs = (typeof options.awaitVerdict === 'object' ? options.awaitVerdict.timeoutMs : undefined) ?? DEFAULT_COMMIT_VERDICT_TIMEOUT_MS;
      // Listen before publishing, so the verdict cannot slip past.
      const verdicts = nc.subscribe(subjects.datastateAck(room.gameId, room.roomId));
      try {
        const verdict = waitForVerdict(verdicts, room.taskId, version, timeoutMs);
        verdict.catch(() => undefined); // awaited below; a failed publish must not leave it unhandled
        let ack = await jetstream(nc).publish(subject, payload, { msgID: msgId, headers: hdrs });
        if (ack.duplicate) {
          // An earlier send of this delta is in COMMITS and its verdict may have gone out while nobody listened
          // (a re-run after a timeout). Send it once more under a fresh id: the committer's own dedupe per
          // (taskId, version) answers 'duplicate' if it was applied, and decides it now if it was not.
          ack = await jetstream(nc).publish(subject, payload, { msgID: `${msgId}:resend:${randomUUID()}`, headers: hdrs });
        }
        const decided = await verdict;
        if (decided.outcome === 'rejected') throw new CommitRejectedError(room.taskId, version, decided.reason, decided.detail);
        return { streamSeq: ack.seq, duplicate: decided.outcome === 'duplicate', msgId, verdict: decided };
      } finally {
        verdicts.unsubscribe();
      }
    },
  );
}

function waitForVerdict(sub: Subscription, taskId: string, version: number, timeoutMs: number): Promise<CommitVerdict> {
  return new Promise<CommitVerdict>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new CommitVerdictTimeoutError(taskId, version, timeoutMs));
      sub.unsubscribe();
    }, timeoutMs);
    void (async () => {
      for await (const m of sub) {
        let verdict: CommitVerdict | undefined;
        try {
          verdict = commitVerdictOf(codecs.CommitAck.decode(m.data), taskId, version);
        } catch {
          continue; // a malformed ack is nobody's verdict
        }
        if (verdict) {
          clearTimeout(timer);
          resolve(verdict);
          return;
        }
      }
      // The subscription closed first (the connection closed, or the caller gave up).
      clearTimeout(timer);
      reject(new RetryableError(`commit ${taskId}:${version}: the verdict subscription closed before a verdict arrived`, { backoffMs: 0 }));
    })();
  });
}
