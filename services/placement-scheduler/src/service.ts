/**
 * placement-scheduler I/O shell: follow the fleet (heartbeats, peer tables, topology), and while
 * active, consume TASKS durably, decide with placement-core, publish the receipt (PLACEMENTS) and
 * the dispatch (DISPATCH), release on TaskResult (RESULTS) and re-place the work of dead nodes.
 * Every decision is pure (core/: the books, the submission ladder, the tick, activation); the
 * parts here only move messages:
 *
 *   fleet-sources.ts  heartbeats, registry, peer tables, topology → Fleet
 *   leadership.ts     lease view → decideActivation → session.activate / deactivate
 *   session.ts        rebuild, RESULTS follower, TASKS consumer, liveness tick effects
 *   submissions.ts    one delivery through the ladder → decide → publish / hold / retry / spill
 *   publisher.ts      receipts, dispatches, failures (fenced, traced)
 */
import { jetstream } from '@nats-io/jetstream';
import { ROOT_CLUSTER_ID } from '@cellmesh/leases';
import { createServiceHandle } from '@cellmesh/runtime';
import { defaultStack } from '@cellmesh/placement-core';
import { compilePlacementSchedulerOptions, type PlacementSchedulerOptions } from './options';
import { Fleet, InputRejectionLog, SchedulerBook, peerHealthScore } from './core';
import { followFleet } from './fleet-sources';
import { runLeadership } from './leadership';
import { Publisher } from './publisher';
import { DecisionRecorder } from './recorder';
import { SERVICE_NAME, createSession } from './session';
import { createSubmissionHandler } from './submissions';
import { startCellSpill } from './cells';
import type { PlacementEvent, PlacementSchedulerDeps, PlacementSchedulerHandle, SchedulerState, ShellContext, Submit } from './types';

export { SERVICE_NAME } from './session';
export { GPU_WAIT_QUEUE } from './publisher';
/** The fencing scope of every dispatch and receipt under the default activation scope `root`. */
export const FENCING_CLUSTER_ID = ROOT_CLUSTER_ID;

export async function startPlacementScheduler(deps: PlacementSchedulerDeps, options: PlacementSchedulerOptions = {}): Promise<PlacementSchedulerHandle> {
  const opts = compilePlacementSchedulerOptions(options);
  const log = deps.logger.child({ service: SERVICE_NAME, nodeId: deps.nodeId });
  const stack = defaultStack(opts.weights);
  const fleet = new Fleet({ gpuSlotsPerGpu: opts.gpuSlotsPerGpu, assumedMemoryMibPerCore: opts.assumedMemoryMibPerCore });
  const state: SchedulerState = { book: new SchedulerBook<Submit>(stack, opts), fencing: undefined, active: false, stopping: false, waiters: new Map(), heldMessages: new Map() };
  const baseCtx: ShellContext = { deps, opts, log, js: jetstream(deps.nc), fleet, stack, state };
  const cells = opts.cellId ? startCellSpill(baseCtx, opts.cellId) : undefined;
  const ctx: ShellContext = cells && !opts.spill ? { ...baseCtx, opts: { ...opts, spill: cells.handler } } : baseCtx;
  const recorder = new DecisionRecorder(opts.recentReceiptsLimit, log, deps.metrics);
  const publisher = new Publisher(ctx, recorder);

  const rejections = new InputRejectionLog();
  const sources = await followFleet(deps.nc, fleet, rejections, { clock: deps.clock, log, service: SERVICE_NAME, nodeId: deps.nodeId });
  let failService: (err: Error) => void = () => undefined;
  const session = createSession(ctx, publisher, recorder, createSubmissionHandler(ctx, publisher, recorder), (err) => failService(err));
  const leadership = await runLeadership(ctx, session);

  const handle = createServiceHandle(SERVICE_NAME, async ({ graceMs }) => {
    state.stopping = true;
    await leadership.stop();
    await session.deactivate(graceMs);
    await sources.stop();
    cells?.stop();
    log.info('placement-scheduler stopped');
  });
  failService = (err) => handle.fail(err);
  return Object.defineProperties(handle, {
    options: { value: opts, enumerable: true },
    active: { get: () => state.active, enumerable: true },
    fencing: { get: () => state.fencing, enumerable: true },
    inFlight: { get: () => state.book.inFlightCount, enumerable: true },
    queued: { get: () => state.book.queuedCount, enumerable: true },
    nodesKnown: { get: () => fleet.size, enumerable: true },
    counters: { value: () => ({ ...recorder.snapshot(), inputRejected: rejections.snapshot().total }) },
    peerHealth: {
      value: () =>
        fleet.nodeIds().flatMap((nodeId) => {
          const h = fleet.healthOf(nodeId);
          return h.strikes > 0 || h.backoffUntilMs > deps.clock.now() ? [{ nodeId, ...h, health: peerHealthScore(h) }] : [];
        }),
    },
    recentReceipts: { value: () => recorder.recentReceipts() },
    onPlacement: { value: (listener: (e: PlacementEvent) => void) => recorder.onPlacement(listener) },
  }) as unknown as PlacementSchedulerHandle;
}
