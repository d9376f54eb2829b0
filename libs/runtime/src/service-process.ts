import { PermissionViolationError, type NatsConnection } from '@nats-io/transport-node';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { int, natsSecurityOptions, natsUrls, oneOf, optionalStr, securityConfig, str, token, type SecurityConfig } from '@cellmesh/config';
import { connectService, provisionAll, type Logger } from '@cellmesh/bus';
import { createLogger, createNodeMetrics, setupTracing, startProcessOps, DEFAULT_OPS_PORT, type NodeOpsMetrics, type OpsServer } from '@cellmesh/telemetry';
import { systemClock, type ServiceDeps } from './deps';
import type { ServiceHandle } from './lifecycle';
import { runMain } from './main-runner';

/** The operator endpoints are not for the world: they bind to loopback unless told otherwise. */
export const DEFAULT_OPS_HOST = '127.0.0.1';
const OPS_HOST_PATTERN = /^(?:[A-Za-z0-9.-]{1,253}|[0-9A-Fa-f:]{2,39})$/;

/** The hosted services' state while the server refuses one of the process's subscriptions: /readyz is 503. */
export const PERMISSION_DENIED_STATE = 'permission-denied';

/** The variables every service process reads; a service's main.ts spreads this into its own config spec. */
export const processConfigSpec = {
  natsUrls: ['NATS_URL', natsUrls()],
  nodeId: ['CELLMESH_NODE_ID', token()],
  httpPort: ['CELLMESH_HTTP_PORT', int({ min: 0, max: 65535, default: DEFAULT_OPS_PORT })],
  /** Where /metrics /healthz /readyz listen: loopback unless the operator opens it (compose sets 0.0.0.0 for the scraper). */
  httpHost: ['CELLMESH_HTTP_HOST', str({ default: DEFAULT_OPS_HOST, pattern: OPS_HOST_PATTERN, describe: 'an IP address or host name to bind the operator endpoints to (127.0.0.1, 0.0.0.0, ::1)' })],
  security: ['CELLMESH_SECURITY', securityConfig()],
  logLevel: ['LOG_LEVEL', oneOf(['debug', 'info', 'warn', 'error', 'silent'] as const, { default: 'info' })],
  otlpEndpoint: ['OTEL_EXPORTER_OTLP_ENDPOINT', optionalStr()],
} as const;

export interface ProcessConfig {
  natsUrls: string[];
  nodeId: string;
  httpPort: number;
  httpHost: string;
  security: SecurityConfig;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  otlpEndpoint: string | undefined;
}

export interface ServiceProcessContext {
  deps: ServiceDeps;
  /** This node's operator metrics, in the process registry served on /metrics. */
  metrics: NodeOpsMetrics;
  logger: Logger;
  /** Runs after the service stopped and before the connection drains (e.g. stop a lease watcher). */
  onStop(cleanup: () => void | Promise<void>): void;
}

export interface ServiceProcessOptions {
  service: string;
  config: ProcessConfig;
  start(ctx: ServiceProcessContext): Promise<ServiceHandle>;
}

/**
 * What every service's main.ts does around its own start function: JSON logs, tracing (exported only with
 * OTEL_EXPORTER_OTLP_ENDPOINT), a connection with unlimited reconnects that exits the process when it closes
 * for good (not when we drain it), /metrics /healthz /readyz, provisioning only where credentials allow it,
 * and the signal handling of runMain.
 */
export function runServiceProcess(opts: ServiceProcessOptions): void {
  const { config, service } = opts;
  const logger = createLogger({ service, nodeId: config.nodeId, level: config.logLevel });
  const tracing = setupTracing({ serviceName: service, otlpEndpoint: config.otlpEndpoint });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const hosted: ServiceHandle[] = [];
  const cleanups: Array<() => void | Promise<void>> = [];
  let nc: NatsConnection | undefined;
  let ops: OpsServer | undefined;
  // Set once afterStop drains the connection: that close is the planned one, not a lost server.
  let draining = false;

  void runMain({
    service,
    async start() {
      nc = await connectService({ servers: config.natsUrls, service, nodeId: config.nodeId, logger, onClosed: () => draining || process.exit(1), ...natsSecurityOptions(config.security) });
      // A subscription the server refused never delivers: the service is not doing its job, so /readyz says so.
      const refused = watchRefusedSubscriptions(nc, logger);
      ops = await startProcessOps({
        port: config.httpPort,
        host: config.httpHost,
        registry,
        nc,
        services: () => hosted.map((h) => ({ name: h.name, nodeId: config.nodeId, state: refused.size > 0 && h.state === 'running' ? `${PERMISSION_DENIED_STATE}: ${[...refused].slice(0, 3).join(', ')}` : h.state })),
      });
      logger.info({ url: `${ops.url}/metrics` }, 'operator endpoints: /metrics /healthz /readyz');
      // Least-privilege users cannot create streams: with security on, the operator provisions once as admin.
      if (config.security.provision) await provisionAll(nc);
      const deps: ServiceDeps = { nc, nodeId: config.nodeId, logger, tracer: tracing.tracer, clock: systemClock };
      const handle = await opts.start({ deps, metrics: createNodeMetrics(registry, config.nodeId), logger, onStop: (fn) => void cleanups.push(fn) });
      hosted.push(handle);
      return [handle];
    },
    async afterStop() {
      await ops?.close();
      for (const cleanup of cleanups) await cleanup();
      await tracing.shutdown();
      draining = true;
      await nc?.drain();
    },
  });
}

/** Subjects whose subscription the server refused (Permissions Violation for Subscription), kept for /readyz. */
function watchRefusedSubscriptions(nc: NatsConnection, logger: Logger): ReadonlySet<string> {
  const refused = new Set<string>();
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type !== 'error' || !(s.error instanceof PermissionViolationError) || s.error.operation !== 'subscription') continue;
      if (refused.size < 64) refused.add(s.error.subject);
      logger.error({ subject: s.error.subject }, 'the server refused a subscription: not ready until the permissions are fixed and the process restarts');
    }
  })().catch(() => undefined);
  return refused;
}
