/**
 * Which conflict policy a room uses. Configured per game with per-room overrides and a default;
 * the resolved policy is recorded on every history entry so a replay never depends on today's config.
 */
export const PolicyName = {
  LastWriterWins: 'last-writer-wins',
  CrdtMerge: 'crdt-merge',
  RejectStale: 'reject-stale',
} as const;
export type PolicyName = (typeof PolicyName)[keyof typeof PolicyName];
export const POLICY_NAMES: readonly PolicyName[] = Object.values(PolicyName);

export interface PolicyConfig {
  default: PolicyName;
  /** gameId → policy. */
  byGame: Readonly<Record<string, PolicyName>>;
  /** "gameId/roomId" → policy; wins over byGame. */
  byRoom: Readonly<Record<string, PolicyName>>;
}

export const DEFAULT_POLICY_CONFIG: PolicyConfig = { default: PolicyName.LastWriterWins, byGame: {}, byRoom: {} };

export function roomPolicyKey(gameId: string, roomId: string): string {
  return `${gameId}/${roomId}`;
}

/** Room override, then game, then default. */
export function resolvePolicy(config: PolicyConfig, gameId: string, roomId: string): PolicyName {
  return config.byRoom[roomPolicyKey(gameId, roomId)] ?? config.byGame[gameId] ?? config.default;
}

/**
 * Parses "g1=crdt-merge,g2/r7=reject-stale" (the env form used by main.ts): entries with a "/"
 * are room overrides, the rest game settings. Throws a TypeError naming the bad entry.
 */
export function parsePolicyOverrides(text: string): { byGame: Record<string, PolicyName>; byRoom: Record<string, PolicyName> } {
  const byGame: Record<string, PolicyName> = {};
  const byRoom: Record<string, PolicyName> = {};
  for (const entry of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [scope, policy] = entry.split('=').map((s) => s.trim());
    if (!scope || !policy || !isPolicyName(policy)) throw new TypeError(`bad policy entry ${JSON.stringify(entry)}: expected <gameId>[/<roomId>]=<${POLICY_NAMES.join('|')}>`);
    if (scope.includes('/')) byRoom[scope] = policy;
    else byGame[scope] = policy;
  }
  return { byGame, byRoom };
}

export function isPolicyName(value: string): value is PolicyName {
  return (POLICY_NAMES as readonly string[]).includes(value);
}
