/**
 * Which (taskId, version) pairs a room has applied. Kept per room in the warm snapshot and rebuilt
 * from the cold history, so dedupe survives restarts. Each task keeps its newest versions only;
 * a version older than everything kept is treated as already applied (a task resending a version
 * that far back is a replay, not new work).
 */
export const MAX_VERSIONS_PER_TASK = 256;

/** taskId → sorted applied versions (at most MAX_VERSIONS_PER_TASK). */
export type AppliedVersions = Map<string, number[]>;

export function hasApplied(applied: AppliedVersions, taskId: string, version: number, maxPerTask = MAX_VERSIONS_PER_TASK): boolean {
  const versions = applied.get(taskId);
  if (!versions || versions.length === 0) return false;
  if (versions.length >= maxPerTask && version < versions[0]!) return true;
  return binarySearch(versions, version) >= 0;
}

export function recordApplied(applied: AppliedVersions, taskId: string, version: number, maxPerTask = MAX_VERSIONS_PER_TASK): void {
  const versions = applied.get(taskId) ?? [];
  const at = binarySearch(versions, version);
  if (at >= 0) return;
  versions.splice(-at - 1, 0, version);
  if (versions.length > maxPerTask) versions.splice(0, versions.length - maxPerTask);
  applied.set(taskId, versions);
}

/** Index of value, or -(insertion point) - 1. */
function binarySearch(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}
