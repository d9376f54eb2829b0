/**
 * The scheduler's reading of the fleet's messages: decoded NodeMetrics, PeerTables, ClusterStates
 * and NeighbourLists (protobufjs field names; 64-bit fields may be Long-like) into plain units.
 */
import type { NetCoord } from '@cellmesh/netcoords';

export interface GpuMeasure {
  readonly index: number;
  readonly uuid: string;
  readonly vramTotalMib: number;
  readonly vramUsedMib: number;
  readonly emulated: boolean;
}

/** One node's latest heartbeat, in the scheduler's units. */
export interface NodeHeartbeat {
  readonly nodeId: string;
  readonly clusterId: string;
  readonly cores: number;
  /** CPU load in [0, 1] as measured, before cellmesh's in-flight work is folded in. */
  readonly cpuLoadRatio: number;
  /** 0 when the node did not report memory. */
  readonly memTotalMib: number;
  readonly memUsedMib: number;
  readonly queueDepth: number;
  readonly runningTasks: number;
  readonly draining: boolean;
  readonly emulated: boolean;
  readonly gpus: readonly GpuMeasure[];
  readonly coord?: NetCoord;
  /** The operator keeps this node off isolated (cpuOnly) compute. */
  readonly refusesIsolatedCompute: boolean;
  /** root | leader | leaf ('' when the node did not say). */
  readonly role: string;
  /** Uplink saturation in [0, 1] (0 when unknown). */
  readonly uplinkSaturation: number;
  /** Messages/s this node relays for others. */
  readonly relayMsgsPerS: number;
}

/** Fields of a decoded NodeMetrics this module reads (protobufjs names; longs may be Long-like). */
export interface NodeMetricsFields {
  nodeId?: string | null;
  clusterId?: string | null;
  cpuCores?: number | null;
  cpuLoadPct?: number | null;
  memTotalBytes?: number | { toString(): string } | null;
  memUsedBytes?: number | { toString(): string } | null;
  queueDepth?: number | null;
  runningTasks?: number | null;
  draining?: boolean | null;
  emulated?: boolean | null;
  refusesIsolatedCompute?: boolean | null;
  role?: string | null;
  uplinkSaturation?: number | null;
  relayLoad?: number | null;
  gpus?: readonly { index?: number | null; uuid?: string | null; memoryTotalMib?: number | null; memoryUsedMib?: number | null; emulated?: boolean | null }[] | null;
  coord?: { vec?: readonly number[] | null; height?: number | null; error?: number | null } | null;
}

export interface PeerLinkFields {
  peerId?: string | null;
  rttMs?: number | null;
  jitterMs?: number | null;
  lossRatio?: number | null;
  throughputMbps?: number | null;
  measured?: boolean | null;
  estimateError?: number | null;
}

export interface PeerTableFields {
  nodeId?: string | null;
  coord?: NodeMetricsFields['coord'];
  links?: readonly PeerLinkFields[] | null;
}

export interface ClusterStateFields {
  clusterId?: string | null;
  members?: readonly string[] | null;
  computeHeavyMembers?: readonly string[] | null;
  leaderId?: string | null;
}

export interface NeighbourListFields {
  nodeId?: string | null;
  clusterId?: string | null;
  acceptsComputeHeavy?: boolean | null;
}

const MIB = 1024 * 1024;

export function num(value: number | { toString(): string } | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value.toString());
  return Number.isFinite(n) ? n : 0;
}

export function coordOf(c: NodeMetricsFields['coord']): NetCoord | undefined {
  if (!c?.vec || c.vec.length === 0) return undefined;
  return { vec: [...c.vec], height: num(c.height), error: num(c.error) };
}

/** A decoded NodeMetrics in the scheduler's units; undefined when it names no node. */
export function heartbeatFromMetrics(m: NodeMetricsFields): NodeHeartbeat | undefined {
  if (!m.nodeId) return undefined;
  return {
    nodeId: m.nodeId,
    clusterId: m.clusterId ?? '',
    cores: Math.max(0, num(m.cpuCores)),
    cpuLoadRatio: Math.min(1, Math.max(0, num(m.cpuLoadPct) / 100)),
    memTotalMib: Math.floor(num(m.memTotalBytes) / MIB),
    memUsedMib: Math.ceil(num(m.memUsedBytes) / MIB),
    queueDepth: num(m.queueDepth),
    runningTasks: num(m.runningTasks),
    draining: m.draining === true,
    emulated: m.emulated === true,
    gpus: (m.gpus ?? []).map((g, i) => ({
      index: g.index ?? i,
      uuid: g.uuid ?? '',
      vramTotalMib: num(g.memoryTotalMib),
      vramUsedMib: num(g.memoryUsedMib),
      emulated: g.emulated === true,
    })),
    coord: coordOf(m.coord),
    refusesIsolatedCompute: m.refusesIsolatedCompute === true,
    role: m.role ?? '',
    uplinkSaturation: Math.min(1, Math.max(0, num(m.uplinkSaturation))),
    relayMsgsPerS: Math.max(0, num(m.relayLoad)),
  };
}

