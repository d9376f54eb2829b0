/**
 * The direct render path splits a frame into RenderChunk messages of at most chunkBytes, so each
 * fits NATS's max_payload with room for the envelope. seq counts from 0; total is the chunk count.
 */
export interface ChunkSlice {
  seq: number;
  total: number;
  start: number;
  end: number;
}

export function planChunks(byteLength: number, chunkBytes: number): ChunkSlice[] {
  if (!Number.isInteger(chunkBytes) || chunkBytes < 1) throw new RangeError(`chunkBytes must be a positive integer, got ${chunkBytes}`);
  const total = Math.max(1, Math.ceil(byteLength / chunkBytes));
  return Array.from({ length: total }, (_, seq) => ({ seq, total, start: seq * chunkBytes, end: Math.min((seq + 1) * chunkBytes, byteLength) }));
}

/** Reassembles chunks (any order); returns undefined until all `total` are present. */
export function reassemble(chunks: ReadonlyArray<{ seq: number; total: number; data: Uint8Array }>): Uint8Array | undefined {
  if (chunks.length === 0) return undefined;
  const total = chunks[0].total;
  const bySeq = new Map(chunks.map((c) => [c.seq, c.data]));
  if (bySeq.size !== total) return undefined;
  const parts = Array.from({ length: total }, (_, i) => bySeq.get(i));
  if (parts.some((p) => p === undefined)) return undefined;
  const out = new Uint8Array(parts.reduce((n, p) => n + p!.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p!, at);
    at += p!.byteLength;
  }
  return out;
}
