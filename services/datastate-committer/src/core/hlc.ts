/** A hybrid logical clock stamp (mirror of cellmesh.v1.Hlc). */
export interface HlcStamp {
  wallMs: number;
  logical: number;
  nodeId: string;
}

export const ZERO_HLC: HlcStamp = { wallMs: 0, logical: 0, nodeId: '' };

/**
 * Total order on stamps: wall clock, then logical counter, then nodeId (the deterministic
 * tie-break between two nodes that stamped the same instant). Returns <0, 0 or >0.
 */
export function compareHlc(a: HlcStamp, b: HlcStamp): number {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1;
  if (a.logical !== b.logical) return a.logical < b.logical ? -1 : 1;
  if (a.nodeId === b.nodeId) return 0;
  return a.nodeId < b.nodeId ? -1 : 1;
}

/** Lexicographic byte order: the last tie-break, for two writes carrying the very same stamp. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Normalises a decoded (possibly partial) protobuf Hlc. */
export function hlcOf(raw: { wallMs?: number | null; logical?: number | null; nodeId?: string | null } | null | undefined): HlcStamp {
  return { wallMs: Number(raw?.wallMs ?? 0), logical: Number(raw?.logical ?? 0), nodeId: raw?.nodeId ?? '' };
}

export function isZeroHlc(h: HlcStamp): boolean {
  return h.wallMs === 0 && h.logical === 0 && h.nodeId === '';
}
