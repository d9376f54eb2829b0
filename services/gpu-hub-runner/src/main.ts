/** gpu-hub-runner process entry: the only place that reads the environment. */
import { readConfigOrExit, int, oneOf, optionalStr, str } from '@cellmesh/config';
import { processConfigSpec, runServiceProcess } from '@cellmesh/runtime';
import { startGpuHubRunner, SERVICE_NAME, type GpuDeviceOptions } from './index';

const config = readConfigOrExit(
  process.env,
  {
    ...processConfigSpec,
    deviceMode: ['GPU_DEVICE_MODE', oneOf(['detect', 'emulated'] as const, { default: 'detect' })],
    emulatedGpus: ['GPU_EMULATED_COUNT', int({ min: 0, max: 64, default: 1 })],
    emulatedVramMib: ['GPU_EMULATED_VRAM_MIB', int({ min: 1, default: 81559 })],
    emulatedModel: ['GPU_EMULATED_MODEL', optionalStr()],
    slotsPerGpu: ['GPU_SLOTS_PER_GPU', int({ min: 1, max: 64, default: 2 })],
    safetyMarginMib: ['GPU_SAFETY_MARGIN_MIB', int({ min: 0, default: 1024 })],
    safetyMarginPct: ['GPU_SAFETY_MARGIN_PCT', int({ min: 0, max: 50, default: 5 })],
    python: ['GPU_PYTHON', str({ default: 'python3' })],
  },
  SERVICE_NAME,
);

// GPU_DEVICE_MODE=emulated makes this an EMULATED GPU node (labelled so in results, metrics and logs).
const device: GpuDeviceOptions = config.deviceMode === 'emulated' ? { mode: 'emulated', gpus: config.emulatedGpus, vramMb: config.emulatedVramMib, gpuModel: config.emulatedModel } : { mode: 'detect' };

runServiceProcess({
  service: SERVICE_NAME,
  config,
  start: ({ deps, metrics }) =>
    startGpuHubRunner({ ...deps, metrics }, { device, slotsPerGpu: config.slotsPerGpu, safetyMarginMib: config.safetyMarginMib, safetyMarginPct: config.safetyMarginPct, python: config.python }),
});
