/**
 * A KV write that carries a leader's term and is refused when that term is stale. Two fences apply:
 *
 * 1. the lease: the cluster's lease is re-read (not just watched), and the token is checked against the
 *    writer's fence. A leader deposed before this write is refused even if it never learned of it;
 * 2. the key itself (when `storedTermOf` is given): the value already stored names the term it was written
 *    under, and the write is a compare-and-set on the revision that was checked. Once a newer leader has
 *    written the key, no older term can land on it, however the two writers interleave.
 *
 * What stays possible, and is linearizable: a write whose lease check ran just before a takeover is
 * ordered before that takeover. It can never land after the newer leader's first write to the same key.
 */
import type { KV } from '@nats-io/kv';
import { RetryableError } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import { FencingRejection, type FencingToken } from '@cellmesh/leader-core';
import { FencingRejectedError } from './errors';
import { isCasConflict } from './lease-kv';
import type { LeaseWatcher } from './watcher';

export interface FencedKvUpdateOptions {
  /** The term the currently stored value was written under (undefined: written without one). */
  storedTermOf?: (stored: Uint8Array) => number | undefined;
  /** Re-read the lease before checking (default true). Off only where the watcher is known to be current. */
  refreshLease?: boolean;
  /** How often to re-check after another writer changed the key between read and write (default 5). */
  maxCasRetries?: number;
}

export interface FencedWrite {
  revision: number;
  /** The cluster's term this write was accepted under. */
  term: number;
}

/**
 * Writes `value` at `key` in `kv` under `token`: throws FencingRejectedError ('stale-term', …) when the
 * token is older than the lease or than the term of the value it would replace; RetryableError when other
 * writers kept moving the key for `maxCasRetries` attempts.
 */
export async function fencedKvUpdate(
  kv: KV,
  key: string,
  value: Uint8Array,
  token: FencingToken,
  fence: LeaseWatcher,
  options: FencedKvUpdateOptions = {},
): Promise<FencedWrite> {
  if (options.refreshLease ?? true) await fence.refresh(token.clusterId);
  const maxRetries = options.maxCasRetries ?? 5;
  for (let attempt = 0; ; attempt++) {
    const accepted = fence.assertFencingToken(token);
    const entry = await kv.get(key);
    const present = entry !== null && entry.operation === 'PUT';
    if (present && options.storedTermOf) {
      const storedTerm = storedTermOrNone(options.storedTermOf, entry.value);
      if (storedTerm !== undefined && token.term < storedTerm) {
        throw new FencingRejectedError(FencingRejection.StaleTerm, `${key} was written under term ${storedTerm}; token has term ${token.term}`, token, accepted);
      }
    }
    try {
      const revision = present ? await kv.update(key, value, entry.revision) : await kv.create(key, value);
      return { revision, term: accepted.term };
    } catch (err) {
      if (!isCasConflict(err)) throw err;
      if (attempt >= maxRetries) throw new RetryableError(`${key} kept changing under ${maxRetries + 1} fenced writes`, { cause: err });
    }
  }
}

/** A stored value that cannot be decoded carries no term: it never blocks a fenced write, which replaces it by CAS. */
function storedTermOrNone(storedTermOf: (stored: Uint8Array) => number | undefined, value: Uint8Array): number | undefined {
  try {
    return storedTermOf(value);
  } catch {
    return undefined;
  }
}

/** `storedTermOf` for ClusterState values (`keys.cluster(id)` in cm_topology): the leader term they carry. */
export function termOfClusterState(stored: Uint8Array): number | undefined {
  const term = Number(codecs.ClusterState.decode(stored).leaderTerm);
  return term > 0 ? term : undefined;
}
