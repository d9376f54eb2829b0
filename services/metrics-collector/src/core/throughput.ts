/**
 * The throughput probe: a timed burst of padded echo requests, bounded in size (`maxBurstBytes`)
 * and in rate (one burst per node per `throughputIntervalMs`, enforced by the prober).
 * Replies carry only the byte count, so the burst measures one direction.
 */

/** Splits a burst into chunks of at most `chunkBytes`, totalling `burstBytes`. */
export function planBurstChunks(burstBytes: number, chunkBytes: number): number[] {
  const chunks: number[] = [];
  for (let left = burstBytes; left > 0; left -= chunkBytes) chunks.push(Math.min(chunkBytes, left));
  return chunks;
}

/**
 * The burst's transfer time: elapsed (first send → last reply) minus the link's filtered RTT, since
 * one round trip is paid however fast the link is; floored at `floorMs` so a burst that fits in the
 * timer resolution reports "at least bytes/floor" rather than infinity.
 */
export function burstTransferMs(elapsedMs: number, minRttMs: number | null, floorMs: number): number {
  return Math.max(floorMs, elapsedMs - (minRttMs ?? 0));
}
