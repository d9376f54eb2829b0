/** gpu-hub-runner process entry: the only place that reads the environment. */
import type { NatsConnection } from '@nats-io/transport-node';
import { readConfigOrExit, natsUrls, token, int, oneOf, optionalStr, str } from '@cellmesh/config';
import { connectService, provisionAll } from '@cellmesh/bus';
import { runMain, systemClock } from '@cellmesh/runtime';
import { createLogger, setupTracing } from '@cellmesh/telemetry';
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
    logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error'] as const, { default: 'info' })],
    otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
  },
  SERVICE_NAME,
);

const device: GpuDeviceOptions = config.deviceMode === 'emulated' ? { mode: 'emulated', gpus: config.emulatedGpus, vramMb: config.emulatedVramMib, gpuModel: config.emulatedModel } : { mode: 'detect' };
const logger = createLogger({ service: SERVICE_NAME, nodeId: config.nodeId, level: config.logLevel });
const tracing = setupTracing({ serviceName: SERVICE_NAME, otlpEndpoint: config.otlpEndpoint });
let nc: NatsConnection | undefined;

void runMain({
  service: SERVICE_NAME,
  async start() {
    nc = await connectService({ servers: config.natsUrls, service: SERVICE_NAME, nodeId: config.nodeId, logger, onClosed: () => process.exit(1) });
    await provisionAll(nc);
    const handle = await startGpuHubRunner(
      { nc, nodeId: config.nodeId, logger, tracer: tracing.tracer, clock: systemClock },
      { device, slotsPerGpu: config.slotsPerGpu, safetyMarginMib: config.safetyMarginMib, safetyMarginPct: config.safetyMarginPct, python: config.python },
    );
    return [handle];
  },
  async afterStop() {
    await tracing.shutdown();
    await nc?.drain();
  },
});
