/**
 * Link EMULATION for virtual nodes hosted in one process. Nothing here measures anything: it decides
 * how the probe responder of a virtual node delays or drops a reply so that the normal measuring
 * code (the same code real nodes run) observes the scenario's link.
 *
 * - delay = emulated RTT − the real path's floor (what the in-process NATS round trip already adds), never < 0.
 *   The real path is learned per requester from the probes themselves: each ProbeRequest carries the
 *   requester's last measured RTT to this node (seq + ms), and the responder subtracts the delay it
 *   applied to that seq. The floor is the 25th percentile of the last PATH_WINDOW such samples, the
 *   statistic the measuring side reports as a measured link's RTT (RTT_FILTER_PERCENTILE of its
 *   probe window), so the two cancel however noisy the host is (calibratePath / recordAppliedDelay);
 * - jitter: queueing only ever adds delay, so the offset is uniform in [0, 3·J]: the link's floor stays
 *   the scenario's RTT, and for i.i.d. uniform offsets of width w, E|X1 − X2| = w/3, so RFC 3550's
 *   smoothed |ΔRTT| converges on J (the mean RTT rises by 1.5·J, as queueing does);
 * - loss: the reply is dropped with the scenario's loss ratio, once per echo, so the measured loss
 *   ratio (lost echoes / sent echoes) equals the scenario's figure;
 * - bandwidth: a padded (throughput) request occupies the link for bytes·8 / bandwidth; replies to a
 *   burst queue behind each other on a per-link "busy until" timeline, so the burst's last reply
 *   arrives after the burst's serialization time.
 */
import type { Scenario } from '@cellmesh/scenario';
import { percentile, RTT_FILTER_PERCENTILE } from './peers';

export interface EmulatedLink {
  rttMs: number;
  jitterMs: number;
  lossRatio: number;
  bandwidthMbps: number;
}

/** Width of the uniform jitter offset, in units of the scenario's jitter (see the module comment). */
export const JITTER_SPREAD = 3;

export const DropReason = { Loss: 'emulated-loss' } as const;

export type EmulatedReplyPlan =
  | { drop: true; reason: (typeof DropReason)[keyof typeof DropReason] }
  | { drop: false; delayMs: number; linkBusyUntilMs: number };

export interface EmulatedReplyInput {
  link: EmulatedLink;
  /** The real path's floor (see PathCalibration); subtracted so it is not counted twice. */
  baselineMs: number;
  /** Padding bytes of the request (0 for an RTT probe). */
  paddingBytes: number;
  nowMs: number;
  /** When the emulated link finishes carrying earlier burst chunks. */
  linkBusyUntilMs: number;
  /** Seeded PRNG: called exactly twice per plan, so a seed replays the same decisions. */
  random: () => number;
}

export function planEmulatedReply(input: EmulatedReplyInput): EmulatedReplyPlan {
  const { link, baselineMs, paddingBytes, nowMs, linkBusyUntilMs, random } = input;
  const lossDraw = random();
  const jitterDraw = random();
  if (lossDraw < link.lossRatio) return { drop: true, reason: DropReason.Loss };
  const jitterOffsetMs = JITTER_SPREAD * link.jitterMs * jitterDraw;
  const propagationMs = Math.max(0, link.rttMs + jitterOffsetMs - baselineMs);
  if (paddingBytes <= 0 || !(link.bandwidthMbps > 0)) return { drop: false, delayMs: propagationMs, linkBusyUntilMs };
  const transferDoneMs = Math.max(nowMs, linkBusyUntilMs) + serializationMs(paddingBytes, link.bandwidthMbps);
  return { drop: false, delayMs: propagationMs + (transferDoneMs - nowMs), linkBusyUntilMs: transferDoneMs };
}

/** Time to put `bytes` on a link of `bandwidthMbps`: bytes·8 bits / (Mbit/s · 1000 bit/ms). */
export function serializationMs(bytes: number, bandwidthMbps: number): number {
  return (bytes * 8) / (bandwidthMbps * 1000);
}

/** The scenario's link between two of its nodes, or null when either is not in the scenario. */
export function emulatedLinkBetween(scenario: Scenario, fromId: string, toId: string): EmulatedLink | null {
  const i = scenario.indexOf(fromId);
  const j = scenario.indexOf(toId);
  if (i < 0 || j < 0) return null;
  return { rttMs: scenario.rttMs(i, j), jitterMs: scenario.jitterMs(i, j), lossRatio: scenario.lossRatio(i, j), bandwidthMbps: scenario.bandwidthMbps(i, j) };
}

/** Per-requester knowledge of the real (non-emulated) path: delays applied to recent seqs, and recent path RTTs. */
export interface PathCalibration {
  /** RTT_FILTER_PERCENTILE of `recentPathMs`; null until a report matched an applied delay. */
  readonly pathFloorMs: number | null;
  /** (reported RTT − applied delay) of the last PATH_WINDOW reports, oldest first. */
  readonly recentPathMs: readonly number[];
  /** seq → delay applied to that probe's reply, oldest first, at most MAX_PENDING_CALIBRATIONS. */
  readonly appliedDelayMs: ReadonlyMap<number, number>;
}

/** Path samples the floor looks back over: longer than the probe window, so the floor itself is steady. */
export const PATH_WINDOW = 64;
/** Replies remembered per requester until its next request reports on one of them. */
export const MAX_PENDING_CALIBRATIONS = 32;

export const initialPathCalibration: PathCalibration = Object.freeze({ pathFloorMs: null, recentPathMs: [], appliedDelayMs: new Map<number, number>() });

export function recordAppliedDelay(cal: PathCalibration, seq: number, delayMs: number): PathCalibration {
  const applied = new Map(cal.appliedDelayMs);
  applied.delete(seq);
  applied.set(seq, delayMs);
  for (const oldest of applied.keys()) {
    if (applied.size <= MAX_PENDING_CALIBRATIONS) break;
    applied.delete(oldest);
  }
  return { ...cal, appliedDelayMs: applied };
}

/**
 * The requester reported `lastRttMs` for its probe `lastSeq`. If this responder delayed that reply,
 * the real path took lastRttMs − delay; add it to the window. Reports of unknown seqs (never
 * delayed here, already used, or sent to a real node's responder) change nothing.
 */
export function calibratePath(cal: PathCalibration, lastSeq: number, lastRttMs: number): PathCalibration {
  const applied = cal.appliedDelayMs.get(lastSeq);
  if (applied === undefined || !Number.isFinite(lastRttMs) || lastRttMs <= 0) return cal;
  const remaining = new Map(cal.appliedDelayMs);
  remaining.delete(lastSeq);
  const recentPathMs = [...cal.recentPathMs, Math.max(0, lastRttMs - applied)].slice(-PATH_WINDOW);
  return { pathFloorMs: percentile(recentPathMs, RTT_FILTER_PERCENTILE), recentPathMs, appliedDelayMs: remaining };
}
