/**
 * Peer probes and network coordinates. Each round probes a bounded set of peers (topology
 * neighbours or, until topology-ca lists them, the closest known peers; a few random peers; the
 * peers whose coordinates are least certain), so probe traffic per node is O(k) whatever the fabric
 * size. Every answered probe feeds the link statistics (RTT, RFC 3550 jitter, loss window) and one
 * Vivaldi update; rarely, one peer also gets a bounded throughput burst.
 */
import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';
import type { NatsConnection } from '@nats-io/transport-node';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Headers, subjects, type Logger } from '@cellmesh/bus';
import {
  estimateError,
  hashSeed,
  initialCoord,
  initialLinkStats,
  recordBurst,
  recordProbe,
  recordTimeout,
  selectProbeTargets,
  updateCoord,
  type NetCoord,
  type ProbeTarget,
} from '@cellmesh/netcoords';
import type { Clock } from '@cellmesh/runtime';
import { buildPeerLinks, burstTransferMs, closestPeers, expiredPeers, filteredRttMs, isUsableCoord, peerLink, planBurstChunks, type PeerLinkView, type PeerState } from './core';
import { linkSample, NO_CLEAN_SAMPLES, StallLog, stallFromTick, type CleanSamples } from './core/host-delay';
import type { CompiledOptions } from './options';

/** A burst shorter than this is reported as "at least bytes/this": below it timer noise dominates. */
const BURST_FLOOR_MS = 0.5;
/** A link gets a burst only once its filtered RTT has settled: the burst's transfer time is elapsed minus that RTT. */
const BURST_MIN_SAMPLES = 10;

/** How often the host-delay ticker expects to run; a later firing is a stall of this node's event loop. */
const HOST_TICK_MS = 1;
/** Lateness below this is timer noise, not a stall. */
const HOST_STALL_MIN_MS = 0.5;
/**
 * Each probe leaves after a seeded random delay of up to this: probes on a fixed period would phase-lock
 * with a periodic load on the host (every reply landing in the same busy stretch, none measured clean).
 */
const PROBE_SPREAD_MS = 12;

/** This host's own event-loop delay, as the prober sees it. */
export interface HostDelayReport {
  /** Event-loop delay percentiles (perf_hooks monitorEventLoopDelay) since the process started probing. */
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  /** Answered probes whose raw RTT the host's own stalls inflated (discounted from the link estimate). */
  hostDelayedSamples: number;
  answeredSamples: number;
}

/**
 * One per process, shared by every prober in it (an in-process fabric hosts many): a ticker that notices
 * when it runs late. Its stalls are what a probe's RTT subtracts or discounts: a busy host is not a slow link.
 */
class HostLoopMonitor {
  private static instance: HostLoopMonitor | undefined;
  private static users = 0;
  readonly stalls = new StallLog();
  private lastTickMs = performance.now();
  private readonly timer: NodeJS.Timeout;
  private readonly histogram: IntervalHistogram;

  private constructor() {
    this.timer = setInterval(() => {
      const now = performance.now();
      const stall = stallFromTick(this.lastTickMs + HOST_TICK_MS, now, HOST_STALL_MIN_MS);
      if (stall) this.stalls.add(stall);
      this.lastTickMs = now;
    }, HOST_TICK_MS);
    this.timer.unref();
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
  }

  static acquire(): HostLoopMonitor {
    HostLoopMonitor.users++;
    return (HostLoopMonitor.instance ??= new HostLoopMonitor());
  }

  release(): void {
    if (--HostLoopMonitor.users > 0 || HostLoopMonitor.instance !== this) return;
    clearInterval(this.timer);
    this.histogram.disable();
    HostLoopMonitor.instance = undefined;
  }

  /** How long this loop held a reply handled at `toMs` (performance.now() times), counting a stall still going on now. */
  heldMs(fromMs: number, toMs: number): number {
    return this.stalls.heldMs(fromMs, toMs, HOST_TICK_MS, stallFromTick(this.lastTickMs + HOST_TICK_MS, toMs, HOST_STALL_MIN_MS));
  }

  percentilesMs(): { p50: number; p99: number } {
    return { p50: this.histogram.percentile(50) / 1e6, p99: this.histogram.percentile(99) / 1e6 };
  }
}

export interface ProbeRoundReport {
  round: number;
  targets: ProbeTarget[];
  answered: number;
  lost: number;
}

