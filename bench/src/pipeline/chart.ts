/**
 * A dependency-free SVG line chart: latency (log scale) against offered rate (log scale), one line
 * per series, a dashed horizontal line for the latency bound. Pure: returns the SVG text.
 */
export interface ChartSeries {
  label: string;
  color: string;
  dashed?: boolean;
  points: { x: number; y: number }[];
}

export interface ChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: ChartSeries[];
  /** A horizontal reference line (e.g. the p99 bound of the knee). */
  bound?: { y: number; label: string };
}

const W = 760;
const H = 420;
const M = { left: 70, right: 200, top: 40, bottom: 50 };

function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= min * 0.999 && v <= max * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

function label(v: number): string {
  return v >= 1000 ? `${v / 1000}k` : v >= 1 ? String(v) : v.toPrecision(1);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderLatencyChart(spec: ChartSpec): string {
  const points = spec.series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.y));
  const ys = [...points.map((p) => p.y), ...(spec.bound ? [spec.bound.y] : [])];
  const xMin = 10 ** Math.floor(Math.log10(Math.min(...points.map((p) => p.x))));
  const xMax = 10 ** Math.ceil(Math.log10(Math.max(...points.map((p) => p.x))));
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...ys)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...ys)));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const sx = (x: number) => M.left + ((Math.log10(x) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * plotW;
  const sy = (y: number) => M.top + plotH - ((Math.log10(y) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${M.left}" y="22" font-size="15" font-weight="bold">${escapeXml(spec.title)}</text>`,
  ];
  for (const t of logTicks(xMin, xMax)) {
    out.push(`<line x1="${sx(t).toFixed(1)}" y1="${M.top}" x2="${sx(t).toFixed(1)}" y2="${M.top + plotH}" stroke="#eee"/>`);
    out.push(`<text x="${sx(t).toFixed(1)}" y="${M.top + plotH + 16}" text-anchor="middle">${label(t)}</text>`);
  }
  for (const t of logTicks(yMin, yMax)) {
    out.push(`<line x1="${M.left}" y1="${sy(t).toFixed(1)}" x2="${M.left + plotW}" y2="${sy(t).toFixed(1)}" stroke="#eee"/>`);
    out.push(`<text x="${M.left - 6}" y="${(sy(t) + 4).toFixed(1)}" text-anchor="end">${label(t)}</text>`);
  }
  out.push(`<rect x="${M.left}" y="${M.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);
  out.push(`<text x="${M.left + plotW / 2}" y="${H - 12}" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`);
  out.push(`<text transform="translate(18 ${M.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(spec.yLabel)}</text>`);
  if (spec.bound) {
    const y = sy(spec.bound.y).toFixed(1);
    out.push(`<line x1="${M.left}" y1="${y}" x2="${M.left + plotW}" y2="${y}" stroke="#c00" stroke-dasharray="2 4"/>`);
    out.push(`<text x="${M.left + 4}" y="${(Number(y) - 4).toFixed(1)}" fill="#c00">${escapeXml(spec.bound.label)}</text>`);
  }
  spec.series.forEach((s, i) => {
    const pts = s.points.filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.y));
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    if (pts.length > 0) {
      out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${dash} points="${pts.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}"/>`);
      for (const p of pts) out.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    }
    const ly = M.top + 10 + i * 20;
    out.push(`<line x1="${M.left + plotW + 12}" y1="${ly}" x2="${M.left + plotW + 36}" y2="${ly}" stroke="${s.color}" stroke-width="2"${dash}/>`);
    out.push(`<text x="${M.left + plotW + 42}" y="${ly + 4}">${escapeXml(s.label)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
