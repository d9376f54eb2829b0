// Entry of one virtual node in its own process (`cellmesh up --processes`). The only place here that reads the environment.
import { readFileSync } from 'node:fs';
import { trace } from '@opentelemetry/api';
import { readConfigOrExit, natsUrls, token, str, oneOf, optionalStr } from '@cellmesh/config';
import { connectService } from '@cellmesh/bus';
import { parseScenario } from '@cellmesh/scenario';
import { LeaseWatcher } from '@cellmesh/leases';
import { createLogger, setupTracing } from '@cellmesh/telemetry';
import { runMain } from '@cellmesh/runtime';
import { startVirtualNode } from './node';

const cfg = readConfigOrExit(process.env, {
  servers: ['NATS_URL', natsUrls()],
  nodeId: ['CELLMESH_NODE_ID', token()],
  scenarioFile: ['CELLMESH_SCENARIO', str({ describe: 'the path of a scenario JSON file' })],
  otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
  logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error', 'silent'] as const, { default: 'warn' })],
} as const, 'cellmesh-node');

void runMain({
  service: `cellmesh-node ${cfg.nodeId}`,
  async start() {
    const scenario = parseScenario(readFileSync(cfg.scenarioFile, 'utf8'));
    const node = scenario.nodes[scenario.indexOf(cfg.nodeId)];
    if (!node) throw new Error(`CELLMESH_NODE_ID=${cfg.nodeId} is not a node of ${cfg.scenarioFile}`);
    const logger = createLogger({ service: 'cellmesh-node', nodeId: cfg.nodeId, level: cfg.logLevel });
    const tracing = setupTracing({ serviceName: 'cellmesh', otlpEndpoint: cfg.otlpEndpoint });
    const hostNc = await connectService({ servers: cfg.servers, service: 'host', nodeId: cfg.nodeId, logger });
    const leases = await LeaseWatcher.open(hostNc, { logger });
    const vnode = await startVirtualNode({ natsUrl: cfg.servers.join(','), scenario, node, logger, tracer: trace.getTracer('cellmesh'), leases });
    return [
      {
        name: `node ${cfg.nodeId}`,
        state: 'running',
        stopped: new Promise(() => undefined),
        async stop() {
          await vnode.stop();
          leases.stop();
          await hostNc.drain().catch(() => undefined);
          await tracing.shutdown();
        },
      },
    ];
  },
});
