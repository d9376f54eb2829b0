/**
 * A weights file (for a what-if, and for the scheduler via SCHEDULER_WEIGHTS_FILE): a partial override of placement-core's DefaultWeights,
 * `{ "latencySensitive": { "rtt-to-origin": 2, "free-capacity": 4 }, "batch": { ... } }`.
 * Profiles and scorers not named keep their default weight. Validated against the scorer names
 * and profiles placement-core knows, every problem listed at once. Pure.
 */
import { ScorerName } from './names';
import type { ProfileWeights, TaskProfile, WeightsTable } from './types';
import { DefaultWeights } from './weights';

export const PROFILES: readonly TaskProfile[] = Object.freeze(Object.keys(DefaultWeights) as TaskProfile[]);
export const SCORERS: readonly ScorerName[] = Object.freeze(Object.values(ScorerName));
/** A weight beyond this is almost certainly a typo (weights are relative; the defaults are ≤ 6). */
export const MAX_WEIGHT = 1_000;

export class WeightsFileError extends Error {
  override readonly name = 'WeightsFileError';
  readonly retryable = false;
  constructor(readonly problems: readonly string[]) {
    super(`invalid weights:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Parses a weights override (text or a parsed value) and lays it over `base`. Throws WeightsFileError. */
export function parseWeightsOverride(input: string | unknown, base: WeightsTable = DefaultWeights): WeightsTable {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      throw new WeightsFileError([`not JSON: ${(err as Error).message}`]);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WeightsFileError([`expected an object of profiles (${PROFILES.join(', ')}), each an object of scorer weights`]);
  }
  const problems: string[] = [];
  const table: Record<string, ProfileWeights> = { ...base };
  for (const [profile, weights] of Object.entries(value as Record<string, unknown>)) {
    if (!PROFILES.includes(profile as TaskProfile)) {
      problems.push(`${JSON.stringify(profile)} is not a task profile (profiles: ${PROFILES.join(', ')})`);
      continue;
    }
    if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) {
      problems.push(`${profile}: expected an object of scorer weights, e.g. { "rtt-to-origin": 2 }`);
      continue;
    }
    const merged: Record<string, number> = { ...base[profile as TaskProfile] };
    for (const [scorer, w] of Object.entries(weights as Record<string, unknown>)) {
      if (!SCORERS.includes(scorer as ScorerName)) {
        problems.push(`${profile}.${scorer}: not a scorer (scorers: ${SCORERS.join(', ')})`);
      } else if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > MAX_WEIGHT) {
        problems.push(`${profile}.${scorer}: expected a number in [0, ${MAX_WEIGHT}], got ${JSON.stringify(w)}`);
      } else {
        merged[scorer] = w;
      }
    }
    // With every weight 0 all feasible nodes score 0 and the choice is by node id: not a policy anyone means.
    if (SCORERS.every((s) => !((merged[s] ?? 0) > 0))) problems.push(`${profile}: every weight is 0; keep at least one scorer above 0`);
    table[profile] = Object.freeze(merged as ProfileWeights);
  }
  if (problems.length > 0) throw new WeightsFileError(problems);
  return Object.freeze(table as WeightsTable);
}

/** The scorer weights that differ from `base`: `profile.scorer: old → new`. */
export function describeWeightChanges(table: WeightsTable, base: WeightsTable = DefaultWeights): string[] {
  const changes: string[] = [];
  for (const profile of PROFILES) {
    for (const scorer of SCORERS) {
      const before = base[profile][scorer] ?? 0;
      const after = table[profile][scorer] ?? 0;
      if (before !== after) changes.push(`${profile}.${scorer}: ${before} → ${after}`);
    }
  }
  return changes;
}
