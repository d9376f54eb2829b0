/**
 * Link EMULATION for virtual nodes hosted in one process. Nothing here measures anything: it decides
 * how the probe responder of a virtual node delays or drops a reply so that the normal measuring
 * code (the same code real nodes run) observes the scenario's link.
 *
 * - delay = emulated RTT − loopback baseline (what the real in-process path already adds), never < 0;
 * - jitter: a symmetric offset uniform in [−1.5·J, +1.5·J]; for i.i.d. uniform offsets of half-width a,
 *   E|X1 − X2| = 2a/3, so RFC 3550's smoothed |ΔRTT| converges on J, and the mean RTT is unchanged;
 * - loss: the reply is dropped with the scenario's loss ratio, once per echo, so the measured loss
 *   ratio (lost echoes / sent echoes) equals the scenario's figure;
 * - bandwidth: a padded (throughput) request occupies the link for bytes·8 / bandwidth; replies to a
 *   burst queue behind each other on a per-link "busy until" timeline, so the burst's last reply
 *   arrives after the burst's serialization time.
 */
import type { Scenario } from '@cellmesh/scenario';

export interface EmulatedLink {
  rttMs: number;
  jitterMs: number;
  lossRatio: number;
  bandwidthMbps: number;
}

/** Half-width of the uniform jitter offset, in units of the scenario's jitter (see the module comment). */
export const JITTER_SPREAD = 1.5;

export const DropReason = { Loss: 'emulated-loss' } as const;

export type EmulatedReplyPlan =
  | { drop: true; reason: (typeof DropReason)[keyof typeof DropReason] }
  | { drop: false; delayMs: number; linkBusyUntilMs: number };

export interface EmulatedReplyInput {
  link: EmulatedLink;
  /** The measured round trip of the real path (self-echo floor); subtracted so it is not counted twice. */
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
  const jitterOffsetMs = JITTER_SPREAD * link.jitterMs * (2 * jitterDraw - 1);
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
