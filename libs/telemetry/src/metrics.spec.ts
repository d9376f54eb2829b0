import { Registry } from 'prom-client';
import { createNodeMetrics, MetricName } from './index';

describe('createNodeMetrics', () => {
  it('lets many virtual nodes share one registry, each series labelled by node', async () => {
    const registry = new Registry();
    const n1 = createNodeMetrics(registry, 'n1');
    const n2 = createNodeMetrics(registry, 'n2');
    n1.taskPlaced('batch');
    n1.taskPlaced('batch');
    n2.taskRejected('no-feasible-node');
    n2.taskQueued('gpu-capacity-busy');
    n1.taskRun('succeeded');
    n1.setQueueDepth('gpu-wait', 3);
    n1.observeDecisionLatencyMs(0.3);
    n2.leaseChanged('c1', 'elected');
    n2.observeCommitLagMs(12);
    n2.setCommitBacklog(4);
    n1.deadLettered('cpu-worker');
    const text = await registry.metrics();
    expect(text).toContain(`${MetricName.TasksPlaced}{node="n1",profile="batch"} 2`);
    expect(text).toContain(`${MetricName.TasksRejected}{node="n2",reason="no-feasible-node"} 1`);
    expect(text).toContain(`${MetricName.TasksQueued}{node="n2",reason="gpu-capacity-busy"} 1`);
    expect(text).toContain(`${MetricName.TasksRun}{node="n1",status="succeeded"} 1`);
    expect(text).toContain(`${MetricName.QueueDepth}{node="n1",queue="gpu-wait"} 3`);
    expect(text).toContain(`${MetricName.DecisionLatency}_bucket{le="0.0005",node="n1"} 1`);
    expect(text).toContain(`${MetricName.DecisionLatency}_count{node="n1"} 1`);
    expect(text).toContain(`${MetricName.LeaseChanges}{node="n2",cluster="c1",reason="elected"} 1`);
    expect(text).toContain(`${MetricName.CommitLag}_sum{node="n2"} 0.012`);
    expect(text).toContain(`${MetricName.CommitBacklog}{node="n2"} 4`);
    expect(text).toContain(`${MetricName.DeadLetters}{node="n1",service="cpu-worker"} 1`);
  });

  it('removes only its own node\'s series', async () => {
    const registry = new Registry();
    const n1 = createNodeMetrics(registry, 'n1');
    const n2 = createNodeMetrics(registry, 'n2');
    n1.taskPlaced('throughput');
    n2.taskPlaced('throughput');
    n1.remove();
    const text = await registry.metrics();
    expect(text).not.toContain('node="n1"');
    expect(text).toContain(`${MetricName.TasksPlaced}{node="n2",profile="throughput"} 1`);
  });
});
