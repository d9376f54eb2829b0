import { renderLatencyChart } from './chart';
import { percentile } from './measure';

describe('renderLatencyChart', () => {
  const svg = renderLatencyChart({
    title: 'a <b> & c',
    xLabel: 'rate',
    yLabel: 'ms',
    series: [
      { label: 'floor p99', color: '#123456', points: [{ x: 10, y: 0.5 }, { x: 1000, y: 3 }] },
      { label: 'cellmesh p99', color: '#654321', dashed: true, points: [{ x: 10, y: 20 }, { x: 100, y: 400 }, { x: 200, y: NaN }] },
    ],
    bound: { y: 250, label: 'bound' },
  });

  it('is one svg document with a polyline and a legend entry per series', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('>floor p99</text>');
    expect(svg).toContain('>cellmesh p99</text>');
  });

  it('escapes text and leaves out points that cannot sit on a log scale', () => {
    expect(svg).toContain('a &lt;b&gt; &amp; c');
    expect(svg).not.toContain('NaN');
    // 2 + 2 plotted points (the NaN one is dropped).
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });
});

describe('percentile', () => {
  it('is the nearest-rank percentile, NaN for no values', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });
});
