import { InvalidCaParamsError } from './errors';

/** Thresholds of the CA rules. Units are in the names; defaults in `DEFAULT_CA_PARAMS` say why. */
export interface CaParams {
  /** X: a peer closer than this is a cluster candidate, whatever the neighbourhood looks like. */
  readonly candidateRttMs: number;
  /** Relative rule: the threshold rises to `factor × nearest measured peer RTT` on slower LANs... */
  readonly relativeRttFactor: number;
  /** ...but never above this cap, so a lone node never joins a site tens of ms away. */
  readonly maxCandidateRttMs: number;
  /** Y: a candidate link must carry more than this (unknown bandwidth, `NaN`, does not block). */
  readonly minCandidateBandwidthMbps: number;
  /** h: join needs the link inside `T·(1−h)`, staying tolerates up to `T·(1+h)` (same for bandwidth). */
  readonly hysteresis: number;
  /**
   * A cluster id is only offered and kept over at most this many candidate links from its origin.
   * Labels whose origin left ("ghosts") count up to it and expire instead of circulating forever.
   */
  readonly maxClusterHops: number;
  /** Only probed links decide membership; coordinate estimates only pick whom to probe. */
  readonly requireMeasuredLinks: boolean;
  /**
   * Core radius R = factor × T: a member must be within R (join R·(1−h), stay R·(1+h)) of a strict
   * majority of its cluster's core (the origin and the deputies ranked before it), so clusters cannot chain.
   */
  readonly coreRttFactor: number;
  /** ...capped here whatever T is, so the diameter bound 2R·(1+h) holds even with permissive thresholds. */
  readonly maxCoreRadiusMs: number;
  /** Deputies: the origin's closest members, which every later member must also be close to. */
  readonly coreDeputies: number;
  /** Relay load / uplink at or above this is a spike: shrink fan-out, take a parent. */
  readonly saturatedUtilisation: number;
  /** At or below this the uplink is calm: fan-out grows back, the parent is released. */
  readonly calmUtilisation: number;
  readonly minFanout: number;
  readonly maxFanout: number;
  /** Multiplicative decrease on a spike (0.5 halves)... */
  readonly fanoutShrinkFactor: number;
  /** ...additive increase per calm round, so recovery is slow. */
  readonly fanoutGrowthPerRound: number;
  readonly computeHeavyMinGpus: number;
  readonly computeHeavyMinVramMb: number;
  /** Median RTT to the node's cluster peers must stay below this to accept compute-heavy work. */
  readonly computeHeavyMaxRttMs: number;
}

export const DEFAULT_CA_PARAMS: CaParams = Object.freeze({
  // LAN sites measure 0.2–1.5 ms (1 ms RTT is ~100 km of fibre); WAN links tens to hundreds of ms.
  // 3 ms keeps a 1.5 ms LAN link inside the join band even with +20% jitter (1.8 < 3·0.75).
  candidateRttMs: 3,
  relativeRttFactor: 3,
  // Capped well below 10 ms so the join band (< 6 ms) stays clear of a 10 ms WAN link at −20% (8 ms).
  maxCandidateRttMs: 8,
  minCandidateBandwidthMbps: 50,
  // h ≥ 0.2 is what ±20% jitter needs: 1.2·T(1−h) ≤ 0.8·T(1+h) ⇔ h ≥ 0.2. 0.25 leaves margin.
  hysteresis: 0.25,
  // Far above a LAN's hop diameter over k≈16 nearest peers (3–6 at 1,000 nodes); also how many
  // rounds a ghost label can survive after its origin disappears.
  maxClusterHops: 16,
  requireMeasuredLinks: true,
  // R = 2T (6 ms at X, 16 ms at the cap): a LAN member 1.5 ms from its core is far inside, and a
  // slow LAN (2–9 ms between hosts) still fits; the diameter stays ≤ 2R·(1+h) = 40 ms < 50 ms.
  coreRttFactor: 2,
  // 2 × the default cap: 2R·(1+h) = 40 ms between any two members (triangle inequality), below 50 ms.
  maxCoreRadiusMs: 16,
  // Origin + 4 deputies: a regular member needs 3 of 5 close, so two congested links to the core are
  // tolerated, and a node close to one or two core members only is outvoted. ≤ 5 extra probes per cluster.
  coreDeputies: 4,
  saturatedUtilisation: 0.8,
  calmUtilisation: 0.5,
  minFanout: 2,
  maxFanout: 16,
  fanoutShrinkFactor: 0.5,
  fanoutGrowthPerRound: 1,
  computeHeavyMinGpus: 1,
  computeHeavyMinVramMb: 8192,
  computeHeavyMaxRttMs: 2,
});

/** Merges overrides onto the defaults and validates once, naming every offending field. */
export function compileCaParams(overrides: Partial<CaParams> = {}): CaParams {
  const p: CaParams = { ...DEFAULT_CA_PARAMS, ...overrides };
  const bad: string[] = [];
  const positive = [
    'candidateRttMs', 'relativeRttFactor', 'maxCandidateRttMs', 'saturatedUtilisation',
    'fanoutShrinkFactor', 'computeHeavyMaxRttMs', 'coreRttFactor', 'maxCoreRadiusMs',
  ] as const;
  for (const key of positive) if (!(Number.isFinite(p[key]) && p[key] > 0)) bad.push(key);
  const nonNegative = ['minCandidateBandwidthMbps', 'calmUtilisation', 'computeHeavyMinGpus', 'computeHeavyMinVramMb'] as const;
  for (const key of nonNegative) if (!(Number.isFinite(p[key]) && p[key] >= 0)) bad.push(key);
  if (!(Number.isFinite(p.hysteresis) && p.hysteresis >= 0 && p.hysteresis < 1)) bad.push('hysteresis');
  if (!(Number.isInteger(p.maxClusterHops) && p.maxClusterHops >= 1)) bad.push('maxClusterHops');
  if (!(Number.isInteger(p.coreDeputies) && p.coreDeputies >= 0)) bad.push('coreDeputies');
  if (!(Number.isInteger(p.minFanout) && p.minFanout >= 1)) bad.push('minFanout');
  if (!(Number.isInteger(p.maxFanout) && p.maxFanout >= 1)) bad.push('maxFanout');
  if (!(Number.isInteger(p.fanoutGrowthPerRound) && p.fanoutGrowthPerRound >= 1)) bad.push('fanoutGrowthPerRound');
  if (!(p.fanoutShrinkFactor < 1)) bad.push('fanoutShrinkFactor');
  if (typeof p.requireMeasuredLinks !== 'boolean') bad.push('requireMeasuredLinks');
  if (bad.length > 0) throw new InvalidCaParamsError(bad, 'must be finite numbers in range');
  if (p.maxCandidateRttMs < p.candidateRttMs) {
    throw new InvalidCaParamsError(['candidateRttMs', 'maxCandidateRttMs'], 'the cap must not be below X');
  }
  if (p.maxFanout < p.minFanout) throw new InvalidCaParamsError(['minFanout', 'maxFanout'], 'floor above ceiling');
  if (p.calmUtilisation >= p.saturatedUtilisation) {
    throw new InvalidCaParamsError(['calmUtilisation', 'saturatedUtilisation'], 'calm must be below saturated');
  }
  return Object.freeze(p);
}
