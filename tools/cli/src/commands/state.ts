import type { Command } from 'commander';
import { connectOperator, operatorCredentials, withConnectionOptions, type ConnectionFlags } from '../connection';
import type { OperatorCredentials } from '@cellmesh/bus';
import { intArg, requireNatsUrl, UsageError } from '../usage';
import type { NatsConnection } from '@nats-io/transport-node';
import { ConflictPolicy, type MessageOf } from '@cellmesh/contracts';
import { isValidToken } from '@cellmesh/bus';
import { readRoomState, RoomReadError } from '@cellmesh/client';
import { describeCrdt } from '@cellmesh/datastate-committer';
import { textTable } from '../ui/text-table';

export interface StateOptions {
  credentials?: OperatorCredentials;
  gameId: string;
  roomId: string;
  /** Rebuild the room at this version from the cold history (absent: the current state). */
  atVersion?: number;
  /** Rebuild the latest version from the cold history instead of asking the hot/warm layers. */
  fromCold: boolean;
  json: boolean;
  natsUrl?: string;
  timeoutMs?: number;
}

/** Where the output goes (tests capture it). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Output = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`cellmesh state: ${t}\n`) };

export function register(program: Command): void {
  withConnectionOptions(program
    .command('state <gameId> <roomId>'))
    .description("a room's DataState from the committer: current keys, CRDT document and version, or a rebuild from the cold history at a version")
    .option('--at-version <n>', 'rebuild the room at this version from the cold history', intArg(1))
    .option('--from-cold', 'rebuild the latest version from the cold history (checks it against the live state)', false)
    .option('--json', 'print the state as JSON', false)
    .option('--nats-url <url>', 'NATS server (default: $NATS_URL)')
    .action(async (gameId: string, roomId: string, raw: { atVersion?: number; fromCold: boolean; json: boolean; natsUrl?: string } & ConnectionFlags) => {
      for (const [what, id] of [['game', gameId], ['room', roomId]] as const) {
        if (!isValidToken(id)) throw new UsageError(`${JSON.stringify(id)} is not a ${what} id (letters, digits, "-" and "_", at most 64)`);
      }
      process.exitCode = await runState({ gameId, roomId, atVersion: raw.atVersion, fromCold: raw.fromCold, json: raw.json, natsUrl: requireNatsUrl(raw.natsUrl, process.env.NATS_URL), credentials: operatorCredentials(raw) }, stdio);
    });
}

export async function runState(opts: StateOptions, io: Output = stdio): Promise<number> {
  for (const [what, id] of [['game', opts.gameId], ['room', opts.roomId]] as const) {
    if (!isValidToken(id)) return fail(io, `${JSON.stringify(id)} is not a ${what} id (letters, digits, "-" and "_", at most 64)`);
  }
  if (!opts.natsUrl) return fail(io, 'no NATS server: pass --nats-url or set NATS_URL');
  let nc: NatsConnection;
  try {
    nc = await connectOperator({ servers: [opts.natsUrl], command: 'state', credentials: opts.credentials, firstConnectTimeoutMs: 5000 });
  } catch (err) {
    return fail(io, `cannot reach NATS at ${opts.natsUrl}: ${(err as Error).message}`);
  }
  try {
    const result = await requestState(nc, opts);
    if (!result.ok) return fail(io, result.message);
    io.out(opts.json ? JSON.stringify(stateJson(result.state), null, 2) : formatState(result.state, opts));
    return 0;
  } catch (err) {
    const message = (err as Error).message;
    if (/no responders/i.test(message)) return fail(io, 'no datastate-committer is serving reads (is it running? `cellmesh up` starts one)');
    return fail(io, message);
  } finally {
    await nc.close();
  }
}

/** One read through the client library (large rooms come from the object store); a service error comes back as { ok: false }. */
export async function requestState(nc: NatsConnection, opts: Pick<StateOptions, 'gameId' | 'roomId' | 'atVersion' | 'fromCold' | 'timeoutMs'>): Promise<{ ok: true; state: MessageOf<'RoomState'> } | { ok: false; status: number; message: string }> {
  try {
    const state = await readRoomState(nc, opts.gameId, opts.roomId, { atVersion: opts.atVersion ?? 0, rebuild: opts.fromCold === true, timeoutMs: opts.timeoutMs ?? 10_000 });
    return { ok: true, state };
  } catch (err) {
    if (err instanceof RoomReadError) return { ok: false, status: err.status, message: `${err.code}: ${err.message}` };
    throw err;
  }
}

