/**
 * Least-privilege NATS permissions for a cellmesh deployment, derived from an inventory of sites
 * and nodes. Pure: takes plain data (inventory + public keys), returns plain data and config text.
 * The deploy scripts (deploy/scripts/gen-auth.sh → generate-auth.ts) and the integration tests
 * call the same functions, so what is tested is what is deployed (docs/security.md).
 *
 * Every cellmesh name comes from @cellmesh/bus; the `$JS`, `$KV` and `$SRV` prefixes below are
 * NATS's own protocol subjects, not cellmesh names.
 */
import { ROOT_CLUSTER_ID } from '@cellmesh/leases';
import { subjects, cellSubjects, cellInboundMappings, keys, Buckets, Streams, Consumers, MicroServices, ObjectStores, MetricsApiEndpoints, inboxPrefix, tok, type BucketName, type StreamName, type MetricsApiEndpoint } from '@cellmesh/bus';

/** The seven services a node runs; each gets its own NATS user on each node. */
export const NodeServices = [
  'metrics-collector',
  'topology-ca',
  'leader-election',
  'placement-scheduler',
  'cpu-worker',
  'gpu-hub-runner',
  'datastate-committer',
] as const;
export type NodeService = (typeof NodeServices)[number];

export interface InventoryNode {
  nodeId: string;
  /** Nodes without a GPU get no gpu-hub-runner user. */
  gpu?: boolean;
  /** Host name the site's other servers route to (default: the node id). */
  host?: string;
}

export interface InventorySite {
  /** The LAN cell; one NATS leaf server per site. */
  site: string;
  nodes: InventoryNode[];
}

export interface Inventory {
  sites: InventorySite[];
  /** Game backends: submit tasks, read results, receipts and room state. */
  clients?: string[];
  /** Operators (CLI, provisioning of streams and buckets): full JetStream API. */
  admins?: string[];
}

export interface SubjectPermission {
  allow: string[];
  deny?: string[];
}

export interface Permissions {
  publish: SubjectPermission;
  subscribe: SubjectPermission;
  /** Lets a responder reply to the requester's inbox without a publish grant on it. */
  allow_responses?: boolean | { max: number; expires: string };
}

export type Principal =
  | { kind: 'service'; service: NodeService; nodeId: string; site: string }
  | { kind: 'client'; id: string }
  | { kind: 'admin'; id: string };

export interface UserEntry {
  /** `<service>@<nodeId>`, `client@<id>` or `admin@<id>` (matches the connection name). */
  name: string;
  principal: Principal;
  permissions: Permissions;
}

export class InventoryError extends Error {
  override readonly name = 'InventoryError';
}

// ---- NATS protocol subjects (not cellmesh names) -----------------------------------------------

const JS_API = '$JS.API';
const kvStream = (bucket: BucketName) => `KV_${bucket}`;
const objStream = (store: string) => `OBJ_${store}`;
const kvSubject = (bucket: BucketName, key: string) => `$KV.${bucket}.${key}`;

/** `subjects.x(token)` with one token left open: keeps the subject shape owned by @cellmesh/bus. */
const ANY = '__ANY__';
function pattern(builder: (...tokens: string[]) => string, arity = 1): string {
  const concrete = builder(...Array.from({ length: arity }, () => ANY));
  return concrete.split('.').map((t) => (t === ANY ? '*' : t)).join('.');
}

/** Read access to one KV bucket: get (direct and classic), history/watch/keys through consumers. */
function readBucket(bucket: BucketName): string[] {
  return readStream(kvStream(bucket));
}

/** Read access to one stream: info, direct and classic gets, and ordered consumers for replay. */
function readStream(stream: string): string[] {
  return [
    `${JS_API}.STREAM.INFO.${stream}`,
    `${JS_API}.DIRECT.GET.${stream}`,
    `${JS_API}.DIRECT.GET.${stream}.>`,
    `${JS_API}.STREAM.MSG.GET.${stream}`,
    // Watchers and keys() use ordered consumers on the bucket's stream (2.9 names the filter in the subject).
    `${JS_API}.CONSUMER.CREATE.${stream}`,
    `${JS_API}.CONSUMER.CREATE.${stream}.>`,
    `${JS_API}.CONSUMER.INFO.${stream}.*`,
    `${JS_API}.CONSUMER.MSG.NEXT.${stream}.*`, // nats.js 3 ordered consumers pull
    `${JS_API}.CONSUMER.DELETE.${stream}.*`,
    `$JS.FC.${stream}.>`,
  ];
}

