import type { Command } from 'commander';
import { connectOperator, operatorCredentials, withConnectionOptions, type ConnectionFlags } from '../connection';
import type { OperatorCredentials } from '@cellmesh/bus';
import type { NatsConnection } from '@nats-io/transport-node';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { codecs, PlacementOutcome, TaskProfile, TaskStatus, type CodecName, type MessageOf } from '@cellmesh/contracts';
import { isValidToken, Streams, subjects } from '@cellmesh/bus';
import { parseDurationMs } from '@cellmesh/config';
import { textTable } from '../ui/text-table';
import { intArg, requireNatsUrl, UsageError } from '../usage';

/**
 * `cellmesh tasks`: what the fabric did with recent tasks, read from the durable record — TASKS
 * (submissions), PLACEMENTS (receipts) and RESULTS — through ordered consumers that leave nothing
 * on the server. No service is asked, so it works while the scheduler is down.
 */

/** Where a task is, from the newest record about it. */
export const TASK_STATES = ['pending', 'queued', 'running', 'succeeded', 'failed', 'timed-out', 'rejected'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export interface TaskRow {
  taskId: string;
  gameId: string;
  roomId: string;
  state: TaskState;
  kind: string;
  profile: string;
  /** Chosen node (placed) or the node that reported the result. */
  node: string;
  rule: string;
  attempt: number;
  submittedAtMs: number;
  decidedAtMs: number;
  finishedAtMs: number;
  durationMs: number;
  /** Rejection reason or the result's error. */
  reason: string;
}

export interface TaskFilter {
  gameId?: string;
  roomId?: string;
  state?: TaskState;
  limit: number;
}

type Submit = MessageOf<'TaskSubmit'>;
type Receipt = MessageOf<'PlacementReceipt'>;
type Result = MessageOf<'TaskResult'>;

const RESULT_STATE: Record<number, TaskState> = {
  [TaskStatus.TASK_STATUS_SUCCEEDED]: 'succeeded',
  [TaskStatus.TASK_STATUS_FAILED]: 'failed',
  [TaskStatus.TASK_STATUS_TIMED_OUT]: 'timed-out',
  [TaskStatus.TASK_STATUS_REJECTED]: 'rejected',
};
const RECEIPT_STATE: Record<number, TaskState> = {
  [PlacementOutcome.PLACEMENT_OUTCOME_PLACED]: 'running',
  [PlacementOutcome.PLACEMENT_OUTCOME_QUEUED]: 'queued',
  [PlacementOutcome.PLACEMENT_OUTCOME_REJECTED]: 'rejected',
};

function profileName(p: number | null | undefined): string {
  return p === TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE ? 'latencySensitive' : p === TaskProfile.TASK_PROFILE_THROUGHPUT ? 'throughput' : p === TaskProfile.TASK_PROFILE_BATCH ? 'batch' : '';
}

/**
 * Joins the three records by task id (the newest receipt and result win; records are read in
 * stream order) and applies the filter; newest submission first. Pure.
 */
export function taskRows(submits: readonly Submit[], receipts: readonly Receipt[], results: readonly Result[], filter: TaskFilter): TaskRow[] {
  const rows = new Map<string, TaskRow>();
  const row = (taskId: string, gameId: string, roomId: string): TaskRow => {
    let r = rows.get(taskId);
    if (!r) {
      r = { taskId, gameId, roomId, state: 'pending', kind: '', profile: '', node: '', rule: '', attempt: 0, submittedAtMs: 0, decidedAtMs: 0, finishedAtMs: 0, durationMs: 0, reason: '' };
      rows.set(taskId, r);
    }
    return r;
  };
  for (const s of submits) {
    const r = row(s.scope?.taskId ?? '', s.scope?.gameId ?? '', s.scope?.roomId ?? '');
    r.kind = s.kind ?? '';
    r.profile = profileName(s.profile);
    r.submittedAtMs = Number(s.submittedAtMs ?? 0);
  }
  for (const rc of receipts) {
    const r = row(rc.scope?.taskId ?? '', rc.scope?.gameId ?? '', rc.scope?.roomId ?? '');
    r.state = RECEIPT_STATE[rc.outcome ?? 0] ?? r.state;
    r.node = rc.chosenNode ?? '';
    r.rule = rc.rule ?? '';
    r.attempt = rc.attempt ?? 0;
    r.decidedAtMs = Number(rc.decidedAtMs ?? 0);
    r.reason = rc.rejectReason ?? '';
    if (!r.profile) r.profile = profileName(rc.profile);
  }
  for (const res of results) {
    const r = row(res.scope?.taskId ?? '', res.scope?.gameId ?? '', res.scope?.roomId ?? '');
    r.state = RESULT_STATE[res.status ?? 0] ?? r.state;
    r.node = res.nodeId || r.node;
    r.finishedAtMs = Number(res.finishedAtMs ?? 0);
    r.durationMs = res.durationMs ?? 0;
    r.reason = res.error || r.reason;
    if (!r.kind) r.kind = res.kind ?? '';
  }
  return [...rows.values()]
    .filter((r) => r.taskId !== '' && (!filter.gameId || r.gameId === filter.gameId) && (!filter.roomId || r.roomId === filter.roomId) && (!filter.state || r.state === filter.state))
    .sort((a, b) => (b.submittedAtMs || b.decidedAtMs || b.finishedAtMs) - (a.submittedAtMs || a.decidedAtMs || a.finishedAtMs) || a.taskId.localeCompare(b.taskId))
    .slice(0, filter.limit);
}

export function formatTaskRows(rows: readonly TaskRow[], nowMs: number): string {
  if (rows.length === 0) return 'no tasks match';
  const age = (ms: number) => (ms > 0 ? `${Math.max(0, Math.round((nowMs - ms) / 1000))}s ago` : '');
  return textTable([
    ['TASK', 'GAME', 'ROOM', 'STATE', 'KIND', 'PROFILE', 'NODE', 'RULE', 'SUBMITTED', 'RUN MS', 'REASON'],
    ...rows.map((r) => [r.taskId, r.gameId, r.roomId, r.state, r.kind, r.profile, r.node, r.rule, age(r.submittedAtMs || r.decidedAtMs), r.durationMs ? r.durationMs.toFixed(1) : '', r.reason]),
  ]);
}

export interface TasksOptions extends TaskFilter {
  credentials?: OperatorCredentials;
  natsUrl: string;
  sinceMs: number;
  json: boolean;
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Output = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`cellmesh tasks: ${t}\n`) };

