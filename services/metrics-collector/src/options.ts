/**
 * Options of startMetricsCollector: MetricsCollectorOptions (optional, documented defaults) →
 * compileOptions() → CompiledOptions (validated, every unit in its name). Pure.
 */
import type { Scenario, ScenarioNode } from '@cellmesh/scenario';
import type { DetectGpusOptions } from '@cellmesh/gpu';
import { DEFAULT_VIVALDI_PARAMS, hashSeed } from '@cellmesh/netcoords';
import type { LocalSampler } from './sampler';
import type { TrafficCounters } from './core/traffic';

/** Link emulation for a virtual node: the scenario says what its links look like. */
export interface LinkEmulationOptions {
  scenario: Scenario;
  /** Seed of the drop/jitter PRNG (default: derived from the node id). */
  seed?: number;
  /**
   * Delays shorter than this are finished by polling the event loop instead of a timer, whose
   * resolution (~1 ms) would otherwise swamp 1 ms links. Default 2 ms; 0 disables polling.
   */
  spinBelowMs?: number;
  /**
   * False on a real network (hosts, network namespaces): only the node's hardware (CPU, memory, GPUs)
   * comes from the scenario; probes measure the links as they are. Default true.
   */
  links?: boolean;
}

export interface MetricsCollectorOptions {
  /** Site label in NodeMetrics (default: the scenario node's site, else ""). */
  site?: string;
  /** Cluster id announced in NodeMetrics until topology-ca assigns one (default ""). */
  clusterId?: string;
  /** NodeMetrics event + Nodes-registry heartbeat period. Default 5 s; at most 7.5 s (half the registry TTL). */
  publishIntervalMs?: number;
  /** Warm snapshot period while the store is close (see degradation rule). Default 10 s. */
  snapshotIntervalMs?: number;
  /** Store RTT up to which snapshots keep the base period. Default 50 ms. */
  snapshotRttBudgetMs?: number;
  /** Longest snapshot period under degradation; below the Metrics bucket TTL (60 s). Default 40 s. */
  maxSnapshotIntervalMs?: number;
  /** Bound on one KV write; a write that takes longer counts as this RTT. Default 5 s. */
  storeTimeoutMs?: number;
  /** One probe round per period. Default 1 s. */
  probeIntervalMs?: number;
  /** An echo unanswered after this is lost. Default 1 s. */
  probeTimeoutMs?: number;
  /** Neighbours probed each round (k). Default 8. */
  probeNeighbours?: number;
  /** Random peers probed each round. Default 2. */
  probeRandomPeers?: number;
  /** Peers with the least certain coordinates probed each round. Default 2. */
  probeUncertainPeers?: number;
  /** Probes the loss ratio and min-RTT look back over. Default 20. */
  lossWindow?: number;
  /** One throughput burst per node per period. Default 30 s; 0 disables throughput probes. */
  throughputIntervalMs?: number;
  /** Bytes per burst. Default 256 KiB; at most 1 MiB. */
  throughputBurstBytes?: number;
  /** Bytes per burst chunk. Default 16 KiB; at most 1 MiB (ProbeRequest's codec bound is 2 MiB). */
  throughputChunkBytes?: number;
  /** GPU re-detection period (nvidia-smi); emulated GPUs are never re-detected. Default 10 s. */
  gpuRefreshIntervalMs?: number;
  /** Passed to @cellmesh/gpu detectGpus (timeouts, nvidia-smi path, test doubles). */
  gpuDetection?: DetectGpusOptions;
  /** A LoadReport source counts until it is this old. Default 30 s. */
  loadReportTtlMs?: number;
  /** Peers silent for this long are forgotten. Default 30 s. */
  peerExpiryMs?: number;
  /** Bound on the peers this node keeps state for. Default 4096. */
  maxKnownPeers?: number;
  /** Coordinate-only peers kept in the peer-table snapshot. Default 16. */
  snapshotEstimatedPeers?: number;
  /** How often topology-ca's neighbour list for this node is re-read. Default 10 s. */
  neighboursRefreshMs?: number;
  /** Seed for probe selection and Vivaldi tie-breaks (default: derived from the node id). */
  seed?: number;
  /** Virtual node: emulate this node's links, CPU/memory and GPUs from a scenario. Labelled emulated everywhere. */
  emulation?: LinkEmulationOptions;
  /** Replaces local sampling (tests, or a host with its own sampler). */
  sampler?: LocalSampler;
  /** The operator keeps this node's CPUs off isolated (cpuOnly) compute (NodeMetrics.refuses_isolated_compute). */
  refusesIsolatedCompute?: boolean;
  /**
   * Cumulative bus traffic of the node (uplink/downlink): default the collector's own connection's
   * `nc.stats()`. A host whose services use other connections passes their sum (docs/metrics.md).
   */
  trafficSource?: () => TrafficCounters;
}