/** Pull consumption of one durable with one filter: create/bind, fetch, ack. Nothing else on that stream. */
function consumeDurable(stream: StreamName, durable: string, filterSubject: string): string[] {
  return [
    `${JS_API}.STREAM.INFO.${stream}`,
    `${JS_API}.CONSUMER.CREATE.${stream}.${durable}.${filterSubject}`,
    `${JS_API}.CONSUMER.INFO.${stream}.${durable}`,
    `${JS_API}.CONSUMER.MSG.NEXT.${stream}.${durable}`,
    `$JS.ACK.${stream}.${durable}.>`,
  ];
}

const JS_ACCOUNT_INFO = `${JS_API}.INFO`;
const MICRO_DISCOVERY = '$SRV.>';

/** NATS micro discovery of one service name: `$SRV.PING|INFO|STATS`, `.<name>` and `.<name>.<id>`. */
function microDiscovery(name: string): string[] {
  return ['$SRV.*', `$SRV.*.${tok(name, 'micro service')}`, `$SRV.*.${name}.*`];
}

/**
 * Publishing into the inboxes of the users that call a responder: how it answers them without
 * allow_responses. NATS wildcards match whole tokens only and an inbox's first token is
 * `_INBOX_<service>_<id>`, so every caller is named (the inventory knows them all).
 */
export function replyTo(callers: readonly { role: string; id: string }[]): string[] {
  return [...new Set(callers.map((c) => `${inboxPrefix(c.role, c.id)}.>`))];
}

/** Who may call a responder (request/reply): probes, the Metrics API, DataState reads. */
export interface Callers {
  /** Every node of the deployment (collectors probe peers on any site). */
  nodeIds: readonly string[];
  clients: readonly string[];
  admins: readonly string[];
}

const asCallers = (role: string, ids: readonly string[]) => ids.map((id) => ({ role, id }));

// ---- roles -----------------------------------------------------------------------------------

interface RoleInput {
  nodeId: string;
  /** The callers of this node's responders; default none (a responder then answers nobody). */
  callers?: Callers;
  /** Cluster ids a node of this site may lead or announce: a cluster is named after one of its members. */
  siteNodeIds: string[];
  /** The node's site (its cell on the cells shape): the cell its scheduler advertises (cells.summary.<site>). */
  site?: string;
}

/** What a node may address to another cell (the cells shape; each cell's server maps it to its local subject). */
const CROSS_CELL_SUBMIT = [pattern(cellSubjects.taskSubmit, 3)];
const CROSS_CELL_RESULT = [pattern(cellSubjects.taskResult, 2)];
const CROSS_CELL_COMMIT = [pattern(cellSubjects.datastateCommit, 3)];
/** The services that publish into other cells with JetStream (their acks come back over the WAN to their inboxes). */
const CROSS_CELL_PUBLISHERS: ReadonlySet<NodeService> = new Set(['placement-scheduler', 'cpu-worker', 'gpu-hub-runner']);

function base(service: NodeService, nodeId: string): Permissions {
  return {
    publish: { allow: [subjects.deadLetter(service), JS_ACCOUNT_INFO] },
    subscribe: { allow: [`${inboxPrefix(service, nodeId)}.>`] },
  };
}

function merge(into: Permissions, add: { pub?: string[]; sub?: string[] }): Permissions {
  into.publish.allow.push(...(add.pub ?? []));
  into.subscribe.allow.push(...(add.sub ?? []));
  return into;
}

/**
 * What each service may do, and nothing more. A node may publish only on its own metrics, probe
 * replies (allow_responses) and announcements, may consume only its own dispatch subjects, commits
 * only through the committer (the only writer of cm_datastate and the history stream), and the
 * scheduler alone publishes task.run.>.
 */
