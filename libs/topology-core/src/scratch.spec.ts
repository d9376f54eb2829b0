import { iterateToFixedPoint } from './engine';
import { DEFAULT_CA_PARAMS as p } from './params';
import { largeSiteWorld, partition, siteWorld, localWorldOf, prng } from './test-support/worlds';

it('scale', () => {
  for (const [sites, per] of [[10, 10], [10, 100], [10, 1000], [20, 500]]) {
    const { world, siteOf } = largeSiteWorld(sites, per, 16, 4, 42);
    const t0 = performance.now();
    const r = iterateToFixedPoint(world, p, 200);
    const ms = performance.now() - t0;
    const ok = JSON.stringify(partition(r.clusterOf)) === JSON.stringify(partition(siteOf));
    console.log(sites * per, r.rounds, r.converged, ok, Math.round(ms), r.messages / (sites * per * r.rounds), JSON.stringify(r.firedRules), r.messagesByRound.join(' '));
  }
});
it('random init', () => {
  let worst = 0;
  for (let s = 0; s < 300; s++) {
    const rand = prng(s);
    const sizes = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => 1 + Math.floor(rand() * 8));
    const m = siteWorld({ siteSizes: sizes, seed: s, intraRttMs: [0.2, 6], interRttMs: [3, 40] });
    const w = localWorldOf(m, 3, 2, s);
    const n = m.ids.length;
    const from = {
      clusterOf: m.ids.map(() => m.ids[Math.floor(rand() * n)]),
      parentOf: m.ids.map(() => null), relayOf: m.ids.map(() => null), computeHeavy: m.ids.map(() => false), fanoutOf: m.ids.map(() => 16),
    };
    const r = iterateToFixedPoint(w, p, 500, from);
    const r2 = iterateToFixedPoint(w, p, 500);
    if (!r.converged || !r2.converged) console.log('NOT', s, r.rounds, r2.rounds);
    worst = Math.max(worst, r.rounds, r2.rounds);
  }
  console.log('worst', worst);
});
