/**
 * The one place GPU task kinds are registered: name → script in gpu-tasks/, payload validation,
 * and whether the output goes the direct render path. Payloads are UTF-8 JSON objects; the
 * validated parameters are what the script reads on stdin.
 */
export type GpuOutputPath = 'commit' | 'render';

export interface GpuTaskKind {
  readonly name: string;
  readonly description: string;
  /** File under gpu-tasks/. */
  readonly script: string;
  readonly outputPath: GpuOutputPath;
  /** Validates the payload into the script's parameters; throws GpuTaskInputError naming the field. */
  params(payload: Record<string, unknown>, ctx: { emulated: boolean }): Record<string, unknown>;
}

export class GpuTaskInputError extends Error {
  override readonly name = 'GpuTaskInputError';
  readonly retryable = false;
  constructor(kind: string, message: string) {
    super(`${kind}: ${message}`);
  }
}

export class UnknownGpuTaskKindError extends Error {
  override readonly name = 'UnknownGpuTaskKindError';
  readonly retryable = false;
  constructor(kind: string) {
    super(`GPU task kind ${JSON.stringify(kind)} is not registered (known: ${[...gpuTaskKinds.keys()].join(', ')})`);
  }
}

function int(kind: string, o: Record<string, unknown>, field: string, min: number, max: number, fallback?: number): number {
  const v = o[field] ?? fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new GpuTaskInputError(kind, `payload.${field} must be an integer in [${min}, ${max}], got ${JSON.stringify(o[field])}`);
  return v;
}

function num(kind: string, o: Record<string, unknown>, field: string, min: number, max: number, fallback: number): number {
  const v = o[field] ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw new GpuTaskInputError(kind, `payload.${field} must be a number in [${min}, ${max}], got ${JSON.stringify(o[field])}`);
  return v;
}

const DTYPES = ['float32', 'float16', 'bfloat16'] as const;

/** The emulated render stand-in is plain Python: it computes at most this many pixels and repeats them to fill the frame. */
export const MAX_EMULATED_RENDER_PIXELS = 160 * 120;

const matmul: GpuTaskKind = {
  name: 'matmul',
  description: 'repeated size×size matrix products with PyTorch on the pinned GPU; reports TFLOP/s and peak VRAM',
  script: 'matmul.py',
  outputPath: 'commit',
  params(o) {
    const dtype = o.dtype ?? 'float16';
    if (typeof dtype !== 'string' || !(DTYPES as readonly string[]).includes(dtype)) throw new GpuTaskInputError('matmul', `payload.dtype must be one of ${DTYPES.join(', ')}, got ${JSON.stringify(o.dtype)}`);
    return { size: int('matmul', o, 'size', 16, 32768, 4096), iterations: int('matmul', o, 'iterations', 1, 10000, 10), dtype };
  },
};

const render: GpuTaskKind = {
  name: 'render',
  description: 'renders one frame (Mandelbrot view) on the pinned GPU; streams it on render.<gameId>.<roomId>, commits metadata only',
  script: 'render.py',
  outputPath: 'render',
  params(o, { emulated }) {
    const width = int('render', o, 'width', 1, 7680, 640);
    const height = int('render', o, 'height', 1, 4320, 360);
    return {
      width, height,
      // Emulated only: compute every Nth pixel and repeat it (the output keeps the requested size).
      ...(emulated ? { emulatedStride: Math.max(1, Math.ceil(Math.sqrt((width * height) / MAX_EMULATED_RENDER_PIXELS))) } : {}),
      maxIterations: int('render', o, 'maxIterations', 1, 5000, 100),
      centerX: num('render', o, 'centerX', -4, 4, -0.5),
      centerY: num('render', o, 'centerY', -4, 4, 0),
      zoom: num('render', o, 'zoom', 0.01, 1e12, 1),
    };
  },
};

export const gpuTaskKinds: ReadonlyMap<string, GpuTaskKind> = new Map([matmul, render].map((k) => [k.name, k]));

/** Payloads larger than this are rejected before parsing. */
export const MAX_GPU_PAYLOAD_BYTES = 64 * 1024;

/** Looks up the kind and validates the payload bytes; throws a named error with the reason. */
export function resolveGpuTask(kind: string, payload: Uint8Array, ctx: { emulated: boolean }): { kind: GpuTaskKind; params: Record<string, unknown> } {
  const taskKind = gpuTaskKinds.get(kind);
  if (!taskKind) throw new UnknownGpuTaskKindError(kind);
  if (payload.byteLength > MAX_GPU_PAYLOAD_BYTES) throw new GpuTaskInputError(kind, `payload of ${payload.byteLength} bytes exceeds ${MAX_GPU_PAYLOAD_BYTES}`);
  let obj: unknown;
  try {
    obj = payload.byteLength === 0 ? {} : JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch (err) {
    throw new GpuTaskInputError(kind, `payload is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new GpuTaskInputError(kind, 'payload must be a JSON object');
  return { kind: taskKind, params: taskKind.params(obj as Record<string, unknown>, ctx) };
}
