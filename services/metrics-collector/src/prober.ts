/**
 * Peer probes and network coordinates. Each round probes a bounded set of peers (topology
 * neighbours or, until topology-ca lists them, the closest known peers; a few random peers; the
 * peers whose coordinates are least certain), so probe traffic per node is O(k) whatever the fabric
 * size. Every answered probe feeds the link statistics (RTT, RFC 3550 jitter, loss window) and one
 * Vivaldi update; rarely, one peer also gets a bounded throughput burst.
 */
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
import type { CompiledOptions } from './options';

/** A burst shorter than this is reported as "at least bytes/this": below it timer noise dominates. */
const BURST_FLOOR_MS = 0.5;
/** A link gets a burst only once its filtered RTT has settled: the burst's transfer time is elapsed minus that RTT. */
const BURST_MIN_SAMPLES = 10;

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
    }
  };

  const probeOnce = async (peerId: string): Promise<boolean> => {
    const mySeq = (seq = (seq + 1) >>> 0);
    const last = lastAnswered.get(peerId);
    const request = codecs.ProbeRequest.encode({ fromNode: nodeId, seq: mySeq, sentAtMs: clock.now(), lastSeq: last?.seq ?? 0, lastRttMs: last?.rttMs ?? 0 });
    const started = performance.now();
    try {
      const msg = await nc.request(subjects.probe(peerId), request, { timeout: options.probeTimeoutMs });
      const rttMs = performance.now() - started;
      const reply = codecs.ProbeReply.decode(msg.data);
      if (reply.nodeId !== peerId || reply.seq !== mySeq) throw new Error(`reply from ${reply.nodeId}#${reply.seq} does not match ${peerId}#${mySeq}`);
      lastAnswered.set(peerId, { seq: mySeq, rttMs });
      const peer = peerState(peerId);
      const atMs = clock.now();
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
    stop() {
      stopped = true;
    },
  };
}