export function register(program: Command): void {
  withConnectionOptions(program
    .command('tasks'))
    .description('list recent tasks and where they are (pending, queued, running, succeeded, failed, timed-out, rejected), from the TASKS, PLACEMENTS and RESULTS streams')
    .option('--game <gameId>', 'only this game')
    .option('--room <roomId>', 'only this room (with or without --game)')
    .option('--state <state>', `only tasks in this state: ${TASK_STATES.join(', ')}`)
    .option('--since <duration>', 'records stored this long ago or later (e.g. 90s, 10m, 2h)', '1h')
    .option('--limit <n>', 'newest tasks shown at most', intArg(1), 50)
    .option('--json', 'print the tasks as a JSON array', false)
    .option('--nats-url <url>', 'NATS server (default: $NATS_URL)')
    .action(async (raw: { game?: string; room?: string; state?: string; since: string; limit: number; json: boolean; natsUrl?: string } & ConnectionFlags) => {
      for (const [flag, id] of [['--game', raw.game], ['--room', raw.room]] as const) {
        if (id !== undefined && !isValidToken(id)) throw new UsageError(`${flag} ${JSON.stringify(id)}: not an id (letters, digits, "-" and "_", at most 64)`);
      }
      if (raw.state !== undefined && !(TASK_STATES as readonly string[]).includes(raw.state)) throw new UsageError(`--state ${JSON.stringify(raw.state)}: expected one of ${TASK_STATES.join(', ')}`);
      const sinceMs = parseDurationMs(raw.since);
      if (sinceMs === undefined) throw new UsageError(`--since ${JSON.stringify(raw.since)}: expected a duration like 90s, 10m or 2h`);
      process.exitCode = await runTasks({
        natsUrl: requireNatsUrl(raw.natsUrl, process.env.NATS_URL),
        credentials: operatorCredentials(raw),
        gameId: raw.game, roomId: raw.room, state: raw.state as TaskState | undefined, limit: raw.limit, sinceMs, json: raw.json,
      }, stdio);
    });
}

/** Runs the command; returns the exit code (0 listed, 1 no fabric). */
export async function runTasks(opts: TasksOptions, io: Output = stdio): Promise<number> {
  let nc: NatsConnection;
  try {
    nc = await connectOperator({ servers: opts.natsUrl.split(','), command: 'tasks', credentials: opts.credentials, firstConnectTimeoutMs: 5000 });
  } catch (err) {
    io.err(`cannot reach NATS at ${opts.natsUrl}: ${(err as Error).message}`);
    return 1;
  }
  try {
    const from = Date.now() - opts.sinceMs;
    // Submissions carry game and room in the subject: the server filters them.
    const submitFilter = subjects.taskSubmitFilter(opts.gameId, opts.roomId);
    const [submits, receipts, results] = await Promise.all([
      readSince<Submit>(nc, Streams.Tasks, submitFilter, from, 'TaskSubmit'),
      readSince<Receipt>(nc, Streams.Placements, subjects.placementReceiptAll, from, 'PlacementReceipt'),
      readSince<Result>(nc, Streams.Results, subjects.taskResultAll, from, 'TaskResult'),
    ]);
    const rows = taskRows(submits, receipts, results, opts);
    io.out(opts.json ? JSON.stringify(rows, null, 2) : formatTaskRows(rows, Date.now()));
    return 0;
  } catch (err) {
    io.err((err as Error).message);
    return 1;
  } finally {
    await nc.close();
  }
}

const FETCH_BATCH = 512;

/** Every message of `stream` on `filter` stored at or after `sinceMs`, up to what it held when the call began. */
async function readSince<T>(nc: NatsConnection, stream: string, filter: string, sinceMs: number, codec: CodecName): Promise<T[]> {
  const info = await (await jetstreamManager(nc)).streams.info(stream).catch(() => null);
  if (!info || info.state.messages === 0) return [];
  const lastSeq = info.state.last_seq;
  // One subject as a string: nats.js sends it as filter_subject, which nats-server 2.9 accepts (filter_subjects needs 2.10).
  const consumer = await jetstream(nc).consumers.get(stream, { filter_subjects: filter, deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(Math.max(0, sinceMs)).toISOString() });
  const out: T[] = [];
  for (;;) {
    const batch = await consumer.fetch({ max_messages: FETCH_BATCH, expires: 1000 });
    let got = 0;
    let done = false;
    for await (const m of batch) {
      got++;
      if (m.seq > lastSeq) {
        done = true;
        continue;
      }
      // A record that does not decode is skipped: a listing must not fail on one bad message.
      try {
        out.push(codecs[codec].decode(m.data) as T);
      } catch {
        /* counted nowhere on purpose: `cellmesh snapshot` reports undecodable records */
      }
      if (m.info.pending === 0 || m.seq === lastSeq) done = true;
    }
    if (done || got === 0) break;
  }
  return out;
}
