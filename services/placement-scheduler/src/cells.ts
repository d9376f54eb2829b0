/**
 * The cell side of a scheduler (cells topology): while active, tell the other cells what this cell
 * can serve (`cells.summary.<cell>`); hear theirs; and spill a task no node here can take to the
 * best cell that can, straight into that cell's TASKS (`cell.<target>.task.submit.<g>.<r>`, mapped
 * in by the target's server). A task spilled here is never spilled again: when this cell cannot
 * serve it either, its home cell gets a REJECTED result with the reason.
 */
import type { Subscription } from '@nats-io/transport-node';
import { codecs, TaskStatus } from '@cellmesh/contracts';
import { cellSubjects, RetryableError } from '@cellmesh/bus';
import { chooseSpillTarget, summarizeCell, SpillRefusal, type CellOffer } from './core/spill-target';
import type { ShellContext, SpillHandler, SpillRequest } from './types';

/** Cells remembered at most (a flood of fake cell ids cannot grow the map). */
const MAX_CELLS = 256;
/** Back-off while the chosen cell is unreachable (the submission waits, naked, until its deadline or maxDeliver). */
const UNREACHABLE_BACKOFF_MS = 5_000;
const SPILL_PUBLISH_TIMEOUT_MS = 5_000;

export interface CellSpill {
  readonly handler: SpillHandler;
  /** Cells heard from, with their latest summary. */
  offers(): readonly CellOffer[];
  stop(): void;
}

export function startCellSpill(ctx: ShellContext, cellId: string): CellSpill {
  const { deps, log, fleet, state } = ctx;
  const intervalMs = ctx.opts.metricsIntervalMs;
  const maxOfferAgeMs = 3 * intervalMs;
  /** A serving cell silent for up to this long is waited for (its link may come back), not given up on. */
  const maxSilentOfferAgeMs = 60_000;
  const offers = new Map<string, CellOffer>();

  const sub: Subscription = deps.nc.subscribe(cellSubjects.summaryAll, {
    callback: (err, msg) => {
      if (err) return;
      try {
        const s = codecs.CellSummary.decode(msg.data);
        // The subject says which cell speaks; a summary for another cell is not believed.
        if (msg.subject !== cellSubjects.summary(s.cellId)) return;
        if (!offers.has(s.cellId) && offers.size >= MAX_CELLS) return;
        offers.set(s.cellId, { cellId: s.cellId, nodes: s.nodes, freeCores: s.freeCores, largestFreeVramMb: s.largestFreeVramMb, gpus: s.gpus, publishedAtMs: deps.clock.now() });
      } catch (e) {
        log.debug({ subject: msg.subject, err: (e as Error).message }, 'malformed cell summary ignored');
      }
    },
  });

  const publishSummary = () => {
    if (!state.active || state.stopping) return;
    const offer = summarizeCell(cellId, fleet.viewsFrom(deps.nodeId, new Map()), deps.clock.now());
    deps.nc.publish(cellSubjects.summary(cellId), codecs.CellSummary.encode({
      cellId, schedulerNode: deps.nodeId, term: state.fencing?.term ?? 0, nodes: [...offer.nodes], nodeCount: offer.nodes.length,
      freeCores: offer.freeCores, largestFreeVramMb: offer.largestFreeVramMb, gpus: offer.gpus, publishedAtMs: offer.publishedAtMs,
    }));
  };
  const timer = setInterval(publishSummary, intervalMs);
  timer.unref();

  const rejectHome = async (req: SpillRequest, homeCell: string, why: string) => {
    const scope = req.task.scope;
    const result = codecs.TaskResult.encode({
      scope: { gameId: scope.gameId, roomId: scope.roomId, taskId: scope.taskId }, nodeId: deps.nodeId, status: TaskStatus.TASK_STATUS_REJECTED,
      error: `${req.decision.rejectReason ?? 'no-feasible-node'}: ${why}`, gpuIndex: -1, emulated: false, finishedAtMs: deps.clock.now(), kind: req.task.kind ?? '',
    });
    await ctx.js.publish(cellSubjects.taskResult(homeCell, scope.taskId), result, { msgID: `${scope.taskId}:result`, timeout: SPILL_PUBLISH_TIMEOUT_MS });
  };

  const handler: SpillHandler = async (req) => {
    const homeCell = req.submit.homeCell ?? '';
    const choice = chooseSpillTarget({
      ownCell: cellId, task: req.task, homeCell, offers: [...offers.values()], nowMs: deps.clock.now(), maxOfferAgeMs, maxSilentOfferAgeMs,
      rttFromOrigin: (nodeId) => fleet.linkFrom(req.task.originNode, nodeId)?.rttMs,
    });
    if (!choice.ok && choice.refusal === SpillRefusal.TargetSilent && req.deliveryCount < ctx.opts.maxDeliver - 1) {
      throw new RetryableError(`task ${req.task.scope.taskId}: ${choice.why}`, { backoffMs: UNREACHABLE_BACKOFF_MS });
    }
    if (!choice.ok) {
      log.info({ taskId: req.task.scope.taskId, refusal: choice.refusal, why: choice.why }, 'not spilled');
      if (choice.refusal === SpillRefusal.AlreadySpilled) await rejectHome(req, homeCell, `${cellId} cannot serve it either`);
      return { taken: false };
    }
    const { gameId, roomId, taskId } = req.task.scope;
    const spilled = codecs.TaskSubmit.encode({ ...req.submit, homeCell: cellId, spilledBecause: `${req.decision.rejectReason ?? 'no-feasible-node'} in ${cellId}; ${choice.why}` });
    try {
      await ctx.js.publish(cellSubjects.taskSubmit(choice.cellId, gameId, roomId), spilled, { msgID: taskId, timeout: SPILL_PUBLISH_TIMEOUT_MS });
    } catch (err) {
      if (req.deliveryCount < ctx.opts.maxDeliver - 1) {
        throw new RetryableError(`waiting to spill task ${taskId} to cell ${choice.cellId}: ${(err as Error).message}`, { backoffMs: UNREACHABLE_BACKOFF_MS });
      }
      log.warn({ taskId, target: choice.cellId, err: (err as Error).message }, 'spill target unreachable on the last delivery; deciding locally');
      return { taken: false };
    }
    return { taken: true, target: choice.cellId };
  };

  return {
    handler,
    offers: () => [...offers.values()],
    stop() {
      clearInterval(timer);
      sub.unsubscribe();
    },
  };
}
