/**
 * Synthetic worlds with known sites, for scale runs and for scoring clustering against the truth.
 * Deterministic for a seed: the same spec always yields the same nodes and links.
 */
import { invalid } from './errors';
import { seededRandom } from './random';
import { NodeDraft, Site, greatCircleKm, siteWorld } from './world';
import { Scenario } from './types';

export interface GenerateSpec {
  sites: number;
  perSite: number;
  seed: number;
  /** Fraction of nodes that get GPUs; default 0.15. */
  gpuShare?: number;
}

export const DEFAULT_GPU_SHARE = 0.15;
export const MAX_SITES = 64;
export const MAX_GENERATED_NODES = 1_000_000;
/** Extra sites beyond the catalogue keep at least this far from every other site (≥ ~14 ms RTT). */
const MIN_SITE_SEPARATION_KM = 800;

/** Real cloud-region locations on six continents, none closer than ~800 km to another. */
export const SITE_CATALOGUE: readonly Site[] = Object.freeze([
  { name: 'eu-west', latDeg: 53.35, lonDeg: -6.26 }, // Dublin
  { name: 'us-east', latDeg: 39.04, lonDeg: -77.49 }, // Ashburn
  { name: 'ap-south', latDeg: 19.08, lonDeg: 72.88 }, // Mumbai
  { name: 'sa-east', latDeg: -23.55, lonDeg: -46.63 }, // São Paulo
  { name: 'ap-northeast', latDeg: 35.68, lonDeg: 139.69 }, // Tokyo
  { name: 'af-south', latDeg: -33.92, lonDeg: 18.42 }, // Cape Town
  { name: 'au-east', latDeg: -33.87, lonDeg: 151.21 }, // Sydney
  { name: 'us-west', latDeg: 45.52, lonDeg: -122.68 }, // Portland
  { name: 'eu-central', latDeg: 50.11, lonDeg: 8.68 }, // Frankfurt
  { name: 'ap-southeast', latDeg: 1.35, lonDeg: 103.82 }, // Singapore
  { name: 'me-central', latDeg: 25.2, lonDeg: 55.27 }, // Dubai
  { name: 'ca-central', latDeg: 45.5, lonDeg: -73.57 }, // Montreal
  { name: 'us-central', latDeg: 32.78, lonDeg: -96.8 }, // Dallas
  { name: 'eu-north', latDeg: 59.33, lonDeg: 18.07 }, // Stockholm
  { name: 'af-west', latDeg: 6.52, lonDeg: 3.38 }, // Lagos
  { name: 'ap-east', latDeg: 22.32, lonDeg: 114.17 }, // Hong Kong
]);

/** What `nvidia-smi` reports as memory.total (MiB) for a few common models. */
export const GPU_MODELS: readonly { model: string; vramMb: number }[] = Object.freeze([
  { model: 'NVIDIA H100 80GB HBM3', vramMb: 81559 },
  { model: 'NVIDIA A100-SXM4-80GB', vramMb: 81920 },
  { model: 'NVIDIA L4', vramMb: 23034 },
  { model: 'Tesla T4', vramMb: 15360 },
]);

const CPU_CORE_CHOICES = [4, 8, 16, 32, 64];
const UPLINK_CHOICES_MBPS = [1000, 2500, 10000];
const GPU_COUNT_WEIGHTS: readonly [count: number, weight: number][] = [
  [1, 0.5],
  [2, 0.3],
  [4, 0.15],
  [8, 0.05],
];

export function generateWorld(spec: GenerateSpec): Scenario {
  const { sites: siteCount, perSite, seed } = spec;
  const gpuShare = spec.gpuShare ?? DEFAULT_GPU_SHARE;
  checkSpec(spec, '');

  const random = seededRandom(seed);
  const sites = chooseSites(siteCount, random);
  const drafts: NodeDraft[] = [];
  sites.forEach((site, siteIndex) => {
    for (let k = 1; k <= perSite; k++) {
      const hasGpu = random() < gpuShare;
      const gpu = GPU_MODELS[Math.floor(random() * GPU_MODELS.length)];
      const gpus = hasGpu ? weightedPick(GPU_COUNT_WEIGHTS, random()) : 0;
      // GPU hosts come with a real CPU behind them.
      const cpuChoices = hasGpu ? CPU_CORE_CHOICES.filter((c) => c >= 16) : CPU_CORE_CHOICES;
      const cpuCores = cpuChoices[Math.floor(random() * cpuChoices.length)];
      drafts.push({
        id: `${site.name}-${k}`,
        site: site.name,
        siteIndex,
        cpuCores,
        memoryMb: cpuCores * 4096,
        gpus,
        vramMb: hasGpu ? gpu.vramMb : 0,
        ...(hasGpu ? { gpuModel: gpu.model } : {}),
        uplinkMbps: UPLINK_CHOICES_MBPS[Math.floor(random() * UPLINK_CHOICES_MBPS.length)],
        accessMs: 0.1 + 0.5 * random(),
      });
    }
  });
  return siteWorld(sites, drafts, seed);
}