export function servicePermissions(service: NodeService, { nodeId, siteNodeIds, site, callers = { nodeIds: [], clients: [], admins: [] } }: RoleInput): Permissions {
  const p = base(service, nodeId);
  const ownClusters = siteNodeIds;
  // Executors check the dispatch's fencing term against the lease (LeaseWatcher), and look up a result
  // already published for a redelivered task (direct get on RESULTS).
  const workerReads = [...readBucket(Buckets.Leases), `${JS_API}.DIRECT.GET.${Streams.Results}`, `${JS_API}.DIRECT.GET.${Streams.Results}.>`, `${JS_API}.STREAM.INFO.${Streams.Results}`];
  switch (service) {
    case 'metrics-collector':
      return merge(p, {
        pub: [
          subjects.metricsNode(nodeId),
          pattern(subjects.probe), // probes go to any peer; the echo goes to the prober's own inbox
          // Probe echoes to the probing collectors, Metrics API and $SRV replies to operators.
          ...replyTo([...asCallers('metrics-collector', callers.nodeIds.filter((n) => n !== nodeId)), ...asCallers('admin', callers.admins)]),
          kvSubject(Buckets.Nodes, keys.node(nodeId)),
          kvSubject(Buckets.Metrics, keys.nodeMetrics(nodeId)),
          kvSubject(Buckets.Metrics, keys.peers(nodeId)),
          ...readBucket(Buckets.Nodes),
          ...readBucket(Buckets.Metrics),
          ...readBucket(Buckets.Topology), // its own neighbour list decides whom to probe
          ...readBucket(Buckets.Leases), // cluster aggregates name the cluster's leader
        ],
        sub: [subjects.probe(nodeId), subjects.metricsNodeAll, subjects.topologyAnnounceAll, subjects.metricsLoad(nodeId), ...(Object.keys(MetricsApiEndpoints) as MetricsApiEndpoint[]).map((e) => subjects.metricsApi(nodeId, e)), ...microDiscovery(MicroServices.Metrics)],
      });
    case 'topology-ca':
      return merge(p, {
        pub: [
          ...ownClusters.map((c) => subjects.topologyAnnounce(c)),
          ...ownClusters.map((c) => kvSubject(Buckets.Topology, keys.cluster(c))),
          kvSubject(Buckets.Topology, keys.neighbours(nodeId)),
          ...readBucket(Buckets.Nodes),
          ...readBucket(Buckets.Metrics),
          ...readBucket(Buckets.Topology),
          ...readBucket(Buckets.Leases), // LeaseWatcher: which member leads its cluster
        ],
        sub: [subjects.metricsNodeAll, subjects.topologyAnnounceAll, subjects.leaderChangedAll],
      });
    case 'leader-election':
      return merge(p, {
        pub: [
          ...ownClusters.map((c) => kvSubject(Buckets.Leases, keys.lease(c))),
          kvSubject(Buckets.Leases, keys.rootLease),
          ...ownClusters.map((c) => subjects.leaderChanged(c)),
          subjects.leaderChanged(ROOT_CLUSTER_ID),
          ...readBucket(Buckets.Leases),
          ...readBucket(Buckets.Topology),
          ...readBucket(Buckets.Nodes),
          ...readBucket(Buckets.Metrics),
        ],
        sub: [subjects.topologyAnnounceAll, subjects.leaderChangedAll],
      });
    case 'placement-scheduler':
      return merge(p, {
        pub: [
          subjects.taskRunAll,
          pattern(subjects.placementReceipt),
          pattern(subjects.taskResult), // a task that cannot be placed gets its result from the scheduler
          ...consumeDurable(Streams.Tasks, Consumers.scheduler, subjects.taskSubmitAll),
          // In-flight tasks are rebuilt at activation from DISPATCH minus RESULTS (ordered consumers), receipts looked up.
          ...readStream(Streams.Dispatch),
          ...readStream(Streams.Results),
          ...readStream(Streams.Placements),
          ...readBucket(Buckets.Nodes),
          ...readBucket(Buckets.Metrics),
          ...readBucket(Buckets.Topology),
          ...readBucket(Buckets.Leases),
          // The cells shape: the active scheduler advertises what its own cell can serve (core NATS, crosses the WAN),
          // spills a submission it cannot serve into another cell, and answers a spilled task it cannot place there.
          ...(site ? [cellSubjects.summary(site)] : []),
          ...CROSS_CELL_SUBMIT,
          ...CROSS_CELL_RESULT,
        ],
        sub: [subjects.metricsNodeAll, subjects.leaderChangedAll, subjects.topologyAnnounceAll, cellSubjects.summaryAll],
      });
    case 'cpu-worker':
      return merge(p, {
        pub: [
          pattern(subjects.taskResult),
          pattern(subjects.datastateCommit, 2),
          // A spilled task's result and commit go back to its room's home cell.
          ...CROSS_CELL_RESULT,
          ...CROSS_CELL_COMMIT,
          subjects.metricsLoad(nodeId),
          ...consumeDurable(Streams.Dispatch, Consumers.cpuWorker(nodeId), subjects.taskRun(nodeId)),
          ...readBucket(Buckets.Datastate),
          ...workerReads,
        ],
        sub: [subjects.taskRun(nodeId), pattern(subjects.datastateAck, 2)], // commitDelta waits for the committer's verdict
      });
    case 'gpu-hub-runner':
      return merge(p, {
        pub: [
          pattern(subjects.taskResult),
          pattern(subjects.datastateCommit, 2),
          ...CROSS_CELL_RESULT,
          ...CROSS_CELL_COMMIT,
          pattern(subjects.render, 2),
          subjects.metricsLoad(nodeId),
          ...consumeDurable(Streams.Dispatch, Consumers.gpuRunner(nodeId), subjects.taskRunGpu(nodeId)),
          ...readBucket(Buckets.Datastate),
          ...workerReads,
        ],
        sub: [subjects.taskRunGpu(nodeId), pattern(subjects.datastateAck, 2)],
      });
    case 'datastate-committer':
      return merge(p, {
        pub: [
          kvSubject(Buckets.Datastate, '>'),
          pattern(subjects.datastateHistory, 2),
          subjects.metricsLoad(nodeId),
          pattern(subjects.datastateAck, 2),
          // Active/standby among committers: one lease key in cm_leases, taken with compare-and-set.
          kvSubject(Buckets.Leases, keys.committerLease),
          ...consumeDurable(Streams.Commits, Consumers.committer, subjects.datastateCommitAll),
          ...readBucket(Buckets.Datastate),
          ...readBucket(Buckets.Leases), // fencing: the term in a commit is checked against the lease
          ...readStream(Streams.History), // rebuilding a room from its cold history
          // Rooms too large for one message live in an object store (chunks and metadata, replaced by purge).
          `$O.${ObjectStores.Rooms}.>`,
          `${JS_API}.STREAM.PURGE.${objStream(ObjectStores.Rooms)}`,
          ...readStream(objStream(ObjectStores.Rooms)),
          // State reads from game backends and operators.
          ...replyTo([...asCallers('client', callers.clients), ...asCallers('admin', callers.admins)]),
        ],
        sub: [subjects.datastateReadState, subjects.datastateReadRebuild, ...microDiscovery(service)],
      });
  }
}

