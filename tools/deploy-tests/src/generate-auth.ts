/**
 * Generates the NATS users of a deployment: one nkey pair per user, the server-side
 * `authorization` block per site (public keys only) and the seed files each node needs.
 *
 *   node --import tsx tools/deploy-tests/src/generate-auth.ts deploy/inventory.json deploy/generated
 *
 * (deploy/scripts/gen-auth.sh wraps this.) Output layout, see docs/security.md:
 *   <out>/hub/auth.conf, leafnode-users.conf          mounted into the hub servers
 *   <out>/sites/<site>/server/auth.conf               that site's node users (nkey public keys)
 *   <out>/sites/<site>/server/cluster.conf            routes between the site's servers
 *   <out>/sites/<site>/server/leaf-remote.conf        the leaf → hub link (user/password, TLS, cell-local subjects denied)
 *   <out>/sites/<site>/server/cell.conf               the cell's JetStream domain (= site) and cross-cell mappings
 *   <out>/sites/<site>/nodes/<nodeId>/<service>.nk    seed files (mode 0600) for that node only
 *   <out>/admin/<id>.nk, <out>/clients/<id>.nk
 */
import { nkeys } from '@nats-io/transport-node';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { leafLinkUser, renderCellJetStream, renderLeafRemote, renderSiteCluster, type LeafLink, type TlsFiles } from './topology';
import { CELL_LOCAL_SUBJECTS } from '@cellmesh/bus';
import { buildUsers, leafLinkPermissions, renderAuthorization, usersForSite, type Inventory, type UserEntry } from './permissions';

export interface GeneratedCredentials {
  users: UserEntry[];
  /** User name → nkey seed (`SU...`): the secret the client holds. */
  seeds: Map<string, string>;
  /** User name → nkey public key (`U...`): all the server knows. */
  publicKeys: Map<string, string>;
  /** Site → authorization block for that site's leaf server. */
  siteAuth: Map<string, string>;
  /** Authorization block for the hub servers: admins and clients, and each site's restricted leaf-link user (nodes connect through their leaf). */
  hubAuth: string;
  /** Site → the user/password its leaf server presents to the hub. */
  leafLinks: Map<string, LeafLink>;
}

/** Makes fresh keys for every user of the inventory (pass `keyPairFor` to reuse existing ones). */
export function generateCredentials(
  inv: Inventory,
  keyPairFor: (user: UserEntry) => { seed: string; publicKey: string } = freshUserKey,
  hubDomain = DefaultHubDomain,
  existingLeafPasswords: ReadonlyMap<string, string> = new Map(),
): GeneratedCredentials {
  const users = buildUsers(inv);
  const seeds = new Map<string, string>();
  const publicKeys = new Map<string, string>();
  for (const u of users) {
    const { seed, publicKey } = keyPairFor(u);
    seeds.set(u.name, seed);
    publicKeys.set(u.name, publicKey);
  }
  const keyOf = (name: string) => publicKeys.get(name)!;
  const siteAuth = new Map(inv.sites.map((s) => [s.site, renderAuthorization(usersForSite(users, s.site), keyOf, { viaHubDomain: hubDomain })] as const));
  const leafLinks = new Map(inv.sites.map((s) => [s.site, { user: leafLinkUser(s.site), password: existingLeafPasswords.get(leafLinkUser(s.site)) ?? randomBytes(24).toString('base64url') }] as const));
  // Each site's leaf link is its own restricted identity on the hub (leafLinkPermissions), not the whole account.
  const passwordUsers = inv.sites.map((s) => ({ ...leafLinks.get(s.site)!, permissions: leafLinkPermissions(users, s.site, hubDomain), allowedConnectionTypes: ['LEAFNODE'] as const }));
  const hubAuth = renderAuthorization(users.filter((u) => u.principal.kind !== 'service'), keyOf, { passwordUsers });
  return { users, seeds, publicKeys, siteAuth, hubAuth, leafLinks };
}

/** The hub cluster's JetStream domain (deploy/nats/hub.conf); site leaf servers map onto it. */
export const DefaultHubDomain = 'hub';

/** The compose hub's leafnode ports (deploy/compose.hub.yml); override with `hub.leafAddresses` in the inventory. */
export const DefaultHubLeafAddresses = ['hub-1:7422', 'hub-2:7422', 'hub-3:7422'];

/** Where deploy/compose.*.yml mount the certificates from deploy/scripts/gen-certs.sh. */
export const ContainerTls: TlsFiles = { caFile: '/etc/nats/certs/ca.pem', certFile: '/etc/nats/certs/server.pem', keyFile: '/etc/nats/certs/server-key.pem' };

