/**
 * Lease I/O shared by the leader-election service and every writer that fences: read and CAS-write
 * leases in `cm_leases`, watch them, and reject writes carrying a stale term. Decisions live in
 * @cellmesh/leader-core; this lib only moves leases between KV and those functions.
 */
export { LeaseWatcher, type LeaseWatcherOptions, type LeaderInfo, type LeaseChange } from './watcher';
export { fencedKvUpdate, termOfClusterState, type FencedKvUpdateOptions, type FencedWrite } from './fenced-kv';
export { FencingRejectedError } from './errors';
export { inOfficeAt, officePeriodOf, recordOfficePeriod, MAX_OFFICE_PERIODS, type OfficePeriod, type OfficeVerdict } from './office';
export {
  ROOT_CLUSTER_ID,
  CAS_CONFLICT_CODE,
  LEASE_KEYS_FILTER,
  leaseKey,
  encodeLease,
  decodeLease,
  storedLeaseOf,
  readLease,
  corruptLeaseStandIn,
  type ReadLease,
  type CorruptLeaseReporter,
  writeLeaseCas,
  isCasConflict,
  toFencingToken,
  type LeaseWriteResult,
} from './lease-kv';
export { FencingRejection, fencingTokenOf, type FencingToken, type TermFence, type FenceVerdict, type LeaseRecord, type StoredLease } from '@cellmesh/leader-core';
