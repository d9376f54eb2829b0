import type { NatsConnection } from '@nats-io/transport-node';
import { connectService, provisionAll, silentLogger, subjects, Consumers } from '@cellmesh/bus';
import { submitTask } from '@cellmesh/client';
import { LeaseWatcher, ROOT_CLUSTER_ID } from '@cellmesh/leases';
import type { Scenario, ScenarioNode } from '@cellmesh/scenario';
import { setupTracing, CellmeshAttr, MessagingAttr, PlacementAttr, SpanName, type Tracing } from '@cellmesh/telemetry';
import { startNatsServer, startOtlpReceiver, waitFor, type OtlpReceiver, type ReceivedSpan, type RunningNatsServer } from '@cellmesh/testing';
import { startVirtualNode, type VirtualNode } from '../src/fabric/node';

/** Two CPU nodes on one LAN (1 ms apart): one cluster, one root scheduler, the other node a candidate. */
function lanScenario(): Scenario {
  const nodes: ScenarioNode[] = [
    { id: 'trace-a', cpuCores: 4, gpus: 0, vramMb: 0, site: 'lab', memoryMb: 8192 },
    { id: 'trace-b', cpuCores: 4, gpus: 0, vramMb: 0, site: 'lab', memoryMb: 8192 },
  ];
  return {
    nodes,
    rttMs: (i, j) => (i === j ? 0 : 1),
    bandwidthMbps: () => 1000,
    jitterMs: () => 0,
    lossRatio: () => 0,
    indexOf: (id) => nodes.findIndex((n) => n.id === id),
  };
}

/**
 * One task, one trace: a real nats-server, two virtual nodes hosting all seven services (as
 * `cellmesh up` does), tracing exported over OTLP/HTTP to a real receiver on a free port. The test
 * submits one CPU task, waits for its result, and reads the exported spans back.
 */
