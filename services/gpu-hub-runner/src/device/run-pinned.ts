/**
 * One GPU task on one device: pin it, tell the inventory about its process, run it, check that the
 * process saw the device it was pinned to. Used by the service and by the device check alike.
 */
import { pinningEnv, pinnedDeviceMatches, type DeviceView } from '../core';
import type { GpuTaskKind } from '../tasks/registry';
import type { GpuInventorySource } from './inventory';
import { runGpuProcess, type GpuProcessOutcome } from './process-runner';

export interface RunPinnedRequest {
  inventory: GpuInventorySource;
  device: DeviceView;
  kind: GpuTaskKind;
  params: Record<string, unknown>;
  declaredVramMib: number;
  timeoutMs: number;
  python: string;
  scriptsDir: string;
  killGraceMs: number;
  signal?: AbortSignal;
  onSpawn?(pid: number): void;
}

export type RunPinnedOutcome = GpuProcessOutcome & { env: Record<string, string> };

export async function runPinnedGpuTask(req: RunPinnedRequest): Promise<RunPinnedOutcome> {
  const env = pinningEnv(req.device);
  let spawned: number | undefined;
  try {
    const outcome = await runGpuProcess({
      python: req.python,
      scriptsDir: req.scriptsDir,
      script: req.kind.script,
      params: { ...req.params, declaredVramMib: req.declaredVramMib },
      env,
      timeoutMs: req.timeoutMs,
      killGraceMs: req.killGraceMs,
      signal: req.signal,
      wantArtifact: req.kind.outputPath === 'render',
      onSpawn(pid) {
        spawned = pid;
        req.inventory.processStarted?.(req.device, pid, req.declaredVramMib);
        req.onSpawn?.(pid);
      },
    });
    if (outcome.status === 'ok' && !pinnedDeviceMatches(req.device, outcome.report.device.uuid)) {
      return { status: 'failed', reason: `pinning violated: the task was pinned to ${req.device.uuid} but saw ${outcome.report.device.uuid}`, wallMs: outcome.wallMs, pid: outcome.pid, env };
    }
    return { ...outcome, env };
  } finally {
    if (spawned !== undefined) req.inventory.processExited?.(spawned);
  }
}
