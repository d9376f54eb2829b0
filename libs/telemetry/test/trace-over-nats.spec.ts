import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { codecs, PlacementOutcome, TaskProfile, TaskStatus, type InitOf } from '@cellmesh/contracts';
import { connectService, consumeDurable, provisionAll, silentLogger, subjects, Streams, type DurableConsumerHandle } from '@cellmesh/bus';
import { startNatsServer, startOtlpReceiver, waitFor, type OtlpReceiver, type RunningNatsServer } from '@cellmesh/testing';
import {
  setupTracing,
  withConsumerSpan,
  withInternalSpan,
  withProducerSpan,
  recordPlacementOnSpan,
  CellmeshAttr,
  MessagingAttr,
  PlacementAttr,
  SpanName,
  type Tracing,
} from '../src';

/**
 * One task's trace across a real nats-server (JetStream streams, durable consumers), with the
 * span helpers on both sides of every message, exported over OTLP/HTTP (JSON) by four tracer
 * providers (one per "service") to a real receiver on a free port.
 */
describe('one trace per task across real NATS, exported over OTLP/HTTP', () => {
  let server: RunningNatsServer;
  let receiver: OtlpReceiver;
  const connections: NatsConnection[] = [];
  const consumers: DurableConsumerHandle[] = [];
  const tracings: Record<'client' | 'scheduler' | 'worker' | 'committer', Tracing> = {} as never;
  const scope = { gameId: 'g1', roomId: 'r1', taskId: 'task-trace-1' };
  const committed: string[] = [];

  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    server = await startNatsServer({ jetstream: true });
    receiver = await startOtlpReceiver();
    for (const [role, serviceName] of [['client', 'cellmesh-client'], ['scheduler', 'placement-scheduler'], ['worker', 'cpu-worker'], ['committer', 'datastate-committer']] as const) {
      tracings[role] = setupTracing({ serviceName, otlpEndpoint: receiver.endpoint, registerGlobal: false });
    }
    const connect = async (service: string, nodeId: string) => {
      const nc = await connectService({ servers: [server.url], service, nodeId, logger: silentLogger });
      connections.push(nc);
      return nc;
    };
    const [schedulerNc, workerNc, committerNc] = [await connect('scheduler', 'n1'), await connect('worker', 'n2'), await connect('committer', 'n3')];
    await provisionAll(schedulerNc);

    const scheduler = tracings.scheduler.tracer;
    consumers.push(await consumeDurable(schedulerNc, {
      service: 'placement-scheduler', nodeId: 'n1', stream: Streams.Tasks, durable: 'trace-test-scheduler', filterSubject: subjects.taskSubmitAll, codec: codecs.TaskSubmit, logger: silentLogger,
      handler: (task, msg) => withConsumerSpan(scheduler, msg.headers, { subject: msg.subject, subjectTemplate: subjects.taskSubmitAll, scope: task.scope, nodeId: 'n1', clusterId: 'c1', consumerGroup: 'trace-test-scheduler' }, async () => {
        const receipt: InitOf<'PlacementReceipt'> = {
          scope: task.scope, outcome: PlacementOutcome.PLACEMENT_OUTCOME_PLACED, chosenNode: 'n2', gpuIndex: -1, rule: 'highest-weighted-score', profile: task.profile,
          schedulerNode: 'n1', decisionLatencyMs: 0.2,
          candidates: [
            { nodeId: 'n2', feasible: true, finalScore: 0.8, scores: [{ plugin: 'rtt-to-origin', raw: 3, normalized: 0.8, weight: 3 }] },
            { nodeId: 'n4', feasible: false, rejectedBy: 'capacity', reason: 'insufficient-cpu' },
          ],
        };
        await withInternalSpan(scheduler, SpanName.Place, { scope: task.scope, nodeId: 'n1' }, (span) => recordPlacementOnSpan(span, receipt));
        const receiptSubject = subjects.placementReceipt(scope.taskId);
        await withProducerSpan(scheduler, { subject: receiptSubject, subjectTemplate: subjects.placementReceiptAll, scope: task.scope, nodeId: 'n1' }, (headers) =>
          jetstream(schedulerNc).publish(receiptSubject, codecs.PlacementReceipt.encode(receipt), { headers, msgID: `${scope.taskId}:1` }));
        const runSubject = subjects.taskRun('n2');
        await withProducerSpan(scheduler, { subject: runSubject, subjectTemplate: subjects.taskRunAll, scope: task.scope, nodeId: 'n1', messageId: `${scope.taskId}:1` }, (headers) =>
          jetstream(schedulerNc).publish(runSubject, codecs.TaskDispatch.encode({ task, nodeId: 'n2', gpuIndex: -1, attempt: 1 }), { headers, msgID: `${scope.taskId}:1` }));
      }),
    }));

    const worker = tracings.worker.tracer;
    consumers.push(await consumeDurable(workerNc, {
      service: 'cpu-worker', nodeId: 'n2', stream: Streams.Dispatch, durable: 'trace-test-worker', filterSubject: subjects.taskRun('n2'), codec: codecs.TaskDispatch, logger: silentLogger,
      handler: (dispatch, msg) => withConsumerSpan(worker, msg.headers, { subject: msg.subject, subjectTemplate: subjects.taskRunAll, scope: dispatch.task?.scope, nodeId: 'n2' }, async () => {
        const s = { gameId: dispatch.task?.scope?.gameId ?? '', roomId: dispatch.task?.scope?.roomId ?? '', taskId: dispatch.task?.scope?.taskId ?? '' };
        await withInternalSpan(worker, SpanName.Run, { scope: s, nodeId: 'n2' }, async () => {
          const commitSubject = subjects.datastateCommit(s.gameId, s.roomId);
          await withProducerSpan(worker, { subject: commitSubject, subjectTemplate: subjects.datastateCommitAll, scope: s, nodeId: 'n2', messageId: `${s.taskId}:1` }, (headers) =>
            jetstream(workerNc).publish(commitSubject, codecs.CommitDelta.encode({ taskId: s.taskId, scope: s, version: 1, nodeId: 'n2', writes: [{ key: 'score', value: new Uint8Array([1]) }] }), { headers, msgID: `${s.taskId}:1` }));
          const resultSubject = subjects.taskResult(s.taskId);
          await withProducerSpan(worker, { subject: resultSubject, subjectTemplate: subjects.taskResultAll, scope: s, nodeId: 'n2' }, (headers) =>
            jetstream(workerNc).publish(resultSubject, codecs.TaskResult.encode({ scope: s, nodeId: 'n2', status: TaskStatus.TASK_STATUS_SUCCEEDED }), { headers }));
        });
      }),
    }));

    const committer = tracings.committer.tracer;
    consumers.push(await consumeDurable(committerNc, {
      service: 'datastate-committer', nodeId: 'n3', stream: Streams.Commits, durable: 'trace-test-committer', filterSubject: subjects.datastateCommitAll, codec: codecs.CommitDelta, logger: silentLogger,
      handler: (delta, msg) => withConsumerSpan(committer, msg.headers, { subject: msg.subject, subjectTemplate: subjects.datastateCommitAll, scope: delta.scope, nodeId: 'n3' }, () =>
        withInternalSpan(committer, SpanName.Commit, { scope: delta.scope, nodeId: 'n3' }, () => void committed.push(delta.taskId))),
    }));
  });

  afterAll(async () => {
    for (const c of consumers) await c.stop(1000);
    for (const t of Object.values(tracings)) await t.shutdown();
    for (const nc of connections) await nc.close();
    await receiver?.stop();
    await server?.stop({ removeStore: true });
    context.disable();
  });

  it('submit → schedule → dispatch → run → commit is one trace with the expected parent/child tree and attributes', async () => {
    const client = tracings.client.tracer;
    const submitSubject = subjects.taskSubmit(scope.gameId, scope.roomId);
    const task = codecs.TaskSubmit.encode({ scope, profile: TaskProfile.TASK_PROFILE_LATENCY_SENSITIVE, kind: 'pathfind', cpuMillis: 100 });
    await withProducerSpan(client, { subject: submitSubject, subjectTemplate: subjects.taskSubmitAll, scope, messageId: scope.taskId, bodySize: task.byteLength }, (headers) =>
      jetstream(connections[0]!).publish(submitSubject, task, { headers, msgID: scope.taskId }));

    await waitFor('the committer to apply the delta', () => committed.includes(scope.taskId), 15_000);
    // Consumers ack after the handler's span has ended; flush every provider's batch to the receiver.
    await Promise.all(Object.values(tracings).map((t) => t.provider.forceFlush()));
    await receiver.waitForSpans((spans) => spans.filter((s) => s.attributes[CellmeshAttr.TaskId] === scope.taskId).length >= 11, 10_000);

    const taskSpans = receiver.spans().filter((s) => s.attributes[CellmeshAttr.TaskId] === scope.taskId);
    const traceIds = [...new Set(taskSpans.map((s) => s.traceId))];
    expect(traceIds).toHaveLength(1);
    expect(receiver.renderTree(traceIds[0]!)).toEqual([
      'send task.submit.> [producer] cellmesh-client',
      '  process task.submit.> [consumer] placement-scheduler',
      '    cellmesh.place [internal] placement-scheduler',
      '    send placement.receipt.> [producer] placement-scheduler',
      '    send task.run.> [producer] placement-scheduler',
      '      process task.run.> [consumer] cpu-worker',
      '        cellmesh.run [internal] cpu-worker',
      '          send datastate.commit.> [producer] cpu-worker',
      '            process datastate.commit.> [consumer] datastate-committer',
      '              cellmesh.commit [internal] datastate-committer',
      '          send task.result.> [producer] cpu-worker',
    ]);

    const spans = receiver.spansOfTrace(traceIds[0]!);
    const named = (name: string) => spans.find((s) => s.name === name)!;
    expect(named('process task.run.>').attributes).toMatchObject({
      [MessagingAttr.System]: 'nats', [MessagingAttr.Destination]: 'task.run.n2', [MessagingAttr.Operation]: 'process',
      [CellmeshAttr.GameId]: 'g1', [CellmeshAttr.RoomId]: 'r1', [CellmeshAttr.TaskId]: scope.taskId, [CellmeshAttr.NodeId]: 'n2',
    });
    expect(named('send task.submit.>').attributes).toMatchObject({ [MessagingAttr.Operation]: 'send', [MessagingAttr.Destination]: 'task.submit.g1.r1', [MessagingAttr.MessageId]: scope.taskId });
    expect(named('process task.submit.>').attributes[CellmeshAttr.ClusterId]).toBe('c1');

    const place = named(SpanName.Place);
    expect(place.attributes).toMatchObject({
      [PlacementAttr.Outcome]: 'placed', [PlacementAttr.ChosenNode]: 'n2', [PlacementAttr.Rule]: 'highest-weighted-score', [PlacementAttr.Profile]: 'latency_sensitive',
      [PlacementAttr.CandidateNodes]: ['n2', 'n4'], [PlacementAttr.CandidatesOmitted]: 0,
    });
    expect(JSON.parse(String(place.attributes[PlacementAttr.Candidates]))).toEqual([
      { node: 'n2', ok: true, final: 0.8, scores: { 'rtt-to-origin': [0.8, 3] } },
      { node: 'n4', ok: false, by: 'capacity', why: 'insufficient-cpu' },
    ]);
    expect(place.events.map((e) => [e.name, e.attributes['cellmesh.placement.candidate_node'], e.attributes['cellmesh.placement.reason']])).toEqual([
      ['cellmesh.placement.candidate_rejected', 'n4', 'insufficient-cpu'],
    ]);
    expect(spans.every((s) => s.status.code !== 'error')).toBe(true);
    expect(receiver.rejected()).toEqual([]);
  });
});
