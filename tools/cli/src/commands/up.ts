import type { Command } from 'commander';
import { codecs } from '@cellmesh/contracts';
import { connectService, openBucket, provisionAll, Buckets } from '@cellmesh/bus';
import { parseDurationMs } from '@cellmesh/config';
import { createLogger } from '@cellmesh/telemetry';
import { resolveNats } from '../fabric/embedded-nats';
import { startFabric, type VirtualNodeSpec } from '../fabric/fabric';

export interface UpOptions {
  nodes: number;
  durationMs: number;
  natsUrl?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export function register(program: Command): void {
  program
    .command('up')
    .description('run a local fabric of virtual nodes with a workload flowing through it (embedded nats-server unless NATS_URL is set)')
    .option('--nodes <n>', 'number of virtual nodes', '4')
    .option('--duration <d>', 'how long to run (e.g. 10s, 2m); 0 runs until Ctrl-C', '30s')
    .option('--log-level <level>', 'service log level (logs go to stderr)', 'warn')
    .action(async (raw: { nodes: string; duration: string; logLevel: string }) => {
      const opts = parseUpOptions(raw, process.env.NATS_URL);
      process.exitCode = await runUp(opts);
    });
}

export function parseUpOptions(raw: { nodes: string; duration: string; logLevel: string }, natsUrl: string | undefined): UpOptions {
  const nodes = Number(raw.nodes);
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 500) throw new Error(`--nodes ${JSON.stringify(raw.nodes)}: expected an integer between 1 and 500`);
  const durationMs = parseDurationMs(raw.duration);
  if (durationMs === undefined) throw new Error(`--duration ${JSON.stringify(raw.duration)}: expected a duration like 10s or 2m`);
  const levels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
  const logLevel = levels.find((l) => l === raw.logLevel);
  if (!logLevel) throw new Error(`--log-level ${JSON.stringify(raw.logLevel)}: expected one of ${levels.join(', ')}`);
  return { nodes, durationMs, natsUrl: natsUrl || undefined, logLevel };
}

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function runUp(opts: UpOptions): Promise<number> {
  const started = Date.now();
  say(`cellmesh up: ${opts.nodes} virtual nodes, ${opts.durationMs ? `${opts.durationMs / 1000}s` : 'until Ctrl-C'}`);
  const nats = await resolveNats(opts.natsUrl);
  say(nats.embedded ? `  nats: started embedded nats-server ${nats.version} at ${nats.url} (temp store, removed on exit)` : `  nats: using NATS_URL ${nats.url}`);
  const logger = createLogger({ service: 'cellmesh-up', level: opts.logLevel });
  const observer = await connectService({ servers: [nats.url], service: 'cli', nodeId: 'observer', logger });
  const report = await provisionAll(observer);
  say(`  provisioned: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged`);

  const specs: VirtualNodeSpec[] = Array.from({ length: opts.nodes }, (_, i) => ({ id: `node-${i + 1}`, cpuCores: 2, gpus: 0, vramMb: 0 }));
  const fabric = await startFabric({ natsUrl: nats.url, nodes: specs, logger });
  say(`  fabric: ${fabric.nodes.length} nodes started (${fabric.nodes.map((n) => n.spec.id).join(', ')})`);

  const registry = await openBucket(observer, Buckets.Nodes);
  const seen = new Set<string>();
  let heartbeats = 0;
  const watch = await registry.watch({ key: '>' });
  void (async () => {
    for await (const entry of watch) {
      if (entry.operation !== 'PUT') continue;
      heartbeats++;
      seen.add(codecs.NodeMetrics.decode(entry.value).nodeId);
    }
  })();

  const stopRequested = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('Ctrl-C'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    if (opts.durationMs > 0) setTimeout(() => resolve('duration reached'), opts.durationMs).unref();
  });
  const progress = setInterval(() => say(`  [${((Date.now() - started) / 1000).toFixed(0)}s] nodes alive ${seen.size}/${opts.nodes}, heartbeats ${heartbeats}`), 2000);
  const why = await stopRequested;
  clearInterval(progress);

  say(`  stopping (${why})…`);
  watch.stop();
  await fabric.stop();
  await observer.drain();
  await nats.stop();
  const ok = seen.size === opts.nodes;
  say('summary:');
  say(`  nodes: ${opts.nodes}, seen alive: ${seen.size}, heartbeats: ${heartbeats}, ran for ${((Date.now() - started) / 1000).toFixed(1)}s`);
  say(ok ? '  status: ok' : '  status: some nodes never reported');
  return ok ? 0 : 1;
}
