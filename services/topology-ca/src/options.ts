/**
 * Options of startTopologyCa: TopologyCaOptions (optional, documented defaults) → compileOptions()
 * → CompiledOptions (validated, units in names). Pure.
 */
import {
  DEFAULT_NEIGHBOUR_SELECTION,
  compileCaParams,
  type CaParams,
  type NeighbourSelection,
  type NodeAttributes,
} from '@cellmesh/topology-core';
import type { Scenario } from '@cellmesh/scenario';
import type { PeerLinkInput } from './core';

/** What the service reports when its node changes cluster: where it went and the rule that fired. */
export interface MembershipEvent {
  readonly nodeId: string;
  readonly clusterId: string;
  readonly previousClusterId: string;
  readonly clusterHops: number;
  /** topology-core MembershipReason, e.g. `joined-smaller-cluster-id`. */
  readonly because: string;
  readonly round: number;
  readonly atMs: number;
  /** True when the links that decided it were emulated. */
  readonly emulated: boolean;
}

export interface TopologyCaOptions {
  /** One CA round per period: read links, apply `step`, announce, write KV on change. Default 1 s. */
  roundIntervalMs?: number;
  /** A peer silent for this many rounds is dropped from neighbours and members. Default 3. */
  livenessRounds?: number;
  /** Overrides onto topology-core's DEFAULT_CA_PARAMS (the simulator uses the same compileCaParams). */
  caParams?: Partial<CaParams>;
  /** Neighbour-set sizes (topology-core chooseNeighbours). Default closest 16, far 4. */
  neighbours?: Partial<NeighbourSelection>;
  /** How often the metrics-collector's peer table (KV) is re-read. Default 2 s. */
  peersRefreshMs?: number;
  /** Read the peer table from KV at all (off when a test injects every link). Default true. */
  readPeerTable?: boolean;
  /** An origin re-reads its cluster key this often (in rounds) and repairs it if it differs. Default 10. */
  clusterStateCheckRounds?: number;
  /** Site label in announcements. Default: the scenario node's site, else "". */
  site?: string;
  /** The node's own attributes until metrics.node events say otherwise. */
  attributes?: Partial<NodeAttributes>;
  /** Links injected from outside (tests, emulated fabrics); they win over the peer table. */
  links?: readonly PeerLinkInput[];
  /** Virtual node: every link to the scenario's other nodes is EMULATED from the scenario. */
  emulation?: { scenario: Scenario };
  onMembershipChange?: (event: MembershipEvent) => void;
}

export interface CompiledOptions {
  readonly roundIntervalMs: number;
  readonly livenessRounds: number;
  readonly livenessMs: number;
  readonly caParams: CaParams;
  readonly neighbours: NeighbourSelection;
  readonly peersRefreshMs: number;
  readonly readPeerTable: boolean;
  readonly clusterStateCheckRounds: number;
  readonly site: string;
  readonly attributes: NodeAttributes;
  readonly links: readonly PeerLinkInput[];
  readonly onMembershipChange?: (event: MembershipEvent) => void;
}

export const DEFAULTS = Object.freeze({
  roundIntervalMs: 1_000,
  livenessRounds: 3,
  peersRefreshMs: 2_000,
  readPeerTable: true,
  clusterStateCheckRounds: 10,
  attributes: Object.freeze({ cpuCores: 1, gpus: 0, vramMb: 0, uplinkMbps: 1000, relayLoadMbps: 0 }),
});

export class InvalidTopologyCaOptionsError extends Error {
  override readonly name = 'InvalidTopologyCaOptionsError';
  readonly retryable = false;
  constructor(
    readonly fields: readonly string[],
    detail: string,
  ) {
    super(`invalid topology-ca options [${fields.join(', ')}]: ${detail}`);
  }
}

