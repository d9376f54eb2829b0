import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, DeliverPolicy, type JsMsg } from '@nats-io/jetstream';
import { Streams } from '@cellmesh/bus';
import { codecs, PlacementOutcome, TaskStatus } from '@cellmesh/contracts';
import type { Observed, ObservedCommit, ObservedReceipt, ObservedResult, ObservedTerm } from './core/verdict';

/**
 * The independent checker's reads: every stream the fabric writes (TASKS, DISPATCH, PLACEMENTS, RESULTS,
 * COMMITS, DATASTATE_HISTORY, LEADER_EVENTS, DEADLETTER), through ordered consumers on its own connection.
 * It shares no state with the services: what it counts is what the streams hold.
 */
export async function readObserved(nc: NatsConnection, taskPrefix: string): Promise<Observed> {
  const mine = (taskId: string) => taskId.startsWith(taskPrefix);
  const tasksInStream = new Set<string>();
  await readStream(nc, Streams.Tasks, (m) => {
    const id = codecs.TaskSubmit.decode(m.data).scope?.taskId ?? '';
    if (mine(id)) tasksInStream.add(id);
  });
  const results: ObservedResult[] = [];
  await readStream(nc, Streams.Results, (m) => {
    const r = codecs.TaskResult.decode(m.data);
    const taskId = r.scope?.taskId ?? '';
    if (mine(taskId)) results.push({ taskId, status: statusName(r.status), error: r.error ?? '', committedVersion: Number(r.committedVersion ?? 0), atMs: msgTimeMs(m) });
  });
  const receipts: ObservedReceipt[] = [];
  await readStream(nc, Streams.Placements, (m) => {
    const r = codecs.PlacementReceipt.decode(m.data);
    const taskId = r.scope?.taskId ?? '';
    if (mine(taskId)) receipts.push({ taskId, rejected: r.outcome === PlacementOutcome.PLACEMENT_OUTCOME_REJECTED, reason: r.rejectReason ?? '', atMs: msgTimeMs(m) });
  });
  // The decisions: when DISPATCH accepted each task's dispatch, per fencing term.
  const decidedAt = new Map<string, number>();
  await readStream(nc, Streams.Dispatch, (m) => {
    const d = codecs.TaskDispatch.decode(m.data);
    const taskId = d.task?.scope?.taskId ?? '';
    if (!mine(taskId)) return;
    const key = `${taskId}|${d.fencing?.clusterId ?? ''}|${Number(d.fencing?.term ?? 0)}`;
    if (!decidedAt.has(key)) decidedAt.set(key, msgTimeMs(m));
  });
  const acceptedAt = new Map<number, number>();
  await readStream(nc, Streams.Commits, (m) => void acceptedAt.set(m.seq, msgTimeMs(m)));
  const commits: ObservedCommit[] = [];
  await readStream(nc, Streams.History, (m) => {
    const h = codecs.HistoryEntry.decode(m.data);
    const d = h.delta;
    const taskId = d?.taskId ?? '';
    if (!mine(taskId)) return;
    commits.push({
      taskId, version: Number(d?.version ?? 0), room: `${d?.scope?.gameId}/${d?.scope?.roomId}`,
      fencingClusterId: d?.fencing?.clusterId ?? '', fencingTerm: Number(d?.fencing?.term ?? 0),
      decidedAtMs: decidedAt.get(`${taskId}|${d?.fencing?.clusterId ?? ''}|${Number(d?.fencing?.term ?? 0)}`),
      acceptedAtMs: acceptedAt.get(Number(h.commitSeq ?? 0)), appliedAtMs: msgTimeMs(m),
    });
  });
  const terms: ObservedTerm[] = [];
  await readStream(nc, Streams.LeaderEvents, (m) => {
    const e = codecs.LeaderChanged.decode(m.data);
    terms.push({ clusterId: e.clusterId ?? '', term: Number(e.term ?? 0), atMs: msgTimeMs(m) });
  });
  const deadLetters = new Map<string, number>();
  await readStream(nc, Streams.DeadLetter, (m) => {
    const d = codecs.DeadLetter.decode(m.data);
    const key = `${d.service}: ${d.errorName || '?'}: ${(d.errorMessage ?? '').split(':')[0]?.slice(0, 60)}`;
    deadLetters.set(key, (deadLetters.get(key) ?? 0) + 1);
  });
  return { tasksInStream, results, receipts, commits, terms, deadLetters };
}

const msgTimeMs = (m: JsMsg) => m.time.getTime();

function statusName(s: number | null | undefined): ObservedResult['status'] {
  switch (s) {
    case TaskStatus.TASK_STATUS_SUCCEEDED: return 'succeeded';
    case TaskStatus.TASK_STATUS_FAILED: return 'failed';
    case TaskStatus.TASK_STATUS_TIMED_OUT: return 'timed-out';
    case TaskStatus.TASK_STATUS_REJECTED: return 'rejected';
    default: return 'unspecified';
  }
}

/** Visits every message a stream holds now (up to its last sequence when the read began). Undecodable ones are counted, not fatal. */
export async function readStream(nc: NatsConnection, stream: string, visit: (m: JsMsg) => void): Promise<{ read: number; undecodable: number }> {
  const jsm = await jetstreamManager(nc);
  const info = await jsm.streams.info(stream).catch(() => null);
  if (!info || info.state.messages === 0) return { read: 0, undecodable: 0 };
  const lastSeq = info.state.last_seq;
  const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All });
  let read = 0;
  let undecodable = 0;
  for (;;) {
    const batch = await consumer.fetch({ max_messages: 500, expires: 2000 });
    let got = 0;
    let done = false;
    for await (const m of batch) {
      got++;
      if (m.seq > lastSeq) {
        done = true;
        continue;
      }
      read++;
      try {
        visit(m);
      } catch {
        undecodable++;
      }
      if (m.info.pending === 0 || m.seq === lastSeq) done = true;
    }
    if (done || got === 0) break;
  }
  return { read, undecodable };
}
