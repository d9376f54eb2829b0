/** nvidia-smi output that does not have the shape of the query cellmesh runs. Retrying the same text won't help. */
export class NvidiaSmiParseError extends Error {
  override readonly name = 'NvidiaSmiParseError';
  readonly retryable = false;
  constructor(
    readonly lineNumber: number,
    readonly line: string,
    reason: string,
  ) {
    super(`nvidia-smi line ${lineNumber}: ${reason}: ${JSON.stringify(line.slice(0, 200))}`);
  }
}

/** An emulated-GPU spec that cannot describe a node (negative counts, non-integers). */
export class EmulatedGpuSpecError extends Error {
  override readonly name = 'EmulatedGpuSpecError';
  readonly retryable = false;
}
