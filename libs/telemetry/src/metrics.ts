import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Operator metric names (Prometheus); every series carries a `node` label. */
export const MetricName = {
  TasksPlaced: 'cellmesh_tasks_placed_total',
  TasksQueued: 'cellmesh_tasks_queued_total',
  TasksRejected: 'cellmesh_tasks_rejected_total',
  TasksRun: 'cellmesh_tasks_run_total',
  QueueDepth: 'cellmesh_queue_depth',
  DecisionLatency: 'cellmesh_placement_decision_seconds',
  LeaseChanges: 'cellmesh_lease_changes_total',
  CommitLag: 'cellmesh_commit_lag_seconds',
  CommitBacklog: 'cellmesh_commit_backlog',
  DeadLetters: 'cellmesh_dead_letters_total',
} as const;

/** Placement decisions take micro- to milliseconds; the buckets span 50 µs to 1 s. */
export const DECISION_LATENCY_BUCKETS_S = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
/** Commit lag (delta created → applied): 1 ms to 30 s. */
export const COMMIT_LAG_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The metrics one (virtual) node reports; services call these on their hops. */
export interface NodeOpsMetrics {
  readonly nodeId: string;
  /** Scheduler: a task was placed (profile: latency_sensitive | throughput | batch | …). */
  taskPlaced(profile?: string): void;
  /** Scheduler: a task waits (e.g. gpu-capacity-busy). */
  taskQueued(reason: string): void;
  /** Scheduler, worker, runner: a task was rejected, with the reason constant. */
  taskRejected(reason: string): void;
  /** Worker / runner: a task finished with this status (succeeded | failed | timed_out | rejected). */
  taskRun(status: string): void;
  /** Current depth of a named queue (e.g. `gpu-wait`, `cpu-pool`). */
  setQueueDepth(queue: string, depth: number): void;
  observeDecisionLatencyMs(ms: number): void;
  /** Leader election: this node saw a lease change hands (reason: elected | lease_expired | …). */
  leaseChanged(clusterId: string, reason: string): void;
  /** Committer: time from a delta's creation to its application. */
  observeCommitLagMs(ms: number): void;
  setCommitBacklog(count: number): void;
  deadLettered(service: string): void;
  /** Removes this node's series (when its services stop; the registry may serve other nodes). */
  remove(): void;
}

type AnyMetric = Counter<string> | Gauge<string> | Histogram<string>;

/** One metric per name per registry: many virtual nodes in one process share it through the `node` label. */
function shared<M extends AnyMetric>(registry: Registry, name: string, make: () => M): M {
  return (registry.getSingleMetric(name) as M | undefined) ?? make();
}

/**
 * The operator metrics of one node, registered in `registry` on first use. Call once per
 * virtual node; every series is labelled `node=<nodeId>`.
 */
export function createNodeMetrics(registry: Registry, nodeId: string): NodeOpsMetrics {
  const registers = [registry];
  const placed = shared(registry, MetricName.TasksPlaced, () => new Counter({ name: MetricName.TasksPlaced, help: 'Tasks placed by this node\'s scheduler', labelNames: ['node', 'profile'], registers }));
  const queued = shared(registry, MetricName.TasksQueued, () => new Counter({ name: MetricName.TasksQueued, help: 'Tasks queued to wait for capacity, by reason', labelNames: ['node', 'reason'], registers }));
  const rejected = shared(registry, MetricName.TasksRejected, () => new Counter({ name: MetricName.TasksRejected, help: 'Tasks rejected, by reason', labelNames: ['node', 'reason'], registers }));
  const run = shared(registry, MetricName.TasksRun, () => new Counter({ name: MetricName.TasksRun, help: 'Tasks executed on this node, by final status', labelNames: ['node', 'status'], registers }));
  const queueDepth = shared(registry, MetricName.QueueDepth, () => new Gauge({ name: MetricName.QueueDepth, help: 'Tasks waiting in a named queue', labelNames: ['node', 'queue'], registers }));
  const decision = shared(registry, MetricName.DecisionLatency, () => new Histogram({ name: MetricName.DecisionLatency, help: 'Placement decision latency (filter → score → select)', labelNames: ['node'], buckets: DECISION_LATENCY_BUCKETS_S, registers }));
  const leases = shared(registry, MetricName.LeaseChanges, () => new Counter({ name: MetricName.LeaseChanges, help: 'Leader lease changes seen, by cluster and reason', labelNames: ['node', 'cluster', 'reason'], registers }));
  const commitLag = shared(registry, MetricName.CommitLag, () => new Histogram({ name: MetricName.CommitLag, help: 'Time from a delta\'s creation to its application by the committer', labelNames: ['node'], buckets: COMMIT_LAG_BUCKETS_S, registers }));
  const backlog = shared(registry, MetricName.CommitBacklog, () => new Gauge({ name: MetricName.CommitBacklog, help: 'Commit requests not yet applied', labelNames: ['node'], registers }));
  const deadLetters = shared(registry, MetricName.DeadLetters, () => new Counter({ name: MetricName.DeadLetters, help: 'Messages dead-lettered, by service', labelNames: ['node', 'service'], registers }));

  // prom-client removes a series only by its full label set, so remember the ones this node used.
  const used = new Map<AnyMetric, Map<string, Record<string, string>>>();
  const labels = (metric: AnyMetric, extra: Record<string, string> = {}) => {
    const set = { node: nodeId, ...extra };
    let byKey = used.get(metric);
    if (!byKey) used.set(metric, (byKey = new Map()));
    byKey.set(JSON.stringify(set), set);
    return set;
  };

  return {
    nodeId,
    taskPlaced: (profile = 'unspecified') => placed.inc(labels(placed, { profile })),
    taskQueued: (reason) => queued.inc(labels(queued, { reason })),
    taskRejected: (reason) => rejected.inc(labels(rejected, { reason })),
    taskRun: (status) => run.inc(labels(run, { status })),
    setQueueDepth: (queue, depth) => queueDepth.set(labels(queueDepth, { queue }), depth),
    observeDecisionLatencyMs: (ms) => decision.observe(labels(decision), ms / 1000),
    leaseChanged: (cluster, reason) => leases.inc(labels(leases, { cluster, reason })),
    observeCommitLagMs: (ms) => commitLag.observe(labels(commitLag), Math.max(0, ms) / 1000),
    setCommitBacklog: (count) => backlog.set(labels(backlog), count),
    deadLettered: (service) => deadLetters.inc(labels(deadLetters, { service })),
    remove() {
      for (const [metric, sets] of used) for (const set of sets.values()) metric.remove(set);
      used.clear();
    },
  };
}