/**
 * A game backend `client@<gameId>`: submits tasks of its own game only, reads its own game's rooms,
 * and hears receipts and results (task ids are not game-scoped on the wire: see docs/security.md).
 */
function clientPermissions(id: string): Permissions {
  const roomsOfGame = `$KV.${Buckets.Datastate}.${keys.room(id, ANY).replace(ANY, '>')}`;
  return {
    publish: {
      allow: [
        subjects.taskSubmit(id, ANY).replace(ANY, '*'),
        JS_ACCOUNT_INFO,
        `${JS_API}.DIRECT.GET.${Streams.Results}`,
        `${JS_API}.DIRECT.GET.${Streams.Results}.${pattern(subjects.taskResult)}`,
        `${JS_API}.DIRECT.GET.${Streams.Placements}.${pattern(subjects.placementReceipt)}`,
        `${JS_API}.DIRECT.GET.${kvStream(Buckets.Datastate)}.${roomsOfGame}`,
        subjects.datastateReadState,
        subjects.datastateReadRebuild,
      ],
    },
    subscribe: { allow: [`${inboxPrefix('client', id)}.>`, pattern(subjects.placementReceipt), pattern(subjects.taskResult)] },
  };
}

function adminPermissions(id: string): Permissions {
  // Provisioning and the CLI need the whole JetStream API; they still cannot impersonate nodes.
  return {
    publish: { allow: [`${JS_API}.>`, '$JS.ACK.>', '$JS.FC.>', MICRO_DISCOVERY, pattern(subjects.probe)], deny: [subjects.taskRunAll] },
    // Operators watch placements as they happen (`cellmesh up`'s live view and the debug UI): read-only, like results a client hears.
    subscribe: { allow: [`${inboxPrefix('admin', id)}.>`, MICRO_DISCOVERY, subjects.metricsNodeAll, subjects.topologyAnnounceAll, subjects.leaderChangedAll, subjects.placementReceiptAll] },
  };
}

