import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import type { KV, KvWatchEntry } from '@nats-io/kv';
import { codecs, type Codec } from '@cellmesh/contracts';
import { Buckets, openBucket, silentLogger, subjects, type BucketName, type Logger } from '@cellmesh/bus';
import { FabricView, type FabricSnapshot, type FabricUpdate } from './fabric-view';

export interface DebugUiOptions {
  /** One connection, or one per cell (the cells topology keeps each cell's buckets and events in the cell). */
  nc: NatsConnection | readonly NatsConnection[];
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1: the UI shows the fabric's internals, so it is not exposed unless asked. */
  host?: string;
  logger?: Logger;
  /** A node not heard from for this long leaves the view (default 15 s, the registry's TTL). */
  nodeStaleAfterMs?: number;
  /** Recent placements shown (default 50). */
  placementsKept?: number;
}

export interface DebugUi {
  readonly url: string;
  readonly port: number;
  /** The current view (what a newly connected browser receives first). */
  snapshot(): FabricSnapshot;
  /** Stops the watches and the HTTP server; never closes the NATS connection. */
  close(): Promise<void>;
}

const STATIC_DIR = join(__dirname, 'static');
const STATIC_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: join(STATIC_DIR, 'index.html'), type: 'text/html; charset=utf-8' },
  '/app.js': { file: join(STATIC_DIR, 'app.js'), type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: join(STATIC_DIR, 'style.css'), type: 'text/css; charset=utf-8' },
  // cytoscape's own minified UMD build, straight from node_modules (no bundler, no copy).
  '/vendor/cytoscape.min.js': { file: join(dirname(require.resolve('cytoscape')), 'cytoscape.min.js'), type: 'text/javascript; charset=utf-8' },
};
const KEEPALIVE_MS = 15_000;
const BUCKET_RETRY_MS = 5_000;

/**
 * The debug web UI: watches the fabric's KV buckets and events, keeps a JSON view of nodes,
 * clusters, leaders, relays, links and recent placements, and streams it to browsers over
 * server-sent events (`GET /events`: one `snapshot` event, then `update` events).
 */
export async function startDebugUi(opts: DebugUiOptions): Promise<DebugUi> {
  const logger = opts.logger ?? silentLogger;
  const view = new FabricView({ placementsKept: opts.placementsKept });
  const clients = new Set<ServerResponse>();
  const broadcast = (updates: FabricUpdate[]) => {
    if (updates.length === 0) return;
    const frame = `event: update\ndata: ${JSON.stringify(updates)}\n\n`;
    for (const res of clients) res.write(frame);
  };

  // KV watches: each starts with the bucket's current values, then follows changes.
  const watches: Array<{ stop(): void }> = [];
  let closing = false;
  const connections: readonly NatsConnection[] = Array.isArray(opts.nc) ? opts.nc : [opts.nc as NatsConnection];
  const watchBucket = async (bucket: BucketName, apply: (key: string, value: Uint8Array | undefined) => FabricUpdate[]) => {
    for (const nc of connections) await watchBucketOn(nc, bucket, apply);
  };
  const watchBucketOn = async (nc: NatsConnection, bucket: BucketName, apply: (key: string, value: Uint8Array | undefined) => FabricUpdate[]): Promise<void> => {
    let iter: Awaited<ReturnType<KV['watch']>>;
    try {
      iter = await (await openBucket(nc, bucket)).watch({ key: '>' });
    } catch (err) {
      // A fabric that has not provisioned this bucket yet just shows less (and says so); try again later.
      broadcast(view.problem(`bucket ${bucket} not available yet: ${(err as Error).message}`));
      const retry = setTimeout(() => void watchBucketOn(nc, bucket, apply), BUCKET_RETRY_MS);
      retry.unref();
      watches.push({ stop: () => clearTimeout(retry) });
      return;
    }
    if (closing) return iter.stop();
    watches.push(iter);
    void (async () => {
      for await (const e of iter as AsyncIterable<KvWatchEntry>) broadcast(apply(e.key, e.operation === 'PUT' ? e.value : undefined));
    })().catch((err: Error) => logger.warn({ bucket, err: err.message }, 'debug UI watch ended'));
  };
  await watchBucket(Buckets.Nodes, (k, v) => view.applyNodeOrMetricsEntry(k, v, Date.now()));
  await watchBucket(Buckets.Metrics, (k, v) => view.applyNodeOrMetricsEntry(k, v, Date.now()));
  await watchBucket(Buckets.Topology, (k, v) => view.applyTopologyEntry(k, v));
  await watchBucket(Buckets.Leases, (k, v) => view.applyLeaseEntry(k, v));

  // Events on core NATS (placement receipts are also durable; the live ones are enough here).
  const subs: Subscription[] = [];
  const follow = <M>(subject: string, codec: Codec<unknown, M>, apply: (m: M) => FabricUpdate[]) => {
    for (const nc of connections) {
      subs.push(nc.subscribe(subject, {
        callback: (err, msg) => {
          if (err) return;
          try {
            broadcast(apply(codec.decode(msg.data)));
          } catch (e) {
            broadcast(view.problem(`${msg.subject}: ${(e as Error).message}`));
          }
        },
      }));
    }
  };
  follow(subjects.metricsNodeAll, codecs.NodeMetrics, (m) => view.applyNodeMetrics(m, Date.now()));
  follow(subjects.leaderChangedAll, codecs.LeaderChanged, (m) => view.applyLeaderChanged(m));
  follow(subjects.placementReceiptAll, codecs.PlacementReceipt, (m) => view.applyPlacementReceipt(m));

  const staleAfterMs = opts.nodeStaleAfterMs ?? 15_000;
  const pruner = setInterval(() => broadcast(view.pruneStale(Date.now(), staleAfterMs)), Math.min(staleAfterMs, 5_000));
  pruner.unref();
  const keepalive = setInterval(() => {
    for (const res of clients) res.write(': keepalive\n\n');
  }, KEEPALIVE_MS);
  keepalive.unref();

  const server: Server = createServer((req, res) => void route(req, res).catch((err: Error) => {
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(`debug UI error: ${err.message}`);
  }));
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method !== 'GET') {
      res.writeHead(405, { Allow: 'GET', 'Content-Type': 'text/plain' });
      return void res.end('only GET');
    }
    if (path === '/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(`retry: 2000\nevent: snapshot\ndata: ${JSON.stringify(view.snapshot())}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (path === '/api/state') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(JSON.stringify(view.snapshot()));
    }
    const asset = STATIC_FILES[path];
    if (!asset) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return void res.end(`not found: ${path}`);
    }
    const body = await readFile(asset.file);
    res.writeHead(200, { 'Content-Type': asset.type, 'Cache-Control': 'no-cache' });
    res.end(body);
  };
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ port }, 'debug UI listening');

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    snapshot: () => view.snapshot(),
    close: () =>
      (closed ??= (async () => {
        closing = true;
        clearInterval(pruner);
        clearInterval(keepalive);
        for (const w of watches) w.stop();
        for (const s of subs) s.unsubscribe();
        for (const res of clients) res.end();
        clients.clear();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })()),
  };
}