export interface CompiledEmulation {
  scenario: Scenario;
  node: ScenarioNode;
  seed: number;
  spinBelowMs: number;
  /** Links emulated by the probe responder (false: measured as they are). */
  links: boolean;
}

export interface CompiledOptions {
  site: string;
  clusterId: string;
  publishIntervalMs: number;
  snapshotIntervalMs: number;
  snapshotRttBudgetMs: number;
  maxSnapshotIntervalMs: number;
  storeTimeoutMs: number;
  probeIntervalMs: number;
  probeTimeoutMs: number;
  probeNeighbours: number;
  probeRandomPeers: number;
  probeUncertainPeers: number;
  lossWindow: number;
  throughputIntervalMs: number;
  throughputBurstBytes: number;
  throughputChunkBytes: number;
  gpuRefreshIntervalMs: number;
  gpuDetection: DetectGpusOptions;
  loadReportTtlMs: number;
  peerExpiryMs: number;
  maxKnownPeers: number;
  snapshotEstimatedPeers: number;
  neighboursRefreshMs: number;
  seed: number;
  vivaldiDims: number;
  emulation: CompiledEmulation | null;
  sampler: LocalSampler | null;
  refusesIsolatedCompute: boolean;
  trafficSource: (() => TrafficCounters) | null;
}

export const DEFAULTS = {
  publishIntervalMs: 5_000,
  snapshotIntervalMs: 10_000,
  snapshotRttBudgetMs: 50,
  maxSnapshotIntervalMs: 40_000,
  storeTimeoutMs: 5_000,
  probeIntervalMs: 1_000,
  probeTimeoutMs: 1_000,
  probeNeighbours: 8,
  probeRandomPeers: 2,
  probeUncertainPeers: 2,
  lossWindow: 20,
  throughputIntervalMs: 30_000,
  throughputBurstBytes: 256 * 1024,
  throughputChunkBytes: 16 * 1024,
  gpuRefreshIntervalMs: 10_000,
  loadReportTtlMs: 30_000,
  peerExpiryMs: 30_000,
  maxKnownPeers: 4096,
  snapshotEstimatedPeers: 16,
  neighboursRefreshMs: 10_000,
  spinBelowMs: 2,
} as const;

/** The Nodes registry TTL (libs/bus provision.ts): heartbeats must come well inside it. */
export const NODES_REGISTRY_TTL_MS = 15_000;
/** The Metrics bucket TTL (libs/bus provision.ts): snapshots must come inside it. */
export const METRICS_BUCKET_TTL_MS = 60_000;
const MAX_BURST_BYTES = 1024 * 1024;

export class InvalidMetricsCollectorOptionsError extends Error {
  override readonly name = 'InvalidMetricsCollectorOptionsError';
  readonly retryable = false;
  constructor(readonly problems: string[]) {
    super(`invalid metrics-collector options: ${problems.join('; ')}`);
  }
}

