import { readFileSync } from 'node:fs';
import { builtInWorld, generateWorld, parseScenario, type Scenario } from '@cellmesh/scenario';

export interface WorldChoice {
  scenarioFile?: string;
  nodes?: number;
  seed?: number;
}

/**
 * The world `cellmesh up` hosts: a scenario file, else the built-in world (3 sites, GPU hubs),
 * else — for more nodes than the built-in world has — a generated world of 3 sites.
 */
export function chooseWorld(choice: WorldChoice): { scenario: Scenario; source: string } {
  if (choice.scenarioFile) {
    const scenario = parseScenario(readFileSync(choice.scenarioFile, 'utf8'));
    return { scenario: choice.nodes ? firstNodes(scenario, choice.nodes) : scenario, source: choice.scenarioFile };
  }
  const builtIn = builtInWorld();
  if (!choice.nodes || choice.nodes <= builtIn.nodes.length) {
    return { scenario: choice.nodes ? firstNodesAcrossSites(builtIn, choice.nodes) : builtIn, source: 'built-in world' };
  }
  const perSite = Math.ceil(choice.nodes / 3);
  return { scenario: firstNodes(generateWorld({ sites: 3, perSite, seed: choice.seed ?? 1 }), choice.nodes), source: `generated world (3 sites × ${perSite})` };
}

/** Picks nodes round-robin over sites so a small fabric still spans several sites. */
function firstNodesAcrossSites(scenario: Scenario, count: number): Scenario {
  const bySite = new Map<string, number[]>();
  scenario.nodes.forEach((n, i) => {
    const site = n.site ?? '';
    bySite.set(site, [...(bySite.get(site) ?? []), i]);
  });
  const queues = [...bySite.values()];
  const picked: number[] = [];
  for (let round = 0; picked.length < count; round++) {
    for (const q of queues) if (round < q.length && picked.length < count) picked.push(q[round]!);
  }
  return subset(scenario, picked.sort((a, b) => a - b));
}

function firstNodes(scenario: Scenario, count: number): Scenario {
  return subset(scenario, Array.from({ length: Math.min(count, scenario.nodes.length) }, (_, i) => i));
}

/** A view of some of a scenario's nodes, with links looked up in the original. */
export function subset(scenario: Scenario, indices: number[]): Scenario {
  const nodes = indices.map((i) => scenario.nodes[i]!);
  const orig = (i: number) => indices[i]!;
  const ids = new Map(nodes.map((n, i) => [n.id, i]));
  return {
    nodes,
    rttMs: (i, j) => scenario.rttMs(orig(i), orig(j)),
    bandwidthMbps: (i, j) => scenario.bandwidthMbps(orig(i), orig(j)),
    jitterMs: (i, j) => scenario.jitterMs(orig(i), orig(j)),
    lossRatio: (i, j) => scenario.lossRatio(orig(i), orig(j)),
    indexOf: (id) => ids.get(id) ?? -1,
    truth: scenario.truth ? { siteOf: indices.map((i) => scenario.truth!.siteOf[i]!) } : undefined,
  };
}
