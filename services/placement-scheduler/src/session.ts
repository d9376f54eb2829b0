/**
 * One activation of the scheduler: rebuild the books from DISPATCH minus RESULTS, follow RESULTS,
 * consume TASKS durably and run the liveness tick (core/tick.ts) until deactivated.
 */
import { DeliverPolicy, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Consumers, RetryableError, Streams, consumeDurable, subjects, type DurableConsumerHandle } from '@cellmesh/bus';
import { withConsumerSpan } from '@cellmesh/telemetry';
import { SchedulerBook, SchedulerReason, dispatchOverheadMs, planTick, specOfSubmit, type InFlightEntry, type TickEffect } from './core';
import { GPU_WAIT_QUEUE, type Publisher } from './publisher';
import type { DecisionRecorder } from './recorder';
import { readStreamSince } from './streams';
import type { FencingTokenView, ShellContext, Submit } from './types';

export const SERVICE_NAME = 'placement-scheduler';

export interface Session {
  activate(token: FencingTokenView): Promise<void>;
  deactivate(graceMs: number): Promise<void>;
}

export function createSession(ctx: ShellContext, publisher: Publisher, recorder: DecisionRecorder, handleSubmission: (s: Submit, m: JsMsg) => Promise<void>): Session {
  const { deps, opts, state, fleet, log, js } = ctx;
  const { nc, clock } = deps;
  let consumer: DurableConsumerHandle | undefined;
  let results: ConsumerMessages | undefined;
  let resultsLoop: Promise<void> | undefined;
  let timers: NodeJS.Timeout[] = [];
  let ticking = false;

  const onResult = async (result: MessageOf<'TaskResult'>) => {
    const taskId = result.scope?.taskId;
    if (!taskId) return;
    const entry = state.book.inFlightTask(taskId);
    const overheadMs = entry ? dispatchOverheadMs(entry, { nodeId: result.nodeId, durationMs: result.durationMs }, clock.now()) : undefined;
    if (entry && overheadMs !== undefined) fleet.observeHealthSample(entry.nodeId, { kind: 'dispatch-overhead', ms: overheadMs }, clock.now(), Math.random());
    if (state.book.complete(taskId)) recorder.counters.completed++;
    await publisher.deliver(state.book.retryQueued(fleet, clock.now()), false);
  };

  /** DISPATCH minus RESULTS over the rebuild window: the tasks in flight when the previous instance stopped. */
  const rebuild = async (): Promise<void> => {
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
  };

  const apply = async (effect: TickEffect<Submit>): Promise<void> => {
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
  };

  const tick = async () => {
    if (ticking || !state.active) return;
    ticking = true;
    try {
      fleet.assessProbeLoss(clock.now(), Math.random, opts.metricsIntervalMs);
      for (const effect of planTick(state.book, fleet, clock.now(), opts)) await apply(effect);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'liveness tick failed');
    } finally {
      ticking = false;
    }
  };

  const followResults = async (fromMs: number) => {
    const follower = await js.consumers.get(Streams.Results, { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(fromMs).toISOString() });
    const messages = await follower.consume();
    results = messages;
    resultsLoop = (async () => {
      for await (const m of messages) {
        try {
          await onResult(codecs.TaskResult.decode(m.data));
        } catch (err) {
          log.warn({ seq: m.seq, err: (err as Error).message }, 'ignoring an undecodable task result');
        }
      }
    })().catch((err: Error) => log.error({ err: err.message }, 'results follower ended'));
  };

  const consumeSubmissions = async () => {
    consumer = await consumeDurable(nc, {
      service: SERVICE_NAME, nodeId: deps.nodeId, stream: Streams.Tasks, durable: Consumers.scheduler, filterSubject: subjects.taskSubmitAll, codec: codecs.TaskSubmit, logger: log,
      maxDeliver: opts.maxDeliver, ackWaitMs: opts.ackWaitMs,
      // Queued GPU tasks hold their message until placed, so room for the whole queue plus a working set.
      maxInFlight: opts.gpuWaitQueueCapacity + 64,
      handler: (submit, msg) =>
        withConsumerSpan(deps.tracer, msg.headers, { subject: msg.subject, subjectTemplate: subjects.taskSubmitAll, scope: submit.scope, nodeId: deps.nodeId, consumerGroup: Consumers.scheduler, messageId: submit.scope?.taskId ?? undefined }, async () => {
          const taskId = submit.scope?.taskId ?? '';
          if (taskId) state.heldMessages.set(taskId, msg);
          try {
            await handleSubmission(submit, msg);
          } finally {
            if (state.heldMessages.get(taskId) === msg) state.heldMessages.delete(taskId);
          }
        }),
    });
  };

  return {
    async activate(token) {
      state.fencing = token;
      state.book = new SchedulerBook<Submit>(ctx.stack, opts);
      const resultsFromMs = clock.now() - 1_000;
      await rebuild();
      // Results from just before the rebuild on: none can slip between the rebuild and the follower.
      await followResults(resultsFromMs);
      await consumeSubmissions();
      // Messages held for the GPU queue stay ours while they wait.
      const progress = () => {
        for (const [taskId, m] of state.heldMessages) if (state.waiters.has(taskId)) m.working();
      };
      timers = [setInterval(() => void tick(), opts.livenessCheckIntervalMs), setInterval(progress, Math.max(100, Math.floor(opts.ackWaitMs / 3)))];
      for (const t of timers) t.unref();
      state.active = true;
      log.info({ fencing: token, nodes: fleet.size, inFlight: state.book.inFlightCount }, 'placement-scheduler active');
    },

    async deactivate(graceMs) {
      if (!state.active && !consumer) return;
      state.active = false;
      for (const t of timers) clearInterval(t);
      timers = [];
      // Waiting submissions go back to the stream at once, for the next active instance.
      for (const [taskId, waiter] of state.waiters) {
        state.waiters.delete(taskId);
        waiter.reject(new RetryableError(`scheduler ${deps.nodeId} stopped while task ${taskId} waited for GPU capacity`, { backoffMs: 0 }));
      }
      await consumer?.stop(graceMs);
      consumer = undefined;
      await results?.close().catch(() => undefined);
      await resultsLoop;
      results = undefined;
      log.info('placement-scheduler inactive');
    },
  };
}
