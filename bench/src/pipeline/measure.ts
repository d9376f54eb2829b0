/**
 * Measurement helpers of the pipeline bench: an open-loop load driver (latency from the intended
 * send time, so a stalled system cannot hide its queueing: no coordinated omission), percentiles,
 * the server's /varz message counters and CPU of this process and of the nats-server.
 */
import { readFileSync } from 'node:fs';

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface OpenLoopResult {
  offeredPerS: number;
  sent: number;
  completed: number;
  failed: number;
  /** Per completed operation, intended send time → completion (ms). */
  latenciesMs: number[];
  /** Completions per second over the time from the first send to the last completion. */
  achievedPerS: number;
  wallMs: number;
}

/**
 * Starts `op(i)` at t0 + i/rate for `durationMs` (late starts are issued at once, and their latency
 * still counts from the intended time), then waits up to `drainMs` for what is outstanding.
 */
export async function openLoop(ratePerS: number, durationMs: number, drainMs: number, op: (i: number) => Promise<void>): Promise<OpenLoopResult> {
  const count = Math.max(1, Math.round((ratePerS * durationMs) / 1000));
  const latenciesMs: number[] = [];
  let completed = 0;
  let failed = 0;
  let lastDone = 0;
  const pending = new Set<Promise<void>>();
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const intended = t0 + (i * 1000) / ratePerS;
    const wait = intended - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const p = op(i).then(
      () => {
        lastDone = performance.now();
        latenciesMs.push(lastDone - intended);
        completed++;
      },
      () => {
        failed++;
      },
    );
    pending.add(p);
    void p.finally(() => pending.delete(p));
  }
  const drainDeadline = performance.now() + drainMs;
  while (pending.size > 0 && performance.now() < drainDeadline) await Promise.race([...pending, new Promise((r) => setTimeout(r, 50))]);
  const end = lastDone || performance.now();
  return { offeredPerS: ratePerS, sent: count, completed, failed, latenciesMs, achievedPerS: completed / ((end - t0) / 1000), wallMs: end - t0 };
}

/** Runs `count` operations with at most `inFlight` outstanding (closed loop). */
export async function windowed(count: number, inFlight: number, op: (i: number) => Promise<void>): Promise<{ perS: number; latenciesMs: number[] }> {
  const latenciesMs: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < count) {
      const i = next++;
      const t = performance.now();
      await op(i);
      latenciesMs.push(performance.now() - t);
    }
  }));
  return { perS: count / ((performance.now() - started) / 1000), latenciesMs };
}

export interface Counters {
  inMsgs: number;
  outMsgs: number;
  /** This process (client, services, bench): user + system, ms. */
  processCpuMs: number;
  /** The nats-server process: utime + stime, ms (Linux /proc). */
  serverCpuMs: number;
  atMs: number;
}

/**
 * Reads /varz and the CPU clocks at one moment; subtract two readings with `delta`. `nodePids`: node
 * processes of a multi-process fabric, whose CPU counts with this process's.
 */
export async function readCounters(monitorPort: number, serverPid: number | undefined, nodePids: readonly number[] = []): Promise<Counters> {
  const varz = (await (await fetch(`http://127.0.0.1:${monitorPort}/varz`)).json()) as { in_msgs: number; out_msgs: number };
  const cpu = process.cpuUsage();
  const nodesCpuMs = nodePids.reduce((sum, pid) => sum + serverCpuMs(pid), 0);
  return { inMsgs: varz.in_msgs, outMsgs: varz.out_msgs, processCpuMs: (cpu.user + cpu.system) / 1000 + nodesCpuMs, serverCpuMs: serverCpuMs(serverPid), atMs: performance.now() };
}

export function delta(a: Counters, b: Counters): Counters {
  return { inMsgs: b.inMsgs - a.inMsgs, outMsgs: b.outMsgs - a.outMsgs, processCpuMs: b.processCpuMs - a.processCpuMs, serverCpuMs: b.serverCpuMs - a.serverCpuMs, atMs: b.atMs - a.atMs };
}

/** Scales an idle reading to another window's length, to subtract the fabric's background traffic. */
export function scaled(c: Counters, toMs: number): Counters {
  const f = c.atMs > 0 ? toMs / c.atMs : 0;
  return { inMsgs: c.inMsgs * f, outMsgs: c.outMsgs * f, processCpuMs: c.processCpuMs * f, serverCpuMs: c.serverCpuMs * f, atMs: toMs };
}

export function minus(a: Counters, b: Counters): Counters {
  return { inMsgs: a.inMsgs - b.inMsgs, outMsgs: a.outMsgs - b.outMsgs, processCpuMs: a.processCpuMs - b.processCpuMs, serverCpuMs: a.serverCpuMs - b.serverCpuMs, atMs: a.atMs };
}

/** A process's utime + stime in ms. Clock ticks are 100 Hz on Linux x86-64 and arm64 (USER_HZ); 0 where /proc is unavailable. */
function serverCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ", field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
