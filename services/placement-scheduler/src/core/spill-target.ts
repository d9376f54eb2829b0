/**
 * Cells: what a cell tells the others it can serve (its summary), and where a task its home cell
 * cannot serve goes (the spill target). Pure: summaries, links and the clock come in as data.
 */
import { needsGpu, type NodeView, type TaskSpec } from '@cellmesh/placement-core';

/** Nodes named in a summary (enough to find a measured link to the cell; node_count counts all). */
export const MAX_SUMMARY_NODES = 64;

export interface CellOffer {
  readonly cellId: string;
  readonly nodes: readonly string[];
  readonly freeCores: number;
  readonly largestFreeVramMb: number;
  readonly gpus: number;
  readonly publishedAtMs: number;
}

/** What this cell can serve now, from the scheduler's own view of its live nodes. */
export function summarizeCell(cellId: string, views: readonly NodeView[], nowMs: number): CellOffer {
  const live = views.filter((v) => v.healthy && !v.draining);
  let largestFreeVramMb = 0;
  let gpus = 0;
  for (const v of live) {
    for (const g of v.gpus) {
      gpus++;
      largestFreeVramMb = Math.max(largestFreeVramMb, g.vramTotalMib - g.vramUsedMib - g.reservedVramMib);
    }
  }
  return {
    cellId,
    nodes: live.slice(0, MAX_SUMMARY_NODES).map((v) => v.nodeId),
    freeCores: live.reduce((sum, v) => sum + v.cores * Math.max(0, 1 - v.cpuLoadRatio), 0),
    largestFreeVramMb: Math.max(0, Math.floor(largestFreeVramMb)),
    gpus,
    publishedAtMs: nowMs,
  };
}

export const SpillRefusal = {
  /** The task was spilled here already: a second hop could bounce it around the fabric. */
  AlreadySpilled: 'already-spilled',
  /** No other cell's fresh summary says it can serve the task. */
  NoCellCanServe: 'no-cell-can-serve',
  /** A cell that could serve it has gone quiet (its summaries stopped: the WAN link is down?): wait for it. */
  TargetSilent: 'spill-target-silent',
} as const;
export type SpillRefusal = (typeof SpillRefusal)[keyof typeof SpillRefusal];

export interface SpillInput {
  readonly ownCell: string;
  readonly task: TaskSpec;
  /** The cell the task came from when it was spilled here (empty for a task submitted here). */
  readonly homeCell: string;
  readonly offers: readonly CellOffer[];
  readonly nowMs: number;
  /** A summary older than this is not trusted (its cell may be cut off). */
  readonly maxOfferAgeMs: number;
  /** A cell last heard within this long that could serve the task is waited for rather than given up on. */
  readonly maxSilentOfferAgeMs?: number;
  /** Measured (or estimated) RTT from the task's origin to a node; undefined when unknown. */
  readonly rttFromOrigin: (nodeId: string) => number | undefined;
}

export type SpillChoice =
  | { readonly ok: true; readonly cellId: string; readonly rttMs: number | undefined; readonly why: string }
  | { readonly ok: false; readonly refusal: SpillRefusal; readonly why: string; readonly cellId?: string };

/** Whether a cell's summary says it can take the task: a GPU that fits its VRAM, or free cores. */
export function offerServes(offer: CellOffer, task: TaskSpec): boolean {
  if (needsGpu(task)) return offer.gpus > 0 && offer.largestFreeVramMb >= task.vramMib;
  return offer.freeCores >= Math.max(task.cpuMillis, 1) / 1000;
}

/**
 * The best other cell for a task its home cell cannot serve: among fresh summaries that can serve
 * it, the one nearest the task's origin by measured RTT (unknown RTT ranks last), then the most
 * free cores, then the cell id. A task spilled here once is never spilled again.
 */
export function chooseSpillTarget(input: SpillInput): SpillChoice {
  if (input.homeCell && input.homeCell !== input.ownCell) {
    return { ok: false, refusal: SpillRefusal.AlreadySpilled, why: `spilled here from ${input.homeCell}; a spilled task is not spilled again` };
  }
  const ranked = input.offers
    .filter((o) => o.cellId !== input.ownCell && input.nowMs - o.publishedAtMs <= input.maxOfferAgeMs && offerServes(o, input.task))
    .map((o) => ({ offer: o, rttMs: nearest(o.nodes, input.rttFromOrigin) }))
    .sort((a, b) => (a.rttMs ?? Infinity) - (b.rttMs ?? Infinity) || b.offer.freeCores - a.offer.freeCores || a.offer.cellId.localeCompare(b.offer.cellId));
  const best = ranked[0];
  if (!best && input.maxSilentOfferAgeMs !== undefined) {
    const silent = input.offers
      .filter((o) => o.cellId !== input.ownCell && input.nowMs - o.publishedAtMs <= input.maxSilentOfferAgeMs! && offerServes(o, input.task))
      .sort((a, b) => b.publishedAtMs - a.publishedAtMs)[0];
    if (silent) {
      const ago = ((input.nowMs - silent.publishedAtMs) / 1000).toFixed(0);
      return { ok: false, refusal: SpillRefusal.TargetSilent, cellId: silent.cellId, why: `cell ${silent.cellId} could serve it but was last heard ${ago} s ago (WAN link down?); waiting for it` };
    }
  }
  if (!best) {
    const fresh = input.offers.filter((o) => o.cellId !== input.ownCell && input.nowMs - o.publishedAtMs <= input.maxOfferAgeMs).map((o) => o.cellId);
    return { ok: false, refusal: SpillRefusal.NoCellCanServe, why: fresh.length ? `none of the cells heard from (${fresh.join(', ')}) can serve it` : 'no other cell heard from recently (WAN link down?)' };
  }
  const rtt = best.rttMs === undefined ? 'RTT unknown' : `${best.rttMs.toFixed(1)} ms from the origin`;
  return { ok: true, cellId: best.offer.cellId, rttMs: best.rttMs, why: `cell ${best.offer.cellId} can serve it (${rtt}; ${best.offer.gpus} GPUs, largest free VRAM ${best.offer.largestFreeVramMb} MiB, ${best.offer.freeCores.toFixed(1)} free cores)` };
}

function nearest(nodes: readonly string[], rtt: (nodeId: string) => number | undefined): number | undefined {
  let best: number | undefined;
  for (const n of nodes) {
    const r = rtt(n);
    if (r !== undefined && (best === undefined || r < best)) best = r;
  }
  return best;
}
