import fc from 'fast-check';
import { iterateToFixedPoint, type TopologyState } from './engine';
import { DEFAULT_CA_PARAMS as p } from './params';
import type { NodeAttributes } from './types';
import { byId, jitterLinks, localWorldOf, pairFactors, partition, permuteWorld, prng, siteWorld } from './test-support/worlds';

/** Random node attributes: some GPU-rich, some with a saturated uplink. */
function randomAttributes(_: number, random: () => number): NodeAttributes {
  return {
    cpuCores: 1 + Math.floor(random() * 32),
    gpus: Math.floor(random() * 3),
    vramMb: [0, 8192, 24576][Math.floor(random() * 3)],
    uplinkMbps: 100 + random() * 900,
    relayLoadMbps: random() * 1200,
  };
}

const worldShape = fc.record({
  siteSizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
  seed: fc.integer(),
  closest: fc.integer({ min: 2, max: 8 }),
  far: fc.integer({ min: 0, max: 3 }),
});

describe('iterateToFixedPoint properties', () => {
  it('(a) reaches a fixed point within the round limit, even on worlds with ambiguous RTTs', () => {
    fc.assert(
      fc.property(worldShape, ({ siteSizes, seed, closest, far }) => {
        // Overlapping LAN and WAN ranges: the rules must still settle, whatever they decide.
        const m = siteWorld({ siteSizes, seed, intraRttMs: [0.2, 8], interRttMs: [2, 60], attributes: randomAttributes });
        const r = iterateToFixedPoint(localWorldOf(m, closest, far, seed), p, 60);
        expect(r.converged).toBe(true);
      }),
    );
  });

  it('(a) also from any starting state (stale cluster ids, wrong hop counts)', () => {
    fc.assert(
      fc.property(worldShape, fc.integer(), ({ siteSizes, seed, closest, far }, stateSeed) => {
        const m = siteWorld({ siteSizes, seed, intraRttMs: [0.2, 8], interRttMs: [2, 60], attributes: randomAttributes });
        const random = prng(stateSeed);
        const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
        const from: TopologyState = {
          clusterOf: m.ids.map(() => pick(m.ids)),
          clusterHopsOf: m.ids.map(() => Math.floor(random() * 20)),
          parentOf: m.ids.map(() => pick([null, ...m.ids])),
          relayOf: m.ids.map(() => pick([null, ...m.ids])),
          computeHeavy: m.ids.map(() => random() < 0.5),
          fanoutOf: m.ids.map(() => 1 + Math.floor(random() * 20)),
        };
        const world = localWorldOf(m, closest, far, seed);
        expect(iterateToFixedPoint(world, p, 120, from).converged).toBe(true);
        // Without core probes (as in the topology-ca service today) unmeasured origins abstain: still a fixed point.
        const { measure: _probes, ...neighboursOnly } = world;
        expect(iterateToFixedPoint(neighboursOnly, p, 120, from).converged).toBe(true);
      }),
    );
  });

  it('(b) ±20% RTT jitter after convergence changes no membership; clusters are the sites', () => {
    fc.assert(
      fc.property(worldShape, fc.integer(), ({ siteSizes, seed, closest, far }, jitterSeed) => {
        // LAN links up to 2.2 ms (right under the join band at T = 3 ms), WAN from 10 ms.
        const m = siteWorld({ siteSizes, seed, intraRttMs: [0.2, 2.2], interRttMs: [10, 300], attributes: randomAttributes });
        const world = localWorldOf(m, Math.max(closest, 5), far, seed);
        const settled = iterateToFixedPoint(world, p, 60);
        expect(settled.converged).toBe(true);
        expect(partition(settled.clusterOf)).toEqual(partition(m.siteOf));
        const jittered = iterateToFixedPoint(jitterLinks(world, pairFactors(jitterSeed, 0.8, 1.2)), p, 60, settled);
        expect(jittered.converged).toBe(true);
        expect(jittered.clusterOf).toEqual(settled.clusterOf);
      }),
    );
  });

  it('(c) the result does not depend on the order of the nodes', () => {
    fc.assert(
      fc.property(worldShape, fc.integer(), ({ siteSizes, seed, closest, far }, orderSeed) => {
        const m = siteWorld({ siteSizes, seed, intraRttMs: [0.2, 8], interRttMs: [2, 60], attributes: randomAttributes });
        const random = prng(orderSeed);
        const order = m.ids.map((_, i) => i).sort(() => random() - 0.5);
        const shuffled = permuteWorld(m, order);
        const a = iterateToFixedPoint(localWorldOf(m, closest, far, seed), p, 60);
        const b = iterateToFixedPoint(localWorldOf(shuffled, closest, far, seed), p, 60);
        expect(byId(shuffled.ids, b)).toEqual(byId(m.ids, a));
        expect([b.rounds, b.messages, b.firedRules]).toEqual([a.rounds, a.messages, a.firedRules]);
      }),
    );
  });

  it('(d) bounded diameter: where the triangle inequality holds, no two members are more than 2R·(1+h) apart', () => {
    const maxDiameterMs = 2 * p.maxCoreRadiusMs * (1 + p.hysteresis);
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 60 }),
        fc.integer(),
        fc.double({ min: 20, max: 400, noNaN: true }),
        fc.integer({ min: 3, max: 8 }),
        (n, seed, spanMs, closest) => {
          // Hosts on a plane (RTT = distance, so the triangle inequality holds), often dense enough to chain:
          // a 400 ms span holds chains of 2–6 ms links that label propagation alone would join end to end.
          const random = prng(seed);
          const points = Array.from({ length: n }, () => [random() * spanMs, random() * spanMs * 0.1]);
          const ids = points.map((_, i) => `h${String(i).padStart(3, '0')}`);
          const rttMs = points.map((a) => points.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1]) + 0.1));
          const m = { ids, nodes: ids.map(() => randomAttributes(0, random)), siteOf: ids.map(() => 0), rttMs, bandwidthMbps: rttMs.map((row) => row.map(() => 1000)) };
          const r = iterateToFixedPoint(localWorldOf(m, closest, 2, seed), p, 120);
          expect(r.converged).toBe(true);
          for (let i = 0; i < n; i++) {
            for (let j = i + 1; j < n; j++) if (r.clusterOf[i] === r.clusterOf[j]) expect(rttMs[i][j]).toBeLessThanOrEqual(maxDiameterMs);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
