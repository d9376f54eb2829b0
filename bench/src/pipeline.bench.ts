/**
 * The whole pipeline (issue 22): submit → placed → run → committed → result through virtual nodes
 * hosting the real services, beside the floor (what the same nats-server does with no cellmesh
 * logic), in one run on one server. Open-loop steps at fixed offered rates find the knee; each step
 * reports the stage breakdown (from the timestamps the messages carry), messages per task (the
 * server's /varz deltas, net of the fabric's idle background), CPU per task (this process and the
 * nats-server) and ratios to the floor. Two variants of the fabric run on the same server: as
 * `cellmesh up` ran it before issue 22, and with the cheap headroom changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { trace, type Tracer } from '@opentelemetry/api';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { connectService, provisionAll, silentLogger } from '@cellmesh/bus';
import { submitTask } from '@cellmesh/client';
import { setupTracing } from '@cellmesh/telemetry';
import { startNatsServer } from '@cellmesh/testing';
import { startBenchFabric } from './pipeline/fabric';
import { startProcessFabric } from './pipeline/processes';
import { startFloor, type FloorRow } from './pipeline/floor';
import { delta, minus, openLoop, percentile, readCounters, scaled, type Counters, type OpenLoopResult } from './pipeline/measure';
import { renderLatencyChart, type ChartSeries } from './pipeline/chart';
import type { BenchSuite, BenchTable, Cell } from './types';

/** A step is followed when p99 stays under this and every task completes within the drain time. */
export const P99_BOUND_MS = 250;
const NODES = 4;
const CHART_PATH = join(__dirname, '..', '..', 'docs', 'img', 'pipeline-latency.svg');

interface Variant {
  name: string;
  /** What differs from the other variant, for the notes. */
  description: string;
  asyncTraces: boolean;
  maxQueuedTasks?: number;
  tracing: 'recording-without-exporter' | 'setupTracing';
  /** One process for every node (default), or one OS process per node (`--processes`). */
  shape?: 'in-process' | 'processes';
}

const BEFORE: Variant = { name: 'before', description: 'as `cellmesh up` ran before issue 22: nats.js async traces on, a recording tracer provider with no exporter, 1 queued task per 1-thread worker', asyncTraces: true, tracing: 'recording-without-exporter' };
const HEADROOM: Variant = { name: 'headroom', description: 'issue 22 cheap headroom: noAsyncTraces on service connections, setupTracing without an exporter (non-recording), 4 queued tasks per worker', asyncTraces: false, maxQueuedTasks: 4, tracing: 'setupTracing' };
/** One change at a time on top of `before` (`--knobs`), to see which one buys what. */
const KNOBS: Variant[] = [
  { ...BEFORE, name: 'noAsyncTraces', description: 'before + noAsyncTraces on service connections only', asyncTraces: false },
  { ...BEFORE, name: 'non-recording', description: 'before + setupTracing without an exporter (non-recording spans) only', tracing: 'setupTracing' },
  { ...BEFORE, name: 'queued-4', description: 'before + 4 queued tasks per worker only', maxQueuedTasks: 4 },
];
/** As `cellmesh up --processes` runs it today (the landed defaults: noAsyncTraces, non-recording tracing, 1 queued task). */
const PROCESSES: Variant = { name: 'processes', description: 'one OS process per node (`up --processes`\'s node entry) with the defaults as they are now: noAsyncTraces, non-recording tracing, 1 queued task per worker; CPU counts the node processes too', asyncTraces: false, tracing: 'setupTracing', shape: 'processes' };
let VARIANTS: Variant[] = [BEFORE, HEADROOM];

interface TaskStages {
  toSchedulerMs: number;
  schedulerMs: number;
  toWorkerMs: number;
  workerMs: number;
  toClientMs: number;
}

interface Step {
  variant: string;
  load: OpenLoopResult;
  stages: TaskStages[];
  /** Counters over the step, net of the fabric's idle background over the same length of time. */
  net: Counters;
  followed: boolean;
}

function followed(r: OpenLoopResult): boolean {
  return r.failed === 0 && r.completed === r.sent && percentile(r.latenciesMs, 99) <= P99_BOUND_MS;
}

/**
 * When a ramp stops: after two steps in a row not followed (one alone can be a neighbour's burst on
 * the shared cores), or at once when completions fell below 80 % of the offered rate (saturated:
 * a higher step would only queue more).
 */
