/**
 * Local sampling: what the machine itself says (systeminformation), or, for a virtual node,
 * what its scenario entry says (EMULATED: capacity from the scenario, load from reported tasks).
 */
import type { ScenarioNode } from '@cellmesh/scenario';

export interface LocalSample {
  cpuCores: number;
  cpuLoadPct: number;
  memTotalBytes: number;
  memUsedBytes: number;
  netRxBytesPerS: number;
  netTxBytesPerS: number;
  uplinkMbps: number;
  /** Downlink capacity (the interface speed on a real host, the scenario's uplink for an emulated node). */
  downlinkMbps: number;
  emulated: boolean;
}

export interface LocalSampler {
  /** Never rejects: a reading that fails keeps the previous value (zeros before the first). */
  sample(load: { runningTasks: number }): Promise<LocalSample>;
  /** Releases what the sampler holds (an emulated node's share of the process). */
  close?(): void;
}

const ZERO_SAMPLE: LocalSample = { cpuCores: 0, cpuLoadPct: 0, memTotalBytes: 0, memUsedBytes: 0, netRxBytesPerS: 0, netTxBytesPerS: 0, uplinkMbps: 0, downlinkMbps: 0, emulated: false };

/**
 * systeminformation's currentLoad, mem and networkStats. networkStats reports rates as null on its
 * first call (it needs two readings), so creating the sampler primes it once.
 */
export function systemSampler(onError: (what: string, err: Error) => void = () => undefined): LocalSampler {
  const si = import('systeminformation');
  let last: LocalSample = { ...ZERO_SAMPLE };
  const primed = si.then((s) => s.networkStats()).catch((err: Error) => onError('networkStats', err));
  const read = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (err) {
      onError(what, err as Error);
      return null;
    }
  };
  return {
    async sample() {
      const s = await si;
      await primed;
      const [load, mem, net, speed] = await Promise.all([
        read('currentLoad', () => s.currentLoad()),
        read('mem', () => s.mem()),
        read('networkStats', () => s.networkStats()),
        read('networkInterfaces', async () => {
          const ifaces = await s.networkInterfaces('default');
          return (Array.isArray(ifaces) ? ifaces[0] : ifaces)?.speed ?? null;
        }),
      ]);
      const iface = net?.[0];
      last = {
        cpuCores: load ? load.cpus.length : last.cpuCores,
        cpuLoadPct: load ? load.currentLoad : last.cpuLoadPct,
        memTotalBytes: mem ? mem.total : last.memTotalBytes,
        // "available" counts reclaimable cache as free, which is what a scheduler can use.
        memUsedBytes: mem ? mem.total - mem.available : last.memUsedBytes,
        netRxBytesPerS: iface ? Math.max(0, iface.rx_sec ?? 0) : last.netRxBytesPerS,
        netTxBytesPerS: iface ? Math.max(0, iface.tx_sec ?? 0) : last.netTxBytesPerS,
        uplinkMbps: typeof speed === 'number' && speed > 0 ? speed : last.uplinkMbps,
        // A full-duplex interface: the same speed each way.
        downlinkMbps: typeof speed === 'number' && speed > 0 ? speed : last.downlinkMbps,
        emulated: false,
      };
      return last;
    },
  };
}

/** Emulated samplers alive in this process: each virtual node's share of the process's memory. */
let liveEmulatedSamplers = 0;

/** The process's resident set, read through a seam so tests can pin it. */
export interface ProcessMemory {
  rssBytes(): number;
}
const processMemory: ProcessMemory = { rssBytes: () => process.memoryUsage().rss };

/**
 * EMULATED sampling for a virtual node: cores, memory and uplink from the scenario; CPU load is the
 * share of cores busy with reported running tasks. The host's real load is shared by every virtual
 * node in the process, so it would say nothing about this one. Memory used is the node's share of
 * the process's RSS (RSS ÷ virtual nodes alive in the process), capped at the scenario's total.
 */
export function emulatedSampler(node: ScenarioNode, memory: ProcessMemory = processMemory): LocalSampler {
  const memTotalBytes = (node.memoryMb ?? 0) * 1024 * 1024;
  liveEmulatedSamplers++;
  let closed = false;
  return {
    async sample({ runningTasks }) {
      const share = memory.rssBytes() / Math.max(1, liveEmulatedSamplers);
      return {
        cpuCores: node.cpuCores,
        cpuLoadPct: node.cpuCores > 0 ? Math.min(100, (100 * runningTasks) / node.cpuCores) : 0,
        memTotalBytes,
        memUsedBytes: Math.round(memTotalBytes > 0 ? Math.min(memTotalBytes, share) : share),
        netRxBytesPerS: 0,
        netTxBytesPerS: 0,
        uplinkMbps: node.uplinkMbps ?? 0,
        downlinkMbps: node.uplinkMbps ?? 0,
        emulated: true,
      };
    },
    close() {
      if (closed) return;
      closed = true;
      liveEmulatedSamplers--;
    },
  };
}
