import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';

export interface NatsServerOptions {
  jetstream?: boolean;
  /** Reuse a store dir (for durability tests); a fresh mkdtemp dir otherwise. */
  storeDir?: string;
  /** Fixed client port; -1 (default) lets the server choose a free one. */
  port?: number;
  /** Fixed monitoring port; -1 (default) lets the server choose (a restart then gets a new one). */
  monitorPort?: number;
  /** Extra lines for the server config file. */
  extraConfig?: string;
  /** JetStream domain (hub/leaf topologies); written inside the harness's own `jetstream {}` block. */
  jetstreamDomain?: string;
  /** Give up waiting for readiness after this long. */
  readyTimeoutMs?: number;
  /** Path of the nats-server binary (default: `nats-server` on PATH). */
  binary?: string;
}

export interface RunningNatsServer {
  readonly url: string;
  readonly port: number;
  readonly monitorPort: number;
  readonly storeDir: string;
  readonly version: string;
  readonly pid: number | undefined;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s); removes the store and config unless told otherwise. */
  stop(opts?: { removeStore?: boolean }): Promise<void>;
  /** Kills without a graceful shutdown, like a crashed process (the store stays). */
  kill(): Promise<void>;
  /** Stops and starts the same server on the same port and store (for durability tests). */
  restart(): Promise<RunningNatsServer>;
}

export class NatsServerMissingError extends Error {
  override readonly name = 'NatsServerMissingError';
  constructor(binary: string) {
    super(`${binary} was not found on PATH: install it with 'apt-get install -y nats-server' (tests never mock the broker)`);
  }
}

/**
 * Starts a real `nats-server` (JetStream on by default) on a free port with its own temp store,
 * waits for its ports file and a TCP accept (never a sleep), and fails loudly on early exit.
 */
export async function startNatsServer(opts: NatsServerOptions = {}): Promise<RunningNatsServer> {
  const binary = opts.binary ?? 'nats-server';
  const version = natsServerVersion(binary);
  const ownStore = opts.storeDir === undefined;
  const storeDir = opts.storeDir ?? (await mkdtemp(join(tmpdir(), 'cellmesh-nats-')));
  const workDir = await mkdtemp(join(tmpdir(), 'cellmesh-nats-run-'));
  const configPath = join(workDir, 'nats.conf');
  const config = [
    `listen: 127.0.0.1:${opts.port ?? -1}`,
    `http: 127.0.0.1:${opts.monitorPort ?? -1}`,
    `ports_file_dir: ${JSON.stringify(workDir)}`,
    opts.jetstream === false ? '' : `jetstream { store_dir: ${JSON.stringify(storeDir)}${opts.jetstreamDomain ? `, domain: ${JSON.stringify(opts.jetstreamDomain)}` : ''} }`,
    opts.extraConfig ?? '',
  ].join('\n');
  await writeFile(configPath, config);

  const child = spawn(binary, ['-c', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-8000);
  });
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`nats-server exited before it was ready (code ${code}, signal ${signal}):\n${stderr}`)));
    child.once('error', (err) => reject(err));
  });
  exited.catch(() => undefined);

  const ports = await Promise.race([waitForPortsFile(workDir, child.pid, opts.readyTimeoutMs ?? 15_000), exited]);
  const clientUrl = ports.nats[0]!;
  const port = Number(new URL(clientUrl).port);
  const monitorPort = Number(new URL(ports.monitoring[0]!).port);
  await Promise.race([waitForTcp(port), exited]);

  let stopped = false;
  const terminate = async (signal: NodeJS.Signals) => {
    if (stopped || child.exitCode !== null) {
      stopped = true;
      return;
    }
    stopped = true;
    const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await done;
    clearTimeout(timer);
  };

  const server: RunningNatsServer = {
    url: `nats://127.0.0.1:${port}`,
    port,
    monitorPort,
    storeDir,
    version,
    pid: child.pid,
    async stop({ removeStore = ownStore } = {}) {
      await terminate('SIGTERM');
      await rm(workDir, { recursive: true, force: true });
      if (removeStore) await rm(storeDir, { recursive: true, force: true });
    },
    async kill() {
      await terminate('SIGKILL');
    },
    async restart() {
      await terminate('SIGTERM');
      await rm(workDir, { recursive: true, force: true });
      const next = await startNatsServer({ ...opts, storeDir, port });
      // The restarted server owns the store only if this one did.
      return ownStore ? { ...next, stop: (o) => next.stop({ removeStore: o?.removeStore ?? true }) } : next;
    },
  };
  return server;
}

interface PortsFile {
  nats: string[];
  monitoring: string[];
}

async function waitForPortsFile(dir: string, pid: number | undefined, timeoutMs: number): Promise<PortsFile> {
  const deadline = Date.now() + timeoutMs;
  const name = `nats-server_${pid}.ports`;
  while (Date.now() < deadline) {
    const files = await readdir(dir).catch(() => [] as string[]);
    if (files.includes(name)) {
      const text = await readFile(join(dir, name), 'utf8').catch(() => '');
      try {
        const parsed = JSON.parse(text) as PortsFile;
        if (parsed.nats?.length) return parsed;
      } catch {
        // written but not complete yet
      }
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`nats-server did not write its ports file within ${timeoutMs} ms`);
}

async function waitForTcp(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`nats-server did not accept connections on port ${port} within ${timeoutMs} ms`);
}

const versionByBinary = new Map<string, string>();

/** The installed server's version ("2.9.10"), so tests can pick a 2.9 fallback rather than skip. */
export function natsServerVersion(binary = 'nats-server'): string {
  const cached = versionByBinary.get(binary);
  if (cached) return cached;
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8' });
    const version = /v?(\d+\.\d+\.\d+)/.exec(out)?.[1] ?? out.trim();
    versionByBinary.set(binary, version);
    return version;
  } catch {
    throw new NatsServerMissingError(binary);
  }
}
