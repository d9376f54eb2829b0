/**
 * Failover after a real process kill: three leader-election processes (src/main.ts) stand in one cluster;
 * the leader's process is SIGKILLed (no release), and the time until a new leader holds the lease is measured.
 *
 *   npx tsx services/leader-election/test/failover.bench.ts [rounds=3] [leaseDuration=9s] [maxClockSkew=1s]
 *
 * Reported: kill → new lease visible, and last renewal → new tenure (the bound the issue sets: lease TTL +
 * one renewal interval).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { connectService, provisionAll, silentLogger } from '@cellmesh/bus';
import { parseDurationMs } from '@cellmesh/config';
import { LeaseWatcher } from '@cellmesh/leases';
import { startNatsServer, waitFor } from '@cellmesh/testing';

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 3);
  const leaseArg = process.argv[3] ?? '9s';
  const skewArg = process.argv[4] ?? '1s';
  const leaseMs = parseDurationMs(leaseArg)!;
  const renewMs = Math.floor(leaseMs / 3);
  const server = await startNatsServer({ jetstream: true });
  const nc = await connectService({ servers: [server.url], service: 'failover-bench', nodeId: 'bench', logger: silentLogger });
  await provisionAll(nc);
  const watcher = await LeaseWatcher.open(nc);
  const mainTs = join(__dirname, '..', 'src', 'main.ts');
  const results: { killToLeaderMs: number; renewalToTenureMs: number }[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const clusterId = `failover-${round}`;
      const members = [0, 1, 2].map((i) => `${clusterId}-n${i}`);
      const procs = new Map<string, ChildProcess>();
      for (const nodeId of members) {
        const env = {
          ...process.env,
          NATS_URL: server.url,
          CELLMESH_NODE_ID: nodeId,
          CELLMESH_HTTP_PORT: '0', // three processes on one host: each picks a free ops port
          CELLMESH_CLUSTER_ID: clusterId,
          LEADER_STATIC_MEMBERS: members.join(','),
          LEADER_ELECT_ROOT: 'false',
          LEADER_LEASE_DURATION: leaseArg,
          LEADER_MAX_CLOCK_SKEW: skewArg,
          LOG_LEVEL: 'warn',
        };
        procs.set(nodeId, spawn(process.execPath, ['--import', 'tsx', mainTs], { env, stdio: ['ignore', 'ignore', 'inherit'] }));
      }
      const first = await waitFor('a renewed first lease', () => {
        const l = watcher.lease(clusterId)?.record;
        return l && l.holder !== '' && l.renewedAtMs > l.acquiredAtMs ? l : undefined;
      }, 60_000);
      // Kill right after a renewal lands: the worst case is a kill just after the holder renewed.
      const renewed = await waitFor('the next renewal', () => {
        const l = watcher.lease(clusterId)?.record;
        return l && l.term === first.term && l.renewedAtMs > first.renewedAtMs ? l : undefined;
      }, leaseMs * 2);
      const killedAt = Date.now();
      procs.get(renewed.holder)!.kill('SIGKILL');
      const next = await waitFor('a new leader', () => {
        const l = watcher.lease(clusterId)?.record;
        return l && l.term > renewed.term && l.holder !== '' ? l : undefined;
      }, leaseMs * 4, 5);
      const r = { killToLeaderMs: Date.now() - killedAt, renewalToTenureMs: next.acquiredAtMs - renewed.renewedAtMs };
      results.push(r);
      process.stdout.write(`round ${round}: killed ${renewed.holder} (term ${renewed.term}); ${next.holder} leads term ${next.term}: kill→leader ${r.killToLeaderMs} ms, last renewal→new tenure ${r.renewalToTenureMs} ms\n`);
      for (const p of procs.values()) p.kill('SIGTERM');
    }
  } finally {
    await watcher.stop();
    await nc.close();
    await server.stop();
  }
  const worst = Math.max(...results.map((r) => r.renewalToTenureMs));
  process.stdout.write(`lease ${leaseMs} ms, renew ${renewMs} ms: bound (TTL + one renewal) ${leaseMs + renewMs} ms; worst last renewal→new tenure ${worst} ms over ${results.length} kills\n`);
}

void main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