/** A seeded pick from the catalogue, then extra sites at random points far enough from the rest. */
function chooseSites(count: number, random: () => number): Site[] {
  const shuffled = [...SITE_CATALOGUE];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const chosen = shuffled.slice(0, count);
  for (let attempt = 0; chosen.length < count; attempt++) {
    if (attempt > 100_000) throw invalid('sites', `could not place ${count} sites ${MIN_SITE_SEPARATION_KM} km apart`);
    // Uniform on the sphere: latitude from asin of a uniform value.
    const candidate = { name: `site-${chosen.length + 1}`, latDeg: (Math.asin(2 * random() - 1) * 180) / Math.PI, lonDeg: 360 * random() - 180 };
    if (chosen.every((s) => greatCircleKm(s, candidate) >= MIN_SITE_SEPARATION_KM)) chosen.push(candidate);
  }
  return chosen;
}

function weightedPick(weights: readonly [value: number, weight: number][], u: number): number {
  let acc = 0;
  for (const [value, weight] of weights) {
    acc += weight;
    if (u < acc) return value;
  }
  return weights[weights.length - 1][0];
}

const SPEC_KEYS = ['sites', 'perSite', 'seed', 'gpuShare'] as const;
type SpecKey = (typeof SPEC_KEYS)[number];

/** Parses `sites=S,perSite=P,seed=K[,gpuShare=F]` (the `--generate` argument); seed defaults to 1. */
export function parseGenerateSpec(text: string): GenerateSpec {
  const values = new Map<SpecKey, number>();
  for (const part of text.split(',').map((p) => p.trim())) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw invalid('generate', `expected key=value, got ${JSON.stringify(part)}`);
    const key = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    if (!(SPEC_KEYS as readonly string[]).includes(key)) throw invalid('generate', `unknown key ${JSON.stringify(key)} (expected ${SPEC_KEYS.join(', ')})`);
    const specKey = key as SpecKey;
    if (values.has(specKey)) throw invalid(`generate.${key}`, 'given twice');
    const value = raw === '' ? Number.NaN : Number(raw);
    const integer = specKey !== 'gpuShare';
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      throw invalid(`generate.${key}`, `expected ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(raw)}`);
    }
    values.set(specKey, value);
  }
  for (const key of ['sites', 'perSite'] as const) {
    if (!values.has(key)) throw invalid(`generate.${key}`, `missing (expected e.g. "sites=4,perSite=25,seed=1")`);
  }
  const gpuShare = values.get('gpuShare');
  const spec: GenerateSpec = { sites: values.get('sites')!, perSite: values.get('perSite')!, seed: values.get('seed') ?? 1, ...(gpuShare === undefined ? {} : { gpuShare }) };
  checkSpec(spec, 'generate.');
  return spec;
}

/** Range checks shared by generateWorld and parseGenerateSpec; `prefix` roots the error path. */
function checkSpec(spec: GenerateSpec, prefix: string): void {
  const { sites, perSite, seed } = spec;
  const share = spec.gpuShare ?? DEFAULT_GPU_SHARE;
  if (!Number.isInteger(sites) || sites < 1 || sites > MAX_SITES) throw invalid(`${prefix}sites`, `expected an integer in [1, ${MAX_SITES}], got ${sites}`);
  if (!Number.isInteger(perSite) || perSite < 1) throw invalid(`${prefix}perSite`, `expected a positive integer, got ${perSite}`);
  if (sites * perSite > MAX_GENERATED_NODES) throw invalid(`${prefix}perSite`, `sites × perSite = ${sites * perSite} exceeds ${MAX_GENERATED_NODES} nodes`);
  if (!Number.isInteger(seed)) throw invalid(`${prefix}seed`, `expected an integer, got ${seed}`);
  if (!(share >= 0 && share <= 1)) throw invalid(`${prefix}gpuShare`, `expected a number in [0, 1], got ${share}`);
}
