/**
 * The scenario file format (issue 5): `{ nodes, rttMs, bandwidthMbps }` with n×n symmetric matrices,
 * plus optional `jitterMs` and `lossRatio` matrices and optional per-node extras. Unknown keys are
 * ignored so other tools may annotate files. Every rejection names the field that is wrong.
 */
import { ScenarioError, assertIndex, invalid } from './errors';
import { Scenario, ScenarioNode } from './types';

/** Defaults for fields the format lets a file leave out. */
export const SCENARIO_DEFAULTS = Object.freeze({ cpuCores: 1, gpus: 0, vramMb: 0, bandwidthMbps: 1000, jitterMs: 0, lossRatio: 0 });

export interface ParseScenarioOptions {
  /**
   * Measured matrices are rarely exactly symmetric. `reject` (the default) refuses asymmetric cells;
   * `average` replaces both cells with their mean.
   */
  asymmetry?: 'reject' | 'average';
}

const MATRIX_FIELDS = ['rttMs', 'bandwidthMbps', 'jitterMs', 'lossRatio'] as const;
type MatrixField = (typeof MATRIX_FIELDS)[number];
/** Characters a NATS subject token cannot hold; node ids end up in subjects such as `probe.<nodeId>`. */
const NOT_A_TOKEN = /[.*>\s]/;
/** Relative slack for symmetry, so values that went through decimal formatting still compare equal. */
const SYMMETRY_TOLERANCE = 1e-9;

/** Parses JSON text or an already-parsed value; throws `ScenarioError` naming what is wrong. */
export function parseScenario(input: string | unknown, options: ParseScenarioOptions = {}): Scenario {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw invalid('scenario', `not valid JSON: ${(error as Error).message}`, error);
    }
  }
  if (!isRecord(value)) throw invalid('scenario', `expected an object, got ${describe(value)}`);

  const nodes = parseNodes(value.nodes);
  const n = nodes.length;
  const matrices = {} as Record<MatrixField, Float64Array | undefined>;
  for (const field of MATRIX_FIELDS) {
    if (isAbsent(value[field])) {
      if (field === 'rttMs') throw invalid('rttMs', 'missing: an n×n matrix in milliseconds is required');
      continue;
    }
    matrices[field] = parseMatrix(field, value[field], n, options.asymmetry ?? 'reject');
  }
  const sites = nodes.map((node) => node.site);
  const truth = sites.every((s): s is string => s !== undefined) ? { siteOf: sites } : undefined;
  return matrixScenario(nodes, matrices, truth);
}

function parseNodes(value: unknown): ScenarioNode[] {
  if (!Array.isArray(value)) throw invalid('nodes', `expected an array, got ${describe(value)}`);
  if (value.length === 0) throw invalid('nodes', 'expected at least one node');
  const seen = new Set<string>();
  return value.map((raw, i) => {
    const at = `nodes[${i}]`;
    if (!isRecord(raw)) throw invalid(at, `expected an object, got ${describe(raw)}`);
    const id = raw.id;
    if (typeof id !== 'string' || id.length === 0) throw invalid(`${at}.id`, `expected a non-empty string, got ${describe(id)}`);
    if (NOT_A_TOKEN.test(id)) throw invalid(`${at}.id`, `${JSON.stringify(id)} contains ".", "*", ">" or whitespace, which a NATS subject token cannot hold`);
    if (seen.has(id)) throw invalid(`${at}.id`, `duplicate id ${JSON.stringify(id)}`);
    seen.add(id);
    const gpus = optionalNumber(raw, 'gpus', at, { integer: true }) ?? SCENARIO_DEFAULTS.gpus;
    // A GPU without memory cannot host anything; say so here rather than at placement time.
    if (gpus > 0 && isAbsent(raw.vramMb)) throw invalid(`${at}.vramMb`, `required when gpus > 0 (memory of each GPU in MiB)`);
    const node: ScenarioNode = {
      id,
      cpuCores: optionalNumber(raw, 'cpuCores', at, { integer: true, positive: true }) ?? SCENARIO_DEFAULTS.cpuCores,
      gpus,
      vramMb: optionalNumber(raw, 'vramMb', at, { integer: true, positive: gpus > 0 }) ?? SCENARIO_DEFAULTS.vramMb,
      ...optionalString(raw, 'site', at),
      ...optionalField('memoryMb', optionalNumber(raw, 'memoryMb', at, {})),
      ...optionalField('uplinkMbps', optionalNumber(raw, 'uplinkMbps', at, { positive: true })),
      ...optionalString(raw, 'gpuModel', at),
    };
    return node;
  });
}

