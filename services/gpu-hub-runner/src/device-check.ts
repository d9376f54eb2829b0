/**
 * Device check without NATS: detect the GPUs the runner would see, admit one matmul task on
 * measured free VRAM, run it pinned to the chosen GPU, and print what the task process saw.
 *   .device/node --import tsx services/gpu-hub-runner/src/device-check.ts [--emulated] [--size N] [--iterations N] [--vram MiB] [--dtype float16]
 * (scripts/device-check.sh wraps this.) Exit 0 when the task ran on the GPU it was pinned to.
 */
import { decideAdmission } from './core';
import { detectedGpuInventory, emulatedGpuInventory } from './device/inventory';
import { runPinnedGpuTask } from './device/run-pinned';
import { resolveGpuTask } from './tasks/registry';
import { DEFAULT_PER_TASK_OVERHEAD_MIB, DEFAULT_SAFETY_MARGIN_MIB, DEFAULT_SAFETY_MARGIN_PCT, DEFAULT_SLOTS_PER_GPU } from './options';
import { GPU_TASKS_DIR } from './service';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main(): Promise<number> {
  const emulated = process.argv.includes('--emulated');
  const declaredVramMib = Number(arg('vram', '4096'));
  const inventory = emulated ? emulatedGpuInventory({ nodeId: 'device-check', gpus: 1, vramMb: 81559, gpuModel: 'NVIDIA H100 80GB HBM3' }) : detectedGpuInventory();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`== cellmesh gpu-hub-runner device check (${emulated ? 'EMULATED device: no GPU is used' : 'real devices'}) ==`);
  const sample = await inventory.sample();
  say(`inventory source: ${sample.source}${sample.notes.length ? `; notes: ${sample.notes.join('; ')}` : ''}`);
  for (const d of sample.devices) say(`  GPU ${d.index}: ${d.name}  uuid=${d.uuid}  total=${d.memoryTotalMib} MiB  used(measured)=${d.memoryUsedMib} MiB  emulated=${d.emulated}`);
  say(`per-process usage: ${sample.processes ? `${sample.processes.length} process(es) on the GPUs` : 'unavailable (conservative accounting)'}`);
  if (sample.devices.length === 0) {
    say('no GPU found: nothing to run');
    return 2;
  }
  const policy = { slotsPerGpu: DEFAULT_SLOTS_PER_GPU, safetyMarginMib: DEFAULT_SAFETY_MARGIN_MIB, safetyMarginPct: DEFAULT_SAFETY_MARGIN_PCT, perTaskOverheadMib: DEFAULT_PER_TASK_OVERHEAD_MIB };
  const decision = decideAdmission({ taskId: 'device-check', declaredVramMib, preferredGpu: -1 }, sample.devices, [], sample.processes, policy);
  if (!decision.admit) {
    say(`admission refused: ${decision.reason}`);
    return 1;
  }
  const b = decision.budget;
  say(`admission: GPU ${b.gpuIndex} admitted ${decision.needMib} MiB (declared ${declaredVramMib} + overhead ${policy.perTaskOverheadMib}); free ${b.freeMib} MiB = total ${b.totalMib} - committed ${b.committedMib} (foreign ${b.foreignMib}) - margin ${b.marginMib}; ${b.accounting} accounting`);
  const device = sample.devices.find((d) => d.index === decision.gpuIndex)!;
  const { kind, params } = resolveGpuTask('matmul', new TextEncoder().encode(JSON.stringify({ size: Number(arg('size', '8192')), iterations: Number(arg('iterations', '50')), dtype: arg('dtype', 'float16') })), { emulated });
  // Sample nvidia-smi while the task runs: the measured peak includes the CUDA context torch does not count.
  let peakMeasuredMib = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const s = await inventory.sample().catch(() => undefined);
      const d = s?.devices.find((x) => x.index === device.index);
      if (d) peakMeasuredMib = Math.max(peakMeasuredMib, d.memoryUsedMib - device.memoryUsedMib);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const outcome = await runPinnedGpuTask({ inventory, device, kind, params, declaredVramMib, timeoutMs: 300_000, python: process.env.PYTHON ?? 'python3', scriptsDir: GPU_TASKS_DIR, killGraceMs: 2_000 });
  sampling = false;
  await sampler;
  say(`pinned task env: CUDA_VISIBLE_DEVICES=${JSON.stringify(outcome.env.CUDA_VISIBLE_DEVICES)} CELLMESH_GPU_EMULATED=${outcome.env.CELLMESH_GPU_EMULATED}`);
  if (outcome.status !== 'ok') {
    say(`task ${outcome.status}: ${outcome.reason}`);
    return 1;
  }
  const r = outcome.report;
  say(`task saw: uuid=${r.device.uuid} name=${r.device.name} emulated=${r.device.emulated} (pinned uuid matches: ${r.device.uuid.toLowerCase() === device.uuid.toLowerCase()})`);
  say(`VRAM used: ${emulated ? 'EMULATED (declared need reported)' : 'torch.cuda.max_memory_allocated'} = ${r.vramUsedMib} MiB; nvidia-smi measured peak increase while running = ${peakMeasuredMib} MiB`);
  say(`time: compute ${r.computeMs.toFixed(1)} ms (kernels ${r.output.kernelMs === undefined ? 'n/a' : Number(r.output.kernelMs).toFixed(1)} ms; compute includes importing torch and CUDA start-up), process wall ${outcome.wallMs.toFixed(1)} ms; ${Number(r.output.tflops).toFixed(2)} TFLOP/s (${String(r.output.dtype)}, size ${String(r.output.size)}, ${String(r.output.iterations)} iterations)`);
  say(JSON.stringify({ emulated, inventory: sample.devices, admission: decision.budget, seen: r.device, vramUsedMib: r.vramUsedMib, measuredPeakIncreaseMib: peakMeasuredMib, computeMs: r.computeMs, wallMs: outcome.wallMs, output: r.output }));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`device check failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
