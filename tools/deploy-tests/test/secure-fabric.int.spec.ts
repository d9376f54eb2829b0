/**
 * The documented secure deployment runs, on one server and on the cell shape: TLS, the generated least-privilege users and every
 * service's real main.ts with CELLMESH_SECURITY=on, each as its own process with only its own
 * seed. A client's CPU task and GPU (emulated) task reach a committed result; no process exits,
 * none is refused anything by the server, and /readyz is 200 only because it is true.
 */
import { jetstreamManager } from '@nats-io/jetstream';
import { codecs, TaskStatus } from '@cellmesh/contracts';
import { Buckets, connectService, keys, openBucket, operatorConnectOptions, silentLogger } from '@cellmesh/bus';
import { submitTask, TaskRejectedError, type Hint, type Profile } from '@cellmesh/client';
import { waitFor } from '@cellmesh/testing';
import type { Inventory } from '../src/permissions';
import { permissionViolations, readyz, startSecureFabric, waitAllReady, type SecureFabricRun } from './secure-fabric';

const inventory: Inventory = { sites: [{ site: 's1', nodes: [{ nodeId: 'n1', gpu: true }] }], clients: ['game1'], admins: ['ops'] };

// 'single': one server. 'cells': a hub (domain hub) and the site's server (domain s1), linked by the
// site's restricted leaf user over mutual TLS; the services run in their cell.
describe.each(['single', 'cells'] as const)('secure fabric (%s): every service main.ts with CELLMESH_SECURITY=on, TLS and the generated users', (shape) => {
  let fabric: SecureFabricRun | undefined;

  beforeAll(async () => {
    fabric = await startSecureFabric(inventory, { shape });
  }, 150_000);

  afterAll(async () => {
    await fabric?.stop();
  }, 60_000);

  it('brings every service to ready', async () => {
    await waitAllReady(fabric!.processes, 90_000);
    for (const p of fabric!.processes) expect((await readyz(p)).status).toBe(200);
  }, 120_000);

  it('carries a CPU task and a GPU (emulated) task from a client to a committed result', async () => {
    const client = await fabric!.connectAs('client@game1');
    const clientErrors: string[] = [];
    void (async () => {
      for await (const st of client.status()) if (st.type === 'error') clientErrors.push(st.error.message);
    })();
    let lastRejection = '';
    // The scheduler activates once the root leader is elected: until then a submission may be rejected; retry with a new id.
    const run = async (name: string, kind: string, profile: Profile, hints: Hint[], extra: { vramMib?: number; payload: unknown }) =>
      waitFor(
        `${name} task succeeded`,
        async () => {
          const taskId = `${name}-${Date.now()}`;
          try {
            return await submitTask(client, { gameId: 'game1', roomId: `room-${name}`, taskId }, profile, hints, {
              kind, originNode: 'n1', cpuMillis: 100, memoryMib: 32, vramMib: extra.vramMib ?? 0, payload: new TextEncoder().encode(JSON.stringify(extra.payload)),
              awaitResult: true, decisionTimeoutMs: 5000, resultTimeoutMs: 30_000,
            });
          } catch (err) {
            if (!(err instanceof TaskRejectedError)) throw err;
            lastRejection = err.message;
            return undefined;
          }
        },
        90_000,
        500,
      ).catch((err: Error) => {
        throw new Error(`${err.message}; last rejection: ${lastRejection}; client errors: ${clientErrors.join(' | ')}`);
      });
    const cpu = await run('cpu', 'pathfind', 'latencySensitive', ['cpuOnly'], { payload: { width: 16, height: 16, obstacleDensity: 0.1, seed: 1, start: [0, 0], goal: [15, 15] } });
    expect(cpu.result?.status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    expect(cpu.result?.nodeId).toBe('n1');
    const gpu = await run('gpu', 'matmul', 'throughput', ['gpuRequired'], { vramMib: 512, payload: { size: 64, iterations: 1 } });
    expect(gpu.result?.status).toBe(TaskStatus.TASK_STATUS_SUCCEEDED);
    expect(gpu.result?.gpuUuid).not.toBe('');

    // Committed: the committer wrote each room's state, readable by the client.
    const jsm = await jetstreamManager(client);
    for (const room of ['room-cpu', 'room-gpu']) {
      const state = await waitFor(`${room} committed`, async () => {
        const m = await jsm.direct.getMessage(`KV_${Buckets.Datastate}`, { last_by_subj: `$KV.${Buckets.Datastate}.${keys.room('game1', room)}` }).catch(() => null);
        return m ? codecs.RoomState.decode(m.data) : undefined;
      }, 30_000, 250);
      expect(state.version).toBeGreaterThan(0);
    }
  }, 200_000);

  it('lets an operator in with --nkey and --tls-ca (operatorConnectOptions), as admin@ops', async () => {
    const nc = await connectService(operatorConnectOptions({ servers: [fabric!.tlsUrl], command: 'status', logger: silentLogger, firstConnectTimeoutMs: 5000 }, { nkeySeedFile: fabric!.fabric.seedFile('admin@ops'), tlsCa: fabric!.fabric.caFile }));
    try {
      const nodes = await openBucket(nc, Buckets.Nodes);
      expect(await nodes.get(keys.node('n1'))).not.toBeNull();
    } finally {
      await nc.close();
    }
    await expect(connectService(operatorConnectOptions({ servers: [fabric!.tlsUrl], command: 'status', logger: silentLogger, firstConnectTimeoutMs: 3000 }, { tlsCa: fabric!.fabric.caFile }))).rejects.toThrow(/Authorization/i);
  });

  it('keeps every process running, unrefused, and honestly ready', async () => {
    for (const p of fabric!.processes) {
      const exit = p.exitCode();
      expect({ who: `${p.service}@${p.nodeId}`, exit, log: exit === undefined ? '' : p.run.stderr().slice(-2000) }).toEqual({ who: `${p.service}@${p.nodeId}`, exit: undefined, log: '' });
      expect({ who: `${p.service}@${p.nodeId}`, violations: permissionViolations(p) }).toEqual({ who: `${p.service}@${p.nodeId}`, violations: [] });
      expect((await readyz(p)).status).toBe(200);
    }
  });
});
