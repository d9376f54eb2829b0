import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { codecs, TaskStatus } from '@cellmesh/contracts';
import { connectService, provisionAll, silentLogger, Streams } from '@cellmesh/bus';
import { submitTask, TaskRejectedError, TaskFailedError, TaskTimeoutError } from '@cellmesh/client';
import { waitFor } from '@cellmesh/testing';
import { chooseWorld } from '../src/fabric/world';
import { startFabricNats, type FabricNats } from '../src/fabric/fabric-nats';
import { emulationBesideRelays, planCells } from '../src/fabric/cell-plan';
import { startFabric, type Fabric, type HostedCell } from '../src/fabric/fabric';
import { payloadFor } from '../src/workload/payloads';
import { seededRandom } from '@cellmesh/netcoords';

interface Outcome { taskId: string; kind: string; submittedAtMs: number; phase: 'before' | 'cut' | 'after' | 'hub-down' | 'hub-back'; outcome: 'completed' | 'rejected' | 'failed' | 'timed-out' | 'not-acked'; reason?: string; spilled?: boolean }

const CUT_MS = Number(process.env.CELLS_OUTAGE_CUT_MS ?? 15_000);
const PHASE_MS = 10_000;
const HUB_DOWN_MS = 10_000;

/**
 * A WAN outage on the cells shape (issue 16): the built-in world's three cells and a hub, the fabric
 * in this process, one cell's leaf link cut for CUT_MS under a steady load of local tasks from that
 * cell and GPU tasks it has to spill. The cut cell keeps completing its local tasks; spilled ones wait
 * or end with a reason; afterwards every acknowledged submission is completed or rejected with a
 * reason, and no task is committed twice (counted from the cell's history stream).
 */
