import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The `version` of the nearest package.json at or above `fromDir` (a main passes its `__dirname`),
 * so `service.version` on spans and in logs is the released version, never a hard-coded string.
 * '0.0.0' when none is found (a bundled script with no package.json beside it).
 */
export function packageVersion(fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown };
      if (typeof pkg.version === 'string') return pkg.version;
    } catch {
      // No (readable) package.json here: keep walking up.
    }
    if (dirname(dir) === dir) return '0.0.0';
  }
}