class Ramp {
  private missed = 0;
  over(r: OpenLoopResult): boolean {
    this.missed = followed(r) ? 0 : this.missed + 1;
    return this.missed >= 2 || r.achievedPerS < 0.8 * r.offeredPerS;
  }
}

/** Costs per task fall as the rate rises (the idle fabric's share shrinks), so variants are compared at one rate. */
const COST_RATE = 50;

/** Installs the variant's global tracer provider (the client's submit span uses the global one). */
function tracerFor(variant: Variant): { tracer: Tracer; shutdown: () => Promise<void> } {
  trace.disable();
  if (variant.tracing === 'setupTracing') {
    const tracing = setupTracing({ serviceName: 'cellmesh-bench' });
    return { tracer: tracing.tracer, shutdown: tracing.shutdown };
  }
  // What setupTracing built before issue 22 when no endpoint was configured: a provider that records every span and sends it nowhere.
  const provider = new NodeTracerProvider({});
  provider.register();
  return { tracer: trace.getTracer('cellmesh'), shutdown: () => provider.shutdown() };
}

export const pipelineSuite: BenchSuite = {
  name: 'pipeline',
  async run(ctx) {
    VARIANTS = [BEFORE, ...(ctx.knobs ? KNOBS : []), HEADROOM, ...(ctx.processes ? [PROCESSES] : [])];
    const stepMs = ctx.quick ? 2000 : 3000;
    const drainMs = 8000;
    const rates = ctx.quick ? [10, 50, 100, 200, 400] : [10, 25, 50, 100, 150, 200, 300, 400, 600, 800, 1200];
    const floorRates = ctx.quick ? [10, 100, 1000] : [10, 25, 50, 100, 200, 400, 800, 1600, 3200];

    const server = await startNatsServer({ jetstream: true });
    const clients: NatsConnection[] = [];
    const connect = async (name: string) => {
      const nc = await connectService({ servers: [server.url], service: 'bench', nodeId: name, logger: silentLogger });
      clients.push(nc);
      return nc;
    };
    try {
      const client = await connect('bench-client');
      const service = await connect('bench-service');
      await provisionAll(client);

      ctx.progress('floor: request/reply, publish-ack, publish → consumer');
      const floor = await startFloor({ client, service, monitorPort: server.monitorPort, serverPid: server.pid, quick: ctx.quick });
      const floorSteps: OpenLoopResult[] = [];
      const floorRamp = new Ramp();
      for (const rate of floorRates) {
        const r = await floor.publishToConsumer(rate, stepMs, drainMs);
        floorSteps.push(r);
        if (floorRamp.over(r)) break;
      }
      await floor.stop();

      const steps: Step[] = [];
      for (const variant of VARIANTS) {
        ctx.progress(`cellmesh (${variant.name}): starting ${NODES} virtual nodes${variant.shape === 'processes' ? ', one process each' : ''}`);
        const tracing = tracerFor(variant);
        // The variant's own client connection, so the async-traces setting applies to the submitter too.
        const submitter = await connectService({ servers: [server.url], service: 'bench', nodeId: `${variant.name}-submitter`, logger: silentLogger, asyncTraces: variant.asyncTraces });
        const prefix = `pl-${variant.name}`;
        const fabric: { nodeIds: readonly string[]; pids: readonly number[]; stop(): Promise<void> } = variant.shape === 'processes'
          ? await startProcessFabric({ natsUrl: server.url, prefix, nodes: NODES, probe: (attempt) => submitOne(submitter, variant.name, 'probe', attempt, Array.from({ length: NODES }, (_, i) => `${prefix}-${i}`), 5000).then(() => undefined) })
          : { pids: [], ...(await startBenchFabric({ natsUrl: server.url, prefix, nodes: NODES, tracer: tracing.tracer, asyncTraces: variant.asyncTraces, maxQueuedTasks: variant.maxQueuedTasks })) };
        const counters = () => readCounters(server.monitorPort, server.pid, fabric.pids);
        try {
          // Warm-up: JIT, pool threads, the scheduler's view; not measured.
          const warm = await openLoop(25, 2000, drainMs, (i) => submitOne(submitter, variant.name, 'warm', i, fabric.nodeIds).then(() => undefined));
          if (warm.completed === 0) throw new Error(`cellmesh (${variant.name}): no warm-up task completed (${warm.failed} failed)`);
          // Node processes finish settling (KV watchers replaying, topology rounds) after the first task
          // gets through; let that pass so the idle reading is the steady background.
          if (variant.shape === 'processes') await new Promise((r) => setTimeout(r, 8000));
          const idleStart = await counters();
          await new Promise((r) => setTimeout(r, 2000));
          const idle = delta(idleStart, await counters());
          const ramp = new Ramp();
          for (const rate of rates) {
            ctx.progress(`cellmesh (${variant.name}): ${rate} tasks/s`);
            const stages: TaskStages[] = [];
            const before = await counters();
            const load = await openLoop(rate, stepMs, drainMs, async (i) => void stages.push(await submitOne(submitter, variant.name, `r${rate}`, i, fabric.nodeIds)));
            const used = delta(before, await counters());
            const step: Step = { variant: variant.name, load, stages, net: minus(used, scaled(idle, used.atMs)), followed: followed(load) };
            steps.push(step);
            if (ramp.over(load)) break;
          }
        } finally {
          await submitter.drain().catch(() => undefined);
          await fabric.stop();
          await tracing.shutdown();
        }
      }
      trace.disable();
      const tables = report(floor.rows, floorSteps, steps, rates);
      writeChart(floorSteps, steps);
      ctx.progress(`chart written to ${CHART_PATH}`);
      return tables;
    } finally {
      for (const nc of clients) await nc.drain().catch(() => undefined);
      await server.stop();
    }
  },
};

