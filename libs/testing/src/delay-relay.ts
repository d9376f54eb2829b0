import { createServer, createConnection, type Server, type Socket } from 'node:net';

/**
 * An EMULATED WAN link: a userspace TCP relay that holds every chunk for a one-way delay in each
 * direction (this kernel has no netem). It can be cut (every connection dropped, new ones refused
 * until healed) to emulate a lost link, and its delay can change while connections are open.
 */
export interface DelayRelayOptions {
  targetHost?: string;
  targetPort: number;
  /** Added to every chunk in each direction, so a round trip costs twice this. */
  oneWayDelayMs: number;
  /** Local port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** Bytes held in one direction before the sender is paused (back-pressure instead of growing memory). */
  maxBufferedBytes?: number;
}

export interface DelayRelayStats {
  connections: number;
  bytesForward: number;
  bytesBackward: number;
}

export interface DelayRelay {
  readonly port: number;
  readonly oneWayDelayMs: number;
  readonly isCut: boolean;
  readonly stats: DelayRelayStats;
  setDelay(oneWayDelayMs: number): void;
  /** Drops every open connection and refuses new ones until heal(). */
  cut(): void;
  heal(): void;
  close(): Promise<void>;
}

const DEFAULT_MAX_BUFFERED = 8 * 1024 * 1024;

export async function startDelayRelay(opts: DelayRelayOptions): Promise<DelayRelay> {
  let delayMs = checkDelay(opts.oneWayDelayMs);
  let cut = false;
  const maxBuffered = opts.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED;
  const stats: DelayRelayStats = { connections: 0, bytesForward: 0, bytesBackward: 0 };
  const open = new Set<Socket>();

  const server: Server = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    stats.connections++;
    const upstream = createConnection({ host: opts.targetHost ?? '127.0.0.1', port: opts.targetPort });
    open.add(client);
    open.add(upstream);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const s of [client, upstream]) {
      s.setNoDelay(true);
      s.on('error', closeBoth);
      s.on('close', closeBoth);
    }
    pipeDelayed(client, upstream, () => delayMs, maxBuffered, (n) => (stats.bytesForward += n));
    pipeDelayed(upstream, client, () => delayMs, maxBuffered, (n) => (stats.bytesBackward += n));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host || '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    get oneWayDelayMs() {
      return delayMs;
    },
    get isCut() {
      return cut;
    },
    stats,
    setDelay(ms) {
      delayMs = checkDelay(ms);
    },
    cut() {
      cut = true;
      for (const s of open) s.destroy();
      open.clear();
    },
    heal() {
      cut = false;
    },
    async close() {
      cut = true;
      for (const s of open) s.destroy();
      open.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Moves bytes from `from` to `to`, each chunk released no earlier than its arrival plus the delay
 * and never before the chunk ahead of it (a delay lowered at run time must not reorder the stream).
 */
function pipeDelayed(from: Socket, to: Socket, delay: () => number, maxBuffered: number, count: (n: number) => void): void {
  const queue: Array<{ chunk: Buffer; releaseAt: number }> = [];
  let buffered = 0;
  let lastReleaseAt = 0;
  let timer: NodeJS.Timeout | undefined;
  const drain = () => {
    timer = undefined;
    const now = Date.now();
    while (queue.length && queue[0]!.releaseAt <= now) {
      const { chunk } = queue.shift()!;
      buffered -= chunk.length;
      if (!to.destroyed) to.write(chunk);
      count(chunk.length);
    }
    if (buffered < maxBuffered && from.isPaused()) from.resume();
    if (queue.length) timer = setTimeout(drain, Math.max(0, queue[0]!.releaseAt - Date.now()));
  };
  from.on('data', (chunk: Buffer) => {
    const d = delay();
    if (d === 0 && queue.length === 0) {
      to.write(chunk);
      count(chunk.length);
      return;
    }
    lastReleaseAt = Math.max(Date.now() + d, lastReleaseAt);
    queue.push({ chunk, releaseAt: lastReleaseAt });
    buffered += chunk.length;
    if (buffered >= maxBuffered) from.pause();
    if (!timer) timer = setTimeout(drain, Math.max(0, queue[0]!.releaseAt - Date.now()));
  });
  from.on('close', () => {
    if (timer) clearTimeout(timer);
  });
}

function checkDelay(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`one-way delay ${ms} ms: expected a finite number ≥ 0`);
  return ms;
}
