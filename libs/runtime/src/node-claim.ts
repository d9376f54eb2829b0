import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { NatsConnection } from '@nats-io/transport-node';
import type { KV } from '@nats-io/kv';
import { Buckets, keys, openBucket } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import { systemClock, type Clock } from './deps';

/** A second live process claims a node id that another one holds: refused, with who holds it. */
export class DuplicateNodeIdError extends Error {
  override readonly name = 'DuplicateNodeIdError';
  readonly retryable = false;
  constructor(readonly nodeId: string, readonly holder: string, renewedAgoMs: number) {
    super(
      `node id ${nodeId} is already in use by ${holder} (its claim in ${Buckets.Nodes} ${keys.nodeClaim(nodeId)} was renewed ${Math.max(0, Math.round(renewedAgoMs))} ms ago): ` +
        'stop that process, or give this one another node id (CELLMESH_NODE_ID, or another NATS_URL for a second `cellmesh up`)',
    );
  }
}

export interface NodeClaimOptions {
  /** Who this is; default `<host>:<pid>:<random>`. */
  instanceId?: string;
  /** The claim is renewed this often. */
  renewMs?: number;
  /** A claim not renewed for this long belongs to a process that is gone: it may be taken over. */
  staleAfterMs?: number;
  clock?: Clock;
  /** Called once if the claim is lost: another instance holds it now (renewals failing while the server is away are retried, not a loss). */
  onLost?: (err: Error) => void;
}

export interface NodeClaim {
  readonly nodeId: string;
  readonly instanceId: string;
  /** Stops renewing and deletes the claim (compare-and-set, so a successor's claim is never removed). */
  release(): Promise<void>;
}

export const DEFAULT_CLAIM_RENEW_MS = 1500;
export const DEFAULT_CLAIM_STALE_AFTER_MS = 4500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Claims a node id for this process: a KV create of `claim.<nodeId>` in cm_nodes holding this instance's id,
 * renewed by compare-and-set. Another live holder (its claim renewed within staleAfterMs) makes this fail fast
 * with DuplicateNodeIdError. A claim left by a process that died (kill -9) is taken over once it has gone
 * unrenewed for staleAfterMs, so a supervisor's restart waits at most that long. A value that cannot be
 * decoded is reported and taken over by compare-and-set, never a halt.
 */
export async function claimNodeId(nc: NatsConnection, nodeId: string, opts: NodeClaimOptions = {}): Promise<NodeClaim> {
  const clock = opts.clock ?? systemClock;
  const instanceId = opts.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const renewMs = opts.renewMs ?? DEFAULT_CLAIM_RENEW_MS;
  const staleAfterMs = opts.staleAfterMs ?? DEFAULT_CLAIM_STALE_AFTER_MS;
  const key = keys.nodeClaim(nodeId);
  const kv = await openBucket(nc, Buckets.Nodes);
  const value = () => {
    const now = clock.now();
    return codecs.Lease.encode({ clusterId: nodeId, holder: instanceId, term: 0, acquiredAtMs: now, renewedAtMs: now, expiresAtMs: now + staleAfterMs });
  };
  let revision = await acquire(kv, key, nodeId, instanceId, value, staleAfterMs, clock);
  let released = false;
  let lost = false;
  let renewing = false;
  const loseClaim = (err: Error) => {
    if (lost || released) return;
    lost = true;
    clearInterval(timer);
    opts.onLost?.(err);
  };
  // One renewal at a time (a stalled process must not race itself). A renewal that fails because the server
  // is away is retried, never a loss: nobody else can take the claim meanwhile. Only a different holder's
  // value, found after a compare-and-set failed, means the claim is gone.
  const renew = async () => {
    try {
      revision = await kv.update(key, value(), revision);
    } catch (err) {
      if (!/wrong last sequence/i.test((err as Error).message)) return;
      const entry = await kv.get(key);
      const holder = entry && entry.operation === 'PUT' && entry.value.length > 0 ? safeDecode(entry.value)?.holder : undefined;
      if (holder && holder !== instanceId) return loseClaim(new Error(`the claim on node id ${nodeId} was taken over by another instance (${holder})`));
      // Expired (the bucket's max_age passed while the server was down), deleted, garbage or ours: write it back.
      revision = entry ? await kv.update(key, value(), entry.revision) : await kv.create(key, value());
    }
  };
  const timer = setInterval(() => {
    if (renewing || released || lost) return;
    renewing = true;
    void renew()
      .catch(() => undefined)
      .finally(() => (renewing = false));
  }, renewMs);
  timer.unref();
  return {
    nodeId,
    instanceId,
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      if (!lost) await kv.delete(key, { previousSeq: revision }).catch(() => undefined);
    },
  };
}

async function acquire(kv: KV, key: string, nodeId: string, instanceId: string, value: () => Uint8Array, staleAfterMs: number, clock: Clock): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return await kv.create(key, value());
    } catch {
      // the key exists (or a delete marker does): look at who holds it
    }
    const entry = await kv.get(key);
    if (!entry || entry.operation !== 'PUT' || entry.value.length === 0) {
      // Deleted or purged since: create over the marker by compare-and-set.
      if (entry) {
        const rev = await kv.update(key, value(), entry.revision).catch(() => undefined);
        if (rev !== undefined) return rev;
      }
      continue;
    }
    let holder: string;
    let renewedAt: number;
    try {
      const lease = codecs.Lease.decode(entry.value);
      holder = lease.holder ?? '';
      renewedAt = Number(lease.renewedAtMs ?? 0);
    } catch {
      holder = '';
      renewedAt = 0;
    }
    const fresh = holder !== '' && holder !== instanceId && clock.now() - renewedAt < staleAfterMs;
    if (fresh) {
      // Held and recently renewed: wait until it would be stale; renewed meanwhile means its holder is alive.
      await sleep(Math.max(0, renewedAt + staleAfterMs - clock.now()) + 50);
      const again = await kv.get(key);
      if (again && again.revision !== entry.revision && again.operation === 'PUT') {
        const lease = safeDecode(again.value);
        if (lease && lease.holder && lease.holder !== instanceId) throw new DuplicateNodeIdError(nodeId, lease.holder, clock.now() - Number(lease.renewedAtMs ?? 0));
      }
      continue;
    }
    // Stale, undecodable or ours: take it over by compare-and-set on the revision we read.
    const rev = await kv.update(key, value(), entry.revision).catch(() => undefined);
    if (rev !== undefined) return rev;
  }
  throw new Error(`could not claim node id ${nodeId}: ${key} kept changing`);
}

function safeDecode(bytes: Uint8Array): ReturnType<typeof codecs.Lease.decode> | undefined {
  try {
    return codecs.Lease.decode(bytes);
  } catch {
    return undefined;
  }
}