/** One task through the whole pipeline, awaited to its result; returns its stage times. */
async function submitOne(nc: NatsConnection, variant: string, step: string, i: number, nodeIds: readonly string[], timeoutMs = 30_000): Promise<TaskStages> {
  const sentAtMs = Date.now();
  const outcome = await submitTask(nc, { gameId: `bench-${variant}`, roomId: `room-${i % 16}`, taskId: `${variant}-${step}-${i}` }, 'latencySensitive', ['cpuOnly'], {
    kind: 'physics-step',
    // The cheapest task there is: 2 bodies, 1 step. The bench measures the pipeline, not the compute.
    payload: new TextEncoder().encode(JSON.stringify({ count: 2, steps: 1, seed: i })),
    originNode: nodeIds[i % nodeIds.length]!,
    awaitResult: true,
    decisionTimeoutMs: timeoutMs,
    resultTimeoutMs: timeoutMs,
  });
  const receivedAtMs = Date.now();
  const receipt = outcome.receipt!;
  const result = outcome.result!;
  const decidedAtMs = Number(receipt.decidedAtMs);
  const workerStartMs = Number(result.finishedAtMs) - result.durationMs;
  return {
    toSchedulerMs: decidedAtMs - receipt.decisionLatencyMs - sentAtMs,
    schedulerMs: receipt.decisionLatencyMs,
    toWorkerMs: workerStartMs - decidedAtMs,
    workerMs: result.durationMs,
    toClientMs: receivedAtMs - Number(result.finishedAtMs),
  };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

function report(floorRows: FloorRow[], floorSteps: OpenLoopResult[], steps: Step[], rates: number[]): BenchTable[] {
  const floorTable: BenchTable = {
    title: 'pipeline: the floor on the same nats-server (no cellmesh logic)',
    columns: ['path', 'ops', 'ops/s', 'p50 (ms)', 'p99 (ms)', 'msgs in / op', 'msgs out / op', 'bench process CPU ms / op', 'nats-server CPU ms / op'],
    rows: floorRows.map((r) => [r.path, r.ops, Math.round(r.perS), r2(percentile(r.latenciesMs, 50)), r2(percentile(r.latenciesMs, 99)), r2(r.cost.inMsgs / r.ops), r2(r.cost.outMsgs / r.ops), r2(r.cost.processCpuMs / r.ops), r2(r.cost.serverCpuMs / r.ops)]),
    notes: [
      '128-byte payloads; requester/publisher and responder/consumer on two connections of this process; JetStream stream on file storage, like the fabric\'s.',
      'msgs in/out: the server\'s /varz in_msgs and out_msgs deltas over the measurement (publish acks and pull requests count); CPU: process.cpuUsage() and /proc/<pid>/stat of the nats-server.',
    ],
  };

  const rampRows: Cell[][] = [];
  for (const r of floorSteps) rampRows.push(['floor: publish → durable consumer', r.offeredPerS, Math.round(r.achievedPerS), `${r.completed}/${r.sent}`, r2(percentile(r.latenciesMs, 50)), r2(percentile(r.latenciesMs, 99)), followed(r) ? 'yes' : 'no']);
  for (const s of steps) rampRows.push([`cellmesh (${s.variant})`, s.load.offeredPerS, Math.round(s.load.achievedPerS), `${s.load.completed}/${s.load.sent}`, r2(percentile(s.load.latenciesMs, 50)), r2(percentile(s.load.latenciesMs, 99)), s.followed ? 'yes' : 'no']);
  const rampTable: BenchTable = {
    title: `pipeline: latency against offered rate (open loop; followed = every task done, p99 ≤ ${P99_BOUND_MS} ms)`,
    columns: ['path', 'offered /s', 'completed /s', 'done / sent', 'p50 (ms)', 'p99 (ms)', 'followed'],
    rows: rampRows,
    notes: [
      'Open loop: operation i starts at t0 + i/rate whatever happened to the others; latency counts from that intended start (no coordinated omission). A path stops after two steps in a row not followed, or once completions fall under 80 % of the offered rate.',
      'cellmesh: submitTask(awaitResult) from @cellmesh/client: JetStream publish into TASKS, the root scheduler decides and publishes the receipt and the dispatch, a cpu-worker runs physics-step (2 bodies, 1 step) in its pool, commits the output through the datastate-committer (CommitAck), publishes the TaskResult; latency ends when the client holds the result.',
      `Fabric: ${NODES} virtual nodes in this process on one LAN site, each with metrics-collector, topology-ca, leader-election, datastate-committer, cpu-worker (1 thread) and placement-scheduler, \`cellmesh up\`'s demo timings.`,
      `Steps: ${rates.join(', ')} tasks/s for a few seconds each, then up to 8 s to drain.`,
    ],
  };

  const stageRows: Cell[][] = [];
  for (const s of steps) {
    const n = s.load.completed;
    if (n === 0) continue;
    const p = (k: keyof TaskStages) => r2(percentile(s.stages.map((x) => x[k]), 50));
    stageRows.push([`cellmesh (${s.variant})`, s.load.offeredPerS, r2(percentile(s.load.latenciesMs, 50)), p('toSchedulerMs'), p('schedulerMs'), p('toWorkerMs'), p('workerMs'), p('toClientMs'), r2(s.net.inMsgs / n), r2(s.net.outMsgs / n), r2(s.net.processCpuMs / n), r2(s.net.serverCpuMs / n)]);
  }
  const stageTable: BenchTable = {
    title: 'pipeline: stage breakdown and cost per task (p50 of each stage; cost net of the idle fabric)',
    columns: ['path', 'offered /s', 'e2e p50 (ms)', 'submit → scheduler', 'scheduler (lookups + decide)', 'decided → worker start', 'worker (pool + commit ack)', 'result → client', 'msgs in / task', 'msgs out / task', 'process CPU ms / task', 'nats-server CPU ms / task'],
    rows: stageRows,
    notes: [
      'Stages from the timestamps the messages carry (ms clocks of one process): TaskSubmit sent → receipt decided_at − decision_latency → decided_at → result finished_at − duration → finished_at → client holds the result.',
      'Costs: /varz and CPU deltas over the step minus the idle fabric (metrics, probes, topology rounds, leases) measured for 2 s before the steps, scaled to the step\'s length; divided by completed tasks. The process hosts the client and all services.',
    ],
  };

  const byPath = (path: string) => floorRows.find((r) => r.path === path);
  const floorLowP50 = percentile(floorSteps[0]?.latenciesMs ?? [], 50);
  const windowedRate = byPath('JetStream publish-ack, 256 in flight')?.perS ?? NaN;
  const knee = (variant: string) => Math.max(0, ...steps.filter((s) => s.variant === variant && s.followed).map((s) => s.load.offeredPerS));
  const at = (variant: string, rate: number) => steps.find((s) => s.variant === variant && s.load.offeredPerS === rate);
  const lowRate = rates[0]!;
  const commonRate = COST_RATE;
  const costRate = (variant: string) => at(variant, commonRate);
  const base = VARIANTS[0]!.name;
  const ratioRows: Cell[][] = VARIANTS.map((v) => {
    const low = at(v.name, lowRate);
    const lowP50 = low ? percentile(low.load.latenciesMs, 50) : NaN;
    const c = costRate(v.name);
    const cb = costRate(base);
    const cpu = (s: Step | undefined) => (s ? (s.net.processCpuMs + s.net.serverCpuMs) / s.load.completed : NaN);
    const msgs = (s: Step | undefined) => (s ? (s.net.inMsgs + s.net.outMsgs) / s.load.completed : NaN);
    return [v.name, r2(lowP50), r2(lowP50 / floorLowP50), knee(v.name), r2((100 * knee(v.name)) / windowedRate), r2(knee(v.name) / knee(base)), r2(msgs(c)), r2(cpu(c)), r2(cpu(c) / cpu(cb))];
  });
  const ratioTable: BenchTable = {
    title: 'pipeline: ratios to the floor and between the variants',
    columns: ['variant', `e2e p50 at ${lowRate}/s (ms)`, 'e2e p50 ÷ publish → consumer p50', 'knee (tasks/s)', 'knee as % of windowed publish-ack', 'knee ÷ before knee', `msgs / task at ${commonRate}/s (in + out)`, `CPU ms / task at ${commonRate}/s (process + server)`, 'CPU / task ÷ before'],
    rows: ratioRows,
    notes: [
      `Floor in the same run: publish → durable consumer p50 ${r2(floorLowP50)} ms at ${floorSteps[0]?.offeredPerS ?? '?'}/s; JetStream publish-ack with 256 in flight ${Math.round(windowedRate)} msgs/s.`,
      `Knee: the highest step with every task done and p99 ≤ ${P99_BOUND_MS} ms (0: none). Costs per task are read at the ${commonRate}/s step of every variant, net of the idle fabric.`,
      `Closed-loop floor (1 in flight): publish → durable consumer p50 ${r2(percentile(byPath('JetStream publish → durable consumer, 1 in flight')?.latenciesMs ?? [], 50))} ms; the ratio column uses the open-loop floor at the same low rate as the cellmesh step.`,
      ...VARIANTS.map((v) => `${v.name}: ${v.description}.`),
      'Issue 22 goals: ≥ 5,000 tasks/s and ≥ 40 % of windowed publish-ack; e2e p50 within 3× of publish → consumer at low load.',
    ],
  };
  return [floorTable, rampTable, stageTable, ratioTable];
}

function writeChart(floorSteps: OpenLoopResult[], steps: Step[]): void {
  const colours: Record<string, string> = { before: '#d95f02', headroom: '#1b9e77', processes: '#e6ab02' };
  const series: ChartSeries[] = [
    { label: 'floor p50', color: '#7570b3', dashed: true, points: floorSteps.map((r) => ({ x: r.offeredPerS, y: percentile(r.latenciesMs, 50) })) },
    { label: 'floor p99', color: '#7570b3', points: floorSteps.map((r) => ({ x: r.offeredPerS, y: percentile(r.latenciesMs, 99) })) },
  ];
  // The chart keeps to before and after (and the process shape when run); the single-knob variants are in the tables.
  for (const v of VARIANTS.filter((x) => x === BEFORE || x === HEADROOM || x === PROCESSES)) {
    const own = steps.filter((s) => s.variant === v.name && s.load.completed > 0);
    series.push({ label: `cellmesh ${v.name} p50`, color: colours[v.name] ?? '#333', dashed: true, points: own.map((s) => ({ x: s.load.offeredPerS, y: percentile(s.load.latenciesMs, 50) })) });
    series.push({ label: `cellmesh ${v.name} p99`, color: colours[v.name] ?? '#333', points: own.map((s) => ({ x: s.load.offeredPerS, y: percentile(s.load.latenciesMs, 99) })) });
  }
  mkdirSync(join(CHART_PATH, '..'), { recursive: true });
  writeFileSync(CHART_PATH, renderLatencyChart({
    title: 'Latency against offered rate: cellmesh submit → result beside JetStream publish → consumer',
    xLabel: 'offered rate (operations / s, open loop)',
    yLabel: 'latency (ms)',
    series,
    bound: { y: P99_BOUND_MS, label: `knee bound: p99 ${P99_BOUND_MS} ms` },
  }));
}
