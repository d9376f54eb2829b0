/**
 * Options → compileOptions() → CompiledOptions: defaults merged, units in names, validated.
 * Pure; a conflicting or out-of-range option throws a TypeError naming the field.
 */
import { DEFAULT_COMMIT_LIMITS, DEFAULT_WARM_RATE, isPolicyName, POLICY_NAMES, PolicyName, type CommitLimits, type PolicyConfig, type WarmRateOptions } from './core';

export interface DatastateCommitterOptions {
  /** Conflict policy per scope: a default, per-game settings, per-room overrides ("gameId/roomId"). */
  policies?: { default?: PolicyName; byGame?: Record<string, PolicyName>; byRoom?: Record<string, PolicyName> };
  /** Hot layer: rooms kept in memory (LRU) and their approximate total size. */
  maxHotRooms?: number;
  maxHotBytes?: number;
  /** Warm layer: how the snapshot rate follows the measured KV round trip. */
  warmRate?: Partial<WarmRateOptions>;
  /** How often dirty rooms are considered for a snapshot. */
  snapshotTickMs?: number;
  /** Active/standby: lease lifetime; the holder renews every third of it. */
  leaseTtlMs?: number;
  /** Redelivery delay of an unacked commit. ackWaitMs + pullExpiresMs must be ≤ leaseTtlMs / 2 (docs/datastate.md). */
  ackWaitMs?: number;
  /** Lifetime of one pull request on the server (nats.js minimum 1000). */
  pullExpiresMs?: number;
  /** Commits in flight at once (across rooms; one room is always serial). */
  maxInFlight?: number;
  /** Back-off between in-place retries of a transient failure (the message is kept, never nak'ed). */
  retryBackoffMs?: number;
  limits?: Partial<CommitLimits>;
  /** Register the read endpoints (NATS micro). */
  serveReads?: boolean;
  /** Take part in the active-committer election (false: a read-only standby). */
  apply?: boolean;
  /**
   * How often the active committer reports its load (LoadReport with hot/warm/cold bytes and the
   * commit backlog on metrics.load.<nodeId>) and sets the backlog gauge. Must stay well below the
   * metrics-collector's loadReportTtlMs (30 s), or the figures lapse between reports.
   */
  loadReportIntervalMs?: number;
}

export interface CompiledDatastateCommitterOptions {
  policies: PolicyConfig;
  maxHotRooms: number;
  maxHotBytes: number;
  warmRate: WarmRateOptions;
  snapshotTickMs: number;
  leaseTtlMs: number;
  leaseRenewMs: number;
  ackWaitMs: number;
  pullExpiresMs: number;
  maxInFlight: number;
  retryBackoffMs: number;
  limits: CommitLimits;
  serveReads: boolean;
  apply: boolean;
  loadReportIntervalMs: number;
}

export const DEFAULT_LEASE_TTL_MS = 10_000;
export const MIN_PULL_EXPIRES_MS = 1000;
export const DEFAULT_MAX_HOT_ROOMS = 1024;
export const DEFAULT_MAX_HOT_BYTES = 256 * 1024 * 1024;
export const DEFAULT_LOAD_REPORT_INTERVAL_MS = 5000;

export function compileOptions(options: DatastateCommitterOptions = {}): CompiledDatastateCommitterOptions {
  const leaseTtlMs = positive('leaseTtlMs', options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS);
  const pullExpiresMs = positive('pullExpiresMs', options.pullExpiresMs ?? Math.max(MIN_PULL_EXPIRES_MS, Math.floor(leaseTtlMs / 5)));
  if (pullExpiresMs < MIN_PULL_EXPIRES_MS) throw new TypeError(`pullExpiresMs must be at least ${MIN_PULL_EXPIRES_MS} (nats.js), got ${pullExpiresMs}`);
  const ackWaitMs = positive('ackWaitMs', options.ackWaitMs ?? Math.floor(leaseTtlMs / 2) - pullExpiresMs);
  if (ackWaitMs + pullExpiresMs > leaseTtlMs / 2) {
    throw new TypeError(
      `["ackWaitMs","pullExpiresMs","leaseTtlMs"]: ackWaitMs + pullExpiresMs (${ackWaitMs + pullExpiresMs}) must be at most leaseTtlMs / 2 (${leaseTtlMs / 2}) ` +
        "so a new active committer receives the old one's unacked commits before new ones",
    );
  }
  const warmRate = { ...DEFAULT_WARM_RATE, ...options.warmRate };
  positive('warmRate.minIntervalMs', warmRate.minIntervalMs);
  positive('warmRate.goodRttMs', warmRate.goodRttMs);
  if (warmRate.maxIntervalMs < warmRate.minIntervalMs) throw new TypeError('["warmRate.maxIntervalMs","warmRate.minIntervalMs"]: max must be ≥ min');
  if (!(warmRate.ewmaAlpha > 0 && warmRate.ewmaAlpha <= 1)) throw new TypeError('warmRate.ewmaAlpha must be in (0, 1]');
  const limits = { ...DEFAULT_COMMIT_LIMITS, ...options.limits };
  for (const [k, v] of Object.entries(limits)) if (typeof v === 'number') positive(`limits.${k}`, v);
  const policies: PolicyConfig = {
    default: policy('policies.default', options.policies?.default ?? PolicyName.LastWriterWins),
    byGame: checkedMap('policies.byGame', options.policies?.byGame ?? {}, false),
    byRoom: checkedMap('policies.byRoom', options.policies?.byRoom ?? {}, true),
  };
  return {
    policies,
    maxHotRooms: positive('maxHotRooms', options.maxHotRooms ?? DEFAULT_MAX_HOT_ROOMS),
    maxHotBytes: positive('maxHotBytes', options.maxHotBytes ?? DEFAULT_MAX_HOT_BYTES),
    warmRate,
    snapshotTickMs: positive('snapshotTickMs', options.snapshotTickMs ?? 100),
    leaseTtlMs,
    leaseRenewMs: Math.max(1, Math.floor(leaseTtlMs / 3)),
    ackWaitMs,
    pullExpiresMs,
    maxInFlight: positive('maxInFlight', options.maxInFlight ?? 64),
    retryBackoffMs: positive('retryBackoffMs', options.retryBackoffMs ?? 250),
    limits,
    serveReads: options.serveReads ?? true,
    apply: options.apply ?? true,
    loadReportIntervalMs: positive('loadReportIntervalMs', options.loadReportIntervalMs ?? DEFAULT_LOAD_REPORT_INTERVAL_MS),
  };
}

function positive(field: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${field} must be a positive number, got ${value}`);
  return value;
}

function policy(field: string, value: string): PolicyName {
  if (!isPolicyName(value)) throw new TypeError(`${field} must be one of ${POLICY_NAMES.join(', ')}, got ${JSON.stringify(value)}`);
  return value;
}

const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

function checkedMap(field: string, map: Record<string, string>, rooms: boolean): Record<string, PolicyName> {
  const out: Record<string, PolicyName> = {};
  for (const [scope, value] of Object.entries(map)) {
    const parts = scope.split('/');
    if (parts.length !== (rooms ? 2 : 1) || !parts.every((p) => TOKEN.test(p))) {
      throw new TypeError(`${field}: ${JSON.stringify(scope)} must be ${rooms ? '"<gameId>/<roomId>"' : 'a gameId'} (tokens of letters, digits, "-" or "_")`);
    }
    out[scope] = policy(`${field}[${scope}]`, value);
  }
  return out;
}
