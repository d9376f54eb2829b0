import { startNatsServer, type RunningNatsServer } from '@cellmesh/testing';

export interface NatsEndpoint {
  url: string;
  /** True when this process started the server (and must stop it). */
  embedded: boolean;
  version?: string;
  stop(): Promise<void>;
}

/**
 * Uses NATS_URL when given; otherwise starts a local `nats-server -js` on a free port with a
 * temp store (the same launcher the integration tests use), removed again on stop.
 */
export async function resolveNats(natsUrl: string | undefined): Promise<NatsEndpoint> {
  if (natsUrl) return { url: natsUrl, embedded: false, stop: async () => undefined };
  const server: RunningNatsServer = await startNatsServer({ jetstream: true });
  return { url: server.url, embedded: true, version: server.version, stop: () => server.stop({ removeStore: true }) };
}
