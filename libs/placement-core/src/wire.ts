/**
 * Mapping between the core's string unions and the protobuf enums of libs/contracts (mirrored
 * here as numbers, since a core lib may not import contracts). Unknown numbers map to undefined,
 * so the service rejects them instead of guessing.
 */
import { TaskReason } from './names';
import type { PlacementDecision, PlacementOutcome, ResourceHint, TaskProfile, TaskSpec } from './types';

/** cellmesh.v1.TaskProfile */
export const WireTaskProfile = { latencySensitive: 1, throughput: 2, batch: 3 } as const satisfies Record<TaskProfile, number>;
/** cellmesh.v1.ResourceHint */
export const WireResourceHint = { gpuRequired: 1, cpuOnly: 2, memoryHeavy: 3 } as const satisfies Record<ResourceHint, number>;
/** cellmesh.v1.PlacementOutcome */
export const WirePlacementOutcome = { placed: 1, queued: 2, rejected: 3 } as const satisfies Record<PlacementOutcome, number>;

function inverse<K extends string>(table: Record<K, number>): ReadonlyMap<number, K> {
  return new Map((Object.keys(table) as K[]).map((k) => [table[k], k]));
}
const profileByWire = inverse(WireTaskProfile);
const hintByWire = inverse(WireResourceHint);

export const profileFromWire = (value: number): TaskProfile | undefined => profileByWire.get(value);
export const profileToWire = (profile: TaskProfile): number => WireTaskProfile[profile];
export const hintFromWire = (value: number): ResourceHint | undefined => hintByWire.get(value);
export const hintToWire = (hint: ResourceHint): number => WireResourceHint[hint];
export const outcomeToWire = (outcome: PlacementOutcome): number => WirePlacementOutcome[outcome];

/** The fields of a decoded TaskSubmit the core reads (protobufjs's camelCase names). */
export interface TaskSubmitFields {
  scope?: { gameId?: string | null; roomId?: string | null; taskId?: string | null } | null;
  profile?: number | null;
  hints?: readonly number[] | null;
  cpuMillis?: number | null;
  memoryMib?: number | null;
  vramMib?: number | null;
  originNode?: string | null;
  deadlineMs?: number | null;
  kind?: string | null;
}

export const WireReason = {
  UnknownProfile: 'unknown-profile',
  UnknownHint: 'unknown-hint',
  MissingScope: 'missing-scope',
  MissingOrigin: 'missing-origin',
} as const;
export type WireReason = (typeof WireReason)[keyof typeof WireReason];

export type TaskSpecResult = { ok: true; task: TaskSpec } | { ok: false; reason: WireReason | TaskReason };

/** A decoded TaskSubmit → TaskSpec, or the reason it cannot be one. Scope tokens are validated by libs/bus, not here. */
export function taskSpecFromSubmit(submit: TaskSubmitFields): TaskSpecResult {
  const scope = submit.scope;
  if (!scope?.gameId || !scope.roomId || !scope.taskId) return { ok: false, reason: WireReason.MissingScope };
  const profile = profileFromWire(submit.profile ?? 0);
  if (!profile) return { ok: false, reason: WireReason.UnknownProfile };
  const hints: ResourceHint[] = [];
  for (const value of submit.hints ?? []) {
    const hint = hintFromWire(value);
    if (!hint) return { ok: false, reason: WireReason.UnknownHint };
    if (!hints.includes(hint)) hints.push(hint);
  }
  if (!submit.originNode) return { ok: false, reason: WireReason.MissingOrigin };
  const sizes = [submit.cpuMillis ?? 0, submit.memoryMib ?? 0, submit.vramMib ?? 0, submit.deadlineMs ?? 0];
  if (sizes.some((n) => !Number.isFinite(n) || n < 0)) return { ok: false, reason: TaskReason.InvalidResourceRequest };
  return {
    ok: true,
    task: {
      scope: { gameId: scope.gameId, roomId: scope.roomId, taskId: scope.taskId },
      profile,
      hints,
      cpuMillis: sizes[0],
      memoryMib: sizes[1],
      vramMib: sizes[2],
      originNode: submit.originNode,
      deadlineMs: sizes[3],
      kind: submit.kind ?? undefined,
    },
  };
}

/** PlacementReceipt fields (protobufjs's names) for a decision; pass it through boundReceipt first. */
export interface PlacementReceiptFields {
  outcome: number;
  profile: number;
  chosenNode: string;
  /** -1 when no GPU was reserved, as in TaskDispatch. */
  gpuIndex: number;
  rule: string;
  rejectReason: string;
  candidates: {
    nodeId: string;
    feasible: boolean;
    rejectedBy: string;
    reason: string;
    scores: { plugin: string; raw: number; normalized: number; weight: number }[];
    finalScore: number;
  }[];
  candidatesOmitted: number;
}

/** Non-finite raws (loopback bandwidth is +Infinity) are clamped so the receipt stays plain JSON. */
function finiteOrClamped(value: number): number {
  if (Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return 0;
  return value > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

export function toReceiptFields(decision: PlacementDecision): PlacementReceiptFields {
  return {
    outcome: outcomeToWire(decision.outcome),
    profile: profileToWire(decision.profile),
    chosenNode: decision.chosen ?? '',
    gpuIndex: decision.gpuIndex ?? -1,
    rule: decision.rule,
    rejectReason: decision.rejectReason ?? '',
    candidates: decision.candidates.map((c) => ({
      nodeId: c.nodeId,
      feasible: c.feasible,
      rejectedBy: c.rejectedBy ?? '',
      reason: c.reason ?? '',
      scores: c.scores.map((s) => ({ plugin: s.plugin, raw: finiteOrClamped(s.raw), normalized: s.normalized, weight: s.weight })),
      finalScore: c.final,
    })),
    candidatesOmitted: decision.candidatesOmitted,
  };
}