describe('cells: a cell keeps working while its WAN link is cut', () => {
  let nats: FabricNats;
  let fabric: Fabric;
  const hosted: HostedCell[] = [];
  let client: NatsConnection;

  afterAll(async () => {
    await fabric?.stop();
    for (const c of hosted) await c.nc.close().catch(() => undefined);
    await client?.close().catch(() => undefined);
    await nats?.stop();
  });

  it(`local tasks keep completing during a ${CUT_MS / 1000} s leaf-link cut and a ${HUB_DOWN_MS / 1000} s hub crash; nothing acknowledged is lost or committed twice`, async () => {
    const { scenario } = chooseWorld({ nodes: 6 });
    nats = await startFabricNats(scenario, { topology: 'cells', wanScale: 0.5 });
    for (const cell of nats.cells) hosted.push({ id: cell.id, url: cell.url, nc: await connectService({ servers: [cell.url], service: 'cli', nodeId: `outage-${cell.id}`, logger: silentLogger }) });
    for (const c of hosted) await provisionAll(c.nc);
    fabric = await startFabric({ cells: hosted, cellOfNode: (id) => nats.cellOfNode(id), cellsTopology: true, scenario, emulation: emulationBesideRelays(scenario, planCells(scenario, 0.5)), logger: silentLogger });
    const cut = nats.cells.find((c) => c.wanOneWayDelayMs > 0 && !scenario.nodes.some((n) => c.nodes.includes(n.id) && n.gpus > 0))!;
    expect(cut).toBeDefined();
    const cutLeases = fabric.leasesByCell.get(cut.id)!;
    await waitFor('the cut cell to elect its scheduling root', () => cutLeases.currentLeader('root')?.state === 'held', 45_000);
    client = await connectService({ servers: [cut.url], service: 'client', nodeId: 'outage-client', logger: silentLogger });

    const random = seededRandom(7);
    const outcomes: Outcome[] = [];
    let phase: Outcome['phase'] = 'before';
    let n = 0;
    const submitOne = async (kind: 'pathfind' | 'render') => {
      const taskId = `cut-${(++n).toString(36)}`;
      const o: Outcome = { taskId, kind, submittedAtMs: Date.now(), phase, outcome: 'not-acked' };
      outcomes.push(o);
      const gpu = kind === 'render';
      try {
        const out = await submitTask(client, { gameId: 'outage', roomId: `room-${n % 3}`, taskId }, gpu ? 'latencySensitive' : 'latencySensitive', gpu ? ['gpuRequired'] : ['cpuOnly'], {
          kind, payload: payloadFor(kind, random), cpuMillis: 200, memoryMib: 32, vramMib: gpu ? 1024 : 0, originNode: cut.nodes[n % cut.nodes.length]!,
          deadlineMs: Date.now() + (gpu ? 40_000 : 8_000), awaitResult: true, decisionTimeoutMs: 30_000, resultTimeoutMs: 45_000,
        });
        Object.assign(o, { outcome: 'completed', spilled: out.spilled === true });
      } catch (err) {
        if (err instanceof TaskRejectedError) Object.assign(o, { outcome: 'rejected', reason: err.reason });
        else if (err instanceof TaskFailedError) Object.assign(o, { outcome: err.result.status === TaskStatus.TASK_STATUS_REJECTED ? 'rejected' : 'failed', reason: err.result.error });
        else if (err instanceof TaskTimeoutError) Object.assign(o, { outcome: 'timed-out', reason: err.message });
        else Object.assign(o, { outcome: 'not-acked', reason: (err as Error).message });
      }
    };
    const running: Promise<void>[] = [];
    const load = setInterval(() => {
      running.push(submitOne('pathfind'));
      if (n % 6 === 0) running.push(submitOne('render'));
    }, 333);
    try {
      await new Promise((r) => setTimeout(r, PHASE_MS));
      phase = 'cut';
      nats.relayOf(cut.id)!.cut();
      await new Promise((r) => setTimeout(r, CUT_MS));
      nats.relayOf(cut.id)!.heal();
      phase = 'after';
      await new Promise((r) => setTimeout(r, PHASE_MS));
      // The hub itself crashes: every cell loses its WAN spoke at once, and comes back with it.
      phase = 'hub-down';
      await nats.hubControl!.kill();
      await new Promise((r) => setTimeout(r, HUB_DOWN_MS));
      await nats.hubControl!.restart();
      phase = 'hub-back';
      await new Promise((r) => setTimeout(r, PHASE_MS));
    } finally {
      clearInterval(load);
    }
    await Promise.all(running);

    const local = (p: Outcome['phase']) => outcomes.filter((o) => o.kind === 'pathfind' && o.phase === p);
    const rate = (p: Outcome['phase']) => local(p).filter((o) => o.outcome === 'completed').length / Math.max(1, local(p).length);
    // The cut cell's local work goes on at ≥ 90% of its rate before the cut.
    expect(rate('cut')).toBeGreaterThanOrEqual(0.9 * rate('before'));
    expect(rate('hub-down')).toBeGreaterThanOrEqual(0.9 * rate('before'));
    expect(rate('before')).toBeGreaterThan(0.8);
    // Every submission ended: completed, or rejected/failed with a reason; none lost.
    for (const o of outcomes) {
      expect({ task: o.taskId, ended: o.outcome !== 'not-acked' && o.outcome !== 'timed-out' }).toEqual({ task: o.taskId, ended: true });
      if (o.outcome !== 'completed') expect({ task: o.taskId, reason: Boolean(o.reason) }).toEqual({ task: o.taskId, reason: true });
    }
    // GPU work spilled before the cut completed in another cell.
    expect(outcomes.some((o) => o.kind === 'render' && o.phase === 'before' && o.outcome === 'completed' && o.spilled)).toBe(true);

    // Independent count from the cut cell's history stream: no task committed twice.
    const jsm = await jetstreamManager(hosted.find((c) => c.id === cut.id)!.nc);
    const history = await jsm.streams.info(Streams.History);
    const perTask = new Map<string, number>();
    for (let seq = history.state.first_seq; seq <= history.state.last_seq && history.state.messages > 0; seq++) {
      const m = await jsm.streams.getMessage(Streams.History, { seq }).catch(() => null);
      if (!m) continue;
      const taskId = codecs.HistoryEntry.decode(m.data).delta?.taskId ?? '';
      perTask.set(taskId, (perTask.get(taskId) ?? 0) + 1);
    }
    expect([...perTask.entries()].filter(([, count]) => count > 1)).toEqual([]);
    const completedHere = outcomes.filter((o) => o.outcome === 'completed');
    for (const o of completedHere) expect({ task: o.taskId, committed: perTask.get(o.taskId) ?? 0 }).toEqual({ task: o.taskId, committed: 1 });
    process.stdout.write(`cells outage: before ${local('before').length} local tasks (${(rate('before') * 100).toFixed(0)}% completed), during the cut ${local('cut').length} (${(rate('cut') * 100).toFixed(0)}%), after ${local('after').length} (${(rate('after') * 100).toFixed(0)}%), hub down ${local('hub-down').length} (${(rate('hub-down') * 100).toFixed(0)}%), hub back ${local('hub-back').length} (${(rate('hub-back') * 100).toFixed(0)}%); GPU tasks: ${JSON.stringify(outcomes.filter((o) => o.kind === 'render').map((o) => `${o.phase}:${o.outcome}${o.spilled ? '(spilled)' : ''}${o.reason ? `:${o.reason.slice(0, 60)}` : ''}`))}\n`);
  }, 180_000);
});
