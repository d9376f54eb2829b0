import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { codecs } from '@cellmesh/contracts';
import { Buckets, cellServerConfig, cellSubjects, keys, provisionAll, subjects } from '@cellmesh/bus';
import { submitTask } from '@cellmesh/client';
import { toScenarioJson, type Scenario, type ScenarioNode } from '@cellmesh/scenario';
import { createNetnsLab, waitFor, type NetnsLab } from '@cellmesh/testing';

const REPO = join(__dirname, '..', '..', '..');
const NODE_ENTRY = join(REPO, 'tools', 'cli', 'src', 'fabric', 'node-process.ts');
const RELAY_ENTRY = join(REPO, 'libs', 'testing', 'src', 'relay-main.ts');
/** One-way delay of site B's WAN link (the relay between its leaf remote and the hub). */
const WAN_ONE_WAY_MS = 40;
/** Documented adaptation bound (docs/cells.md): a changed link is re-measured within this (the probe filter keeps a window of samples). */
const ADAPT_WITHIN_MS = 45_000;

const nodes: ScenarioNode[] = [
  { id: 'a1', cpuCores: 2, gpus: 1, vramMb: 16_384, site: 'site-a', memoryMb: 4096, gpuModel: 'emulated GPU' },
  { id: 'a2', cpuCores: 2, gpus: 0, vramMb: 0, site: 'site-a', memoryMb: 4096 },
  { id: 'b1', cpuCores: 2, gpus: 0, vramMb: 0, site: 'site-b', memoryMb: 4096 },
];
// Only the node specs are used: with CELLMESH_EMULATE_LINKS=off every link is measured on the namespaces.
const scenario: Scenario = {
  nodes, rttMs: () => 0, bandwidthMbps: () => 1000, jitterMs: () => 0, lossRatio: () => 0, indexOf: (id) => nodes.findIndex((n) => n.id === id),
};

/**
 * The plan's phase 6 on a real LAN + WAN (issue 16): Linux network namespaces and veth pairs on one
 * bridge — a hub host, site A (two nodes and its nats-server), site B (one node and its server) —
 * with site B reaching the hub through the delay relay. The nodes run the real services as separate
 * processes, with no link emulation: they probe each other over NATS, cluster, elect and place.
 */
