/**
 * The testcontainers path, for machines with a Docker engine: starts the deployment's pinned NATS
 * image (2.10+, so `sync_interval` and the compose configs can be exercised as deployed). On a
 * machine without an engine it says so plainly instead of testcontainers' "Could not find a
 * working container runtime strategy". Nothing in this repository's test suite depends on an
 * engine: integration tests spawn nats-server directly (@cellmesh/testing).
 */
import { existsSync } from 'node:fs';

/** The NATS image the compose files pin (deploy/compose.*.yml). */
export const NatsImage = 'nats:2.11.3-alpine';

export type ContainerEngine = { found: true; via: string } | { found: false; reason: string };

export class NoContainerEngineError extends Error {
  override readonly name = 'NoContainerEngineError';
  readonly retryable = false;
}

export const NO_ENGINE_MESSAGE =
  'no container engine: DOCKER_HOST is not set and no Docker socket exists at /var/run/docker.sock or $XDG_RUNTIME_DIR/docker.sock; ' +
  'run the nats-server integration tests (they spawn the binary) or start a Docker engine for the testcontainers path';

/** Where testcontainers would find an engine, or why it would not. */
export function detectContainerEngine(env: Readonly<Record<string, string | undefined>> = process.env, socketExists: (path: string) => boolean = existsSync): ContainerEngine {
  if (env['DOCKER_HOST']) return { found: true, via: `DOCKER_HOST=${env['DOCKER_HOST']}` };
  const sockets = ['/var/run/docker.sock', ...(env['XDG_RUNTIME_DIR'] ? [`${env['XDG_RUNTIME_DIR']}/docker.sock`] : [])];
  const socket = sockets.find((s) => socketExists(s));
  return socket ? { found: true, via: socket } : { found: false, reason: NO_ENGINE_MESSAGE };
}

export interface NatsContainer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `nats -js` in a container, or rejects with NoContainerEngineError when there is no engine. */
export async function startNatsContainer(opts: { image?: string; engine?: ContainerEngine; extraArgs?: string[] } = {}): Promise<NatsContainer> {
  const engine = opts.engine ?? detectContainerEngine();
  if (!engine.found) throw new NoContainerEngineError(engine.reason);
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer(opts.image ?? NatsImage)
    .withCommand(['-js', ...(opts.extraArgs ?? [])])
    .withExposedPorts(4222)
    .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
    .start();
  return {
    url: `nats://${container.getHost()}:${container.getMappedPort(4222)}`,
    stop: async () => {
      await container.stop();
    },
  };
}