export function compileOptions(nodeId: string, options: TopologyCaOptions = {}): CompiledOptions {
  const roundIntervalMs = options.roundIntervalMs ?? DEFAULTS.roundIntervalMs;
  const livenessRounds = options.livenessRounds ?? DEFAULTS.livenessRounds;
  const peersRefreshMs = options.peersRefreshMs ?? DEFAULTS.peersRefreshMs;
  const clusterStateCheckRounds = options.clusterStateCheckRounds ?? DEFAULTS.clusterStateCheckRounds;
  const bad: string[] = [];
  if (!(Number.isFinite(roundIntervalMs) && roundIntervalMs >= 10)) bad.push('roundIntervalMs');
  // Fewer than 2 rounds would drop a peer whose announcement is merely late by a timer tick.
  if (!(Number.isInteger(livenessRounds) && livenessRounds >= 2)) bad.push('livenessRounds');
  if (!(Number.isFinite(peersRefreshMs) && peersRefreshMs >= 10)) bad.push('peersRefreshMs');
  if (!(Number.isInteger(clusterStateCheckRounds) && clusterStateCheckRounds >= 1)) bad.push('clusterStateCheckRounds');
  const neighbours = { ...DEFAULT_NEIGHBOUR_SELECTION, ...options.neighbours };
  if (!(Number.isInteger(neighbours.closest) && neighbours.closest >= 1)) bad.push('neighbours.closest');
  if (!(Number.isInteger(neighbours.far) && neighbours.far >= 0)) bad.push('neighbours.far');
  const attributes: NodeAttributes = { ...DEFAULTS.attributes, ...emulatedAttributes(nodeId, options.emulation?.scenario), ...options.attributes };
  for (const [key, value] of Object.entries(attributes)) if (!(Number.isFinite(value) && value >= 0)) bad.push(`attributes.${key}`);
  if (bad.length > 0) throw new InvalidTopologyCaOptionsError(bad, 'must be finite numbers in range');
  const scenarioSite = scenarioNode(nodeId, options.emulation?.scenario)?.site;
  return Object.freeze({
    roundIntervalMs,
    livenessRounds,
    livenessMs: livenessRounds * roundIntervalMs,
    caParams: compileCaParams(options.caParams ?? {}),
    neighbours,
    peersRefreshMs,
    readPeerTable: options.readPeerTable ?? DEFAULTS.readPeerTable,
    clusterStateCheckRounds,
    site: options.site ?? scenarioSite ?? '',
    attributes,
    links: [...emulatedLinks(nodeId, options.emulation?.scenario), ...(options.links ?? [])],
    ...(options.onMembershipChange ? { onMembershipChange: options.onMembershipChange } : {}),
  });
}

function scenarioNode(nodeId: string, scenario: Scenario | undefined) {
  if (!scenario) return undefined;
  const i = scenario.indexOf(nodeId);
  if (i < 0) throw new InvalidTopologyCaOptionsError(['emulation.scenario'], `node ${JSON.stringify(nodeId)} is not in the scenario`);
  return scenario.nodes[i];
}

function emulatedAttributes(nodeId: string, scenario: Scenario | undefined): Partial<NodeAttributes> {
  const node = scenarioNode(nodeId, scenario);
  if (!node) return {};
  return { cpuCores: node.cpuCores, gpus: node.gpus, vramMb: node.vramMb, ...(node.uplinkMbps === undefined ? {} : { uplinkMbps: node.uplinkMbps }) };
}

/** Links from the scenario, one per other node, labelled emulated. O(n) per node; chooseNeighbours bounds what is used. */
function emulatedLinks(nodeId: string, scenario: Scenario | undefined): PeerLinkInput[] {
  if (!scenario) return [];
  const i = scenario.indexOf(nodeId);
  const links: PeerLinkInput[] = [];
  scenario.nodes.forEach((peer, j) => {
    if (j === i) return;
    const bandwidth = scenario.bandwidthMbps(i, j);
    links.push({ peerId: peer.id, rttMs: scenario.rttMs(i, j), bandwidthMbps: Number.isFinite(bandwidth) ? bandwidth : Number.NaN, measured: true, emulated: true });
  });
  return links;
}
