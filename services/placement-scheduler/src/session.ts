/**
 * One activation of the scheduler: rebuild the books from DISPATCH minus RESULTS, follow RESULTS,
 * consume TASKS durably and run the liveness tick (core/tick.ts) until deactivated.
 */
import { DeliverPolicy, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Consumers, RetryableError, Streams, consumeDurable, subjects, type DurableConsumerHandle } from '@cellmesh/bus';
import { withConsumerSpan } from '@cellmesh/telemetry';
import { SchedulerBook, dispatchOverheadMs, planTick } from './core';
import { applyTickEffect, rebuildBooks } from './effects';
import type { Publisher } from './publisher';
import type { DecisionRecorder } from './recorder';
import type { FencingTokenView, ShellContext, Submit } from './types';

export const SERVICE_NAME = 'placement-scheduler';

export interface Session {
  activate(token: FencingTokenView): Promise<void>;
  deactivate(graceMs: number): Promise<void>;
}

/** `onLoopEnded`: the TASKS pull loop ended while nobody stopped it; the owner fails the service (readyz unready, the process exits). */
export function createSession(ctx: ShellContext, publisher: Publisher, recorder: DecisionRecorder, handleSubmission: (s: Submit, m: JsMsg) => Promise<void>, onLoopEnded: (err: Error) => void = () => undefined): Session {
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

  const tick = async () => {
    if (ticking || !state.active) return;
    ticking = true;
    try {
      fleet.assessProbeLoss(clock.now(), Math.random, opts.metricsIntervalMs);
      for (const effect of planTick(state.book, fleet, clock.now(), opts)) await applyTickEffect(ctx, publisher, effect);
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
      onEnd: (err) => onLoopEnded(err),
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
      await rebuildBooks(ctx);
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
