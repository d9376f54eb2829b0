import { writeFileSync } from 'node:fs';
import { suites } from './suites';
import { renderMarkdown } from './format';

// `npm run bench [-- --quick] [-- --only name] [-- --out file.md] [-- --knobs] [-- --processes]`
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const knobs = args.includes('--knobs');
  const processes = args.includes('--processes');
  const only = valueAfter(args, '--only');
  const out = valueAfter(args, '--out');
  const sections: string[] = [];
  for (const suite of suites.filter((s) => !only || s.name === only)) {
    const started = Date.now();
    process.stderr.write(`[bench] ${suite.name}: starting${quick ? ' (quick)' : ''}\n`);
    const tables = await suite.run({ quick, knobs, processes, progress: (m) => process.stderr.write(`[bench] ${suite.name}: ${m}\n`) });
    for (const table of tables) {
      const text = renderMarkdown(table);
      sections.push(text);
      process.stdout.write(`${text}\n\n`);
    }
    process.stderr.write(`[bench] ${suite.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  if (out) writeFileSync(out, `${sections.join('\n\n')}\n`);
}

function valueAfter(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

main().catch((err) => {
  process.stderr.write(`[bench] failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
