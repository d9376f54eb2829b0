import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, RetentionPolicy, StorageType, DiscardPolicy, type StreamConfig } from '@nats-io/jetstream';
import { Kvm, type KV, type KvOptions } from '@nats-io/kv';
import { Objm, type ObjectStoreOptions } from '@nats-io/obj';
import { Buckets, ObjectStores, Streams, subjects, type BucketName, type ObjectStoreName, type StreamName } from './names';

const SECOND_NS = 1_000_000_000;
const HOUR_NS = 3600 * SECOND_NS;
const DAY_NS = 24 * HOUR_NS;
/** De-duplication window for Nats-Msg-Id (task ids, commit ids). */
export const DUPLICATE_WINDOW_NS = 2 * 60 * SECOND_NS;

type StreamSpec = Partial<Pick<StreamConfig, 'subjects' | 'retention' | 'max_age' | 'max_msgs_per_subject' | 'max_bytes' | 'duplicate_window' | 'discard' | 'allow_direct' | 'description'>>;

/**
 * What must not be lost lives in these streams (file storage). Sizes and retention are
 * documented in docs/reliability.md; everything is bounded so a runaway producer cannot fill a disk.
 */
export const streamSpecs: Record<StreamName, StreamSpec> = {
  [Streams.Tasks]: { subjects: [subjects.taskSubmitAll], retention: RetentionPolicy.Limits, max_age: DAY_NS, max_bytes: 1024 ** 3, duplicate_window: DUPLICATE_WINDOW_NS, discard: DiscardPolicy.Old, allow_direct: true, description: 'Accepted task submissions' },
  [Streams.Dispatch]: { subjects: [subjects.taskRunAll], retention: RetentionPolicy.Limits, max_age: DAY_NS, max_bytes: 1024 ** 3, duplicate_window: DUPLICATE_WINDOW_NS, discard: DiscardPolicy.Old, allow_direct: true, description: 'Placed tasks dispatched to nodes' },
  [Streams.Results]: { subjects: [subjects.taskResultAll], retention: RetentionPolicy.Limits, max_age: DAY_NS, max_msgs_per_subject: 4, max_bytes: 1024 ** 3, duplicate_window: DUPLICATE_WINDOW_NS, discard: DiscardPolicy.Old, allow_direct: true, description: 'Task results by task id' },
  [Streams.Placements]: { subjects: [subjects.placementReceiptAll], retention: RetentionPolicy.Limits, max_age: 7 * DAY_NS, max_msgs_per_subject: 8, max_bytes: 1024 ** 3, duplicate_window: DUPLICATE_WINDOW_NS, discard: DiscardPolicy.Old, allow_direct: true, description: 'Placement receipts (cellmesh explain)' },
  [Streams.Commits]: { subjects: [subjects.datastateCommitAll], retention: RetentionPolicy.Limits, max_age: DAY_NS, max_bytes: 1024 ** 3, duplicate_window: DUPLICATE_WINDOW_NS, discard: DiscardPolicy.Old, allow_direct: true, description: 'DataState commitDelta requests' },
  [Streams.History]: { subjects: [subjects.datastateHistoryAll], retention: RetentionPolicy.Limits, max_age: 30 * DAY_NS, max_bytes: 4 * 1024 ** 3, duplicate_window: DUPLICATE_WINDOW_NS, discard: DiscardPolicy.Old, allow_direct: true, description: 'DataState cold layer: every applied delta' },
  [Streams.LeaderEvents]: { subjects: [subjects.leaderChangedAll], retention: RetentionPolicy.Limits, max_age: 7 * DAY_NS, max_msgs_per_subject: 1000, max_bytes: 256 * 1024 ** 2, duplicate_window: DUPLICATE_WINDOW_NS, discard: DiscardPolicy.Old, allow_direct: true, description: 'Leader changes (audit)' },
  // One subject per service; a flood of one bad input is bounded per service and in bytes (and de-duplicated: deadletter.ts).
  [Streams.DeadLetter]: { subjects: [subjects.deadLetterAll], retention: RetentionPolicy.Limits, max_age: 14 * DAY_NS, max_msgs_per_subject: 100_000, max_bytes: 256 * 1024 ** 2, duplicate_window: DUPLICATE_WINDOW_NS, discard: DiscardPolicy.Old, allow_direct: true, description: 'Messages a service could not process, with the reason' },
};

/**
 * Every bucket is bounded in bytes and in history per key. Only the buckets whose values are refreshed
 * on a heartbeat get a max_age (`ttl`): a lease, a cluster state or a room snapshot may legitimately stay
 * unchanged for days, and expiring a lease would restart its term at 1 (fencing must never go backwards).
 */
