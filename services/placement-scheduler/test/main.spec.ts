import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServiceMain } from '@cellmesh/testing';

const MAIN = join(__dirname, '..', 'src', 'main.ts');

describe('placement-scheduler main.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scheduler-main-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to start with a weights file that names an unknown scorer, naming the variable and the problem (exit 78)', async () => {
    const file = join(dir, 'weights.json');
    writeFileSync(file, JSON.stringify({ batch: { rtt: 1 } }));
    // The file is validated before any connection is tried: no NATS server is needed here.
    const run = spawnServiceMain(MAIN, { CELLMESH_NODE_ID: 'main-test', NATS_URL: 'nats://127.0.0.1:1', SCHEDULER_WEIGHTS_FILE: file });
    expect(await run.exited).toBe(78);
    expect(run.stderr()).toContain(`placement-scheduler: config error: SCHEDULER_WEIGHTS_FILE=${JSON.stringify(file)}: invalid weights:`);
    expect(run.stderr()).toContain('batch.rtt: not a scorer');
  }, 30_000);
});
