import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCredentials, reuseExisting, writeCredentials, DefaultHubDomain } from './generate-auth';
import type { Inventory } from './permissions';

describe('generate-auth output', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cellmesh-gen-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const one: Inventory = { sites: [{ site: 'eu', nodes: [{ nodeId: 'e1' }] }], admins: ['ops'] };
  const grown: Inventory = { sites: [{ site: 'eu', nodes: [{ nodeId: 'e1' }, { nodeId: 'e2' }] }, { site: 'us', nodes: [{ nodeId: 'u1' }] }], admins: ['ops'] };

  it('writes seeds readable only by their owner, and keeps existing keys when nodes and sites are added', async () => {
    const first = generateCredentials(one);
    await writeCredentials(one, first, dir);
    const seedFile = join(dir, 'sites', 'eu', 'nodes', 'e1', 'cpu-worker.nk');
    expect((await stat(seedFile)).mode & 0o777).toBe(0o600);
    expect((await readFile(seedFile, 'utf8')).trim()).toBe(first.seeds.get('cpu-worker@e1'));

    const existing = reuseExisting(dir);
    const second = generateCredentials(grown, existing.keyPairFor, DefaultHubDomain, existing.leafPasswords);
    expect(second.publicKeys.get('cpu-worker@e1')).toBe(first.publicKeys.get('cpu-worker@e1'));
    expect(second.publicKeys.get('admin@ops')).toBe(first.publicKeys.get('admin@ops'));
    expect(second.leafLinks.get('eu')).toEqual(first.leafLinks.get('eu'));
    expect(second.publicKeys.get('cpu-worker@e2')).toMatch(/^U[A-Z2-7]{55}$/);
    expect(second.leafLinks.get('us')?.password).not.toBe(first.leafLinks.get('eu')?.password);
    // The server side carries public keys only.
    expect(second.siteAuth.get('eu')).not.toContain(second.seeds.get('cpu-worker@e1'));
  });
});
