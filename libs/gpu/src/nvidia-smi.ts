import { NvidiaSmiParseError } from './errors';
import type { GpuInfo } from './types';

/** The query fields, in the order `parseNvidiaSmiCsv` expects them. */
export const NVIDIA_SMI_QUERY_FIELDS = ['index', 'uuid', 'name', 'memory.total', 'memory.used', 'utilization.gpu'] as const;

/** Arguments of the nvidia-smi call whose output `parseNvidiaSmiCsv` reads. */
export const NVIDIA_SMI_ARGS: readonly string[] = Object.freeze([`--query-gpu=${NVIDIA_SMI_QUERY_FIELDS.join(',')}`, '--format=csv,noheader,nounits']);

/** Values nvidia-smi prints instead of a number when the driver cannot report a field. */
const NOT_AVAILABLE = /^\[(N\/A|Not Supported|Unknown Error|Insufficient Permissions|GPU requires reset)\]$|^N\/A$/i;

/**
 * Parses `nvidia-smi --query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu
 * --format=csv,noheader,nounits`. Pure. Blank lines are skipped; a line with the wrong shape throws
 * NvidiaSmiParseError naming the line. Memory and utilization the driver marks "[N/A]" or
 * "[Not Supported]" (MIG mode, some vGPUs) read as 0 rather than failing the whole node.
 */
export function parseNvidiaSmiCsv(text: string): GpuInfo[] {
  const gpus: GpuInfo[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const fields = splitCsvLine(line);
    if (fields.length !== NVIDIA_SMI_QUERY_FIELDS.length) {
      throw new NvidiaSmiParseError(i + 1, raw, `expected ${NVIDIA_SMI_QUERY_FIELDS.length} comma-separated fields, got ${fields.length}`);
    }
    const [index, uuid, name, total, used, utilization] = fields;
    if (!/^\d+$/.test(index)) throw new NvidiaSmiParseError(i + 1, raw, `index is not a non-negative integer (${JSON.stringify(index)})`);
    if (uuid === '') throw new NvidiaSmiParseError(i + 1, raw, 'uuid is empty');
    if (name === '') throw new NvidiaSmiParseError(i + 1, raw, 'name is empty');
    gpus.push({
      index: Number(index),
      uuid,
      name,
      memoryTotalMib: numberOrZero(total, 'memory.total', i + 1, raw),
      memoryUsedMib: numberOrZero(used, 'memory.used', i + 1, raw),
      utilizationPct: Math.min(100, numberOrZero(utilization, 'utilization.gpu', i + 1, raw)),
      emulated: false,
    });
  });
  return gpus;
}

/** nvidia-smi quotes nothing in csv mode, but GPU names never contain commas; honour quotes anyway. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(current.trim());
      current = '';
    } else current += ch;
  }
  fields.push(current.trim());
  return fields;
}

function numberOrZero(value: string, field: string, lineNumber: number, raw: string): number {
  if (NOT_AVAILABLE.test(value)) return 0;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new NvidiaSmiParseError(lineNumber, raw, `${field} is not a non-negative number (${JSON.stringify(value)})`);
  // Protobuf fields are uint32: whole MiB and whole percent.
  return Math.round(Number(value));
}
