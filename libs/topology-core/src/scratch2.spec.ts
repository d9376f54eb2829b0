import { iterateToFixedPoint } from './engine';
import { DEFAULT_CA_PARAMS as p } from './params';
import { siteWorld, localWorldOf, prng } from './test-support/worlds';

it('debug', () => {
  const s = 4;
  const rand = prng(s);
  const sizes = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => 1 + Math.floor(rand() * 8));
  const m = siteWorld({ siteSizes: sizes, seed: s, intraRttMs: [0.2, 6], interRttMs: [3, 40] });
  const w = localWorldOf(m, 3, 2, s);
  const n = m.ids.length;
  const from = {
    clusterOf: m.ids.map(() => m.ids[Math.floor(rand() * n)]),
    parentOf: m.ids.map(() => null), relayOf: m.ids.map(() => null), computeHeavy: m.ids.map(() => false), fanoutOf: m.ids.map(() => 16),
  };
  let st = iterateToFixedPoint(w, p, 100, from);
  const lines: string[] = [];
  for (let k = 0; k < 4; k++) { st = iterateToFixedPoint(w, p, 1, st); lines.push(st.clusterOf.join(' ') + ' | ' + st.because.join(',')); }
  lines.push(JSON.stringify(m.ids.map((id, i) => [id, w.neighboursOf(i).map(l => [m.ids[l.j], +l.rttMs.toFixed(2)])])));
  console.log(lines.join('\n'));
});