describe('one trace per task through the fabric (real nats-server, OTLP/HTTP receiver)', () => {
  let server: RunningNatsServer;
  let receiver: OtlpReceiver;
  let tracing: Tracing;
  let admin: NatsConnection;
  let client: NatsConnection;
  let leases: LeaseWatcher;
  const nodes: VirtualNode[] = [];
  const scope = { gameId: 'trace-game', roomId: 'room-1', taskId: 'trace-task-1' };

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    receiver = await startOtlpReceiver();
    tracing = setupTracing({ serviceName: 'cellmesh', otlpEndpoint: receiver.endpoint });
    admin = await connectService({ servers: [server.url], service: 'cli', nodeId: 'trace-admin', logger: silentLogger });
    await provisionAll(admin);
    leases = await LeaseWatcher.open(admin);
    const scenario = lanScenario();
    for (const node of scenario.nodes) {
      nodes.push(await startVirtualNode({ natsUrl: server.url, scenario, node, logger: silentLogger, tracer: tracing.tracer, leases }));
    }
    client = await connectService({ servers: [server.url], service: 'client', nodeId: 'trace-client', logger: silentLogger });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.scheduler.stop({ graceMs: 500 })));
    for (const n of [...nodes].reverse()) await n.stop();
    await leases?.stop();
    await client?.close();
    await admin?.close();
    await tracing?.shutdown();
    await receiver?.stop();
    await server?.stop();
  }, 60_000);

  it('links submit → schedule → place → dispatch → run → commit and result in one trace with the cellmesh and placement attributes', async () => {
    // The fabric is ready once a root lease is held, its holder's scheduler pulls, and it has heard both nodes.
    const root = await waitFor('a root scheduler that knows both nodes', () => {
      const lease = leases.currentLeader(ROOT_CLUSTER_ID);
      const holder = nodes.find((n) => n.spec.id === lease?.holder);
      return lease?.state === 'held' && holder?.scheduler.active && holder.scheduler.nodesKnown >= 2 ? { node: holder.spec.id, term: lease.term } : undefined;
    }, 45_000);

    const outcome = await submitTask(client, scope, 'batch', ['cpuOnly'], { kind: 'terrain', originNode: 'trace-a', payload: new TextEncoder().encode(JSON.stringify({ seed: 7, width: 16, height: 16 })), awaitResult: true, resultTimeoutMs: 20_000 });
    const chosen = outcome.receipt!.chosenNode;
    expect(outcome.result!.nodeId).toBe(chosen);
    await tracing.provider.forceFlush();

    const ofTask = (s: ReceivedSpan) => s.attributes[CellmeshAttr.TaskId] === scope.taskId;
    const wanted = ['send task.submit.>', 'process task.submit.>', SpanName.Place, 'send placement.receipt.>', 'send task.run.>', 'process task.run.>', SpanName.Run, 'send datastate.commit.>', 'send task.result.>'];
    const spans = await receiver.waitForSpans((all) => wanted.every((name) => all.some((s) => ofTask(s) && s.name === name)), 15_000);

    // One trace: every span of the task carries the same trace id, and the receipt names it too.
    const traceIds = new Set(spans.filter(ofTask).map((s) => s.traceId));
    expect([...traceIds]).toEqual([outcome.receipt!.traceId]);
    const [traceId] = traceIds;
    const inTrace = receiver.spansOfTrace(traceId!);
    const one = (name: string, where: (s: ReceivedSpan) => boolean = () => true) => {
      const found = inTrace.filter((s) => s.name === name && where(s));
      expect({ name, count: found.length }).toEqual({ name, count: 1 });
      return found[0]!;
    };
    const childOf = (parent: ReceivedSpan) => (s: ReceivedSpan) => s.parentSpanId === parent.spanId;

    const submit = one('send task.submit.>');
    expect(submit.parentSpanId).toBeUndefined();
    expect(submit.kind).toBe('producer');
    expect(submit.attributes).toMatchObject({
      [MessagingAttr.System]: 'nats', [MessagingAttr.Destination]: subjects.taskSubmit(scope.gameId, scope.roomId), [MessagingAttr.Operation]: 'send',
      [CellmeshAttr.GameId]: scope.gameId, [CellmeshAttr.RoomId]: scope.roomId, [CellmeshAttr.TaskId]: scope.taskId,
    });

    // A delivery the scheduler retried (no node fit yet) would add a sibling: the one that placed is the place span's parent.
    const deliveries = inTrace.filter((s) => s.name === 'process task.submit.>');
    for (const d of deliveries) expect(d.parentSpanId).toBe(submit.spanId);
    const place = one(SpanName.Place);
    const schedule = deliveries.find((d) => d.spanId === place.parentSpanId)!;
    expect(schedule).toBeDefined();
    expect(schedule.kind).toBe('consumer');
    expect(schedule.attributes).toMatchObject({ [MessagingAttr.Operation]: 'process', [MessagingAttr.ConsumerGroup]: Consumers.scheduler, [CellmeshAttr.NodeId]: root.node, [CellmeshAttr.TaskId]: scope.taskId });

    expect(place.kind).toBe('internal');
    expect(place.attributes).toMatchObject({
      [PlacementAttr.Outcome]: 'placed', [PlacementAttr.ChosenNode]: chosen, [PlacementAttr.Profile]: 'batch', [PlacementAttr.CandidateCount]: 2,
      [PlacementAttr.FencingTerm]: root.term, [CellmeshAttr.NodeId]: root.node, [CellmeshAttr.TaskId]: scope.taskId,
    });
    expect(place.attributes[PlacementAttr.Rule]).toBe(outcome.receipt!.rule);
    expect([...(place.attributes[PlacementAttr.CandidateNodes] as string[])].sort()).toEqual(['trace-a', 'trace-b']);
    const candidates = JSON.parse(place.attributes[PlacementAttr.Candidates] as string) as Array<{ node: string; ok: boolean; final?: number; scores?: Record<string, [number, number]> }>;
    expect(candidates[0]).toMatchObject({ node: chosen, ok: true });
    for (const c of candidates.filter((x) => x.ok)) expect(Object.keys(c.scores ?? {}).length).toBeGreaterThan(0);
    expect(typeof place.attributes[PlacementAttr.DecisionLatencyMs]).toBe('number');
    one('send placement.receipt.>', childOf(place));

    const dispatch = one('send task.run.>', childOf(schedule));
    expect(dispatch.kind).toBe('producer');
    expect(dispatch.attributes).toMatchObject({ [MessagingAttr.Destination]: subjects.taskRun(chosen), [CellmeshAttr.NodeId]: chosen, [CellmeshAttr.TaskId]: scope.taskId });

    const run = one('process task.run.>', childOf(dispatch));
    expect(run.kind).toBe('consumer');
    expect(run.attributes).toMatchObject({ [CellmeshAttr.NodeId]: chosen, [CellmeshAttr.Term]: root.term, [MessagingAttr.ConsumerGroup]: Consumers.cpuWorker(chosen), 'cellmesh.task.kind': 'terrain' });

    const execution = one(SpanName.Run, childOf(run));
    expect(execution.attributes).toMatchObject({ [CellmeshAttr.NodeId]: chosen, [CellmeshAttr.TaskId]: scope.taskId, 'cellmesh.task.status': 'TASK_STATUS_SUCCEEDED' });

    const commit = one('send datastate.commit.>', childOf(execution));
    expect(commit.attributes).toMatchObject({ [MessagingAttr.Destination]: subjects.datastateCommit(scope.gameId, scope.roomId), [MessagingAttr.MessageId]: `${scope.taskId}:1`, [CellmeshAttr.Term]: root.term });
    const result = one('send task.result.>', childOf(execution));
    expect(result.attributes).toMatchObject({ [MessagingAttr.Destination]: subjects.taskResult(scope.taskId), 'cellmesh.task.status': 'TASK_STATUS_SUCCEEDED' });
  }, 90_000);
});