export function compileOptions(nodeId: string, options: MetricsCollectorOptions = {}): CompiledOptions {
  const problems: string[] = [];
  const pick = <K extends keyof typeof DEFAULTS & keyof MetricsCollectorOptions>(key: K, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const value = (options[key] as number | undefined) ?? DEFAULTS[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) problems.push(`${key}: expected a number in [${min}, ${max}], got ${value}`);
    return value;
  };
  const pickInt = <K extends keyof typeof DEFAULTS & keyof MetricsCollectorOptions>(key: K, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const value = pick(key, min, max);
    if (!Number.isInteger(value)) problems.push(`${key}: expected an integer, got ${value}`);
    return value;
  };
  const compiled: CompiledOptions = {
    site: options.site ?? '',
    clusterId: options.clusterId ?? '',
    publishIntervalMs: pick('publishIntervalMs', 50, NODES_REGISTRY_TTL_MS / 2),
    snapshotIntervalMs: pick('snapshotIntervalMs', 50, METRICS_BUCKET_TTL_MS),
    snapshotRttBudgetMs: pick('snapshotRttBudgetMs', 0.1),
    maxSnapshotIntervalMs: pick('maxSnapshotIntervalMs', 50, METRICS_BUCKET_TTL_MS),
    storeTimeoutMs: pick('storeTimeoutMs', 10),
    probeIntervalMs: pick('probeIntervalMs', 10),
    probeTimeoutMs: pick('probeTimeoutMs', 1),
    probeNeighbours: pickInt('probeNeighbours', 0, 64),
    probeRandomPeers: pickInt('probeRandomPeers', 0, 64),
    probeUncertainPeers: pickInt('probeUncertainPeers', 0, 64),
    lossWindow: pickInt('lossWindow', 1, 1000),
    throughputIntervalMs: pick('throughputIntervalMs', 0),
    throughputBurstBytes: pickInt('throughputBurstBytes', 1, MAX_BURST_BYTES),
    throughputChunkBytes: pickInt('throughputChunkBytes', 1, MAX_BURST_BYTES),
    gpuRefreshIntervalMs: pick('gpuRefreshIntervalMs', 100),
    gpuDetection: options.gpuDetection ?? {},
    loadReportTtlMs: pick('loadReportTtlMs', 1),
    peerExpiryMs: pick('peerExpiryMs', 1),
    maxKnownPeers: pickInt('maxKnownPeers', 1, 1_000_000),
    snapshotEstimatedPeers: pickInt('snapshotEstimatedPeers', 0, 1024),
    neighboursRefreshMs: pick('neighboursRefreshMs', 10),
    seed: options.seed ?? hashSeed('metrics-collector', nodeId),
    vivaldiDims: DEFAULT_VIVALDI_PARAMS.dims,
    emulation: null,
    sampler: options.sampler ?? null,
    refusesIsolatedCompute: options.refusesIsolatedCompute === true,
    trafficSource: options.trafficSource ?? null,
  };
  if (compiled.maxSnapshotIntervalMs < compiled.snapshotIntervalMs) {
    problems.push(`maxSnapshotIntervalMs (${compiled.maxSnapshotIntervalMs}) must not be below snapshotIntervalMs (${compiled.snapshotIntervalMs})`);
  }
  if (!Number.isInteger(compiled.seed)) problems.push(`seed: expected an integer, got ${compiled.seed}`);
  if (options.emulation) {
    const { scenario } = options.emulation;
    const index = scenario.indexOf(nodeId);
    if (index < 0) problems.push(`emulation.scenario: node "${nodeId}" is not in the scenario`);
    const spinBelowMs = options.emulation.spinBelowMs ?? DEFAULTS.spinBelowMs;
    if (!(spinBelowMs >= 0 && spinBelowMs <= 50)) problems.push(`emulation.spinBelowMs: expected a number in [0, 50], got ${spinBelowMs}`);
    if (index >= 0) {
      const node = scenario.nodes[index];
      compiled.emulation = { scenario, node, seed: options.emulation.seed ?? hashSeed('link-emulation', nodeId), spinBelowMs, links: options.emulation.links !== false };
      if (options.site === undefined) compiled.site = node.site ?? '';
    }
  }
  if (problems.length) throw new InvalidMetricsCollectorOptionsError(problems);
  return compiled;
}
