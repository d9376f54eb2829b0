import type { Command } from 'commander';
import { connectOperator, operatorCredentials, withConnectionOptions, type ConnectionFlags } from '../connection';
import type { OperatorCredentials } from '@cellmesh/bus';
import { requireNatsUrl, UsageError } from '../usage';
import { jetstreamManager } from '@nats-io/jetstream';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { isValidToken, subjects, Streams } from '@cellmesh/bus';
import { outcomeName, profileName } from '@cellmesh/telemetry';
import { textTable } from '../ui/text-table';

export interface ExplainOptions {
  credentials?: OperatorCredentials;
  taskId: string;
  json: boolean;
  natsUrl?: string;
}

/** Where the output goes (tests capture it). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Output = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`cellmesh explain: ${t}\n`) };

export function register(program: Command): void {
  withConnectionOptions(program
    .command('explain <taskId>'))
    .description('why a task went where it went: its placement receipt (candidates, filter verdicts, per-plugin scores, deciding rule)')
    .option('--json', 'print the receipt as JSON', false)
    .option('--nats-url <url>', 'NATS server (default: $NATS_URL)')
    .action(async (taskId: string, raw: { json: boolean; natsUrl?: string } & ConnectionFlags) => {
      if (!isValidToken(taskId)) throw new UsageError(`${JSON.stringify(taskId)} is not a task id (letters, digits, "-" and "_", at most 64)`);
      process.exitCode = await runExplain({ taskId, json: raw.json, natsUrl: requireNatsUrl(raw.natsUrl, process.env.NATS_URL), credentials: operatorCredentials(raw) }, stdio);
    });
}

export async function runExplain(opts: ExplainOptions, io: Output = stdio): Promise<number> {
  if (!isValidToken(opts.taskId)) return fail(io, `${JSON.stringify(opts.taskId)} is not a task id (letters, digits, "-" and "_", at most 64)`);
  if (!opts.natsUrl) return fail(io, 'no NATS server: pass --nats-url or set NATS_URL');
  let nc;
  try {
    nc = await connectOperator({ servers: [opts.natsUrl], command: 'explain', credentials: opts.credentials, firstConnectTimeoutMs: 5000 });
  } catch (err) {
    return fail(io, `cannot reach NATS at ${opts.natsUrl}: ${(err as Error).message}`);
  }
  try {
    const receipt = await readReceipt(nc, opts.taskId);
    if (!receipt) return fail(io, `no placement receipt for task ${opts.taskId} in stream ${Streams.Placements}: it was never scheduled, is still waiting for a scheduler, or its receipt aged out (receipts are kept 7 days)`);
    io.out(opts.json ? JSON.stringify(receiptJson(receipt), null, 2) : formatReceipt(receipt));
    return 0;
  } catch (err) {
    return fail(io, (err as Error).message);
  } finally {
    await nc.close();
  }
}

/** The latest receipt for a task (a re-placement writes a newer one on the same subject). */
export async function readReceipt(nc: Parameters<typeof jetstreamManager>[0], taskId: string): Promise<MessageOf<'PlacementReceipt'> | null> {
  const jsm = await jetstreamManager(nc);
  const stored = await jsm.direct.getMessage(Streams.Placements, { last_by_subj: subjects.placementReceipt(taskId) }).catch((err: Error) => {
    if (/no message found|not found/i.test(err.message)) return null;
    throw err;
  });
  return stored ? codecs.PlacementReceipt.decode(stored.data) : null;
}

