import type { Command } from 'commander';
import { connectOperator, operatorCredentials, withConnectionOptions, type ConnectionFlags } from '../connection';
import { EXIT_FAILED, EXIT_USAGE, intArg, requireNatsUrl } from '../usage';
import { submitTask, TaskRejectedError, TaskTimeoutError, TaskFailedError, InvalidTaskError, type Hint, type Profile } from '@cellmesh/client';
import { TaskStatus } from '@cellmesh/contracts';

interface RawSubmitOptions extends ConnectionFlags {
  profile: string;
  hint: string[];
  kind: string;
  payload?: string;
  cpu?: number;
  mem?: number;
  vram?: number;
  origin?: string;
  deadline?: number;
  wait: boolean;
  json?: boolean;
  natsUrl?: string;
}

/** `cellmesh submit <gameId> <roomId> <taskId>`: one task through the client library, as a game backend would. */
export function register(program: Command): void {
  withConnectionOptions(program
    .command('submit'))
    .description('submit one task to a running fabric and print the placement decision (and the result with --wait)')
    .argument('<gameId>')
    .argument('<roomId>')
    .argument('<taskId>')
    .requiredOption('--kind <kind>', 'task kind, e.g. pathfind, physics-step, terrain, matmul, render')
    .option('--profile <profile>', 'latencySensitive | throughput | batch', 'latencySensitive')
    .option('--hint <hint>', 'gpuRequired | cpuOnly | memoryHeavy (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--payload <json>', 'task payload as JSON', '{}')
    .option('--cpu <millicores>', 'requested CPU in millicores', intArg(0))
    .option('--mem <mib>', 'requested memory in MiB', intArg(0))
    .option('--vram <mib>', 'requested VRAM in MiB', intArg(0))
    .option('--origin <nodeId>', 'the node nearest the client')
    .option('--deadline <ms>', 'relative deadline in milliseconds', intArg(1))
    .option('--no-wait', 'return after the decision; do not wait for the result')
    .option('--json', 'print the receipt and result as JSON')
    .option('--nats-url <url>', 'NATS server (default: $NATS_URL)')
    .action(async (gameId: string, roomId: string, taskId: string, raw: RawSubmitOptions) => {
      requireNatsUrl(raw.natsUrl, process.env.NATS_URL);
      operatorCredentials(raw);
      process.exitCode = await runSubmit({ gameId, roomId, taskId }, raw);
    });
}

export async function runSubmit(scope: { gameId: string; roomId: string; taskId: string }, raw: RawSubmitOptions): Promise<number> {
  const url = raw.natsUrl ?? process.env.NATS_URL;
  if (!url) {
    process.stderr.write('cellmesh submit: no NATS server: pass --nats-url or set NATS_URL (the URL `cellmesh up` prints)\n');
    return EXIT_USAGE;
  }
  // With credentials, submit acts as the game backend `client@<gameId>` (only a client may submit its game's tasks).
  const nc = await connectOperator({ servers: url.split(','), command: 'submit', credentials: operatorCredentials(raw), as: { service: 'client', id: scope.gameId }, firstConnectTimeoutMs: 5000 });
  try {
    const out = await submitTask(nc, scope, raw.profile as Profile, raw.hint as Hint[], {
      kind: raw.kind,
      payload: new TextEncoder().encode(raw.payload ?? '{}'),
      cpuMillis: raw.cpu, memoryMib: raw.mem, vramMib: raw.vram,
      originNode: raw.origin, deadlineMs: raw.deadline,
      awaitResult: raw.wait,
    });
    if (raw.json) {
      process.stdout.write(`${JSON.stringify({ taskId: out.taskId, streamSeq: out.streamSeq, duplicate: out.duplicate, receipt: out.receipt?.toJSON(), result: out.result ? { ...out.result.toJSON(), output: undefined } : undefined })}\n`);
    } else {
      const r = out.receipt;
      process.stdout.write(`task ${out.taskId}: placed on ${r?.chosenNode} by rule ${r?.rule}${r && r.gpuIndex >= 0 ? ` (GPU ${r.gpuIndex})` : ''}${out.duplicate ? ' (duplicate submission)' : ''}\n`);
      if (out.result) process.stdout.write(`result: ${TaskStatus[out.result.status]} on ${out.result.nodeId} in ${out.result.durationMs.toFixed(1)} ms${out.result.emulated ? ' (emulated device)' : ''}\n`);
      process.stdout.write(`why: npx cellmesh explain ${out.taskId}\n`);
    }
    return 0;
  } catch (err) {
    // A task the client refuses to build is a usage error; one the fabric rejected, lost or failed is a failed operation.
    if (err instanceof InvalidTaskError) {
      process.stderr.write(`cellmesh submit: ${err.message}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof TaskRejectedError || err instanceof TaskTimeoutError || err instanceof TaskFailedError) {
      process.stderr.write(`cellmesh submit: ${err.message}\n`);
      return EXIT_FAILED;
    }
    throw err;
  } finally {
    await nc.drain().catch(() => undefined);
  }
}