function parseMatrix(field: MatrixField, value: unknown, n: number, asymmetry: 'reject' | 'average'): Float64Array {
  if (!Array.isArray(value)) throw invalid(field, `expected an array of ${n} rows, got ${describe(value)}`);
  if (value.length !== n) throw invalid(field, `expected ${n} rows (one per node), got ${value.length}`);
  const cells = new Float64Array(n * n);
  value.forEach((row: unknown, i) => {
    if (!Array.isArray(row)) throw invalid(`${field}[${i}]`, `expected an array of ${n} numbers, got ${describe(row)}`);
    if (row.length !== n) throw invalid(`${field}[${i}]`, `expected ${n} columns (one per node), got ${row.length}`);
    row.forEach((cell: unknown, j) => {
      const valid = typeof cell === 'number' && Number.isFinite(cell) && cell >= 0 && (field !== 'lossRatio' || cell <= 1);
      // A node's link to itself is never used, so a measured data set may leave the diagonal null.
      if (i === j && cell === null) return;
      if (!valid) {
        const expected = field === 'lossRatio' ? 'a number in [0, 1]' : 'a non-negative number';
        throw invalid(`${field}[${i}][${j}]`, `expected ${expected}, got ${describe(cell)}`);
      }
      cells[i * n + j] = cell;
    });
  });
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = cells[i * n + j];
      const b = cells[j * n + i];
      if (a === b) continue;
      if (asymmetry === 'average' || Math.abs(a - b) <= SYMMETRY_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b))) {
        cells[i * n + j] = cells[j * n + i] = (a + b) / 2;
      } else {
        throw new ScenarioError(field, `${field} is not symmetric at [${i}][${j}]: ${a} vs ${b}`);
      }
    }
  }
  return cells;
}

function matrixScenario(
  nodes: readonly ScenarioNode[],
  matrices: Record<MatrixField, Float64Array | undefined>,
  truth: Scenario['truth'],
): Scenario {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const lookup = (cells: Float64Array | undefined, fallback: number, self: number) => (i: number, j: number) => {
    assertIndex(i, n);
    assertIndex(j, n);
    if (i === j) return self;
    return cells === undefined ? fallback : cells[i * n + j];
  };
  return {
    nodes,
    rttMs: lookup(matrices.rttMs, 0, 0),
    bandwidthMbps: lookup(matrices.bandwidthMbps, SCENARIO_DEFAULTS.bandwidthMbps, Number.POSITIVE_INFINITY),
    jitterMs: lookup(matrices.jitterMs, SCENARIO_DEFAULTS.jitterMs, 0),
    lossRatio: lookup(matrices.lossRatio, SCENARIO_DEFAULTS.lossRatio, 0),
    indexOf: (id) => index.get(id) ?? -1,
    ...(truth === undefined ? {} : { truth }),
  };
}

function optionalNumber(raw: Record<string, unknown>, key: string, at: string, rule: { integer?: boolean; positive?: boolean }): number | undefined {
  const value = raw[key];
  if (isAbsent(value)) return undefined;
  const ok = typeof value === 'number' && Number.isFinite(value) && (rule.positive ? value > 0 : value >= 0) && (!rule.integer || Number.isInteger(value));
  if (!ok) {
    const expected = `${rule.positive ? 'a positive' : 'a non-negative'} ${rule.integer ? 'integer' : 'number'}`;
    throw invalid(`${at}.${key}`, `expected ${expected}, got ${describe(value)}`);
  }
  return value as number;
}

function optionalString<K extends string>(raw: Record<string, unknown>, key: K, at: string): { [P in K]?: string } {
  const value = raw[key];
  if (isAbsent(value)) return {};
  if (typeof value !== 'string' || value.length === 0) throw invalid(`${at}.${key}`, `expected a non-empty string, got ${describe(value)}`);
  return { [key]: value } as { [P in K]?: string };
}

function optionalField<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

/** `null` means "absent" for every optional field: many tools write unknown as null (`"site": null`). */
function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a bad value reads in an error: JSON for scalars, the kind for containers. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value);
}
