/**
 * The probe responder: echoes ProbeRequests on `probe.<nodeId>`. On a virtual node with link
 * EMULATION, each reply is delayed, jittered, dropped and paced as the scenario's link to the
 * requester dictates (core/emulation.ts), and carries the `Cellmesh-Emulated: true` header so the
 * measuring side labels the link. Real nodes answer at once; the measuring code is the same.
 */
import { headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Headers, isValidToken, subjects, type Logger } from '@cellmesh/bus';
import { seededRandom, type NetCoord } from '@cellmesh/netcoords';
import { emulatedLinkBetween, planEmulatedReply, ApiErrorCode } from './core';
import { createDelayScheduler } from './delay';
import type { CompiledEmulation } from './options';

export interface ProbeResponder {
  /** The loopback baseline subtracted from emulated delays (ms); 0 on a real node. */
  baselineMs(): number;
  stop(): Promise<void>;
}

export interface ResponderDeps {
  nc: NatsConnection;
  nodeId: string;
  logger: Logger;
  coord: () => NetCoord;
  emulation: CompiledEmulation | null;
}

/** Self-echoes per baseline measurement; their median is the baseline. */
const BASELINE_ECHOES = 7;

export function startProbeResponder(deps: ResponderDeps): ProbeResponder {
  const { nc, nodeId, logger, emulation } = deps;
  const delays = createDelayScheduler(emulation?.spinBelowMs ?? 0);
  const random = seededRandom(emulation?.seed ?? 0);
  const linkBusyUntilMs = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  let baselineMs = 0;
  let stopped = false;
  let warnedUnknownRequester = false;

  const reply = (msg: Msg, request: MessageOf<'ProbeRequest'>, emulated: boolean) => {
    const hdrs = natsHeaders();
    if (emulated) hdrs.set(Headers.Emulated, 'true');
    const coord = deps.coord();
    msg.respond(
      codecs.ProbeReply.encode({ nodeId, seq: request.seq, echoedSentAtMs: request.sentAtMs, coord: { vec: coord.vec, height: coord.height, error: coord.error }, paddingBytes: request.padding.length }),
      { headers: hdrs },
    );
  };

  const refuse = (msg: Msg, reason: string) => {
    const hdrs = natsHeaders();
    hdrs.set(Headers.ServiceError, reason);
    hdrs.set(Headers.ServiceErrorCode, String(ApiErrorCode.BadRequest));
    msg.respond(codecs.ErrorReply.encode({ code: String(ApiErrorCode.BadRequest), message: reason }), { headers: hdrs });
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
    const link = emulation ? emulatedLinkBetween(emulation.scenario, request.fromNode, nodeId) : null;
    if (!emulation || !link) {
      if (emulation && !link && !warnedUnknownRequester) {
        warnedUnknownRequester = true;
        logger.info({ from: request.fromNode }, 'link emulation: requester is not in the scenario; answering without emulated delay');
      }
      reply(msg, request, false);
      return;
    }
    const nowMs = performance.now();
    const plan = planEmulatedReply({
      link,
      baselineMs,
      paddingBytes: request.padding.length,
      nowMs,
      linkBusyUntilMs: linkBusyUntilMs.get(request.fromNode) ?? 0,
      random,
    });
    if (plan.drop) {
      logger.debug({ from: request.fromNode, seq: request.seq, reason: plan.reason }, 'link emulation: dropped a probe reply');
      return;
    }
    if (request.padding.length > 0) linkBusyUntilMs.set(request.fromNode, plan.linkBusyUntilMs);
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

  let baselineTimer: NodeJS.Timeout | undefined;
  const measureBaseline = async () => {
    const rtts: number[] = [];
    for (let i = 0; i < BASELINE_ECHOES && !stopped; i++) {
      const started = performance.now();
      try {
        await nc.request(subjects.probe(nodeId), codecs.ProbeRequest.encode({ fromNode: nodeId, seq: i, sentAtMs: Date.now() }), { timeout: 1000 });
        rtts.push(performance.now() - started);
      } catch {
        // A lost self-echo says nothing about the loopback floor; skip it.
      }
    }
    if (rtts.length > 0 && !stopped) {
      rtts.sort((a, b) => a - b);
      baselineMs = rtts[Math.floor(rtts.length / 2)];
      logger.debug({ baselineMs }, 'link emulation: loopback baseline measured');
    }
  };
  const scheduleBaseline = (ms: number) => {
    baselineTimer = setTimeout(() => {
      void measureBaseline().finally(() => {
        if (!stopped && emulation) scheduleBaseline(emulation.baselineIntervalMs);
      });
    }, ms);
    baselineTimer.unref();
  };
  if (emulation) {
    logger.info({ scenarioNodes: emulation.scenario.nodes.length }, 'link emulation ON: probe replies are delayed/dropped per the scenario (EMULATED links)');
    scheduleBaseline(0);
  }

  return {
    baselineMs: () => baselineMs,
    async stop() {
      stopped = true;
      if (baselineTimer) clearTimeout(baselineTimer);
      delays.cancelAll();
      await sub.drain().catch(() => undefined);
      await Promise.allSettled([...inFlight]);
    },
  };
}
