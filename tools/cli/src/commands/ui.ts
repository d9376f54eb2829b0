import type { Command } from 'commander';
import { connectOperator, operatorCredentials, withConnectionOptions, type ConnectionFlags } from '../connection';
import { intArg, requireNatsUrl } from '../usage';
import { createLogger } from '@cellmesh/telemetry';
import { startDebugUi } from '../ui/server';

export function register(program: Command): void {
  withConnectionOptions(program
    .command('ui'))
    .description('serve the live debug web UI (nodes, clusters, leaders, relays, links by RTT, recent placements) for a running fabric')
    .option('--port <n>', 'HTTP port (0 picks a free one)', intArg(0, 65535), 7070)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--nats-url <url>', 'NATS server (default: $NATS_URL)')
    .action(async (raw: { port: number; host: string; natsUrl?: string } & ConnectionFlags) => {
      const natsUrl = requireNatsUrl(raw.natsUrl, process.env.NATS_URL);
      const port = raw.port;
      const credentials = operatorCredentials(raw);
      const nc = await connectOperator({ servers: [natsUrl], command: 'debug-ui', credentials, firstConnectTimeoutMs: 5000 });
      const ui = await startDebugUi({ nc, port, host: raw.host, logger: createLogger({ service: 'debug-ui', level: 'warn' }) });
      process.stdout.write(`cellmesh debug UI: ${ui.url} (NATS ${natsUrl}); Ctrl-C stops it\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await ui.close();
      await nc.drain();
    });
}
