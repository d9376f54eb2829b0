import type { Scenario } from '@cellmesh/scenario';

/**
 * How `cellmesh up --topology cells` lays a scenario out: one cell per site (its own nats-server and
 * JetStream domain), a hub at the most central site, and an EMULATED WAN relay between each cell's
 * server and the hub whose one-way delay is half the scenario's RTT between the two sites.
 */
export interface CellPlan {
  hubSite: string;
  cells: Array<{ id: string; nodes: string[]; wanOneWayDelayMs: number }>;
}

/** A cell id is a JetStream domain and a subject token: the site name, cleaned to [A-Za-z0-9_-]. */
export function cellIdOf(site: string | undefined): string {
  const cleaned = (site ?? '').replace(/[^A-Za-z0-9_-]/g, '_');
  return cleaned || 'default';
}

/** Median RTT between every node of site a and every node of site b (the site-to-site link). */
function siteRttMs(scenario: Scenario, a: number[], b: number[]): number {
  const rtts: number[] = [];
  for (const i of a) for (const j of b) if (i !== j) rtts.push(scenario.rttMs(i, j));
  if (rtts.length === 0) return 0;
  rtts.sort((x, y) => x - y);
  return rtts[Math.floor(rtts.length / 2)]!;
}

export function planCells(scenario: Scenario, wanScale: number): CellPlan {
  if (!Number.isFinite(wanScale) || wanScale < 0) throw new RangeError(`--wan-scale ${wanScale}: expected a number ≥ 0`);
  const bySite = new Map<string, number[]>();
  scenario.nodes.forEach((n, i) => {
    const id = cellIdOf(n.site);
    bySite.set(id, [...(bySite.get(id) ?? []), i]);
  });
  const sites = [...bySite.keys()].sort();
  // The hub sits where the sum of RTTs to the other sites is least (ties: the first site by name).
  let hubSite = sites[0]!;
  let best = Infinity;
  for (const s of sites) {
    const sum = sites.reduce((acc, t) => acc + (s === t ? 0 : siteRttMs(scenario, bySite.get(s)!, bySite.get(t)!)), 0);
    if (sum < best) {
      best = sum;
      hubSite = s;
    }
  }
  return {
    hubSite,
    cells: sites.map((id) => ({
      id,
      nodes: bySite.get(id)!.map((i) => scenario.nodes[i]!.id),
      wanOneWayDelayMs: id === hubSite ? 0 : (siteRttMs(scenario, bySite.get(id)!, bySite.get(hubSite)!) / 2) * wanScale,
    })),
  };
}

/**
 * The scenario the probe responders emulate once the relays are real: a cross-cell probe already
 * pays both cells' relay delays there and back, so the responder adds only what the scenario has
 * beyond them (measured RTT = max(scenario RTT, the real detour through the hub)).
 */
export function emulationBesideRelays(scenario: Scenario, plan: CellPlan): Scenario {
  const delayOfNode = new Map<string, number>();
  const cellOfNode = new Map<string, string>();
  for (const cell of plan.cells) for (const n of cell.nodes) {
    delayOfNode.set(n, cell.wanOneWayDelayMs);
    cellOfNode.set(n, cell.id);
  }
  return {
    ...scenario,
    rttMs: (i, j) => {
      const a = scenario.nodes[i]!.id;
      const b = scenario.nodes[j]!.id;
      const full = scenario.rttMs(i, j);
      if (cellOfNode.get(a) === cellOfNode.get(b)) return full;
      return Math.max(0, full - 2 * ((delayOfNode.get(a) ?? 0) + (delayOfNode.get(b) ?? 0)));
    },
  };
}
