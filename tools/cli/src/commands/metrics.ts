import { Option, type Command } from 'commander';
import { connectOperator, operatorCredentials, withConnectionOptions, type ConnectionFlags } from '../connection';
import type { OperatorCredentials } from '@cellmesh/bus';
import { UsageError } from '../usage';
import type { NatsConnection } from '@nats-io/transport-node';
import { Svcm } from '@nats-io/services';
import { codecs } from '@cellmesh/contracts';
import { Headers, isValidToken, MicroServices, subjects, type MetricsApiEndpoint } from '@cellmesh/bus';

/**
 * `cellmesh metrics`: reads the Metrics API of a running fabric (NATS_URL or --nats-url).
 *   cellmesh metrics                      list the nodes answering $SRV.PING.cellmesh-metrics
 *   cellmesh metrics <node>               that node's NodeMetrics and peer table
 *   cellmesh metrics <node> --peer <id>   its link to a peer (measured, or a coordinate estimate)
 *   cellmesh metrics <node> --cluster <id> cluster aggregates as that node sees them
 */
export interface MetricsArgs extends ConnectionFlags {
  natsUrl?: string;
  /** The old spelling of --nats-url, kept as a hidden alias so existing scripts keep working. */
  nats?: string;
  peer?: string;
  cluster?: string;
  json?: boolean;
}

export function register(program: Command): void {
  withConnectionOptions(program
    .command('metrics [node]'))
    .description('query the Metrics API: list nodes, or show a node, a peer link or a cluster')
    .option('--nats-url <url>', 'NATS server (default: NATS_URL, else nats://127.0.0.1:4222; --nats is an alias)')
    .addOption(new Option('--nats <url>').hideHelp())
    .option('--peer <id>', "show this node's link to a peer")
    .option('--cluster <id>', 'show cluster aggregates')
    .option('--json', 'print the reply as JSON')
    .action(async (node: string | undefined, raw: MetricsArgs) => {
      if (node !== undefined && !isValidToken(node)) throw new UsageError(`node id ${JSON.stringify(node)} is not a valid node id`);
      if (raw.natsUrl !== undefined && raw.nats !== undefined && raw.natsUrl !== raw.nats) throw new UsageError('--nats is the old spelling of --nats-url: pass one of them');
      process.exitCode = await runMetrics(node, raw, process.env.NATS_URL, operatorCredentials(raw));
    });
}

