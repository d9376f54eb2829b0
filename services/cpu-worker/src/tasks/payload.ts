/**
 * Payload decoding shared by the task kinds. Task payloads are UTF-8 JSON objects (docs/workers.md):
 * easy to produce from any game backend, and bounded before parsing.
 */
import { TaskInputError } from './types';

/** Larger payloads are rejected before JSON.parse runs. */
export const MAX_TASK_PAYLOAD_BYTES = 256 * 1024;

export type JsonObject = Record<string, unknown>;

export function decodeJsonObject(kind: string, payload: Uint8Array): JsonObject {
  if (payload.byteLength > MAX_TASK_PAYLOAD_BYTES) throw new TaskInputError(kind, `payload of ${payload.byteLength} bytes exceeds ${MAX_TASK_PAYLOAD_BYTES}`);
  const text = payload.byteLength === 0 ? '{}' : new TextDecoder('utf-8', { fatal: true }).decode(payload);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new TaskInputError(kind, `payload is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TaskInputError(kind, 'payload must be a JSON object');
  return value as JsonObject;
}

export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

interface NumberRule {
  min: number;
  max: number;
  default?: number;
}

/** Reads a number field in [min, max]; absent fields take the default or are an error. */
export function numberField(kind: string, obj: JsonObject, field: string, rule: NumberRule): number {
  const raw = obj[field];
  if (raw === undefined) {
    if (rule.default === undefined) throw new TaskInputError(kind, `payload.${field} is required`);
    return rule.default;
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < rule.min || raw > rule.max) {
    throw new TaskInputError(kind, `payload.${field} must be a number in [${rule.min}, ${rule.max}], got ${JSON.stringify(raw)}`);
  }
  return raw;
}

export function intField(kind: string, obj: JsonObject, field: string, rule: NumberRule): number {
  const value = numberField(kind, obj, field, rule);
  if (!Number.isInteger(value)) throw new TaskInputError(kind, `payload.${field} must be an integer, got ${value}`);
  return value;
}

export function boolField(kind: string, obj: JsonObject, field: string, fallback: boolean): boolean {
  const raw = obj[field];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'boolean') throw new TaskInputError(kind, `payload.${field} must be true or false, got ${JSON.stringify(raw)}`);
  return raw;
}

/** A point [x, y] with integer coordinates inside a width × height grid. */
export function gridPointField(kind: string, obj: JsonObject, field: string, width: number, height: number): [number, number] {
  const raw = obj[field];
  if (!Array.isArray(raw) || raw.length !== 2 || !raw.every((v) => Number.isInteger(v))) {
    throw new TaskInputError(kind, `payload.${field} must be [x, y] with integer coordinates, got ${JSON.stringify(raw)}`);
  }
  const [x, y] = raw as [number, number];
  if (x < 0 || y < 0 || x >= width || y >= height) throw new TaskInputError(kind, `payload.${field} [${x}, ${y}] lies outside the ${width}×${height} grid`);
  return [x, y];
}

/** mulberry32: a small seeded PRNG so generated inputs are reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