/**
 * A site leaf server maps `$JS.API.>` and `$KV.>` onto the hub's domain (topology.ts), and
 * nats-server checks publish permissions on the subject after that mapping; so on a leaf the
 * grants name the mapped form. Acks and flow control (`$JS.ACK`, `$JS.FC`) are not mapped.
 */
export function viaDomain(subject: string, domain: string): string {
  if (subject.startsWith(`${JS_API}.`) || subject === JS_API) return `$JS.${domain}.API${subject.slice(JS_API.length)}`;
  if (subject.startsWith('$KV.')) return `$JS.${domain}.API.${subject}`;
  return subject;
}

/** Checks the inventory: valid unique tokens, at least one node per site. */
export function validateInventory(inv: Inventory): void {
  const seenNodes = new Set<string>();
  const seenSites = new Set<string>();
  if (!Array.isArray(inv.sites) || inv.sites.length === 0) throw new InventoryError('inventory: "sites" must list at least one site');
  for (const site of inv.sites) {
    tok(site.site, 'site');
    if (seenSites.has(site.site)) throw new InventoryError(`inventory: site "${site.site}" is listed twice`);
    seenSites.add(site.site);
    if (!Array.isArray(site.nodes) || site.nodes.length === 0) throw new InventoryError(`inventory: site "${site.site}" has no nodes`);
    for (const node of site.nodes) {
      tok(node.nodeId, 'nodeId');
      if (seenNodes.has(node.nodeId)) throw new InventoryError(`inventory: node "${node.nodeId}" is listed twice`);
      seenNodes.add(node.nodeId);
    }
  }
  for (const id of [...(inv.clients ?? []), ...(inv.admins ?? [])]) tok(id, 'client or admin id');
}

/** Every user of the deployment with its permissions (one per service per node, plus clients and admins). */
export function buildUsers(inv: Inventory): UserEntry[] {
  validateInventory(inv);
  const users: UserEntry[] = [];
  const callers: Callers = { nodeIds: inv.sites.flatMap((s) => s.nodes.map((n) => n.nodeId)), clients: inv.clients ?? [], admins: inv.admins ?? [] };
  for (const site of inv.sites) {
    const siteNodeIds = site.nodes.map((n) => n.nodeId);
    for (const node of site.nodes) {
      for (const service of NodeServices) {
        if (service === 'gpu-hub-runner' && !node.gpu) continue;
        users.push({
          name: `${service}@${node.nodeId}`,
          principal: { kind: 'service', service, nodeId: node.nodeId, site: site.site },
          permissions: servicePermissions(service, { nodeId: node.nodeId, siteNodeIds, site: site.site, callers }),
        });
      }
    }
  }
  for (const id of inv.clients ?? []) users.push({ name: `client@${id}`, principal: { kind: 'client', id }, permissions: clientPermissions(id) });
  for (const id of inv.admins ?? []) users.push({ name: `admin@${id}`, principal: { kind: 'admin', id }, permissions: adminPermissions(id) });
  // No allow_responses for anyone: it lets a responder publish on whatever reply subject a request names
  // (a probe with reply `$KV.cm_leases.lease.root` wrote the root lease). Responders are granted the inbox
  // inboxes of the users that call them instead (replyTo), and answer only inboxes (reply-guard in @cellmesh/bus).
  return users;
}

