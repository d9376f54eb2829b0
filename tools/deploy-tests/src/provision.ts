/**
 * The deployment's provisioning job (compose.hub.yml `provision`): as an admin user, create or
 * update every stream and KV bucket (provisionAll from @cellmesh/bus), then raise each one to the
 * hub's replica count so that it survives the loss of one hub server (R3 on a 3-server hub).
 *
 *   NATS_URL=tls://hub-1:4222 NATS_NKEY_SEED_FILE=admin.nk NATS_TLS_CA=ca.pem CELLMESH_JS_REPLICAS=3 \
 *     node --import tsx tools/deploy-tests/src/provision.ts
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { provisionAll, provisionHubViews, connectService, streamSpecs, bucketSpecs, silentLogger, type ProvisionReport } from '@cellmesh/bus';
import { readConfigOrExit, natsUrls, int, token, optionalStr, securityConfig, natsSecurityOptions } from '@cellmesh/config';

export interface DeploymentProvisionReport extends ProvisionReport {
  /** Streams (KV buckets as KV_<bucket>) whose replica count was raised. */
  scaled: string[];
}

/**
 * Provisions everything, then scales every cellmesh stream and bucket up to `replicas` (never down).
 * With `cells` (the cells shape, docs/cells.md): every cell's own domain is provisioned from here
 * too, at `cellReplicas`, and the hub gets its fabric-wide views sourced from those cells.
 */
export async function provisionDeployment(nc: NatsConnection, opts: { replicas: number; cells?: readonly string[]; cellReplicas?: number }): Promise<DeploymentProvisionReport> {
  const report: DeploymentProvisionReport = { created: [], updated: [], unchanged: [], scaled: [] };
  for (const cell of opts.cells ?? []) {
    const cellReport = await provisionAll(nc, 'file', { domain: cell });
    merge(report, cellReport, `${cell}: `);
    report.scaled.push(...(await scaleUp(nc, opts.cellReplicas ?? 1, cell)).map((n) => `${cell}: ${n}`));
  }
  if (opts.cells?.length) {
    report.created.push(...(await provisionHubViews(nc, opts.cells)).map((v) => `hub view ${v}`));
    return report;
  }
  merge(report, await provisionAll(nc, 'file'), '');
  report.scaled.push(...(await scaleUp(nc, opts.replicas)));
  return report;
}

function merge(into: ProvisionReport, from: ProvisionReport, prefix: string): void {
  into.created.push(...from.created.map((n) => prefix + n));
  into.updated.push(...from.updated.map((n) => prefix + n));
  into.unchanged.push(...from.unchanged.map((n) => prefix + n));
}

async function scaleUp(nc: NatsConnection, replicas: number, domain?: string): Promise<string[]> {
  const jsm = await jetstreamManager(nc, domain ? { domain } : undefined);
  const scaled: string[] = [];
  const names = [...Object.keys(streamSpecs), ...Object.keys(bucketSpecs).map((b) => `KV_${b}`)];
  for (const name of names) {
    const info = await jsm.streams.info(name);
    if ((info.config.num_replicas ?? 1) >= replicas) continue;
    await jsm.streams.update(name, { ...info.config, num_replicas: replicas });
    scaled.push(name);
  }
  return scaled;
}

async function main(): Promise<void> {
  const cfg = readConfigOrExit(
    process.env,
    {
      servers: ['NATS_URL', natsUrls({ default: ['nats://127.0.0.1:4222'] })],
      replicas: ['CELLMESH_JS_REPLICAS', int({ default: 1, min: 1, max: 5 })],
      // The cells shape: the sites whose own JetStream domains are provisioned from the hub (comma-separated).
      cells: ['CELLMESH_CELLS', optionalStr()],
      cellReplicas: ['CELLMESH_CELL_JS_REPLICAS', int({ default: 1, min: 1, max: 5 })],
      adminId: ['CELLMESH_ADMIN_ID', token({ default: 'ops' })],
      security: ['CELLMESH_SECURITY', securityConfig()],
    },
    'provision',
  );
  const nc = await connectService({ servers: cfg.servers, service: 'admin', nodeId: cfg.adminId, logger: silentLogger, firstConnectTimeoutMs: 30_000, ...natsSecurityOptions(cfg.security) });
  try {
    const cells = (cfg.cells ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    const report = await provisionDeployment(nc, { replicas: cfg.replicas, cells, cellReplicas: cfg.cellReplicas });
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await nc.close();
  }
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`provision: ${err.message}\n`);
    process.exit(1);
  });
}
