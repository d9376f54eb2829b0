/**
 * Everything a secure cellmesh fabric needs for a set of nodes, generated into one folder: a private
 * CA and a TLS certificate per NATS server (deploy/scripts/gen-certs.sh, openssl), one nkey user per
 * service per node with its least-privilege grants (permissions.ts), the seed files (0600), and the
 * server config text (TLS + authorization). `cellmesh up --secure` and the secure-fabric
 * integration tests call this one function, so what is tested is what `up --secure` runs.
 *
 *   const fabric = await generateSecureFabric({ dir, inventory: { sites: [{ site: 's1', nodes: [{ nodeId: 'n1', gpu: true }] }], clients: ['game1'], admins: ['ops'] } });
 *   startNatsServer({ extraConfig: fabric.serverConfig() })
 *   spawn(main.ts, { ...fabric.serviceEnv('cpu-worker', 'n1'), NATS_URL: `tls://127.0.0.1:${port}` })
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateCredentials, seedPath, type GeneratedCredentials } from './generate-auth';
import { CELL_LOCAL_SUBJECTS, HUB_DOMAIN, cellInboundMappings } from '@cellmesh/bus';
import { leafLinkPermissions, renderAuthorization, usersForSite, type Inventory, type NodeService, type UserEntry } from './permissions';
import type { TlsFiles } from './topology';

export interface SecureFabricInput {
  inventory: Inventory;
  /** Output folder (created); seeds and keys in it are 0600. */
  dir: string;
  /**
   * NATS server names that get a certificate (each also valid for localhost and 127.0.0.1); default ['nats'].
   * `<name>@<cluster>` gives the certificate that cluster's route identity (gen-certs.sh, routeIdentity()).
   */
  serverNames?: string[];
}

export interface SecureFabric {
  dir: string;
  creds: GeneratedCredentials;
  /** The CA every client verifies servers against (NATS_TLS_CA). */
  caFile: string;
  /** A server's certificate and key (also its client certificate on routes and leaf links). */
  serverTls(name?: string): TlsFiles;
  /** The seed file of a user (`<service>@<nodeId>`, `client@<id>`, `admin@<id>`). */
  seedFile(userName: string): string;
  /** Server config lines: TLS for clients, and the authorization of the given users (default all). */
  serverConfig(opts?: { name?: string; users?: readonly UserEntry[]; viaHubDomain?: string }): string;
  /** The environment a service process needs on top of NATS_URL and its own settings. */
  serviceEnv(service: NodeService, nodeId: string): Record<string, string>;
  /** The environment of an operator tool (CLI) acting as `admin@<id>`. */
  adminEnv(id: string): Record<string, string>;
}

const GEN_CERTS = join(__dirname, '..', '..', '..', 'deploy', 'scripts', 'gen-certs.sh');

/** Fails with a clear message when openssl is missing (gen-certs.sh needs it). */
export function assertOpenssl(): void {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    throw new Error("openssl was not found on PATH: install it with 'apt-get install -y openssl' (the secure fabric generates its own CA and certificates)");
  }
}

/** Generates certificates, users, seeds and server config for a fabric (see the module comment). */
export async function generateSecureFabric(input: SecureFabricInput): Promise<SecureFabric> {
  assertOpenssl();
  const specs = input.serverNames ?? ['nats'];
  const serverNames = specs.map((s) => s.split('@')[0]!);
  const certsDir = join(input.dir, 'certs');
  await mkdir(certsDir, { recursive: true });
  execFileSync('bash', [GEN_CERTS, certsDir, ...specs], { stdio: ['ignore', 'ignore', 'pipe'] });
  const creds = generateCredentials(input.inventory);
  const seedsDir = join(input.dir, 'creds');
  for (const u of creds.users) {
    const path = seedPath(seedsDir, u);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(path, `${creds.seeds.get(u.name)!}\n`, { mode: 0o600 });
  }
  const caFile = join(certsDir, 'ca', 'ca.pem');
  const serverTls = (name = serverNames[0]!): TlsFiles => {
    if (!serverNames.includes(name)) throw new Error(`generateSecureFabric: no certificate for server "${name}" (have ${serverNames.join(', ')})`);
    return { caFile, certFile: join(certsDir, name, 'server.pem'), keyFile: join(certsDir, name, 'server-key.pem') };
  };
  const userByName = new Map(creds.users.map((u) => [u.name, u] as const));
  const seedFile = (userName: string): string => {
    const user = userByName.get(userName);
    if (!user) throw new Error(`generateSecureFabric: no user named "${userName}"`);
    return seedPath(seedsDir, user);
  };
  return {
    dir: input.dir,
    creds,
    caFile,
    serverTls,
    seedFile,
    serverConfig(opts = {}) {
      const tls = serverTls(opts.name);
      const block = { cert_file: tls.certFile, key_file: tls.keyFile, ca_file: tls.caFile, verify: false, timeout: 2 };
      const auth = renderAuthorization(opts.users ?? creds.users, (n) => creds.publicKeys.get(n)!, opts.viaHubDomain ? { viaHubDomain: opts.viaHubDomain } : {});
      return `tls: ${JSON.stringify(block)}\n${auth}`;
    },
    serviceEnv(service, nodeId) {
      return { CELLMESH_SECURITY: 'on', CELLMESH_NODE_ID: nodeId, NATS_NKEY_SEED_FILE: seedFile(`${service}@${nodeId}`), NATS_TLS_CA: caFile };
    },
    adminEnv(id) {
      return { CELLMESH_SECURITY: 'on', NATS_NKEY_SEED_FILE: seedFile(`admin@${id}`), NATS_TLS_CA: caFile };
    },
  };
}