/**
 * What a site's leaf link may carry into and out of the hub: exactly what that site's node users may
 * publish (mapped onto the hub's JetStream domain, as the leaf forwards it) and subscribe to. A leaf
 * server holding the site's leaf password therefore can do no more than the site's own nodes together:
 * no other site's dispatch, leases or inboxes, no stream management. Clients and admins connect to the
 * hub directly (hub auth), not through a site's link. On the hub this is a user with
 * `allowed_connection_types: ["LEAFNODE"]`; for a leaf connection nats-server 2.9 applies publish to what
 * the leaf sends up and subscribe to what the hub sends down (measured, tools/deploy-tests leaf test).
 */
export function leafLinkPermissions(users: readonly UserEntry[], site: string, hubDomain?: string): Permissions {
  const nodes = users.filter((u) => u.principal.kind === 'service' && u.principal.site === site);
  if (nodes.length === 0) throw new InventoryError(`leafLinkPermissions: site "${site}" has no node users`);
  const publish = new Set<string>();
  const subscribe = new Set<string>();
  for (const u of nodes) {
    // Hub-and-leaves: the site's JetStream calls cross mapped onto the hub's domain. Cells: they stay in the cell.
    for (const x of u.permissions.publish.allow) publish.add(hubDomain ? viaDomain(x, hubDomain) : x);
    for (const x of u.permissions.subscribe.allow) subscribe.add(x);
  }
  // The cells shape: what other cells address to this one (spilled submissions, results and commits of its rooms)
  // comes down the link, and the JetStream acks of what this cell stores for them go back up to the inbox of
  // the scheduler or worker that published it. Nothing else of another site's inboxes.
  for (const from of Object.keys(cellInboundMappings(site))) subscribe.add(from);
  for (const u of users) {
    if (u.principal.kind === 'service' && u.principal.site !== site && CROSS_CELL_PUBLISHERS.has(u.principal.service)) publish.add(`${inboxPrefix(u.principal.service, u.principal.nodeId)}.>`);
  }
  return { publish: { allow: [...publish].sort() }, subscribe: { allow: [...subscribe].sort() } };
}

/** A user/password entry for an authorization block (leaf links: 2.9 leaf remotes take no nkey seed). */
export interface PasswordUser {
  user: string;
  password: string;
  permissions: Permissions;
  allowedConnectionTypes?: readonly ('STANDARD' | 'LEAFNODE' | 'WEBSOCKET' | 'MQTT')[];
}

/** Users whose processes connect to this site's leaf server (its nodes, plus every client and admin). */
export function usersForSite(users: readonly UserEntry[], site: string): UserEntry[] {
  return users.filter((u) => u.principal.kind !== 'service' || u.principal.site === site);
}

/**
 * The `authorization { users: [...] }` block for a server config, with nkey public keys
 * (the server never sees a secret). `publicKeyOf(name)` gives each user's `U...` key.
 */
export function renderAuthorization(users: readonly UserEntry[], publicKeyOf: (name: string) => string, opts: { viaHubDomain?: string; passwordUsers?: readonly PasswordUser[] } = {}): string {
  const entries = users.map((u) => {
    const nkey = publicKeyOf(u.name);
    if (!/^U[A-Z2-7]{55}$/.test(nkey)) throw new InventoryError(`${u.name}: "${nkey}" is not an nkey user public key`);
    const publish = opts.viaHubDomain ? { ...u.permissions.publish, allow: u.permissions.publish.allow.map((x) => viaDomain(x, opts.viaHubDomain!)) } : u.permissions.publish;
    const perms: Record<string, unknown> = { publish, subscribe: u.permissions.subscribe };
    if (u.permissions.allow_responses !== undefined) perms['allow_responses'] = u.permissions.allow_responses;
    // JSON is valid NATS config and quotes `$JS...` so it is never read as a variable reference.
    return `    # ${u.name}\n    ${JSON.stringify({ nkey, permissions: perms })}`;
  });
  for (const p of opts.passwordUsers ?? []) {
    const entry: Record<string, unknown> = { user: p.user, password: p.password, permissions: { publish: p.permissions.publish, subscribe: p.permissions.subscribe } };
    if (p.allowedConnectionTypes) entry['allowed_connection_types'] = p.allowedConnectionTypes;
    entries.push(`    # ${p.user}\n    ${JSON.stringify(entry)}`);
  }
  return `# Generated by deploy/scripts/gen-auth.sh from the inventory. Do not edit by hand.\nauthorization {\n  users: [\n${entries.join(',\n')}\n  ]\n}\n`;
}