describe('cells on network namespaces (real LAN + emulated WAN relay, services as processes)', () => {
  let lab: NetnsLab;
  let relay: ChildProcess;
  const conns: NatsConnection[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'cellmesh-netns-'));

  afterAll(async () => {
    for (const nc of conns) await nc.close().catch(() => undefined);
    await lab?.teardown();
    rmSync(dir, { recursive: true, force: true });
  });

  const natsIn = (host: string, config: string) => {
    const file = join(dir, `${host}.conf`);
    writeFileSync(file, config);
    lab.spawnIn(host, 'nats-server', ['-c', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  };
  const connectTo = async (ip: string) => {
    const nc = await waitFor(`nats-server at ${ip}`, () => connect({ servers: `${ip}:4222` }).catch(() => undefined), 15_000, 200);
    conns.push(nc);
    return nc;
  };

  it('two site-A nodes form one cluster and site B another; WAN RTT measured; local work stays in B; GPU work goes to A; a changed link is re-measured', async () => {
    lab = await createNetnsLab(['hub', 'a', 'b']);
    const [hub, a, b] = ['hub', 'a', 'b'].map((h) => lab.host(h)) as [ReturnType<NetnsLab['host']>, ReturnType<NetnsLab['host']>, ReturnType<NetnsLab['host']>];
    const server = (h: typeof hub, domain: string, extra: string) => [`listen: ${h.ip}:4222`, `http: ${h.ip}:8222`, `jetstream { store_dir: ${JSON.stringify(join(dir, `js-${h.name}`))}, domain: ${JSON.stringify(domain)} }`, extra].join('\n');
    natsIn('hub', server(hub, 'hub', `server_name: cellmesh-hub\nleafnodes { listen: "${hub.ip}:7422" }`));
    natsIn('a', server(a, 'site-a', cellServerConfig('site-a', `nats-leaf://${hub.ip}:7422`)));
    natsIn('b', server(b, 'site-b', cellServerConfig('site-b', 'nats-leaf://127.0.0.1:7500')));
    relay = lab.spawnIn('b', process.execPath, ['--import', 'tsx', RELAY_ENTRY, '127.0.0.1:7500', `${hub.ip}:7422`, String(WAN_ONE_WAY_MS)], { cwd: REPO, stdio: ['pipe', 'ignore', 'inherit'] });
    const hubNc = await connectTo(hub.ip);
    const aNc = await connectTo(a.ip);
    const bNc = await connectTo(b.ip);
    await waitFor('both leaf links up', async () => ((await (await fetch(`http://${hub.ip}:8222/leafz`)).json()) as { leafnodes: number }).leafnodes === 2, 20_000, 200);
    await provisionAll(aNc);
    await provisionAll(bNc);

    const scenarioFile = join(dir, 'scenario.json');
    writeFileSync(scenarioFile, toScenarioJson(scenario));
    for (const n of nodes) {
      const host = n.site === 'site-a' ? a : b;
      lab.spawnIn(host.name, process.execPath, ['--import', 'tsx', NODE_ENTRY], {
        cwd: REPO, stdio: ['ignore', 'ignore', process.env.NETNS_LOG_LEVEL ? 'inherit' : 'ignore'],
        env: { ...process.env, NATS_URL: `nats://${host.ip}:4222`, CELLMESH_NODE_ID: n.id, CELLMESH_SCENARIO: scenarioFile, CELLMESH_CELL: n.site!, CELLMESH_EMULATE_LINKS: 'off', LOG_LEVEL: process.env.NETNS_LOG_LEVEL ?? 'error' },
      });
    }

    // Clusters from announcements (they cross the WAN): a1 and a2 together, b1 on its own.
    const clusterOf = new Map<string, string>();
    for (const nc of [aNc, bNc]) nc.subscribe(subjects.topologyAnnounceAll, { callback: (_e, m) => { const x = codecs.ClusterAnnounce.decode(m.data); clusterOf.set(x.nodeId, x.clusterId); } });
    await waitFor('a1 and a2 in one cluster, b1 in another', () => clusterOf.get('a1') !== undefined && clusterOf.get('a1') === clusterOf.get('a2') && clusterOf.get('b1') !== undefined && clusterOf.get('b1') !== clusterOf.get('a1'), 120_000, 250);

    // Measured RTT b1 → a1 crosses the relay twice each way's delay: within 20 % of 2 × 40 ms.
    const linkRtt = async (from: NatsConnection, node: string, peer: string) => {
      const entry = await (await new Kvm(from).open(Buckets.Metrics)).get(keys.peers(node));
      if (!entry) return undefined;
      return codecs.PeerTable.decode(entry.value).links.find((l) => l.peerId === peer && l.measured)?.rttMs;
    };
    const wanRtt = await waitFor('b1 to have measured a1', async () => linkRtt(bNc, 'b1', 'a1'), 60_000, 500);
    expect(wanRtt).toBeGreaterThanOrEqual(2 * WAN_ONE_WAY_MS * 0.8);
    expect(wanRtt).toBeLessThanOrEqual(2 * WAN_ONE_WAY_MS * 1.2);
    // The LAN link (same server, no relay): under 10 ms once the first samples (processes still starting) are filtered out.
    const lanRtt = await waitFor('a1 to measure a2 under 10 ms', async () => { const r = await linkRtt(aNc, 'a1', 'a2'); return r != null && r < 10 ? r : undefined; }, 60_000, 500);

    // A latency-sensitive task from site B runs in site B; a GPU task from B goes to A's GPU node.
    const submit = (taskId: string, gpu: boolean) => submitTask(bNc, { gameId: 'netns', roomId: 'room-b', taskId }, 'latencySensitive', gpu ? ['gpuRequired'] : ['cpuOnly'], {
      kind: gpu ? 'render' : 'pathfind', originNode: 'b1', cpuMillis: 200, memoryMib: 32, vramMib: gpu ? 1024 : 0, deadlineMs: Date.now() + 60_000, awaitResult: true, decisionTimeoutMs: 30_000, resultTimeoutMs: 60_000,
      payload: new TextEncoder().encode(JSON.stringify(gpu ? { width: 64, height: 48, seed: 1 } : { width: 32, height: 32, obstacleDensity: 0.2, seed: 1, start: [0, 0], goal: [31, 31] })),
    });
    // Each cell's scheduler advertises what it can serve once it sees its nodes (summaries cross the WAN).
    const summaries = new Map<string, { nodes: string[]; gpus: number }>();
    hubNc.subscribe(cellSubjects.summaryAll, { callback: (_e, m) => { const x = codecs.CellSummary.decode(m.data); summaries.set(x.cellId, { nodes: x.nodes, gpus: x.gpus }); } });
    await waitFor('both cells to advertise their nodes', () => summaries.get('site-b')?.nodes.includes('b1') && (summaries.get('site-a')?.gpus ?? 0) >= 1, 60_000, 250);
    const local = await submit('local-from-b', false);
    const why = (o: typeof local) => ({ node: o.result?.nodeId, spilled: o.spilled, rule: o.receipt?.rule, reason: o.receipt?.rejectReason, candidates: o.receipt?.candidates?.map((c) => `${c.nodeId}:${c.feasible ? "ok" : `${c.rejectedBy}:${c.reason}`}`) });
    expect(why(local)).toMatchObject({ node: 'b1', spilled: false });
    const gpuTask = await submit('gpu-from-b', true);
    expect(gpuTask.spilled).toBe(true);
    expect(gpuTask.result?.nodeId).toBe('a1');

    // The relay's delay changes at run time: the WAN link is re-measured within the documented bound.
    relay.stdin!.write(`delay ${WAN_ONE_WAY_MS * 2}\n`);
    const changedAt = Date.now();
    await waitFor('b1 to re-measure the slower WAN link', async () => {
      const rtt = await linkRtt(bNc, 'b1', 'a1');
      return rtt != null && rtt >= 4 * WAN_ONE_WAY_MS * 0.8 ? rtt : undefined;
    }, ADAPT_WITHIN_MS, 500);
    process.stdout.write(`netns: WAN RTT ${wanRtt.toFixed(1)} ms (configured ${2 * WAN_ONE_WAY_MS}), LAN RTT ${lanRtt.toFixed(2)} ms, re-measured after a delay change in ${((Date.now() - changedAt) / 1000).toFixed(1)} s\n`);
  }, 300_000);
});
