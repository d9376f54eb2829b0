/** gpu-hub-runner process entry: the only place that reads the environment. */
import type { NatsConnection } from '@nats-io/transport-node';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { readConfigOrExit, natsUrls, token, int, oneOf, optionalStr, str, securityConfig, natsSecurityOptions } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { runMain, systemClock, type ServiceHandle } from '@cellmesh/runtime';
import { createLogger, createNodeMetrics, setupTracing, startProcessOps, DEFAULT_OPS_PORT, type OpsServer } from '@cellmesh/telemetry';
import { startGpuHubRunner, SERVICE_NAME, type GpuDeviceOptions } from './index';

const config = readConfigOrExit(
  process.env,
  {
    natsUrls: ['NATS_URL', natsUrls()],
    nodeId: ['CELLMESH_NODE_ID', token()],
    deviceMode: ['GPU_DEVICE_MODE', oneOf(['detect', 'emulated'] as const, { default: 'detect' })],
    emulatedGpus: ['GPU_EMULATED_COUNT', int({ min: 0, max: 64, default: 1 })],
    emulatedVramMib: ['GPU_EMULATED_VRAM_MIB', int({ min: 1, default: 81559 })],
    emulatedModel: ['GPU_EMULATED_MODEL', optionalStr()],
    slotsPerGpu: ['GPU_SLOTS_PER_GPU', int({ min: 1, max: 64, default: 2 })],
    safetyMarginMib: ['GPU_SAFETY_MARGIN_MIB', int({ min: 0, default: 1024 })],
    safetyMarginPct: ['GPU_SAFETY_MARGIN_PCT', int({ min: 0, max: 50, default: 5 })],
    python: ['GPU_PYTHON', str({ default: 'python3' })],
    httpPort: ['CELLMESH_HTTP_PORT', int({ min: 0, max: 65535, default: DEFAULT_OPS_PORT })],
    security: ['CELLMESH_SECURITY', securityConfig()],
    logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error'] as const, { default: 'info' })],
    otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
  },
  SERVICE_NAME,
);

const device: GpuDeviceOptions = config.deviceMode === 'emulated' ? { mode: 'emulated', gpus: config.emulatedGpus, vramMb: config.emulatedVramMib, gpuModel: config.emulatedModel } : { mode: 'detect' };
const logger = createLogger({ service: SERVICE_NAME, nodeId: config.nodeId, level: config.logLevel });
const tracing = setupTracing({ serviceName: SERVICE_NAME, otlpEndpoint: config.otlpEndpoint });
const registry = new Registry();
collectDefaultMetrics({ register: registry });
const hosted: ServiceHandle[] = [];
let ops: OpsServer | undefined;
let nc: NatsConnection | undefined;
/** Set once afterStop drains the connection: that close is the planned one, not a lost server. */
let draining = false;

void runMain({
  service: SERVICE_NAME,
  async start() {
    nc = await connectService({ servers: config.natsUrls, service: SERVICE_NAME, nodeId: config.nodeId, logger, onClosed: () => draining || process.exit(1), ...natsSecurityOptions(config.security) });
    ops = await startProcessOps({ port: config.httpPort, registry, nc, services: () => hosted.map((h) => ({ name: h.name, nodeId: config.nodeId, state: h.state })) });
    logger.info({ url: `${ops.url}/metrics` }, 'operator endpoints: /metrics /healthz /readyz');
    // Least-privilege users cannot create streams: with security on, the operator provisions once as admin.
    if (config.security.provision) await provisionAll(nc);
    const handle = await startGpuHubRunner(
      { nc, nodeId: config.nodeId, logger, tracer: tracing.tracer, clock: systemClock, metrics: createNodeMetrics(registry, config.nodeId) },
      { device, slotsPerGpu: config.slotsPerGpu, safetyMarginMib: config.safetyMarginMib, safetyMarginPct: config.safetyMarginPct, python: config.python },
    );
    hosted.push(handle);
    return [handle];
  },
  async afterStop() {
    await ops?.close();
    await tracing.shutdown();
    draining = true;
    await nc?.drain();
  },
});
