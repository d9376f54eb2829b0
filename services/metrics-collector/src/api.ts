/**
 * The Metrics API as NATS micro endpoints (@nats-io/services), one service instance per node
 * (metadata.nodeId) so that many virtual nodes in one process are each addressable:
 *   getLocalMetrics   on metrics.api.<nodeId>.local    MetricsQuery (may be empty) → LocalMetrics
 *   getPeerMetrics    on metrics.api.<nodeId>.peer     MetricsQuery{peer_id}      → PeerLink
 *   getClusterMetrics on metrics.api.<nodeId>.cluster  MetricsQuery{cluster_id}   → ClusterMetrics
 * Discoverable with $SRV.PING/INFO/STATS.cellmesh-metrics. A bad request gets an error reply
 * (Nats-Service-Error / -Code headers, body an ErrorReply) and the service keeps serving. Replies go
 * only to inboxes: a request naming any other reply subject is dropped unanswered.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { Svcm, type Service, type ServiceMsg } from '@nats-io/services';
import { SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { codecs, type InitOf, type MessageOf } from '@cellmesh/contracts';
import { isValidToken, MetricsApiEndpoints, MicroServices, requestOnlyConnection, subjects, type Logger, type MetricsApiEndpoint } from '@cellmesh/bus';
import { CellmeshAttr, extractTraceContext, MessagingAttr } from '@cellmesh/telemetry';
import { ApiErrorCode, ApiErrorReason } from './core';

export const METRICS_API_VERSION = '1.0.0';

export interface MetricsApiSource {
  local(): InitOf<'LocalMetrics'> | null;
  peer(peerId: string): InitOf<'PeerLink'> | null;
  cluster(clusterId: string): Promise<InitOf<'ClusterMetrics'> | null>;
}

class ApiRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export async function startMetricsApi(deps: { nc: NatsConnection; nodeId: string; logger: Logger; tracer: Tracer; emulated: boolean }, source: MetricsApiSource): Promise<Service> {
  const { nc, nodeId, logger, tracer } = deps;
  // Requests whose reply is not an inbox never reach an endpoint or the $SRV handlers (reply-guard in @cellmesh/bus).
  const service = await new Svcm(requestOnlyConnection(nc, { logger })).add({
    name: MicroServices.Metrics,
    version: METRICS_API_VERSION,
    description: 'cellmesh Metrics API: local metrics, peer links, cluster aggregates',
    metadata: { nodeId, emulated: String(deps.emulated) },
    // Each node's endpoints have their own subjects; a queue group would add nothing.
    queue: '',
  });

  const query = (msg: ServiceMsg): MessageOf<'MetricsQuery'> => {
    let q: MessageOf<'MetricsQuery'>;
    try {
      q = codecs.MetricsQuery.decode(msg.data);
    } catch (err) {
      throw new ApiRefusal(ApiErrorCode.BadRequest, `${ApiErrorReason.MalformedQuery}: ${(err as Error).message}`);
    }
    if (q.nodeId !== '' && q.nodeId !== nodeId) throw new ApiRefusal(ApiErrorCode.BadRequest, ApiErrorReason.WrongNode);
    return q;
  };

  const handlers: Record<MetricsApiEndpoint, (msg: ServiceMsg) => Promise<Uint8Array>> = {
    async getLocalMetrics(msg) {
      query(msg);
      const local = source.local();
      if (!local) throw new ApiRefusal(ApiErrorCode.Unavailable, ApiErrorReason.NotSampledYet);
      return codecs.LocalMetrics.encode(local);
    },
    async getPeerMetrics(msg) {
      const { peerId } = query(msg);
      if (peerId === '') throw new ApiRefusal(ApiErrorCode.BadRequest, ApiErrorReason.MissingPeerId);
      if (!isValidToken(peerId)) throw new ApiRefusal(ApiErrorCode.BadRequest, ApiErrorReason.InvalidPeerId);
      const link = source.peer(peerId);
      if (!link) throw new ApiRefusal(ApiErrorCode.NotFound, ApiErrorReason.UnknownPeer);
      return codecs.PeerLink.encode(link);
    },
    async getClusterMetrics(msg) {
      const { clusterId } = query(msg);
      if (clusterId === '') throw new ApiRefusal(ApiErrorCode.BadRequest, ApiErrorReason.MissingClusterId);
      if (!isValidToken(clusterId)) throw new ApiRefusal(ApiErrorCode.BadRequest, ApiErrorReason.InvalidClusterId);
      const cluster = await source.cluster(clusterId);
      if (!cluster) throw new ApiRefusal(ApiErrorCode.NotFound, ApiErrorReason.UnknownCluster);
      return codecs.ClusterMetrics.encode(cluster);
    },
  };

  for (const name of Object.keys(MetricsApiEndpoints) as MetricsApiEndpoint[]) {
    const subject = subjects.metricsApi(nodeId, name);
    service.addEndpoint(name, {
      subject,
      metadata: { nodeId },
      handler: (err, msg) => {
        if (err) {
          logger.error({ endpoint: name, err: err.message }, 'Metrics API endpoint stopped with an error');
          return;
        }
        const span = tracer.startSpan(
          `${subject} process`,
          {
            kind: SpanKind.SERVER,
            attributes: { [MessagingAttr.System]: 'nats', [MessagingAttr.Destination]: subject, [MessagingAttr.Operation]: 'process', [MessagingAttr.OperationName]: name, [CellmeshAttr.NodeId]: nodeId, [CellmeshAttr.Emulated]: deps.emulated },
          },
          extractTraceContext(msg.headers),
        );
        handlers[name](msg)
          .then((body) => void msg.respond(body))
          .catch((e: Error) => {
            const refusal = e instanceof ApiRefusal ? e : new ApiRefusal(ApiErrorCode.Unavailable, `internal error: ${e.message}`);
            if (!(e instanceof ApiRefusal)) logger.error({ endpoint: name, err: e.message }, 'Metrics API handler failed');
            else logger.debug({ endpoint: name, reason: refusal.reason }, 'Metrics API refused a request');
            span.setStatus({ code: SpanStatusCode.ERROR, message: refusal.reason });
            msg.respondError(refusal.code, refusal.reason, codecs.ErrorReply.encode({ code: String(refusal.code), message: refusal.reason }));
          })
          .finally(() => span.end());
      },
    });
  }
  return service;
}
