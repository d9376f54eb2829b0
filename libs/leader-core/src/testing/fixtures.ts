/** Builders for specs: small clusters with readable numbers. Not exported from the lib. */
import type { LeaseRecord } from '../lease';
import type { CandidateInfo, ComputeInfo, RankedCandidate } from '../rank';

export const baseCompute: ComputeInfo = { cores: 8, freeMemoryMib: 16_384, gpus: 0, freeVramMib: 0 };

export function node(nodeId: string, overrides: Partial<Omit<CandidateInfo, 'nodeId' | 'compute'>> & { compute?: Partial<ComputeInfo> } = {}): CandidateInfo {
  const { compute, ...rest } = overrides;
  return { nodeId, ...rest, compute: { ...baseCompute, ...compute } };
}

/** Measured RTTs for every ordered pair from one symmetric function. */
export function mesh(members: readonly CandidateInfo[], rttMs: (a: string, b: string) => number): CandidateInfo[] {
  return members.map((m) => ({
    ...m,
    measuredRttMs: Object.fromEntries(members.filter((p) => p.nodeId !== m.nodeId).map((p) => [p.nodeId, rttMs(m.nodeId, p.nodeId)])),
  }));
}

/**
 * A "hub" cluster: `hub` sits close to everyone (hubMs); all other pairs are otherMs apart.
 * The hub ranks first on the network components.
 */
export function hubCluster(ids: readonly string[], hub: string, hubMs = 1, otherMs = 5): CandidateInfo[] {
  return mesh(
    ids.map((id) => node(id)),
    (a, b) => (a === hub || b === hub ? hubMs : otherMs),
  );
}

export function ranked(nodeId: string, final: number, medianMs: number | undefined = 1, eligible = true): RankedCandidate {
  const s = final;
  return {
    nodeId,
    position: 0,
    final,
    scores: { rttMean: s, rttMedian: s, rttCoverage: 1, cores: s, freeMemory: s, gpus: s, freeVram: s },
    rtt: { meanMs: medianMs, medianMs, measured: 1, estimated: 0, unknown: 0 },
    eligible,
  };
}

export function lease(overrides: Partial<LeaseRecord> = {}): LeaseRecord {
  return { clusterId: 'c1', holder: 'a', term: 1, acquiredAtMs: 0, renewedAtMs: 0, expiresAtMs: 9_000, holderRank: 0.5, ...overrides };
}

/** The error `fn` throws, or undefined: lets a spec assert on an error's fields without a conditional expect. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}
