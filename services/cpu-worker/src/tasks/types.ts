/**
 * What a CPU task kind is: a name, a payload decoder that validates, and a pure run function.
 * Task modules import no I/O, so they run the same inside a worker thread, inline on the main
 * thread (the benchmark's baseline) and in unit tests.
 */

/** A named output beside the summary, committed to DataState under its own key. */
export interface TaskArtifact {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface TaskOutput {
  /** Small JSON-able result: goes into TaskResult.output and the `summary` key. */
  summary: Record<string, unknown>;
  artifacts: TaskArtifact[];
}

export interface TaskKind<Input> {
  readonly name: string;
  /** One line for docs and `--help`-style listings. */
  readonly description: string;
  /** Decodes and validates the payload bytes; throws TaskInputError naming the bad field. */
  decode(payload: Uint8Array): Input;
  run(input: Input): TaskOutput;
}

/** The payload does not describe a valid task: retrying cannot help. */
export class TaskInputError extends Error {
  override readonly name = 'TaskInputError';
  readonly retryable = false;
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(`${kind}: ${message}`);
  }
}

/** The task's kind is not in the registry. */
export class UnknownTaskKindError extends Error {
  override readonly name = 'UnknownTaskKindError';
  readonly retryable = false;
  constructor(
    readonly kind: string,
    known: readonly string[],
  ) {
    super(`task kind ${JSON.stringify(kind)} is not registered on this worker (known: ${known.join(', ')})`);
  }
}