export interface PeerProber {
  coord(): NetCoord;
  peerLink(peerId: string): PeerLinkView | null;
  peerLinks(): PeerLinkView[];
  /** Ids of every peer this node holds state for (bounded by maxKnownPeers). */
  knownPeers(): string[];
  /** A heartbeat (NodeMetrics) from another node: learn it exists, its coordinate and cluster. */
  heard(metrics: MessageOf<'NodeMetrics'>): void;
  /** The close peers topology-ca computed for this node (empty: fall back to the closest known). */
  setNeighbours(peerIds: readonly string[]): void;
  clusterOf(peerId: string): string | undefined;
  runRound(): Promise<ProbeRoundReport>;
  /** This host's event-loop delay and how many probe samples it inflated. */
  hostDelay(): HostDelayReport;
  /** Cancels nothing in flight (requests time out on their own); stops new rounds. */
  stop(): void;
}

export interface ProberDeps {
  nc: NatsConnection;
  nodeId: string;
  logger: Logger;
  clock: Clock;
  options: CompiledOptions;
}

export function createPeerProber(deps: ProberDeps): PeerProber {
  const { nc, nodeId, logger, clock, options } = deps;
  const peers = new Map<string, PeerState>();
  let coord = initialCoord(options.vivaldiDims);
  let neighbours: string[] = [];
  let round = 0;
  let seq = 0;
  let lastBurstAtMs = Number.NEGATIVE_INFINITY;
  // Reported back in the next request (an emulating responder calibrates its delay with it).
  const lastAnswered = new Map<string, { seq: number; rttMs: number }>();
  let stopped = false;
  const host = HostLoopMonitor.acquire();
  const clean = new Map<string, CleanSamples>();
  let answeredSamples = 0;
  let hostDelayedSamples = 0;

  const peerState = (peerId: string): PeerState => {
    let peer = peers.get(peerId);
    if (!peer) {
      peer = { peerId, stats: initialLinkStats({ windowSize: options.lossWindow }), coord: null, clusterId: '', emulated: false, lastHeardMs: clock.now() };
      peers.set(peerId, peer);
    }
    return peer;
  };

  const forget = () => {
    for (const peerId of expiredPeers(peers.values(), clock.now(), options.peerExpiryMs, options.maxKnownPeers)) {
      peers.delete(peerId);
      lastAnswered.delete(peerId);
      clean.delete(peerId);
    }
  };

  const probeOnce = async (peerId: string): Promise<boolean> => {
    const mySeq = (seq = (seq + 1) >>> 0);
    const spreadMs = ((hashSeed(options.seed, nodeId, peerId, mySeq) >>> 0) % 1000) / 1000 * Math.min(PROBE_SPREAD_MS, options.probeIntervalMs / 4);
    if (spreadMs > 0) await new Promise((r) => setTimeout(r, spreadMs));
    const last = lastAnswered.get(peerId);
    const request = codecs.ProbeRequest.encode({ fromNode: nodeId, seq: mySeq, sentAtMs: clock.now(), lastSeq: last?.seq ?? 0, lastRttMs: last?.rttMs ?? 0 });
    const started = performance.now();
    try {
      const msg = await nc.request(subjects.probe(peerId), request, { timeout: options.probeTimeoutMs });
      const ended = performance.now();
      const rawRttMs = ended - started;
      const reply = codecs.ProbeReply.decode(msg.data);
      if (reply.nodeId !== peerId || reply.seq !== mySeq) throw new Error(`reply from ${reply.nodeId}#${reply.seq} does not match ${peerId}#${mySeq}`);
      const atMs = clock.now();
      // The link's sample, not the host's: a reply this node's busy loop held is discounted.
      const sample = linkSample(rawRttMs, host.heldMs(started, ended), atMs, clean.get(peerId) ?? NO_CLEAN_SAMPLES);
      clean.set(peerId, sample.clean);
      answeredSamples++;
      if (sample.hostDelayed) hostDelayedSamples++;
      const rttMs = sample.rttMs;
      lastAnswered.set(peerId, { seq: mySeq, rttMs });
      const peer = peerState(peerId);
      peer.stats = recordProbe(peer.stats, { atMs, rttMs });
      peer.lastHeardMs = atMs;
      peer.emulated = msg.headers?.get(Headers.Emulated) === 'true';
      if (isUsableCoord(reply.coord, options.vivaldiDims)) {
        peer.coord = { vec: [...reply.coord.vec], height: reply.coord.height, error: reply.coord.error };
        // Every answered probe moves this node's coordinate once, by the filtered RTT rather than the
        // raw sample, so queueing spikes stay out of the coordinates (see RTT_FILTER_PERCENTILE).
        coord = updateCoord(coord, peer.coord, filteredRttMs(peer.stats) ?? rttMs, { seed: hashSeed(options.seed, peerId, peer.stats.samples) });
      }
      return true;
    } catch (err) {
      const peer = peerState(peerId);
      peer.stats = recordTimeout(peer.stats, clock.now());
      logger.debug({ peer: peerId, err: (err as Error).message }, 'probe lost');
      return false;
    }
  };

  const burst = async (peerId: string): Promise<void> => {
    const chunks = planBurstChunks(options.throughputBurstBytes, options.throughputChunkBytes);
    const started = performance.now();
    const timeout = Math.max(5 * options.probeTimeoutMs, 5_000);
    try {
      await Promise.all(
        chunks.map((bytes) => {
          const mySeq = (seq = (seq + 1) >>> 0);
          const request = codecs.ProbeRequest.encode({ fromNode: nodeId, seq: mySeq, sentAtMs: clock.now(), padding: new Uint8Array(bytes) });
          return nc.request(subjects.probe(peerId), request, { timeout });
        }),
      );
    } catch (err) {
      // A burst with a lost chunk measures loss, not bandwidth; the echo probes already count loss.
      logger.debug({ peer: peerId, err: (err as Error).message }, 'throughput burst incomplete');
      return;
    }
    const elapsedMs = performance.now() - started;
    const peer = peers.get(peerId);
    if (!peer) return;
    // One filtered RTT is paid however fast the link is (the emulator calibrates to the same statistic).
    const durationMs = burstTransferMs(elapsedMs, filteredRttMs(peer.stats), BURST_FLOOR_MS);
    peer.stats = recordBurst(peer.stats, { atMs: clock.now(), bytes: options.throughputBurstBytes, durationMs });
  };

  /** The measured peer among this round's targets whose throughput reading is missing or oldest. */
  const burstTarget = (targets: readonly ProbeTarget[]): string | undefined => {
    const candidates = targets.map((t) => peers.get(t.peerId)).filter((p): p is PeerState => !!p && p.stats.samples >= BURST_MIN_SAMPLES);
    candidates.sort((a, b) => Number(a.stats.throughputMbps !== null) - Number(b.stats.throughputMbps !== null) || (a.stats.lastAtMs ?? 0) - (b.stats.lastAtMs ?? 0));
    return candidates[0]?.peerId;
  };

  return {
    coord: () => coord,
    peerLink: (peerId) => {
      const peer = peers.get(peerId);
      return peer ? peerLink(coord, peer) : null;
    },
    peerLinks: () => buildPeerLinks(coord, peers.values(), options.snapshotEstimatedPeers),
    knownPeers: () => [...peers.keys()],
    heard(metrics) {
      if (metrics.nodeId === nodeId || metrics.nodeId === '') return;
      const peer = peerState(metrics.nodeId);
      peer.lastHeardMs = clock.now();
      peer.clusterId = metrics.clusterId;
      if (isUsableCoord(metrics.coord, options.vivaldiDims)) peer.coord = { vec: [...metrics.coord.vec], height: metrics.coord.height, error: metrics.coord.error };
      if (peers.size > options.maxKnownPeers) forget();
    },
    setNeighbours(peerIds) {
      neighbours = peerIds.filter((p) => p !== nodeId);
    },
    clusterOf: (peerId) => peers.get(peerId)?.clusterId,
    async runRound() {
      if (stopped) return { round, targets: [], answered: 0, lost: 0 };
      forget();
      round++;
      const coordErrors = new Map<string, number>();
      for (const peer of peers.values()) if (peer.coord) coordErrors.set(peer.peerId, estimateError(coord, peer.coord));
      const known = [...peers.keys()];
      const targets = selectProbeTargets({
        selfId: nodeId,
        neighbours: neighbours.length > 0 ? neighbours : closestPeers(coord, peers.values(), options.probeNeighbours),
        knownPeers: known,
        coordErrors,
        k: options.probeNeighbours,
        randomCount: options.probeRandomPeers,
        uncertainCount: options.probeUncertainPeers,
        seed: options.seed,
        round,
      });
      const outcomes = await Promise.all(targets.map((t) => probeOnce(t.peerId)));
      const answered = outcomes.filter(Boolean).length;
      const nowMs = clock.now();
      if (!stopped && options.throughputIntervalMs > 0 && nowMs - lastBurstAtMs >= options.throughputIntervalMs) {
        const target = burstTarget(targets);
        if (target) {
          lastBurstAtMs = nowMs;
          await burst(target);
        }
      }
      return { round, targets, answered, lost: targets.length - answered };
    },
    hostDelay() {
      const { p50, p99 } = host.percentilesMs();
      return { loopDelayP50Ms: p50, loopDelayP99Ms: p99, hostDelayedSamples, answeredSamples };
    },
    stop() {
      if (!stopped) host.release();
      stopped = true;
    },
  };
}