export async function runMetrics(node: string | undefined, args: MetricsArgs, envUrl: string | undefined, credentials?: OperatorCredentials): Promise<number> {
  if (node !== undefined && !isValidToken(node)) return fail(`node id ${JSON.stringify(node)} is not a valid node id`);
  let nc: NatsConnection;
  try {
    nc = await connectOperator({ servers: [args.natsUrl ?? args.nats ?? envUrl ?? 'nats://127.0.0.1:4222'], command: 'metrics', credentials, firstConnectTimeoutMs: 3000 });
  } catch (err) {
    return fail(`cannot connect to NATS: ${(err as Error).message}`);
  }
  try {
    const print = (value: unknown, text: () => string) => process.stdout.write(`${args.json ? JSON.stringify(value, null, 2) : text()}\n`);
    if (node === undefined) {
      const nodes: { nodeId: string; emulated: string }[] = [];
      for await (const ping of await new Svcm(nc).client({ strategy: 'stall', stall: 300, maxWait: 2000 }).ping(MicroServices.Metrics)) {
        nodes.push({ nodeId: ping.metadata?.nodeId ?? '?', emulated: ping.metadata?.emulated ?? 'false' });
      }
      nodes.sort((a, b) => a.nodeId.localeCompare(b.nodeId));
      print(nodes, () => (nodes.length ? nodes.map((n) => `${n.nodeId}${n.emulated === 'true' ? '  (emulated)' : ''}`).join('\n') : 'no metrics-collector answered'));
      return 0;
    }
    // Services are not importable from tools (Nx forbids importing apps), so the three calls are spelled here.
    const call = async (endpoint: MetricsApiEndpoint, query: { peerId?: string; clusterId?: string }) => {
      const reply = await nc.request(subjects.metricsApi(node, endpoint), codecs.MetricsQuery.encode({ nodeId: node, ...query }), { timeout: 3000 });
      const error = reply.headers?.get(Headers.ServiceError);
      if (error) throw new Error(`${endpoint}: ${error} (${reply.headers?.get(Headers.ServiceErrorCode)})`);
      return reply.data;
    };
    if (args.peer) {
      const link = codecs.PeerLink.decode(await call('getPeerMetrics', { peerId: args.peer }));
      print(link.toJSON(), () =>
        `${node} → ${link.peerId}: ${link.rttMs.toFixed(2)} ms ${link.measured ? `measured (smoothed ${link.smoothedRttMs.toFixed(2)} ms, jitter ${link.jitterMs.toFixed(2)} ms, loss ${(100 * link.lossRatio).toFixed(1)}%, ${link.throughputMbps ? `${link.throughputMbps.toFixed(0)} Mbit/s, ` : ''}${link.samples} samples)` : `estimated (error ${link.estimateError.toFixed(2)})`}${link.emulated ? '  [EMULATED link]' : ''}`,
      );
    } else if (args.cluster) {
      const c = codecs.ClusterMetrics.decode(await call('getClusterMetrics', { clusterId: args.cluster }));
      print(c.toJSON(), () =>
        [
          `cluster ${c.clusterId} (${c.membershipSource}): ${c.members.join(', ')}${c.missing.length ? `; no metrics from ${c.missing.join(', ')}` : ''}${c.emulated ? '  [EMULATED]' : ''}`,
          `  cores ${c.totalCpuCores}, mean load ${c.meanCpuLoadPct.toFixed(1)}%, queue ${c.queueDepth}, running ${c.runningTasks}, GPUs ${c.gpuCount} (${c.vramFreeMib}/${c.vramTotalMib} MiB free)`,
          `  links ${c.measuredLinks} measured: median ${c.medianRttMs.toFixed(2)} ms, max ${c.maxRttMs.toFixed(2)} ms, jitter ${c.meanJitterMs.toFixed(2)} ms, max loss ${(100 * c.maxLossRatio).toFixed(1)}%`,
        ].join('\n'),
      );
    } else {
      const local = codecs.LocalMetrics.decode(await call('getLocalMetrics', {}));
      const m = local.node;
      print(local.toJSON(), () =>
        [
          `${m?.nodeId} site=${m?.site || '-'} cluster=${m?.clusterId || '-'}${m?.emulated ? '  [EMULATED node]' : ''}`,
          `  cpu ${m?.cpuCores ?? 0} cores, ${(m?.cpuLoadPct ?? 0).toFixed(1)}% · mem ${fmtBytes(m?.memUsedBytes)} / ${fmtBytes(m?.memTotalBytes)} · queue ${m?.queueDepth ?? 0} · running ${m?.runningTasks ?? 0}`,
          `  gpus: ${m?.gpus?.length ? m.gpus.map((g) => `${g.name} ${g.memoryUsedMib}/${g.memoryTotalMib} MiB`).join('; ') : 'none'}`,
          ...(local.peers?.links ?? []).map((l) => `  → ${l.peerId}: ${(l.rttMs ?? 0).toFixed(2)} ms ${l.measured ? 'measured' : `estimated ±${(100 * (l.estimateError ?? 0)).toFixed(0)}%`}${l.emulated ? ' (emulated)' : ''}`),
        ].join('\n'),
      );
    }
    return 0;
  } catch (err) {
    return fail((err as Error).message);
  } finally {
    await nc.close();
  }
}

function fmtBytes(n: number | null | undefined): string {
  return n ? `${(n / 1024 ** 3).toFixed(1)} GiB` : '0';
}

function fail(message: string): number {
  process.stderr.write(`cellmesh metrics: ${message}\n`);
  return 1;
}
