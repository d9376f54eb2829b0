/**
 * What an activation does to the books besides consuming: rebuild them from the streams on
 * takeover, and carry out the liveness tick's effects (core/tick.ts) in their order.
 */
import { codecs } from '@cellmesh/contracts';
import { Streams } from '@cellmesh/bus';
import { SchedulerReason, specOfSubmit, type InFlightEntry, type TickEffect } from './core';
import { GPU_WAIT_QUEUE, type Publisher } from './publisher';
import { readStreamSince } from './streams';
import type { ShellContext, Submit } from './types';

/** DISPATCH minus RESULTS over the rebuild window: the tasks in flight when the previous instance stopped. */
export async function rebuildBooks(ctx: ShellContext): Promise<void> {
  const { deps, opts, state, fleet, log } = ctx;
  const { nc, clock } = deps;
  const sinceMs = clock.now() - opts.rebuildWindowMs;
  const dispatched = new Map<string, InFlightEntry<Submit>>();
  await readStreamSince(nc, Streams.Dispatch, sinceMs, (m) => {
    try {
      const d = codecs.TaskDispatch.decode(m.data);
      const spec = d.task ? specOfSubmit(d.task) : undefined;
      if (!spec?.ok) return;
      const prev = dispatched.get(spec.task.scope.taskId);
      if (prev && prev.attempt >= (d.attempt ?? 0)) return;
      dispatched.set(spec.task.scope.taskId, {
        task: spec.task, submit: d.task as Submit, nodeId: d.nodeId, gpuIndex: d.gpuIndex >= 0 ? d.gpuIndex : undefined, attempt: d.attempt || 1, dispatchedAtMs: Number(d.dispatchedAtMs),
      });
    } catch (err) {
      log.warn({ seq: m.seq, err: (err as Error).message }, 'skipping an undecodable dispatch while rebuilding');
    }
  });
  await readStreamSince(nc, Streams.Results, sinceMs, (m) => {
    try {
      const taskId = codecs.TaskResult.decode(m.data).scope?.taskId;
      if (taskId) dispatched.delete(taskId);
    } catch {
      // an undecodable result cannot finish anything
    }
  });
  let gpuMissing = 0;
  for (const entry of dispatched.values()) if (!state.book.restore(entry, fleet).gpuRestored) gpuMissing++;
  log.info({ inFlight: dispatched.size, gpuMissing }, 'rebuilt in-flight tasks from DISPATCH minus RESULTS');
}

export async function applyTickEffect(ctx: ShellContext, publisher: Publisher, effect: TickEffect<Submit>): Promise<void> {
  const { deps, state, log } = ctx;
  switch (effect.kind) {
    case 'node-lost':
      log.warn({ node: effect.nodeId, replaced: effect.replaced, exhausted: effect.exhausted }, 'node dead: re-placing its unfinished tasks');
      return;
    case 'deliver':
      return publisher.deliver(effect.decided, effect.replacement);
    case 'exhausted':
      await publisher.rejection(effect.entry.submit, SchedulerReason.AttemptsExhausted, effect.attempt, true).catch(() => undefined);
      await publisher.failure(effect.entry, effect.error).catch(() => undefined);
      return;
    case 'expired': {
      const waiter = state.waiters.get(effect.decided.entry.taskId);
      if (!waiter) return publisher.deliver([effect.decided], true);
      state.waiters.delete(effect.decided.entry.taskId);
      waiter.resolve(effect.decided);
      return;
    }
    case 'queue-depth':
      deps.metrics?.setQueueDepth(GPU_WAIT_QUEUE, effect.depth);
  }
}
