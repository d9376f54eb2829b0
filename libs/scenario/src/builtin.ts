/**
 * The default world for `cellmesh up`: 11 nodes in 3 sites on 3 continents, with a 2-GPU hub in
 * eu-west and a single-GPU node in us-east. Links follow the same site model as generated worlds.
 */
import { SITE_CATALOGUE } from './generate';
import { Scenario } from './types';
import { NodeDraft, Site, siteWorld } from './world';

const BUILT_IN_SEED = 2024;
const siteNamed = (name: string): Site => SITE_CATALOGUE.find((s) => s.name === name)!;
const SITES: readonly Site[] = [siteNamed('eu-west'), siteNamed('us-east'), siteNamed('ap-south')];

type Row = [id: string, siteIndex: number, cpuCores: number, accessMs: number, uplinkMbps: number, gpu?: { gpus: number; gpuModel: string; vramMb: number }];
const ROWS: readonly Row[] = [
  ['eu-1', 0, 32, 0.12, 10000, { gpus: 2, gpuModel: 'NVIDIA A100-SXM4-80GB', vramMb: 81920 }],
  ['eu-2', 0, 8, 0.25, 2500],
  ['eu-3', 0, 8, 0.31, 1000],
  ['eu-4', 0, 4, 0.44, 1000],
  ['us-1', 1, 16, 0.18, 10000, { gpus: 1, gpuModel: 'NVIDIA L4', vramMb: 23034 }],
  ['us-2', 1, 8, 0.27, 2500],
  ['us-3', 1, 8, 0.35, 1000],
  ['us-4', 1, 4, 0.5, 1000],
  ['ap-1', 2, 16, 0.2, 2500],
  ['ap-2', 2, 8, 0.33, 1000],
  ['ap-3', 2, 4, 0.47, 1000],
];

export function builtInWorld(): Scenario {
  const drafts: NodeDraft[] = ROWS.map(([id, siteIndex, cpuCores, accessMs, uplinkMbps, gpu]) => ({
    id,
    site: SITES[siteIndex].name,
    siteIndex,
    cpuCores,
    memoryMb: cpuCores * 4096,
    gpus: gpu?.gpus ?? 0,
    vramMb: gpu?.vramMb ?? 0,
    ...(gpu ? { gpuModel: gpu.gpuModel } : {}),
    uplinkMbps,
    accessMs,
  }));
  return siteWorld(SITES, drafts, BUILT_IN_SEED);
}
