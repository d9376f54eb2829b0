/**
 * Every reason that leaves the core lives here as a constant, so `leader.changed` events, spans and
 * `cellmesh explain` agree on spelling.
 */

/**
 * Why leadership changed hands. Spelled as the suffix of the proto enum `cellmesh.v1.LeaderChangeReason`
 * (`LEADER_CHANGE_REASON_${reason}`), so the service maps it without a table.
 */
export const LeaderChangeReason = {
  /** Nobody held the lease (the key was absent). */
  Elected: 'ELECTED',
  /** The holder missed its renewals: the lease is past expiresAtMs + maxClockSkewMs. */
  LeaseExpired: 'LEASE_EXPIRED',
  /** The holder released the lease (shutdown, drain) or is no longer eligible. */
  Resigned: 'RESIGNED',
  /** The holder's median RTT to the members is above the bound and a candidate within it exists. */
  UnstableRtt: 'UNSTABLE_RTT',
  /** The holder is no longer a member of the cluster. */
  LeftCluster: 'LEFT_CLUSTER',
  /** A candidate beats the holder by the hysteresis margin after the holder's minimum tenure. */
  BetterCandidate: 'BETTER_CANDIDATE',
} as const;
export type LeaderChangeReason = (typeof LeaderChangeReason)[keyof typeof LeaderChangeReason];

/** Why nothing changes hands: the explanation attached to `lead`, `renew` and `follow`, and to a declined challenge. */
export const StayReason = {
  /** The candidate asked about is the holder itself. */
  IsHolder: 'is-holder',
  /** The challenger's final score does not beat the holder's by the hysteresis margin. */
  WithinMargin: 'within-margin',
  /** The challenger is better by the margin, but the holder has not held for the minimum tenure. */
  TenureTooShort: 'tenure-too-short',
  /** The holder's RTT is above the bound, but so is the challenger's: changing would not help. */
  ChallengerAlsoUnstable: 'challenger-also-unstable',
  /** The candidate marked itself ineligible (draining, shutting down). */
  NotEligible: 'not-eligible',
  /** This node is not in the member list it was given. */
  NotAMember: 'not-a-member',
  /** A change is warranted, but another candidate ranks first in line for it. */
  NotHeir: 'not-heir',
  /** The lease is free, but better-ranked candidates get their turn first (acquire stagger). */
  AwaitingTurn: 'awaiting-turn',
  /** This node holds a fresh lease: lead, write nothing. */
  LeaseFresh: 'lease-fresh',
  /** This node holds the lease and its renewal time has come. */
  RenewalDue: 'renewal-due',
} as const;
export type StayReason = (typeof StayReason)[keyof typeof StayReason];

/** Why a writer refused a fencing token (see fencing.ts). */
export const FencingRejection = {
  /** The token's term is below the cluster's current term: its holder has been deposed. */
  StaleTerm: 'stale-term',
  /** Same term, different holder. Impossible while terms come from KV compare-and-set; rejected defensively. */
  HolderMismatch: 'holder-mismatch',
  /** No cluster, no holder, or a term below 1 (terms start at 1): not a token any lease produced. */
  InvalidToken: 'invalid-token',
  /** The token names another cluster than the fence it was checked against. */
  ClusterMismatch: 'cluster-mismatch',
} as const;
export type FencingRejection = (typeof FencingRejection)[keyof typeof FencingRejection];
