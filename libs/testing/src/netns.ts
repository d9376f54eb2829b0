import { spawn, execFileSync, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * A small lab of Linux network namespaces on one L2 segment (a bridge in a switch namespace, a veth
 * pair per host), for tests of what crosses a real network: every host has its own stack and IP,
 * nothing is emulated but what a test adds (a delay relay). Needs root (`ip netns`). Traffic goes only
 * to the namespaces it made; teardown() removes them all, also after a failure.
 */
export interface NetnsHost {
  readonly name: string;
  /** The namespace name (for `ip netns exec`). */
  readonly ns: string;
  readonly ip: string;
}

export interface NetnsLab {
  readonly hosts: ReadonlyMap<string, NetnsHost>;
  /** The address of this (root) namespace on the lab's segment. */
  readonly rootIp: string;
  host(name: string): NetnsHost;
  /** Spawns a command inside a host's namespace; killed (with its group) on teardown. */
  spawnIn(host: string, command: string, args: readonly string[], options?: SpawnOptions): ChildProcess;
  teardown(): Promise<void>;
}

const SUBNET = '10.77.0';

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function netnsAvailable(): { ok: true } | { ok: false; why: string } {
  if (process.getuid?.() !== 0) return { ok: false, why: 'network namespaces need root' };
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    return { ok: true };
  } catch (err) {
    return { ok: false, why: `ip netns is not usable: ${(err as Error).message}` };
  }
}

export async function createNetnsLab(hostNames: readonly string[], prefix = `cm${process.pid % 100000}`): Promise<NetnsLab> {
  const available = netnsAvailable();
  if (!available.ok) throw new Error(`cannot build the namespace lab: ${available.why}`);
  const switchNs = `${prefix}-sw`;
  const made: string[] = [];
  const children = new Set<ChildProcess>();
  const hosts = new Map<string, NetnsHost>();
  let rootLinked = false;
  const teardown = async () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
    }
    children.clear();
    if (rootLinked) {
      try {
        ip('link', 'del', `${prefix}-root`);
      } catch {
        // gone with the switch namespace
      }
    }
    for (const ns of made.reverse()) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // already gone
      }
    }
  };
  try {
    ip('netns', 'add', switchNs);
    made.push(switchNs);
    ip('-n', switchNs, 'link', 'add', 'br0', 'type', 'bridge');
    ip('-n', switchNs, 'link', 'set', 'br0', 'up');
    hostNames.forEach((name, i) => {
      const ns = `${prefix}-${name}`;
      ip('netns', 'add', ns);
      made.push(ns);
      const addr = `${SUBNET}.${10 + i}`;
      ip('link', 'add', 'eth0', 'netns', ns, 'type', 'veth', 'peer', 'name', `p${i}`, 'netns', switchNs);
      ip('-n', switchNs, 'link', 'set', `p${i}`, 'master', 'br0', 'up');
      ip('-n', ns, 'addr', 'add', `${addr}/24`, 'dev', 'eth0');
      ip('-n', ns, 'link', 'set', 'eth0', 'up');
      ip('-n', ns, 'link', 'set', 'lo', 'up');
      hosts.set(name, { name, ns, ip: addr });
    });
    // The test process itself joins the segment, so it can reach every host's server.
    ip('link', 'add', `${prefix}-root`, 'type', 'veth', 'peer', 'name', 'proot', 'netns', switchNs);
    rootLinked = true;
    ip('-n', switchNs, 'link', 'set', 'proot', 'master', 'br0', 'up');
    ip('addr', 'add', `${SUBNET}.1/24`, 'dev', `${prefix}-root`);
    ip('link', 'set', `${prefix}-root`, 'up');
  } catch (err) {
    await teardown();
    throw err;
  }
  const host = (name: string): NetnsHost => {
    const h = hosts.get(name);
    if (!h) throw new Error(`no host ${name} in the lab (${[...hosts.keys()].join(', ')})`);
    return h;
  };
  return {
    hosts,
    rootIp: `${SUBNET}.1`,
    host,
    spawnIn(hostName, command, args, options = {}) {
      const h = host(hostName);
      const child = spawn('ip', ['netns', 'exec', h.ns, command, ...args], { detached: true, ...options });
      children.add(child);
      child.once('exit', () => children.delete(child));
      return child;
    },
    teardown,
  };
}
