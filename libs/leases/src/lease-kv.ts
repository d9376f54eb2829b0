/**
 * Lease records in KV (`cm_leases`): read, decode, and write with compare-and-set on the key's revision.
 * The leader-election service writes with these; every writer that fences reads with them.
 */
import { JetStreamApiError } from '@nats-io/jetstream';
import type { KV, KvEntry } from '@nats-io/kv';
import { keys } from '@cellmesh/bus';
import { codecs } from '@cellmesh/contracts';
import { CREATE_REVISION, type FencingToken, type LeaseRecord, type StoredLease } from '@cellmesh/leader-core';

/** The root election's lease record names this cluster id, so `keys.lease(ROOT_CLUSTER_ID) === keys.rootLease`. */
export const ROOT_CLUSTER_ID = 'root';

/** JetStream's answer to a stale expected revision ("wrong last sequence"); also kv.create on an existing key. */
export const CAS_CONFLICT_CODE = 10071;

/** The KV key of a cluster's lease (`ROOT_CLUSTER_ID` gives the root lease). */
export function leaseKey(clusterId: string): string {
  return clusterId === ROOT_CLUSTER_ID ? keys.rootLease : keys.lease(clusterId);
}

/** Every lease key, for watches (the bucket also holds other leases, e.g. `committer.active`). */
export const LEASE_KEYS_FILTER = 'lease.>';

export function encodeLease(record: LeaseRecord): Uint8Array {
  return codecs.Lease.encode(record);
}

/** Decodes a stored lease value (throws ContractError on a malformed one). */
export function decodeLease(bytes: Uint8Array): LeaseRecord {
  const m = codecs.Lease.decode(bytes);
  return {
    clusterId: m.clusterId,
    holder: m.holder,
    term: Number(m.term),
    acquiredAtMs: Number(m.acquiredAtMs),
    renewedAtMs: Number(m.renewedAtMs),
    expiresAtMs: Number(m.expiresAtMs),
    holderRank: m.holderRank,
  };
}

/** A KV entry as a stored lease; undefined for a deleted or purged key. Throws on a malformed value (or one stored under another cluster's key). */
export function storedLeaseOf(entry: Pick<KvEntry, 'operation' | 'value' | 'revision'> & { key?: string } | null): StoredLease | undefined {
  if (entry === null || entry.operation !== 'PUT') return undefined;
  const record = decodeLease(entry.value);
  return { record: entry.key === undefined ? record : checkedLease(record, entry.key), revision: entry.revision };
}

/** A decoded lease is only believed under its own key and with a sane term (protobuf decodes many garbage bytes without error). */
function checkedLease(record: LeaseRecord, key: string): LeaseRecord {
  let expectedKey: string | undefined;
  try {
    expectedKey = leaseKey(record.clusterId);
  } catch {
    expectedKey = undefined;
  }
  if (expectedKey !== key) throw new Error(`lease value names cluster ${JSON.stringify(record.clusterId)}, which does not belong under key ${key}`);
  if (!Number.isSafeInteger(record.term) || record.term < 0) throw new Error(`lease value has term ${record.term}`);
  return record;
}

/**
 * A lease read from KV. `corrupt` is set when the stored value could not be decoded: the record is then
 * a synthetic *released* lease at the garbage value's revision, whose term is the newest term the key's
 * history still shows (or, when no decodable value is left, the revision itself, which is an upper bound
 * on every term ever written there: each term took at least one write). An elector therefore overwrites
 * the garbage by compare-and-set with a term above every earlier one; fencing never goes backwards.
 */
export type ReadLease = StoredLease & { corrupt?: string };

/** Called once per malformed lease value read (log, dead letter, metric: the caller's choice). */
export type CorruptLeaseReporter = (report: { key: string; revision: number; error: string; value: Uint8Array }) => void;

/** Reads a cluster's lease and the revision a compare-and-set must name; undefined when the key is absent. Never throws on a malformed value. */
export async function readLease(kv: KV, clusterId: string, onCorrupt?: CorruptLeaseReporter): Promise<ReadLease | undefined> {
  const key = leaseKey(clusterId);
  const entry = await kv.get(key);
  if (entry === null || entry.operation !== 'PUT') return undefined;
  try {
    return { record: checkedLease(decodeLease(entry.value), key), revision: entry.revision };
  } catch (err) {
    const error = (err as Error).message;
    onCorrupt?.({ key, revision: entry.revision, error, value: entry.value });
    const term = (await newestDecodableTerm(kv, key).catch(() => undefined)) ?? entry.revision;
    return { record: corruptLeaseStandIn(clusterId, term), revision: entry.revision, corrupt: error };
  }
}

/** The stand-in for an undecodable lease value: released (no holder, expired), at the newest known term. */
export function corruptLeaseStandIn(clusterId: string, term: number): LeaseRecord {
  return { clusterId, holder: '', term, acquiredAtMs: 0, renewedAtMs: 0, expiresAtMs: 0, holderRank: 0 };
}

/** The highest term among the key's retained revisions that still decode (undefined: none does). */
async function newestDecodableTerm(kv: KV, key: string): Promise<number | undefined> {
  let newest: number | undefined;
  const history = await kv.history({ key });
  for await (const e of history) {
    if (e.operation !== 'PUT') continue;
    try {
      const term = decodeLease(e.value).term;
      newest = Math.max(newest ?? 0, term);
    } catch {
      // another garbage revision: skip it
    }
  }
  return newest;
}

export type LeaseWriteResult = { written: true; revision: number } | { written: false; reason: 'lost-race'; detail: string };

/**
 * Writes `lease` only if the key is still at `expectedRevision` (`CREATE_REVISION`: only if absent).
 * A stale revision means another node wrote first: that is losing the race, not an error.
 */
export async function writeLeaseCas(kv: KV, lease: LeaseRecord, expectedRevision: number): Promise<LeaseWriteResult> {
  const key = leaseKey(lease.clusterId);
  const bytes = encodeLease(lease);
  try {
    const revision = expectedRevision === CREATE_REVISION ? await kv.create(key, bytes) : await kv.update(key, bytes, expectedRevision);
    return { written: true, revision };
  } catch (err) {
    if (isCasConflict(err)) return { written: false, reason: 'lost-race', detail: `${key} is no longer at revision ${expectedRevision}` };
    throw err;
  }
}

/** True for JetStream's "wrong last sequence" (code 10071): the key moved since it was read. */
export function isCasConflict(err: unknown): boolean {
  if (err instanceof JetStreamApiError) return err.code === CAS_CONFLICT_CODE;
  return err instanceof Error && /wrong last sequence/i.test(err.message);
}

/**
 * A token as decoded from protobuf (`FencingToken` inside TaskDispatch, CommitDelta, …), normalised.
 * Absent fields become '' / 0, which `checkFencingToken` rejects as 'invalid-token'.
 */
export function toFencingToken(m: { clusterId?: string | null; holder?: string | null; term?: number | null } | null | undefined): FencingToken {
  return { clusterId: m?.clusterId ?? '', holder: m?.holder ?? '', term: Number(m?.term ?? 0) };
}
