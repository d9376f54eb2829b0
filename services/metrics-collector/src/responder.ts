/**
 * The probe responder: echoes ProbeRequests on `probe.<nodeId>`. On a virtual node with link
 * EMULATION, each reply is delayed, jittered, dropped and paced as the scenario's link to the
 * requester dictates (core/emulation.ts), and carries the `Cellmesh-Emulated: true` header so the
 * measuring side labels the link. Real nodes answer at once; the measuring code is the same.
 */
import { headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Headers, isValidToken, replyRefusal, respondToInbox, subjects, type Logger, type ReplyRefusalReason } from '@cellmesh/bus';
import { seededRandom, type NetCoord } from '@cellmesh/netcoords';
import { ApiErrorCode, calibratePath, emulatedLinkBetween, initialPathCalibration, planEmulatedReply, recordAppliedDelay, type PathCalibration } from './core';
import { createDelayScheduler } from './delay';
import type { CompiledEmulation } from './options';

export interface ProbeResponder {
  /** Real-path floor learned per requester and subtracted from emulated delays; empty on a real node. */
  pathFloorMs(): ReadonlyMap<string, number>;
  stop(): Promise<void>;
}

export interface ResponderDeps {
  nc: NatsConnection;
  nodeId: string;
  logger: Logger;
  coord: () => NetCoord;
  emulation: CompiledEmulation | null;
  /** Counts probes refused because their reply was not the requesting collector's inbox (a metric). */
  onRefused?: (reason: ReplyRefusalReason) => void;
}

/** The service whose inbox a probe's reply must be: the collector named in ProbeRequest.from_node. */
const PROBING_SERVICE = 'metrics-collector';


export function startProbeResponder(deps: ResponderDeps): ProbeResponder {
  const { nc, nodeId, logger, emulation } = deps;
  const delays = createDelayScheduler(emulation?.spinBelowMs ?? 0);
  const random = seededRandom(emulation?.seed ?? 0);
  const linkBusyUntilMs = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  const calibrations = new Map<string, PathCalibration>();
  let stopped = false;
  let warnedUnknownRequester = false;

  const reply = (msg: Msg, request: MessageOf<'ProbeRequest'>, emulated: boolean) => {
    const hdrs = natsHeaders();
    if (emulated) hdrs.set(Headers.Emulated, 'true');
    const coord = deps.coord();
    respondToInbox(
      msg,
      codecs.ProbeReply.encode({ nodeId, seq: request.seq, echoedSentAtMs: request.sentAtMs, coord: { vec: coord.vec, height: coord.height, error: coord.error }, paddingBytes: request.padding.length }),
      { headers: hdrs },
      guard(request.fromNode),
    );
  };

  // A probe is answered only on the inbox of the collector it names as its sender (only that user may
  // subscribe there), so a probe can neither steer the echo onto another subject nor speak for another node.
  const guard = (fromNode?: string) => ({ logger, onRefused: deps.onRefused, ...(fromNode ? { requester: { service: PROBING_SERVICE, nodeId: fromNode } } : {}) });

  const refuse = (msg: Msg, reason: string) => {
    const hdrs = natsHeaders();
    hdrs.set(Headers.ServiceError, reason);
    hdrs.set(Headers.ServiceErrorCode, String(ApiErrorCode.BadRequest));
    respondToInbox(msg, codecs.ErrorReply.encode({ code: String(ApiErrorCode.BadRequest), message: reason }), { headers: hdrs }, guard());
  };

  const respondable = (msg: Msg, fromNode: string): boolean => {
    const reason = replyRefusal(msg.reply, { service: PROBING_SERVICE, nodeId: fromNode });
    if (reason === null) return true;
    respondToInbox(msg, undefined, undefined, guard(fromNode));
    return false;
  };

  const handle = async (msg: Msg) => {
    let request: MessageOf<'ProbeRequest'>;
    try {
      request = codecs.ProbeRequest.decode(msg.data);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'refused a malformed probe');
      refuse(msg, `malformed ProbeRequest: ${(err as Error).message}`);
      return;
    }
    if (!isValidToken(request.fromNode)) {
      refuse(msg, 'ProbeRequest.from_node is not a valid node id');
      return;
    }
    // Refuse before any emulated delay is planned: a forged probe costs no state and no timer.
    if (!respondable(msg, request.fromNode)) return;
    const link = emulation ? emulatedLinkBetween(emulation.scenario, request.fromNode, nodeId) : null;
    if (!emulation || !link) {
      if (emulation && !link && !warnedUnknownRequester) {
        warnedUnknownRequester = true;
        logger.info({ from: request.fromNode }, 'link emulation: requester is not in the scenario; answering without emulated delay');
      }
      reply(msg, request, false);
      return;
    }
    const padded = request.padding.length > 0;
    let calibration = calibratePath(calibrations.get(request.fromNode) ?? initialPathCalibration, request.lastSeq, request.lastRttMs);
    const nowMs = performance.now();
    const plan = planEmulatedReply({
      link,
      baselineMs: calibration.pathFloorMs ?? 0,
      paddingBytes: request.padding.length,
      nowMs,
      linkBusyUntilMs: linkBusyUntilMs.get(request.fromNode) ?? 0,
      random,
    });
    if (plan.drop) {
      calibrations.set(request.fromNode, calibration);
      logger.debug({ from: request.fromNode, seq: request.seq, reason: plan.reason }, 'link emulation: dropped a probe reply');
      return;
    }
    // Burst chunks queue behind each other, so only plain echoes teach the path's RTT.
    if (padded) linkBusyUntilMs.set(request.fromNode, plan.linkBusyUntilMs);
    else calibration = recordAppliedDelay(calibration, request.seq, plan.delayMs);
    calibrations.set(request.fromNode, calibration);
    if (await delays.sleep(plan.delayMs)) reply(msg, request, true);
  };

  const sub: Subscription = nc.subscribe(subjects.probe(nodeId), {
    callback: (err, msg) => {
      if (err) {
        logger.error({ err: err.message }, 'probe subscription error');
        return;
      }
      if (stopped) return;
      const done: Promise<void> = handle(msg)
        .catch((handlerErr: Error) => logger.error({ err: handlerErr.message }, 'probe responder failed'))
        .finally(() => inFlight.delete(done));
      inFlight.add(done);
    },
  });

  if (emulation) logger.info({ scenarioNodes: emulation.scenario.nodes.length }, 'link emulation ON: probe replies are delayed/dropped per the scenario (EMULATED links)');

  return {
    pathFloorMs: () => new Map([...calibrations].flatMap(([peer, cal]) => (cal.pathFloorMs === null ? [] : [[peer, cal.pathFloorMs] as const]))),
    async stop() {
      stopped = true;
      delays.cancelAll();
      await sub.drain().catch(() => undefined);
      await Promise.allSettled([...inFlight]);
    },
  };
}
