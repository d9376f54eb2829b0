import fc from 'fast-check';
import { adjustedRandIndex } from './adjusted-rand-index';
import { ScenarioError } from './errors';
import { SITE_CATALOGUE, generateWorld, parseGenerateSpec } from './generate';
import { Scenario } from './types';
import { wanRttMs } from './world';

const siteOf = (s: Scenario, i: number) => s.truth!.siteOf[i];

/** Baseline clustering: connected components of links under `thresholdMs`. */
function componentsBelow(s: Scenario, thresholdMs: number): string[] {
  const n = s.nodes.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (s.rttMs(i, j) < thresholdMs) parent[find(i)] = find(j);
  return parent.map((_, i) => String(find(i)));
}

describe('generateWorld', () => {
  const world = generateWorld({ sites: 5, perSite: 12, seed: 7 });
  const n = world.nodes.length;

  it('places perSite nodes in each of the requested sites and records them as truth', () => {
    expect(n).toBe(60);
    const counts = new Map<string, number>();
    world.truth!.siteOf.forEach((site) => counts.set(site, (counts.get(site) ?? 0) + 1));
    expect([...counts.values()]).toEqual([12, 12, 12, 12, 12]);
    world.nodes.forEach((node, i) => {
      expect(node.site).toBe(siteOf(world, i));
      expect(world.indexOf(node.id)).toBe(i);
    });
    expect(new Set(world.nodes.map((node) => node.id)).size).toBe(n);
  });

  it('keeps links inside a site at 0.2–1.5 ms and across sites at tens to hundreds of ms', () => {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const rtt = world.rttMs(i, j);
        if (i === j) expect(rtt).toBe(0);
        else if (siteOf(world, i) === siteOf(world, j)) {
          expect(rtt).toBeGreaterThanOrEqual(0.2);
          expect(rtt).toBeLessThanOrEqual(1.5);
        } else {
          expect(rtt).toBeGreaterThanOrEqual(10);
          expect(rtt).toBeLessThan(400);
        }
      }
    }
  });

  it('gives LAN links more bandwidth than any WAN link, and loss only across the WAN', () => {
    let slowestLan = Number.POSITIVE_INFINITY;
    let fastestWan = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (siteOf(world, i) === siteOf(world, j)) {
          slowestLan = Math.min(slowestLan, world.bandwidthMbps(i, j));
          expect(world.lossRatio(i, j)).toBe(0);
        } else {
          fastestWan = Math.max(fastestWan, world.bandwidthMbps(i, j));
          expect(world.lossRatio(i, j)).toBeLessThan(0.01);
        }
      }
    }
    expect(slowestLan).toBeGreaterThanOrEqual(1000);
    expect(fastestWan).toBeLessThan(slowestLan);
  });

  it('is symmetric in every link property', () => {
    fc.assert(
      fc.property(fc.nat(n - 1), fc.nat(n - 1), (i, j) => {
        for (const link of [world.rttMs, world.bandwidthMbps, world.jitterMs, world.lossRatio]) expect(link(i, j)).toBe(link(j, i));
      }),
    );
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateWorld({ sites: 5, perSite: 12, seed: 7 });
    const other = generateWorld({ sites: 5, perSite: 12, seed: 8 });
    expect(again.nodes).toEqual(world.nodes);
    const sample = (s: Scenario) => [s.rttMs(0, 1), s.rttMs(3, 40), s.bandwidthMbps(5, 50), s.jitterMs(2, 30)];
    expect(sample(again)).toEqual(sample(world));
    expect(sample(other)).not.toEqual(sample(world));
  });

  it('gives GPUs to about gpuShare of the nodes, with a model and memory', () => {
    const big = generateWorld({ sites: 4, perSite: 100, seed: 3, gpuShare: 0.25 });
    const gpuNodes = big.nodes.filter((node) => node.gpus > 0);
    expect(gpuNodes.length).toBeGreaterThan(60);
    expect(gpuNodes.length).toBeLessThan(140);
    gpuNodes.forEach((node) => {
      expect(node.vramMb).toBeGreaterThan(0);
      expect(node.gpuModel).toBeDefined();
    });
    expect(generateWorld({ sites: 2, perSite: 20, seed: 3, gpuShare: 0 }).nodes.every((node) => node.gpus === 0 && node.vramMb === 0)).toBe(true);
  });

  it('places sites beyond the catalogue far apart', () => {
    const many = generateWorld({ sites: SITE_CATALOGUE.length + 8, perSite: 1, seed: 5 });
    expect(new Set(many.truth!.siteOf).size).toBe(SITE_CATALOGUE.length + 8);
    let closest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < many.nodes.length; i++) for (let j = i + 1; j < many.nodes.length; j++) closest = Math.min(closest, many.rttMs(i, j));
    expect(closest).toBeGreaterThan(wanRttMs(800) * 0.95);
  });

  it('builds 10,000 nodes without materialising a matrix', () => {
    const large = generateWorld({ sites: 10, perSite: 1000, seed: 1 });
    expect(large.nodes).toHaveLength(10_000);
    expect(large.rttMs(0, 9_999)).toBe(large.rttMs(9_999, 0));
    expect(large.indexOf(large.nodes[9_999].id)).toBe(9_999);
  });

  it('separates sites so that a 10 ms connected-components baseline recovers them exactly', () => {
    expect(adjustedRandIndex(componentsBelow(world, 10), world.truth!.siteOf as string[])).toBe(1);
  });

  it('rejects impossible specs', () => {
    expect(() => generateWorld({ sites: 0, perSite: 1, seed: 1 })).toThrow('sites: expected an integer in [1, 64], got 0');
    expect(() => generateWorld({ sites: 2, perSite: 1.5, seed: 1 })).toThrow('perSite');
    expect(() => generateWorld({ sites: 2, perSite: 1, seed: 1, gpuShare: 2 })).toThrow('gpuShare');
  });
});

describe('parseGenerateSpec', () => {
  it('parses the --generate argument', () => {
    expect(parseGenerateSpec('sites=4,perSite=25,seed=9')).toEqual({ sites: 4, perSite: 25, seed: 9 });
    expect(parseGenerateSpec(' sites = 2 , perSite=3 , gpuShare=0.5 ')).toEqual({ sites: 2, perSite: 3, seed: 1, gpuShare: 0.5 });
  });

  it.each([
    ['sites=4,seed=1', 'generate.perSite: missing'],
    ['sites=x,perSite=2', 'generate.sites: expected an integer, got "x"'],
    ['sites=2,perSite=2.5', 'generate.perSite: expected an integer, got "2.5"'],
    ['sites=2,perSite=2,colour=red', 'generate: unknown key "colour"'],
    ['sites=2,sites=3,perSite=1', 'generate.sites: given twice'],
    ['sites 2', 'generate: expected key=value, got "sites 2"'],
    ['sites=100,perSite=1', 'generate.sites: expected an integer in [1, 64], got 100'],
    ['sites=2,perSite=0', 'generate.perSite: expected a positive integer, got 0'],
  ])('rejects %j', (text, message) => {
    expect(() => parseGenerateSpec(text)).toThrow(ScenarioError);
    expect(() => parseGenerateSpec(text)).toThrow(message);
  });
});