export const bucketSpecs: Record<BucketName, Partial<KvOptions>> = {
  [Buckets.Nodes]: { history: 1, ttl: 15_000, max_bytes: 64 * 1024 ** 2, description: 'Node registry heartbeats (expire after 15 s)' },
  [Buckets.Metrics]: { history: 1, ttl: 60_000, max_bytes: 256 * 1024 ** 2, description: 'Warm metric snapshots and peer tables' },
  [Buckets.Topology]: { history: 5, max_bytes: 256 * 1024 ** 2, description: 'Cluster state and neighbour lists' },
  [Buckets.Leases]: { history: 10, max_bytes: 64 * 1024 ** 2, description: 'Leader leases (CAS on revision; expiry in the value)' },
  [Buckets.Datastate]: { history: 3, maxValueSize: 8 * 1024 * 1024, max_bytes: 8 * 1024 ** 3, description: 'Warm DataState room snapshots' },
};

/** Object stores: bounded in bytes; no max_age (a large room's only warm snapshot lives here). */
export const objectStoreSpecs: Record<ObjectStoreName, Partial<ObjectStoreOptions>> = {
  [ObjectStores.Rooms]: { max_bytes: 8 * 1024 ** 3, description: 'DataState rooms larger than one NATS message: warm snapshots and read replies' },
};

/** A bucket's backing stream (nats.js names it so). */
export function bucketStreamName(bucket: BucketName | string): string {
  return `KV_${bucket}`;
}

export interface ProvisionReport {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * Creates or updates every stream and bucket. Safe to run any number of times, from any node.
 * `domain`: provision another JetStream domain through this connection (a cell's, from the hub).
 */
export async function provisionAll(nc: NatsConnection, storage: 'file' | 'memory' = 'file', opts: { domain?: string } = {}): Promise<ProvisionReport> {
  const report: ProvisionReport = { created: [], updated: [], unchanged: [] };
  const domain = opts.domain ? { domain: opts.domain } : undefined;
  const jsm = await jetstreamManager(nc, domain);
  const storageType = storage === 'file' ? StorageType.File : StorageType.Memory;
  for (const [name, spec] of Object.entries(streamSpecs)) {
    const wanted = { name, storage: storageType, ...spec };
    const existing = await jsm.streams.info(name).catch((err: Error) => {
      if (/stream not found/i.test(err.message)) return null;
      throw err;
    });
    if (!existing) {
      await jsm.streams.add(wanted);
      report.created.push(name);
    } else if (differs(existing.config as unknown as Record<string, unknown>, wanted as unknown as Record<string, unknown>)) {
      await jsm.streams.update(name, { ...existing.config, ...wanted });
      report.updated.push(name);
    } else {
      report.unchanged.push(name);
    }
  }
  const kvm = new Kvm(domain ? jetstream(nc, domain) : nc);
  const existingBuckets = new Set<string>();
  for await (const status of kvm.list()) existingBuckets.add(status.bucket);
  for (const [bucket, opts] of Object.entries(bucketSpecs)) {
    await kvm.create(bucket, { ...opts, storage: storageType });
    if (!existingBuckets.has(bucket)) {
      report.created.push(`KV ${bucket}`);
      continue;
    }
    // kvm.create binds to an existing bucket without changing it: bring its limits up to the spec.
    const info = await jsm.streams.info(bucketStreamName(bucket));
    const wantedLimits = { max_bytes: opts.max_bytes ?? -1, max_msgs_per_subject: opts.history ?? 1 };
    if (info.config.max_bytes !== wantedLimits.max_bytes || info.config.max_msgs_per_subject !== wantedLimits.max_msgs_per_subject) {
      await jsm.streams.update(bucketStreamName(bucket), { ...info.config, ...wantedLimits });
      report.updated.push(`KV ${bucket}`);
    } else {
      report.unchanged.push(`KV ${bucket}`);
    }
  }
  const objm = new Objm(domain ? jetstream(nc, domain) : nc);
  for (const [store, opts] of Object.entries(objectStoreSpecs)) {
    const stream = `OBJ_${store}`;
    const existing = await jsm.streams.info(stream).catch(() => null);
    await objm.create(store, { ...opts, storage: storageType });
    (existing ? report.unchanged : report.created).push(`OBJ ${store}`);
  }
  return report;
}

/** Opens a bucket that provisionAll created (bind only: no create round trip). */
export async function openBucket(nc: NatsConnection, bucket: BucketName): Promise<KV> {
  return new Kvm(nc).open(bucket);
}

function differs(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.keys(wanted).some((k) => k !== 'name' && JSON.stringify(current[k]) !== JSON.stringify(wanted[k]));
}
