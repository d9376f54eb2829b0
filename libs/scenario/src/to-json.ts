/** Writes a scenario back to the file format (for `cellmesh snapshot`). Small worlds only: it emits n×n matrices. */
import { invalid } from './errors';
import { Scenario, ScenarioNode } from './types';

/** 2,000 nodes already make four matrices of 4 million cells each. */
export const MAX_SERIALIZED_NODES = 2000;
/** Links are written with 4 decimals (0.1 µs, 100 bit/s): enough for any measurement, short to read. */
const DECIMALS = 4;

export function toScenarioJson(scenario: Scenario): string {
  const n = scenario.nodes.length;
  if (n > MAX_SERIALIZED_NODES) throw invalid('nodes', `${n} nodes exceed the ${MAX_SERIALIZED_NODES} a scenario file holds; keep the generate spec instead`);
  const matrix = (link: (i: number, j: number) => number, diagonal: number) =>
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? diagonal : round(link(i, j)))));
  const allZero = (m: number[][]) => m.every((row) => row.every((v) => v === 0));
  const jitterMs = matrix(scenario.jitterMs, 0);
  const lossRatio = matrix(scenario.lossRatio, 0);
  // The diagonal is unused; 0 keeps bandwidth a plain non-negative number that JSON can hold (unlike Infinity).
  const file = {
    nodes: scenario.nodes.map((node, i) => nodeJson(node, scenario.truth?.siteOf[i])),
    rttMs: matrix(scenario.rttMs, 0),
    bandwidthMbps: matrix(scenario.bandwidthMbps, 0),
    ...(allZero(jitterMs) ? {} : { jitterMs }),
    ...(allZero(lossRatio) ? {} : { lossRatio }),
  };
  return formatFile(file);
}

function nodeJson(node: ScenarioNode, truthSite: string | undefined): Record<string, unknown> {
  const site = node.site ?? truthSite;
  return {
    id: node.id,
    cpuCores: node.cpuCores,
    gpus: node.gpus,
    vramMb: node.vramMb,
    ...(site === undefined ? {} : { site }),
    ...(node.memoryMb === undefined ? {} : { memoryMb: node.memoryMb }),
    ...(node.uplinkMbps === undefined ? {} : { uplinkMbps: node.uplinkMbps }),
    ...(node.gpuModel === undefined ? {} : { gpuModel: node.gpuModel }),
  };
}

function round(value: number): number {
  const factor = 10 ** DECIMALS;
  return Math.round(value * factor) / factor;
}

/** One node and one matrix row per line, so files diff and read well. */
function formatFile(file: Record<string, unknown>): string {
  const sections = Object.entries(file).map(([key, value]) => {
    const rows = (value as unknown[]).map((row) => `    ${JSON.stringify(row)}`);
    return `  ${JSON.stringify(key)}: [\n${rows.join(',\n')}\n  ]`;
  });
  return `{\n${sections.join(',\n')}\n}\n`;
}
