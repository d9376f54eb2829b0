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

/** A KV entry as a stored lease; undefined for a deleted or purged key. */
export function storedLeaseOf(entry: Pick<KvEntry, 'operation' | 'value' | 'revision'> | null): StoredLease | undefined {
  if (entry === null || entry.operation !== 'PUT') return undefined;
  return { record: decodeLease(entry.value), revision: entry.revision };
}

/** Reads a cluster's lease and the revision a compare-and-set must name; undefined when the key is absent. */
export async function readLease(kv: KV, clusterId: string): Promise<StoredLease | undefined> {
  return storedLeaseOf(await kv.get(leaseKey(clusterId)));
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
