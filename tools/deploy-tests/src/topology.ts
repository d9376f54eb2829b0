/**
 * Config text for the two-level NATS topology: the hub cluster accepts leaf connections, one
 * leaf server per site dials every hub server. Pure; deploy/nats/*.conf and the topology test
 * use the same shapes (docs/deploy.md).
 */
import { cellInboundMappings } from '@cellmesh/bus';
export interface LeafLink {
  /** `leaf-<site>`: the hub knows each site's leaf connection by this user. */
  user: string;
  password: string;
}

export interface TlsFiles {
  caFile: string;
  certFile: string;
  keyFile: string;
}

export function leafLinkUser(site: string): string {
  return `leaf-${site}`;
}

function tlsBlock(tls: TlsFiles | undefined, verify: boolean): Record<string, unknown> | undefined {
  return tls ? { ca_file: tls.caFile, cert_file: tls.certFile, key_file: tls.keyFile, verify, timeout: 2 } : undefined;
}

/**
 * The hub side: where leaf servers connect. The leaf users themselves live in the hub's authorization
 * block (generate-auth.ts: `leaf-<site>` with `allowed_connection_types: ["LEAFNODE"]` and that site's
 * permissions), because 2.9's `leafnodes { authorization }` users cannot carry permissions.
 */
export function renderHubLeafnodes(opts: { listen: string; tls?: TlsFiles }): string {
  const block: Record<string, unknown> = { listen: opts.listen };
  const tls = tlsBlock(opts.tls, false);
  if (tls) block['tls'] = tls;
  return `leafnodes: ${JSON.stringify(block, null, 2)}\n`;
}

/** The site side: one remote naming every hub server, so losing one hub server only moves the link. */
export function renderLeafRemote(opts: { hubAddresses: readonly string[]; link: LeafLink; tls?: TlsFiles; denyBothWays?: readonly string[] }): string {
  if (opts.hubAddresses.length === 0) throw new Error('renderLeafRemote: at least one hub address (host:port) is needed');
  const scheme = opts.tls ? 'tls' : 'nats-leaf';
  const auth = `${encodeURIComponent(opts.link.user)}:${encodeURIComponent(opts.link.password)}`;
  const remote: Record<string, unknown> = { urls: opts.hubAddresses.map((a) => `${scheme}://${auth}@${a}`) };
  // The cells shape: the cell's local subjects never cross its leaf link (docs/cells.md).
  if (opts.denyBothWays?.length) Object.assign(remote, { deny_imports: [...opts.denyBothWays], deny_exports: [...opts.denyBothWays] });
  const tls = tlsBlock(opts.tls, false);
  if (tls) remote['tls'] = tls;
  return `leafnodes: ${JSON.stringify({ remotes: [remote] }, null, 2)}\n`;
}

/**
 * A cell's own JetStream (the cells shape, docs/cells.md): the site's servers run JetStream in the
 * domain named by the site, and map the cross-cell subjects another cell may publish in to local ones.
 */
export function renderCellJetStream(site: string, opts: { storeDir?: string; syncInterval?: string; maxFileStore?: string } = {}): string {
  if (!/^[A-Za-z0-9_-]+$/.test(site)) throw new Error(`renderCellJetStream: "${site}" is not a valid JetStream domain`);
  const lines = [
    'jetstream {',
    `  store_dir: ${JSON.stringify(opts.storeDir ?? '/data')}`,
    `  domain: ${JSON.stringify(site)}`,
    `  sync_interval: ${opts.syncInterval ?? 'always'}`,
    `  max_file_store: ${opts.maxFileStore ?? '20GB'}`,
    '}',
    `mappings: ${JSON.stringify(cellInboundMappings(site))}`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * For a site leaf server without JetStream: map the plain JetStream API and KV subjects onto the
 * hub's domain-qualified ones. The hub installs `$JS.<domain>.API.> → $JS.API.>` (and
 * `$JS.<domain>.API.$KV.> → $KV.>`) for leaf connections and denies the plain `$JS.API.>`/`$KV.>`
 * across the link (nats-server "JetStream Not Extended"), so without this a node on a site would
 * see "jetstream is not enabled". With it, services need no domain option at all; permissions
 * are checked on the subject the client sent, before the mapping.
 */
export function renderLeafJetStreamMapping(hubDomain: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(hubDomain)) throw new Error(`renderLeafJetStreamMapping: "${hubDomain}" is not a valid JetStream domain`);
  const mappings = { '$JS.API.>': `$JS.${hubDomain}.API.>`, '$KV.>': `$JS.${hubDomain}.API.$KV.>` };
  return `mappings: ${JSON.stringify(mappings)}\n`;
}

/**
 * The identity a cluster's route certificates map to (gen-certs.sh `<name>@<cluster>` issues subject
 * O=cellmesh, OU=route, CN=<cluster>; nats-server writes it RFC 2253 style, most specific first).
 */
export function routeIdentity(cluster: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(cluster)) throw new Error(`routeIdentity: "${cluster}" is not a cluster name`);
  return `CN=${cluster},OU=route,O=cellmesh`;
}

/**
 * A site's LAN cluster: every node's local server routes to the others. With TLS, routes are mutual
 * TLS and `verify_and_map`: a route is accepted only from a certificate issued for this cluster
 * (routeIdentity), so a server of another site cannot join with its own, equally CA-signed, certificate.
 */
export function renderSiteCluster(opts: { site: string; hosts: readonly string[]; routePort?: number; tls?: TlsFiles }): string {
  const port = opts.routePort ?? 6222;
  const block: Record<string, unknown> = {
    name: opts.site,
    listen: `0.0.0.0:${port}`,
    routes: opts.hosts.map((h) => `nats-route://${h}:${port}`),
  };
  const tls = tlsBlock(opts.tls, true);
  if (tls) {
    delete tls['verify'];
    block['tls'] = { ...tls, verify_and_map: true };
    block['authorization'] = { user: routeIdentity(opts.site) };
  }
  return `cluster: ${JSON.stringify(block, null, 2)}\n`;
}
