import type { NatsConnection } from '@nats-io/transport-node';
import { Buckets, keys, openBucket } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import type { DelayRelay, RunningNatsServer } from '@cellmesh/testing';
import type { NodeSupervisor } from './supervisor';

/** What a fault may act on. `server` is replaced when a fault restarts it (same port, same store). */
export interface ChaosContext {
  server: RunningNatsServer;
  readonly storeDir: string;
  readonly port: number;
  readonly supervisor: NodeSupervisor;
  /** The harness's own connection (reconnects forever), for reading leases. */
  readonly nc: NatsConnection;
  readonly nodeIds: readonly string[];
  /** Starts the fabric's server again on its port and store (with its cell config, in the cells shape). */
  startServer(): Promise<RunningNatsServer>;
  /** The cells shape: the EMULATED WAN relay between the fabric's cell server and the hub. */
  readonly relay?: DelayRelay;
  log(text: string): void;
}

/**
 * One fault: inject() breaks something and says what it did; heal() undoes it (a no-op where the
 * supervisor heals: a killed node is restarted). holdMs is how long the fault lasts between the two.
 * A new case (the cells topology's leaf-link cut through its TCP delay relay) is one more object of this shape.
 */
export interface Fault {
  readonly name: string;
  holdMs(ctx: ChaosContext): Promise<number>;
  inject(ctx: ChaosContext): Promise<string>;
  heal(ctx: ChaosContext): Promise<void>;
}

/** The node holding a live lease in cm_leases (`lease.root`, `committer.active`), read the way any client could. */
export async function leaseHolder(nc: NatsConnection, key: string): Promise<{ holder: string; term: number; ttlMs: number } | undefined> {
  const kv = await openBucket(nc, Buckets.Leases);
  const entry = await kv.get(key).catch(() => null);
  if (!entry || entry.operation !== 'PUT' || entry.value.length === 0) return undefined;
  const lease = codecs.Lease.decode(entry.value);
  if (!lease.holder || Number(lease.expiresAtMs ?? 0) < Date.now()) return undefined;
  // The committer's holder is `<nodeId>#<instance>`; the root's is the node id.
  return { holder: lease.holder.split('#')[0]!, term: Number(lease.term ?? 0), ttlMs: Number(lease.expiresAtMs ?? 0) - Number(lease.renewedAtMs ?? 0) };
}

async function rootHolder(ctx: ChaosContext): Promise<string> {
  const root = await leaseHolder(ctx.nc, keys.rootLease);
  if (!root || !ctx.nodeIds.includes(root.holder)) throw new Error(`no live root lease held by a node of this fabric (${JSON.stringify(root)})`);
  return root.holder;
}

async function committerHolder(ctx: ChaosContext): Promise<string> {
  const c = await leaseHolder(ctx.nc, keys.committerLease);
  if (!c || !ctx.nodeIds.includes(c.holder)) throw new Error(`no live committer lease held by a node of this fabric (${JSON.stringify(c)})`);
  return c.holder;
}

const noHeal = async () => undefined;

/** kill -9 of one node's process, chosen by `pick`; the supervisor restarts it a second later. */
export function killNode(name: string, pick: (ctx: ChaosContext) => Promise<string>): Fault {
  return {
    name,
    holdMs: async () => 0,
    async inject(ctx) {
      const nodeId = await pick(ctx);
      const pid = ctx.supervisor.signal(nodeId, 'SIGKILL');
      return `SIGKILL ${nodeId} (pid ${pid})`;
    },
    heal: noHeal,
  };
}

/** A worker: neither the root nor the active committer (falls back to any non-root node). */
async function plainWorker(ctx: ChaosContext): Promise<string> {
  const root = await rootHolder(ctx);
  const committer = await committerHolder(ctx).catch(() => '');
  return ctx.nodeIds.find((id) => id !== root && id !== committer) ?? ctx.nodeIds.find((id) => id !== root)!;
}

export const killWorker = killNode('kill -9 worker node', plainWorker);
export const killRoot = killNode('kill -9 root node', rootHolder);
export const killCommitter = killNode('kill -9 active committer node', committerHolder);

/** nats-server SIGKILL, then started again at once on the same port and store. */
export const natsRestart: Fault = {
  name: 'nats-server kill -9 + restart (same store)',
  holdMs: async () => 0,
  async inject(ctx) {
    const pid = ctx.server.pid;
    await ctx.server.kill();
    ctx.server = await ctx.startServer();
    return `SIGKILL nats-server (pid ${pid}), restarted as pid ${ctx.server.pid} on port ${ctx.port}`;
  },
  heal: noHeal,
};

/** The server gone longer than the clients' request timeouts and the leases' TTL, then back on the same store. */
export function natsOutage(outageMs: number): Fault {
  return {
    name: `nats-server outage ${Math.round(outageMs / 1000)} s`,
    holdMs: async () => outageMs,
    async inject(ctx) {
      const pid = ctx.server.pid;
      await ctx.server.kill();
      return `SIGKILL nats-server (pid ${pid}); down for ${outageMs} ms`;
    },
    async heal(ctx) {
      ctx.server = await ctx.startServer();
      ctx.log(`nats-server back as pid ${ctx.server.pid}`);
    },
  };
}

/** SIGSTOP of the root's process for longer than its lease (TTL + margin), then SIGCONT: it must find itself deposed. */
export function pauseRoot(marginMs: number): Fault {
  let paused: string | undefined;
  return {
    name: 'SIGSTOP root past its lease, SIGCONT',
    async holdMs(ctx) {
      const root = await leaseHolder(ctx.nc, keys.rootLease);
      return (root?.ttlMs ?? 10_000) + marginMs;
    },
    async inject(ctx) {
      paused = await rootHolder(ctx);
      const pid = ctx.supervisor.signal(paused, 'SIGSTOP');
      return `SIGSTOP ${paused} (pid ${pid})`;
    },
    async heal(ctx) {
      if (paused) ctx.supervisor.signal(paused, 'SIGCONT');
      paused = undefined;
    },
  };
}

/**
 * The cells shape: the fabric's cell loses its WAN link (the leaf connection to the hub) for `cutMs`:
 * the relay drops every connection and refuses new ones, then lets the leaf reconnect.
 */
export function leafCut(cutMs: number): Fault {
  return {
    name: `leaf-link cut ${Math.round(cutMs / 1000)} s`,
    holdMs: async () => cutMs,
    async inject(ctx) {
      if (!ctx.relay) throw new Error('leaf-cut needs the cells shape (npm run chaos -- --cell)');
      ctx.relay.cut();
      return `cut the cell's leaf link to the hub (EMULATED WAN relay) for ${cutMs} ms`;
    },
    async heal(ctx) {
      ctx.relay?.heal();
    },
  };
}

/** Every fault the suite knows, by the short name `--faults` takes. */
export function faultCatalogue(opts: { outageMs: number; pauseMarginMs: number; cutMs: number }): Record<string, Fault> {
  return {
    'kill-worker': killWorker,
    'kill-root': killRoot,
    'kill-committer': killCommitter,
    'nats-restart': natsRestart,
    'nats-outage': natsOutage(opts.outageMs),
    'pause-root': pauseRoot(opts.pauseMarginMs),
    'leaf-cut': leafCut(opts.cutMs),
  };
}
