/**
 * A typed client for the Metrics API, for the CLI, tests and tools (services read metrics events
 * and the warm store instead). Errors come back as MetricsApiError with the service's code and reason.
 */
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { codecs, type MessageOf } from '@cellmesh/contracts';
import { Headers, subjects, type MetricsApiEndpoint } from '@cellmesh/bus';

export class MetricsApiError extends Error {
  override readonly name = 'MetricsApiError';
  constructor(
    readonly code: number,
    readonly reason: string,
    readonly endpoint: MetricsApiEndpoint,
  ) {
    super(`${endpoint} failed (${code}): ${reason}`);
  }
  get retryable(): boolean {
    return this.code >= 500;
  }
}

export interface MetricsApiClient {
  getLocalMetrics(nodeId: string): Promise<MessageOf<'LocalMetrics'>>;
  getPeerMetrics(nodeId: string, peerId: string): Promise<MessageOf<'PeerLink'>>;
  getClusterMetrics(nodeId: string, clusterId: string): Promise<MessageOf<'ClusterMetrics'>>;
}

export function metricsApiClient(nc: NatsConnection, opts: { timeoutMs?: number } = {}): MetricsApiClient {
  const timeout = opts.timeoutMs ?? 2_000;
  const call = async (nodeId: string, endpoint: MetricsApiEndpoint, query: { peerId?: string; clusterId?: string }): Promise<Msg> => {
    const reply = await nc.request(subjects.metricsApi(nodeId, endpoint), codecs.MetricsQuery.encode({ nodeId, ...query }), { timeout });
    const error = reply.headers?.get(Headers.ServiceError);
    if (error) throw new MetricsApiError(Number(reply.headers?.get(Headers.ServiceErrorCode) ?? 500), error, endpoint);
    return reply;
  };
  return {
    getLocalMetrics: async (nodeId) => codecs.LocalMetrics.decode((await call(nodeId, 'getLocalMetrics', {})).data),
    getPeerMetrics: async (nodeId, peerId) => codecs.PeerLink.decode((await call(nodeId, 'getPeerMetrics', { peerId })).data),
    getClusterMetrics: async (nodeId, clusterId) => codecs.ClusterMetrics.decode((await call(nodeId, 'getClusterMetrics', { clusterId })).data),
  };
}