/**
 * The cells shape, secured: config lines for the hub server (JetStream domain `hub`, TLS, leaf listener
 * with mutual TLS, clients and admins, and one restricted `leaf-<site>` user per site) and for each site
 * server (domain = site id, TLS, that site's users, its leaf remote to the hub over TLS as `leaf-<site>`,
 * with the cell-local subjects denied both ways and the cross-cell mappings of @cellmesh/bus).
 * The JetStream domain itself is the caller's (startNatsServer's jetstreamDomain, or `jetstream { domain }`).
 */
export function renderSecureCellConfigs(fabric: SecureFabric, opts: { hub: string; hubLeafListen: string; hubLeafAddress: string }): { hub: string; sites: Map<string, string> } {
  const { creds } = fabric;
  const sites = [...creds.leafLinks.keys()];
  const hubTls = fabric.serverTls(opts.hub);
  const tlsOf = (t: { certFile: string; keyFile: string; caFile: string }, verify: boolean) => ({ cert_file: t.certFile, key_file: t.keyFile, ca_file: t.caFile, verify, timeout: 2 });
  const passwordUsers = sites.map((site) => ({ ...creds.leafLinks.get(site)!, permissions: leafLinkPermissions(creds.users, site), allowedConnectionTypes: ['LEAFNODE'] as const }));
  const hub = [
    `server_name: ${JSON.stringify(opts.hub)}`,
    `tls: ${JSON.stringify(tlsOf(hubTls, false))}`,
    `leafnodes: ${JSON.stringify({ listen: opts.hubLeafListen, tls: tlsOf(hubTls, true) })}`,
    renderAuthorization(creds.users.filter((u) => u.principal.kind !== 'service'), (n) => creds.publicKeys.get(n)!, { passwordUsers }),
  ].join('\n');
  const siteConfigs = new Map<string, string>();
  for (const site of sites) {
    const tls = fabric.serverTls(site);
    const link = creds.leafLinks.get(site)!;
    const remote = {
      url: `tls://${encodeURIComponent(link.user)}:${encodeURIComponent(link.password)}@${opts.hubLeafAddress}`,
      tls: tlsOf(tls, false),
      deny_imports: CELL_LOCAL_SUBJECTS,
      deny_exports: CELL_LOCAL_SUBJECTS,
    };
    siteConfigs.set(
      site,
      [
        `server_name: ${JSON.stringify(site)}`,
        `tls: ${JSON.stringify(tlsOf(tls, false))}`,
        `leafnodes: ${JSON.stringify({ reconnect: 1, remotes: [remote] })}`,
        `mappings: ${JSON.stringify(cellInboundMappings(site))}`,
        renderAuthorization(usersForSite(creds.users, site), (n) => creds.publicKeys.get(n)!),
      ].join('\n'),
    );
  }
  return { hub, sites: siteConfigs };
}

/** The hub's JetStream domain on the cells shape (site servers use their site id). */
export const CELLS_HUB_DOMAIN = HUB_DOMAIN;

