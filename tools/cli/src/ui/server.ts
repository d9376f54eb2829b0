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
  /** Most browsers streaming /events at once (default 32); one more gets 503. */
  maxClients?: number;
  /** A browser whose unsent events exceed this many bytes is dropped (default 1 MiB): a slow reader costs bounded memory. */
  maxBufferedBytes?: number;
  /**
   * Host names (with or without :port) the UI answers besides its own loopback names. Requests with any
   * other Host, or an Origin of another site, get 403: a web page elsewhere cannot read the fabric (DNS rebinding).
   */
  allowedHosts?: readonly string[];
}

/** Defaults of the debug UI's limits. */
export const DebugUiLimits = { maxClients: 32, maxBufferedBytes: 1024 * 1024 } as const;

export interface DebugUi {
  readonly url: string;
  readonly port: number;
  /** Browsers streaming now, and how many were refused (over the cap) or dropped (too slow). */
  stats(): { clients: number; refused: number; dropped: number; forbidden: number };
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
  const maxClients = opts.maxClients ?? DebugUiLimits.maxClients;
  const maxBufferedBytes = opts.maxBufferedBytes ?? DebugUiLimits.maxBufferedBytes;
  const counts = { refused: 0, dropped: 0, forbidden: 0 };
  /** Writes to one browser; one that does not keep up is dropped rather than buffered without bound. */
  const send = (res: ServerResponse, frame: string) => {
    if (res.destroyed) return void clients.delete(res);
    res.write(frame);
    if (res.writableLength > maxBufferedBytes) {
      clients.delete(res);
      counts.dropped++;
      logger.warn({ buffered: res.writableLength, maxBufferedBytes }, 'debug UI: dropped a browser that does not read its events');
      res.destroy();
    }
  };
  const broadcast = (updates: FabricUpdate[]) => {
    if (updates.length === 0) return;
    const frame = `event: update\ndata: ${JSON.stringify(updates)}\n\n`;
    for (const res of clients) send(res, frame);
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
    for (const res of clients) send(res, ': keepalive\n\n');
  }, KEEPALIVE_MS);
  keepalive.unref();

  let hostAllowed: (host: string | undefined) => boolean = () => false;
  let originAllowed: (origin: string) => boolean = () => false;
  const server: Server = createServer((req, res) => void route(req, res).catch((err: Error) => {
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(`debug UI error: ${err.message}`);
  }));
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!hostAllowed(req.headers.host) || (req.headers.origin !== undefined && !originAllowed(req.headers.origin))) {
      counts.forbidden++;
      res.writeHead(403, { 'Content-Type': 'text/plain' });
      return void res.end('forbidden: unknown Host or Origin (start the UI with --host/allowedHosts to serve other names)');
    }
    if (req.method !== 'GET') {
      res.writeHead(405, { Allow: 'GET', 'Content-Type': 'text/plain' });
      return void res.end('only GET');
    }
    if (path === '/events') {
      if (clients.size >= maxClients) {
        counts.refused++;
        res.writeHead(503, { 'Content-Type': 'text/plain', 'Retry-After': '10' });
        return void res.end(`too many debug UI clients (${maxClients})`);
      }
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
  // The names this UI answers to: its loopback names on its port, the bound host, and the ones it was given.
  const allowed = new Set<string>(
    ['127.0.0.1', 'localhost', '[::1]', ...(host === '0.0.0.0' || host === '::' ? [] : [host.includes(':') ? `[${host}]` : host])]
      .map((h) => `${h}:${port}`)
      .concat((opts.allowedHosts ?? []).map((h) => h.toLowerCase())),
  );
  hostAllowed = (value) => value !== undefined && (allowed.has(value.toLowerCase()) || allowed.has(value.toLowerCase().replace(/:\d+$/, '')));
  originAllowed = (value) => {
    try {
      return hostAllowed(new URL(value).host);
    } catch {
      return false;
    }
  };
  logger.info({ port }, 'debug UI listening');

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    stats: () => ({ clients: clients.size, ...counts }),
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