/** The receipt with enum names instead of numbers. */
export function receiptJson(r: MessageOf<'PlacementReceipt'>): Record<string, unknown> {
  return {
    taskId: r.scope?.taskId ?? '', gameId: r.scope?.gameId ?? '', roomId: r.scope?.roomId ?? '',
    outcome: outcomeName(r.outcome), chosenNode: r.chosenNode ?? '', gpuIndex: r.gpuIndex ?? -1, rule: r.rule ?? '', rejectReason: r.rejectReason ?? '',
    profile: profileName(r.profile), decidedAtMs: Number(r.decidedAtMs ?? 0), decisionLatencyMs: r.decisionLatencyMs ?? 0, schedulerNode: r.schedulerNode ?? '',
    attempt: r.attempt ?? 0, traceId: r.traceId ?? '', candidatesOmitted: r.candidatesOmitted ?? 0,
    fencing: r.fencing ? { clusterId: r.fencing.clusterId ?? '', holder: r.fencing.holder ?? '', term: Number(r.fencing.term ?? 0) } : null,
    candidates: (r.candidates ?? []).map((c) => ({
      nodeId: c.nodeId ?? '', feasible: !!c.feasible, rejectedBy: c.rejectedBy ?? '', reason: c.reason ?? '', finalScore: c.finalScore ?? 0,
      scores: (c.scores ?? []).map((s) => ({ plugin: s.plugin ?? '', raw: s.raw ?? 0, normalized: s.normalized ?? 0, weight: s.weight ?? 0 })),
    })),
  };
}

const f3 = (x: number | null | undefined) => (x ?? 0).toFixed(3);

/** A readable explanation: the decision, then one row per candidate with its verdict and scores. */
export function formatReceipt(r: MessageOf<'PlacementReceipt'>): string {
  const outcome = outcomeName(r.outcome);
  const lines = [
    `task ${r.scope?.taskId ?? ''}  (game ${r.scope?.gameId ?? ''}, room ${r.scope?.roomId ?? ''})`,
    `outcome:   ${outcome}${r.chosenNode ? ` on ${r.chosenNode}` : ''}${r.chosenNode && (r.gpuIndex ?? -1) >= 0 ? ` (gpu ${r.gpuIndex})` : ''}`,
    `rule:      ${r.rule || '—'}`,
  ];
  if (r.rejectReason) lines.push(`reason:    ${r.rejectReason}`);
  lines.push(`profile:   ${profileName(r.profile)}`);
  const decided = Number(r.decidedAtMs ?? 0);
  lines.push(`decided:   ${decided ? new Date(decided).toISOString() : '—'} by ${r.schedulerNode || '?'} in ${(r.decisionLatencyMs ?? 0).toFixed(3)} ms (attempt ${r.attempt || 1})`);
  if (r.fencing?.clusterId) lines.push(`fencing:   cluster ${r.fencing.clusterId}, leader ${r.fencing.holder ?? ''}, term ${Number(r.fencing.term ?? 0)}`);
  if (r.traceId) lines.push(`trace:     ${r.traceId}`);

  const candidates = [...(r.candidates ?? [])].sort((a, b) => Number(b.feasible) - Number(a.feasible) || (b.finalScore ?? 0) - (a.finalScore ?? 0));
  const plugins = [...new Set(candidates.flatMap((c) => (c.scores ?? []).map((s) => s.plugin ?? '')))];
  const weights = new Map<string, number>();
  for (const c of candidates) for (const s of c.scores ?? []) weights.set(s.plugin ?? '', s.weight ?? 0);
  const header = ['', 'NODE', 'VERDICT', ...plugins.map((p) => `${p} ×${weights.get(p)}`), 'FINAL'];
  const rows = candidates.map((c) => {
    const byPlugin = new Map((c.scores ?? []).map((s) => [s.plugin ?? '', s]));
    return [
      c.nodeId === r.chosenNode && c.feasible ? '▶' : '',
      c.nodeId ?? '',
      c.feasible ? 'fit' : `rejected by ${c.rejectedBy}: ${c.reason}`,
      ...plugins.map((p) => (byPlugin.has(p) ? f3(byPlugin.get(p)!.normalized) : c.feasible ? '—' : '')),
      c.feasible ? f3(c.finalScore) : '',
    ];
  });
  lines.push('', `candidates (${candidates.length}${r.candidatesOmitted ? `, ${r.candidatesOmitted} more not kept in the receipt` : ''}); scores are normalized to [0,1], final = Σ w·s / Σ w:`);
  lines.push(candidates.length ? textTable([header, ...rows]) : '  (none)');
  return lines.join('\n');
}

function fail(io: Output, message: string): number {
  io.err(message);
  return 1;
}
