import type { BenchTable, Cell } from './types';

/** Renders a table as GitHub markdown so the same text goes to the terminal and docs/benchmarks.md. */
export function renderMarkdown(table: BenchTable): string {
  const fmt = (c: Cell) => (typeof c === 'number' ? formatNumber(c) : c);
  const lines = [`### ${table.title}`, '', `| ${table.columns.join(' | ')} |`, `|${table.columns.map(() => '---').join('|')}|`];
  for (const row of table.rows) lines.push(`| ${row.map(fmt).join(' | ')} |`);
  if (table.notes?.length) lines.push('', ...table.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  return abs >= 100 ? n.toFixed(0) : abs >= 1 ? n.toFixed(2) : n.toFixed(3);
}
