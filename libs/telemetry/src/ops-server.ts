import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Registry } from 'prom-client';

/** One service hosted in this process (a ServiceHandle fits: name + state). */
export interface HostedServiceHealth {
  name: string;
  nodeId?: string;
  state: string;
}

export interface HealthReport {
  /** False while the NATS connection is down (reconnecting) or closed. */
  natsConnected: boolean;
  services: HostedServiceHealth[];
}

export interface OpsServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default 0.0.0.0 so a scraper on another host can reach it. */
  host?: string;
  registry: Registry;
  health: () => HealthReport | Promise<HealthReport>;
}

export interface OpsServer {
  readonly port: number;
  /** http://<host>:<port> (127.0.0.1 when bound to all interfaces). */
  readonly url: string;
  close(): Promise<void>;
}

/** The state a hosted service must be in for /readyz. */
export const READY_STATE = 'running';

/**
 * Serves the operator endpoints on node:http:
 * - `GET /metrics`: Prometheus text format of `registry`;
 * - `GET /healthz`: 200 while the process runs and NATS is connected, else 503;
 * - `GET /readyz`: 200 when NATS is connected and every hosted service is running, else 503
 *   naming the ones that are not. Bodies are JSON except /metrics.
 */
export async function startOpsServer(opts: OpsServerOptions): Promise<OpsServer> {
  const server = createServer((req, res) => {
    void handle(opts, req, res).catch((err: Error) => send(res, 500, { error: err.message }));
  });
  const host = opts.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    port,
    url: `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

async function handle(opts: OpsServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: `method ${req.method} not allowed` }, { Allow: 'GET, HEAD' });
  switch (path) {
    case '/metrics': {
      const body = await opts.registry.metrics();
      res.writeHead(200, { 'Content-Type': opts.registry.contentType });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    case '/healthz': {
      const report = await opts.health();
      return send(res, report.natsConnected ? 200 : 503, { status: report.natsConnected ? 'ok' : 'nats-disconnected', natsConnected: report.natsConnected });
    }
    case '/readyz': {
      const report = await opts.health();
      const notRunning = report.services.filter((s) => s.state !== READY_STATE);
      const ready = report.natsConnected && report.services.length > 0 && notRunning.length === 0;
      const status = ready ? 'ready' : !report.natsConnected ? 'nats-disconnected' : report.services.length === 0 ? 'no-services' : 'services-not-running';
      return send(res, ready ? 200 : 503, { status, natsConnected: report.natsConnected, services: report.services, notRunning });
    }
    default:
      return send(res, 404, { error: `no such endpoint ${path}; try /metrics, /healthz or /readyz` });
  }
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(JSON.stringify(body));
}

export interface NatsConnectionWatch {
  connected(): boolean;
  stop(): void;
}

/** Follows a connection's status events so /healthz can say whether NATS is reachable right now. */
export function watchNatsConnection(nc: NatsConnection): NatsConnectionWatch {
  let up = !nc.isClosed();
  let stopped = false;
  const statuses = nc.status();
  void (async () => {
    for await (const s of statuses) {
      if (stopped) break;
      if (s.type === 'disconnect' || s.type === 'close') up = false;
      else if (s.type === 'reconnect') up = true;
    }
  })();
  return {
    connected: () => up && !nc.isClosed(),
    stop() {
      stopped = true;
      // The client's status iterator is a QueuedIterator with stop(); the interface only says AsyncIterable.
      (statuses as { stop?: () => void }).stop?.();
    },
  };
}

/** The operator port when CELLMESH_HTTP_PORT is not set (Prometheus exporters' conventional 9464; 0 picks a free port). */
export const DEFAULT_OPS_PORT = 9464;

export interface ProcessOpsOptions {
  port: number;
  host?: string;
  registry: Registry;
  /** The process's NATS connection: /healthz follows its status events. */
  nc: NatsConnection;
  /** The services hosted now (ServiceHandles fit); empty until they started, so /readyz says `no-services`. */
  services: () => readonly HostedServiceHealth[];
}

/**
 * For main.ts: startOpsServer over one NATS connection and the services the process hosts.
 * close() also stops following the connection.
 */
export async function startProcessOps(opts: ProcessOpsOptions): Promise<OpsServer> {
  const connection = watchNatsConnection(opts.nc);
  try {
    const server = await startOpsServer({
      port: opts.port,
      ...(opts.host ? { host: opts.host } : {}),
      registry: opts.registry,
      health: () => ({ natsConnected: connection.connected(), services: opts.services().map((s) => ({ name: s.name, ...(s.nodeId ? { nodeId: s.nodeId } : {}), state: s.state })) }),
    });
    return {
      port: server.port,
      url: server.url,
      close: async () => {
        connection.stop();
        await server.close();
      },
    };
  } catch (err) {
    connection.stop();
    throw err;
  }
}
