/**
 * Device pinning: each task process sees exactly one GPU through CUDA_VISIBLE_DEVICES. The UUID is
 * used where there is one, because CUDA's default device order (fastest first) can differ from
 * nvidia-smi's (PCI bus order); CUDA_DEVICE_ORDER=PCI_BUS_ID makes an index fallback agree too.
 * An emulated device exposes no GPU at all (CUDA_VISIBLE_DEVICES empty) and says so in the env.
 */
import type { DeviceView } from './admission';

export type PinningEnv = Record<string, string>;

export function pinningEnv(device: DeviceView): PinningEnv {
  if (device.emulated) {
    return { CUDA_VISIBLE_DEVICES: '', CELLMESH_GPU_EMULATED: '1', CELLMESH_GPU_UUID: device.uuid, CELLMESH_GPU_NAME: device.name, CELLMESH_GPU_INDEX: String(device.index) };
  }
  const byUuid = /^(GPU|MIG)-[0-9a-fA-F-]+/.test(device.uuid);
  return {
    CUDA_VISIBLE_DEVICES: byUuid ? device.uuid : String(device.index),
    CUDA_DEVICE_ORDER: 'PCI_BUS_ID',
    CELLMESH_GPU_EMULATED: '0',
    CELLMESH_GPU_UUID: device.uuid,
    CELLMESH_GPU_NAME: device.name,
    CELLMESH_GPU_INDEX: String(device.index),
  };
}

/** True when the process saw the device it was pinned to (compared by UUID; emulated devices echo theirs). */
export function pinnedDeviceMatches(device: DeviceView, seenUuid: string): boolean {
  return seenUuid.toLowerCase() === device.uuid.toLowerCase();
}