const POLICY_NAMES: Record<number, string> = {
  [ConflictPolicy.CONFLICT_POLICY_UNSPECIFIED]: 'unspecified',
  [ConflictPolicy.CONFLICT_POLICY_LAST_WRITER_WINS]: 'last-writer-wins',
  [ConflictPolicy.CONFLICT_POLICY_CRDT_MERGE]: 'crdt-merge',
  [ConflictPolicy.CONFLICT_POLICY_REJECT_STALE]: 'reject-stale',
};

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

/** Values print as text when they are printable UTF-8, as base64 otherwise. */
function valueText(bytes: Uint8Array): { text: string; encoding: 'utf8' | 'base64' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!hasControlCharacters(text)) return { text, encoding: 'utf8' };
  } catch {
    // not UTF-8
  }
  return { text: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}

export function stateJson(s: MessageOf<'RoomState'>): Record<string, unknown> {
  return {
    gameId: s.gameId, roomId: s.roomId, version: Number(s.version), policy: POLICY_NAMES[s.policy] ?? String(s.policy),
    coldSeq: Number(s.coldSeq), lastCommitSeq: Number(s.lastCommitSeq ?? 0),
    entries: (s.entries ?? []).map((e) => {
      const v = valueText(e.value ?? new Uint8Array(0));
      return {
        key: e.key ?? '', value: e.deleted ? null : v.text, encoding: v.encoding, deleted: e.deleted === true, version: Number(e.version ?? 0),
        hlc: { wallMs: Number(e.hlc?.wallMs ?? 0), logical: e.hlc?.logical ?? 0, nodeId: e.hlc?.nodeId ?? '' },
      };
    }),
    crdt: describeCrdt(s.crdtState),
    appliedTasks: (s.applied ?? []).map((t) => ({ taskId: t.taskId ?? '', versions: (t.versions ?? []).map(Number) })),
  };
}

export function formatState(s: MessageOf<'RoomState'>, opts: Pick<StateOptions, 'atVersion' | 'fromCold'>): string {
  const source = opts.atVersion ? `rebuilt from the cold history at version ${opts.atVersion}` : opts.fromCold ? 'rebuilt from the cold history' : 'current';
  const lines = [`room ${s.gameId}/${s.roomId}  version ${Number(s.version)}  policy ${POLICY_NAMES[s.policy] ?? s.policy}  (${source}; history seq ${Number(s.coldSeq)})`];
  const live = (s.entries ?? []).filter((e) => !e.deleted);
  const tombstones = (s.entries ?? []).length - live.length;
  if (live.length > 0) {
    const rows = live.map((e) => {
      const v = valueText(e.value ?? new Uint8Array(0));
      const stamp = `${Number(e.hlc?.wallMs ?? 0)}.${e.hlc?.logical ?? 0}@${e.hlc?.nodeId ?? ''}`;
      return [e.key ?? '', v.encoding === 'base64' ? `base64:${v.text}` : v.text, String(Number(e.version ?? 0)), stamp];
    });
    lines.push('', textTable([['KEY', 'VALUE', 'VERSION', 'HLC'], ...rows]));
  } else {
    lines.push('', '(no keys)');
  }
  if (tombstones > 0) lines.push(`${tombstones} deleted key(s) kept as tombstones`);
  const crdt = describeCrdt(s.crdtState);
  if (Object.keys(crdt).length > 0) lines.push('', 'CRDT document (Yjs):', JSON.stringify(crdt, null, 2));
  return lines.join('\n');
}

function fail(io: Output, message: string): number {
  io.err(message);
  return 1;
}