export function freshUserKey(): { seed: string; publicKey: string } {
  const kp = nkeys.createUser();
  return { seed: new TextDecoder().decode(kp.getSeed()), publicKey: kp.getPublicKey() };
}

/** Where a user's seed file lives under the output folder. */
export function seedPath(outDir: string, user: UserEntry): string {
  const p = user.principal;
  if (p.kind === 'service') return join(outDir, 'sites', p.site, 'nodes', p.nodeId, `${p.service}.nk`);
  if (p.kind === 'admin') return join(outDir, 'admin', `${p.id}.nk`);
  return join(outDir, 'clients', `${p.id}.nk`);
}

/**
 * Keeps the keys and leaf passwords of an earlier run, so adding a node or a site changes nothing
 * for the others (only users new to the inventory get fresh keys).
 */
export function reuseExisting(outDir: string): { keyPairFor: (user: UserEntry) => { seed: string; publicKey: string }; leafPasswords: Map<string, string> } {
  const leafPasswords = new Map<string, string>();
  const usersFile = join(outDir, 'hub', 'leafnode-users.conf');
  if (existsSync(usersFile)) {
    const json = /users: (\[.*\])/.exec(readFileSync(usersFile, 'utf8'))?.[1];
    for (const l of json ? (JSON.parse(json) as LeafLink[]) : []) leafPasswords.set(l.user, l.password);
  }
  const keyPairFor = (user: UserEntry) => {
    const path = seedPath(outDir, user);
    if (!existsSync(path)) return freshUserKey();
    const seed = readFileSync(path, 'utf8').trim();
    return { seed, publicKey: nkeys.fromSeed(new TextEncoder().encode(seed)).getPublicKey() };
  };
  return { keyPairFor, leafPasswords };
}

/** Writes the generated files; seeds are created with mode 0600. */
export async function writeCredentials(inv: Inventory, creds: GeneratedCredentials, outDir: string, hubLeafAddresses: readonly string[] = DefaultHubLeafAddresses): Promise<string[]> {
  const written: string[] = [];
  const put = async (path: string, text: string, mode = 0o644) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, { mode });
    written.push(path);
  };
  for (const [site, text] of creds.siteAuth) await put(join(outDir, 'sites', site, 'server', 'auth.conf'), text);
  await put(join(outDir, 'hub', 'auth.conf'), creds.hubAuth);
  const links = [...creds.leafLinks.values()];
  await put(join(outDir, 'hub', 'leafnode-users.conf'), `# Generated: the leaf links the hub accepts (one per site).\nusers: ${JSON.stringify(links.map((l) => ({ user: l.user, password: l.password })))}\n`, 0o600);
  for (const [site, link] of creds.leafLinks) {
    const remote = renderLeafRemote({ hubAddresses: hubLeafAddresses, link, tls: ContainerTls, denyBothWays: CELL_LOCAL_SUBJECTS });
    await put(join(outDir, 'sites', site, 'server', 'leaf-remote.conf'), `# Generated: this site's leaf link to every hub server (the cell's local subjects stay in the cell).\n${remote}`, 0o600);
    await put(join(outDir, 'sites', site, 'server', 'cell.conf'), `# Generated: cell ${site}'s own JetStream domain and the cross-cell subjects mapped in.\n${renderCellJetStream(site)}`);
  }
  for (const site of inv.sites) {
    const hosts = site.nodes.map((n) => n.host ?? n.nodeId);
    await put(join(outDir, 'sites', site.site, 'server', 'cluster.conf'), `# Generated: the LAN cluster of site ${site.site}.\n${renderSiteCluster({ site: site.site, hosts, tls: ContainerTls })}`);
  }
  for (const u of creds.users) await put(seedPath(outDir, u), `${creds.seeds.get(u.name)!}\n`, 0o600);
  return written;
}

async function main(argv: string[]): Promise<void> {
  const [inventoryPath, outDir] = argv;
  if (!inventoryPath || !outDir) {
    process.stderr.write('usage: generate-auth.ts <inventory.json> <out-dir>\n');
    process.exit(64);
  }
  const inv = JSON.parse(readFileSync(inventoryPath, 'utf8')) as Inventory & { hub?: { leafAddresses?: string[] } };
  const existing = reuseExisting(outDir);
  // The cells shape: each site runs its own JetStream (cell.conf), so site users' grants name the plain
  // JetStream API subjects, not the hub's domain-qualified ones.
  const creds = generateCredentials(inv, existing.keyPairFor, '', existing.leafPasswords);
  const written = await writeCredentials(inv, creds, outDir, inv.hub?.leafAddresses);
  process.stdout.write(`wrote ${written.length} files for ${creds.users.length} users under ${outDir}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: Error) => {
    process.stderr.write(`generate-auth: ${err.message}\n`);
    process.exit(1);
  });
}
