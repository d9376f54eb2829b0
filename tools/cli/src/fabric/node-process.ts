// Entry of one virtual node in its own process (`cellmesh up --processes`). The only place here that reads the environment.
import { readFileSync } from 'node:fs';
import { trace } from '@opentelemetry/api';
import { readConfigOrExit, natsUrls, token, str, oneOf, optionalStr } from '@cellmesh/config';
import { connectService } from '@cellmesh/bus';
import { parseScenario } from '@cellmesh/scenario';
import { LeaseWatcher } from '@cellmesh/leases';
import { createLogger, setupTracing } from '@cellmesh/telemetry';
import { claimNodeId, runMain } from '@cellmesh/runtime';
import { startVirtualNode } from './node';
import { emulationBesideRelays, planCells } from './cell-plan';

const cfg = readConfigOrExit(process.env, {
  servers: ['NATS_URL', natsUrls()],
  nodeId: ['CELLMESH_NODE_ID', token()],
  scenarioFile: ['CELLMESH_SCENARIO', str({ describe: 'the path of a scenario JSON file' })],
  otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
  logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error', 'silent'] as const, { default: 'warn' })],
  // The cells topology: this node's cell, and the WAN relay scale its links are emulated beside.
  cellId: ['CELLMESH_CELL', optionalStr()],
  wanScale: ['CELLMESH_WAN_SCALE', optionalStr()],
  // 'off' on a real network (the netns test): probes measure the links as they are, nothing is emulated.
  emulateLinks: ['CELLMESH_EMULATE_LINKS', oneOf(['on', 'off'] as const, { default: 'on' })],
} as const, 'cellmesh-node');

// Spawned by a supervisor with an IPC channel (`up --processes`, the chaos suite): if it dies without
// stopping this node, the channel closes and the node stops itself rather than run on as an orphan.
if (process.send) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));

void runMain({
  service: `cellmesh-node ${cfg.nodeId}`,
  async start() {
    const scenario = parseScenario(readFileSync(cfg.scenarioFile, 'utf8'));
    const node = scenario.nodes[scenario.indexOf(cfg.nodeId)];
    if (!node) throw new Error(`CELLMESH_NODE_ID=${cfg.nodeId} is not a node of ${cfg.scenarioFile}`);
    const logger = createLogger({ service: 'cellmesh-node', nodeId: cfg.nodeId, level: cfg.logLevel });
    const tracing = setupTracing({ serviceName: 'cellmesh', otlpEndpoint: cfg.otlpEndpoint });
    const hostNc = await connectService({ servers: cfg.servers, service: 'host', nodeId: cfg.nodeId, logger, firstConnectTimeoutMs: 10_000 });
    // Whatever ends this node's life reports here: a service that failed (a consumer loop that ended),
    // the node id claimed by someone else, the connection closed for good. runMain then exits 1 for the supervisor.
    let reportFailure!: (err: Error) => void;
    const failed = new Promise<Error>((resolve) => (reportFailure = resolve));
    // One live process per node id: a second one with the same id fails here, with who holds it.
    const claim = await claimNodeId(hostNc, cfg.nodeId, { onLost: reportFailure });
    const leases = await LeaseWatcher.open(hostNc, { logger });
    const emulation = cfg.cellId ? emulationBesideRelays(scenario, planCells(scenario, Number(cfg.wanScale ?? '1'))) : scenario;
    const vnode = await startVirtualNode({ natsUrl: cfg.servers.join(','), scenario: emulation, node, logger, tracer: trace.getTracer('cellmesh'), leases, emulateLinks: cfg.emulateLinks === 'on', ...(cfg.cellId ? { cellId: cfg.cellId } : {}) });
    for (const service of vnode.services) void service.stopped.then((err) => err && reportFailure(new Error(`${service.name}: ${err.message}`, { cause: err })));
    void hostNc.closed().then((err) => reportFailure(new Error(`the NATS connection closed for good${err ? `: ${err.message}` : ''}`)));
    return [
      {
        name: `node ${cfg.nodeId}`,
        get state() {
          return vnode.services.some((s) => s.state === 'failed') ? 'failed' : 'running';
        },
        stopped: failed,
        async stop() {
          await vnode.stop();
          leases.stop();
          await claim.release();
          await hostNc.drain().catch(() => undefined);
          await tracing.shutdown();
        },
      },
    ];
  },
});