/** What `writeSecureFabric` leaves on disk, as JSON in `<dir>/fabric.json`. */
export interface SecureFabricManifest {
  caFile: string;
  /** Server name → its config file (TLS + authorization), certificate and key. */
  servers: Record<string, { configFile: string; certFile: string; keyFile: string; users: string[] }>;
  /** User name (`<service>@<nodeId>`, `client@<id>`, `admin@<id>`) → seed file (0600). */
  seeds: Record<string, string>;
}

/**
 * For `cellmesh up --secure` (and operators): generates the fabric and writes one server config per
 * server name. `serverUsers(name)` picks who may log in there (default: everyone); on the cells shape pass
 * the site's users for a site server (usersForSite) and clients + admins for the hub.
 */
export async function writeSecureFabric(
  input: SecureFabricInput & {
    serverUsers?: (server: string, users: readonly UserEntry[]) => readonly UserEntry[];
    /** Whole config text per server name (e.g. renderSecureCellConfigs for the cells shape) instead of serverConfig(). */
    configs?: (fabric: SecureFabric) => ReadonlyMap<string, string>;
  },
): Promise<SecureFabricManifest> {
  const fabric = await generateSecureFabric(input);
  const whole = input.configs?.(fabric);
  const servers: SecureFabricManifest['servers'] = {};
  for (const name of (input.serverNames ?? ['nats']).map((s) => s.split('@')[0]!)) {
    const users = input.serverUsers ? input.serverUsers(name, fabric.creds.users) : fabric.creds.users;
    const configFile = join(input.dir, 'servers', `${name}.conf`);
    await mkdir(dirname(configFile), { recursive: true });
    await writeFile(configFile, whole?.get(name) ?? fabric.serverConfig({ name, users }), { mode: 0o600 });
    const tls = fabric.serverTls(name);
    servers[name] = { configFile, certFile: tls.certFile, keyFile: tls.keyFile, users: users.map((u) => u.name) };
  }
  const manifest: SecureFabricManifest = { caFile: fabric.caFile, servers, seeds: Object.fromEntries(fabric.creds.users.map((u) => [u.name, fabric.seedFile(u.name)])) };
  await writeFile(join(input.dir, 'fabric.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** On the cells shape: a site's server admits that site's nodes plus clients and admins; the hub admits clients and admins. */
export function cellServerUsers(hubName: string): (server: string, users: readonly UserEntry[]) => readonly UserEntry[] {
  return (server, users) => (server === hubName ? users.filter((u) => u.principal.kind !== 'service') : usersForSite(users, server));
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  const leafAt = args.indexOf('--hub-leaf');
  const hubLeaf = leafAt >= 0 ? args.splice(leafAt, 2)[1] : undefined;
  const [inventoryPath, dir, ...serverNames] = args;
  if (!inventoryPath || !dir) {
    process.stderr.write('usage: secure-fabric.ts <inventory.json> <out-dir> [--hub-leaf <host:port>] [server-name...]   (cells: name the hub "hub" and each site server by its site id)\n');
    process.exit(64);
  }
  const inventory = JSON.parse(readFileSync(inventoryPath, 'utf8')) as Inventory;
  const names = serverNames.length > 0 ? serverNames : ['nats'];
  const cells = names.includes(CELLS_HUB_DOMAIN) && inventory.sites.every((s) => names.includes(s.site));
  // The cells shape with its leaf links (hub + one server per site) when the hub's leaf address is given.
  const cellConfigs = (fabric: SecureFabric) => {
    const c = renderSecureCellConfigs(fabric, { hub: CELLS_HUB_DOMAIN, hubLeafListen: hubLeaf!, hubLeafAddress: hubLeaf! });
    return new Map<string, string>([[CELLS_HUB_DOMAIN, c.hub], ...c.sites]);
  };
  const manifest = await writeSecureFabric({
    inventory, dir, serverNames: names,
    ...(cells ? { serverUsers: cellServerUsers(CELLS_HUB_DOMAIN) } : {}),
    ...(cells && hubLeaf ? { configs: cellConfigs } : {}),
  });
  process.stdout.write(`${JSON.stringify({ fabric: join(dir, 'fabric.json'), servers: Object.keys(manifest.servers), users: Object.keys(manifest.seeds).length, cells: cells && Boolean(hubLeaf) })}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: Error) => {
    process.stderr.write(`secure-fabric: ${err.message}\n`);
    process.exit(1);
  });
}
